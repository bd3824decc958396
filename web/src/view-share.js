// Share link, the Architecture Decision Record (from the core, never
// rebuilt here) and "How this works" with the sources of every number.

import { append, h, replace, uid } from './dom.js';
import { formatCompact } from './format.js';

async function copyText(text, status) {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = 'Copied.';
  } catch {
    status.textContent = 'Copy was blocked by the browser: select the text and copy it by hand.';
  }
}

export function buildShare({ getLink, getAdr }) {
  const linkId = uid('share');
  const link = h('input', { type: 'text', id: linkId, class: 'share-url', readonly: true });
  const status = h('p', { class: 'status muted', role: 'status' });
  const download = () => {
    const blob = new Blob([getAdr()], { type: 'text/markdown' });
    const url = URL.createObjectURL(blob);
    const a = h('a', { href: url, download: 'adr-which-backend.md', hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    status.textContent = 'Downloaded adr-which-backend.md.';
  };
  const el = h(
    'section',
    { part: 'share', class: 'share' },
    h('h2', {}, 'Keep or share this answer'),
    h('label', { for: linkId }, 'Link to these answers'),
    link,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'button', 'data-action': 'copy-link', onclick: () => copyText(getLink(), status) },
        'Copy link',
      ),
      h(
        'button',
        { type: 'button', 'data-action': 'copy-adr', onclick: () => copyText(getAdr(), status) },
        'Copy decision record (Markdown)',
      ),
      h(
        'button',
        { type: 'button', 'data-action': 'download-adr', onclick: download },
        'Download decision record',
      ),
    ),
    status,
  );
  return {
    el,
    update() {
      const next = getLink();
      if (link.value !== next) link.value = next;
    },
  };
}

const isFact = (v) => v && typeof v === 'object' && 'value' in v;

function factLine(key, fact) {
  const value = typeof fact.value === 'number' ? formatCompact(fact.value) : String(fact.value);
  const name = key.replace(/_/g, ' ');
  const text = `${name}: ${value}${fact.unit ? ' ' + fact.unit : ''}.${fact.note ? ' ' + fact.note : ''}`;
  // Sources are shown as text, not links: the embed makes no request to any
  // other origin, and a reader can still copy the address.
  const source = [fact.source, fact.date].filter(Boolean).join(', ');
  return h('li', {}, text, source ? h('span', { class: 'muted' }, ` (${source})`) : null);
}

// The summary line is built with the widget; the body (every platform fact)
// is filled in once, after the first verdict is on screen: it sits in a
// closed <details>, so filling it later moves nothing on the page.
export function buildAbout(schema, getPlatforms) {
  const list = (obj) =>
    h(
      'ul',
      { class: 'sources' },
      Object.entries(obj)
        .filter(([, v]) => isFact(v))
        .map(([k, v]) => factLine(k, v)),
    );
  const el = h('details', { part: 'about', class: 'about' }, h('summary', {}, 'How this works'));
  let filled = false;
  const fill = () => {
    if (filled) return;
    filled = true;
    const platforms = getPlatforms();
    append(el, [
      h(
        'p',
        {},
        'Each answer runs through a set of named rules. Hard limits, such as a job longer than the platform lets a function run, rule a candidate out. Softer facts, such as team skills or a public API, only move its score. The score weighs time to market, operations, cost, latency and flexibility with the weights shown above.',
      ),
      h(
        'p',
        {},
        'Costs are infrastructure at your volume plus maintenance hours priced at an hourly rate. Every limit and price below comes from the platform\u2019s own documentation, with the date it was read. Prices change: check them before you commit.',
      ),
      h(
        'p',
        { class: 'muted' },
        `Model ${schema.model_version}, data ${schema.assumptions_version}.`,
      ),
      (platforms.platforms || []).map((p) =>
        h('details', {}, h('summary', {}, p.name || p.id), list(p.values || p)),
      ),
      platforms.constants
        ? h('details', {}, h('summary', {}, 'Cost model assumptions'), list(platforms.constants))
        : null,
    ]);
  };
  // A reader (or a script) may open it before the deferred fill has run.
  el.addEventListener('toggle', fill);
  return { el, fill };
}

export function renderNotices(el, notices) {
  replace(
    el,
    notices.map((n) =>
      h(
        'p',
        {
          class: `notice ${n.bad ? 'bad' : n.quiet ? 'quiet' : ''}`,
          role: n.bad ? 'alert' : 'status',
        },
        n.text,
      ),
    ),
  );
}
