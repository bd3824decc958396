// Builds the snippet a blogger pastes, for each site generator. Plain
// function (no DOM) so it is unit-tested; attribute values are escaped.

const escapeAttr = (v) =>
  String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const kebab = (k) => k.replace(/_/g, '-');

// The element's attributes besides the answers, in the order they are written.
function layoutAttrs({ theme = 'auto', compact = false, layout = 'standard', hide = [] }) {
  const out = [];
  if (hide.length) out.push(['hide', hide.map(kebab).join(',')]);
  if (layout !== 'standard' && !compact) out.push(['layout', layout]);
  if (theme !== 'auto') out.push(['theme', theme]);
  if (compact) out.push(['compact', '']);
  return out;
}

export function embedSnippet({ base, format, scenario = {}, ...options }) {
  const pairs = [
    ...Object.entries(scenario).map(([k, v]) => [kebab(k), String(v)]),
    ...layoutAttrs(options),
  ];
  const attrs = pairs.map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${escapeAttr(v)}"`)).join('');
  const head = [
    `<link rel="stylesheet" href="${base}which-backend.css">`,
    `<script type="module" src="${base}which-backend.js"></script>`,
  ];
  const fallback = 'Which backend for your AI product? This calculator needs JavaScript.';
  const element = `<which-backend${attrs}>${fallback}</which-backend>`;
  switch (format) {
    case 'hugo': {
      // The shortcode passes every named parameter on as an attribute.
      const params = pairs.map(([k, v]) => ` ${k}="${escapeAttr(v === '' ? 'true' : v)}"`);
      return [
        '<!-- layouts/shortcodes/which-backend.html -->',
        ...head,
        `<which-backend{{ range $k, $v := .Params }} {{ printf "%s=%q" $k $v | safeHTMLAttr }}{{ end }}>${fallback}</which-backend>`,
        '',
        '<!-- then in any post: -->',
        `{{< which-backend${params.join('')} >}}`,
      ].join('\n');
    }
    case 'jekyll': {
      const params = pairs.map(([k, v]) => ` ${k}="${escapeAttr(v === '' ? 'true' : v)}"`);
      return [
        '<!-- _includes/which-backend.html -->',
        ...head,
        `<which-backend{% for p in include %} {{ p[0] }}="{{ p[1] | escape }}"{% endfor %}>${fallback}</which-backend>`,
        '',
        '<!-- then in any post: -->',
        `{% include which-backend.html${params.join('')} %}`,
      ].join('\n');
    }
    case 'astro':
      return [
        '<!-- in a .astro page or component -->',
        `<link rel="stylesheet" href="${base}which-backend.css">`,
        `<script is:inline type="module" src="${base}which-backend.js"></script>`,
        element,
      ].join('\n');
    case 'iframe': {
      const q = new URLSearchParams(pairs);
      const qs = q.toString();
      return [
        `<iframe data-which-backend src="${base}embed.html${qs ? '?' + escapeAttr(qs) : ''}" title="Which backend for your AI product" width="100%" height="${options.compact ? 220 : 1400}" frameborder="0" loading="lazy"></iframe>`,
        `<script src="${base}embed-resize.js" defer></script>`,
      ].join('\n');
    }
    default:
      return [...head, element].join('\n');
  }
}

// The answers worth writing into a snippet: those that differ from the
// core's defaults (schema fields carry their default).
export function changedAnswers(scenario, fields) {
  const out = {};
  for (const f of fields)
    if (scenario[f.name] !== undefined && scenario[f.name] !== f.default)
      out[f.name] = scenario[f.name];
  return out;
}
