// embed.html: the widget alone, for hosts that strip scripts (iframe embed).
// Query parameters preset the widget like attributes do (share-url too, so
// its links point at the post, not at this page); only names the element
// itself accepts are copied, and only as attribute text, so "?onclick=…" or
// "?product=<script>" can never run. The page posts its
// height to the parent whenever it changes (README "Embedding", the iframe).

const root = document.getElementById('embed-root');
const fallback = document.getElementById('embed-fallback');

function postHeight() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (window.parent !== window)
    window.parent.postMessage({ type: 'which-backend:height', height }, '*');
}

async function start() {
  const Widget = await customElements.whenDefined('which-backend');
  const allowed = new Set(await Widget.presetAttributes());
  const el = document.createElement('which-backend');
  el.id = 'which-backend';
  for (const [name, value] of new URLSearchParams(location.search)) {
    // The JSON field names (job_seconds_longest) name the attributes too.
    const attribute = name.replace(/_/g, '-');
    if (allowed.has(attribute)) el.setAttribute(attribute, value);
    // ?font=Georgia,serif matches the frame to the post around it. Set
    // through the CSS object model: a value that is not a font list is
    // simply ignored, and nothing is parsed as HTML or CSS text.
    if (name === 'font') document.documentElement.style.fontFamily = value;
  }
  fallback.remove();
  root.append(el);
  // The observer reports the first size after the next layout; measuring
  // here would force a synchronous layout in the middle of start-up.
  new ResizeObserver(postHeight).observe(document.documentElement);
}

start().catch((e) => {
  fallback.textContent = `The calculator could not start: ${e && e.message ? e.message : e}.`;
  postHeight();
});
