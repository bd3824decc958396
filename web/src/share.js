// Share links. The fragment holds every input plus the model version,
// namespaced by the widget's key so it never clashes with the page's own
// anchors or with another widget: "#which-backend=<payload>&other=<payload>".
// Payload = URI-encoded JSON {"v": model_version, "s": scenario}.

export const DEFAULT_KEY = 'which-backend';

function parts(hash) {
  const text = String(hash || '').replace(/^#/, '');
  if (!text) return [];
  return text.split('&').map((p) => {
    const i = p.indexOf('=');
    return i < 0 ? [p, null] : [p.slice(0, i), p.slice(i + 1)];
  });
}

export function encodeShare(key, scenario, modelVersion) {
  const payload = JSON.stringify({ v: modelVersion, s: scenario });
  return `${encodeURIComponent(key)}=${encodeURIComponent(payload)}`;
}

// Returns null when the fragment has nothing for this key (other fragments
// are ignored), else { scenario, modelVersion } or { error }.
export function decodeShare(hash, key) {
  const entry = parts(hash).find(([k]) => safeDecode(k) === key);
  if (!entry) return null;
  const raw = entry[1];
  if (raw === null) return { error: 'the link has no inputs' };
  const text = safeDecode(raw);
  if (text === null) return { error: 'the link is not valid URL text' };
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: 'the link was cut or changed' };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    return { error: 'the link holds no inputs' };
  const s = data.s;
  if (!s || typeof s !== 'object' || Array.isArray(s)) return { error: 'the link holds no inputs' };
  return { scenario: s, modelVersion: typeof data.v === 'string' ? data.v : null };
}

function safeDecode(t) {
  try {
    return decodeURIComponent(t);
  } catch {
    return null;
  }
}

// The page's own URL with this widget's part of the fragment replaced and the
// other parts (another widget's, the page's anchor) dropped: a share link
// should reproduce one widget, not scroll the page elsewhere.
export function buildShareUrl(pageUrl, key, scenario, modelVersion) {
  const base = String(pageUrl).split('#')[0];
  return `${base}#${encodeShare(key, scenario, modelVersion)}`;
}
