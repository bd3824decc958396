// Marks on the page's performance timeline for the first verdict
// ("which-backend:core", "which-backend:evaluated", ...), so DevTools and
// scripts/bench-browser.mjs show where its time goes. Each name is marked
// once per page: later updates and other widgets add nothing.

const marked = new Set();

export function markOnce(name) {
  if (marked.has(name) || typeof performance?.mark !== 'function') return;
  marked.add(name);
  performance.mark(`which-backend:${name}`);
}
