// A small least-recently-used cache of computed values, keyed by what they
// depend on (as JSON): Map keeps insertion order, so the oldest goes first.
export function cached(store, keyObject, compute, size = 4) {
  const key = JSON.stringify(keyObject);
  let value = store.get(key);
  if (value) store.delete(key);
  else value = compute();
  store.set(key, value);
  if (store.size > size) store.delete(store.keys().next().value);
  return value;
}
