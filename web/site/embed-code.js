// Builds the snippet a blogger pastes, for each site generator. Plain
// function (no DOM) so it is unit-tested; attribute values are escaped.

const escapeAttr = (v) =>
  String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const kebab = (k) => k.replace(/_/g, '-');

export function embedSnippet({ base, format, scenario = {}, theme = 'auto', compact = false }) {
  const attrs = Object.entries(scenario).map(([k, v]) => ` ${kebab(k)}="${escapeAttr(v)}"`);
  if (theme !== 'auto') attrs.push(` theme="${escapeAttr(theme)}"`);
  if (compact) attrs.push(' compact');
  const script = `<script type="module" src="${base}which-backend.js"></script>`;
  const fallback = 'Which backend for your AI product? This calculator needs JavaScript.';
  const element = `<which-backend${attrs.join('')}>${fallback}</which-backend>`;
  switch (format) {
    case 'hugo':
      return `<!-- layouts/shortcodes/which-backend.html -->\n${script}\n${element}\n\n<!-- then in any post: -->\n{{< which-backend >}}`;
    case 'jekyll':
      return `<!-- _includes/which-backend.html -->\n${script}\n${element}\n\n<!-- then in any post: -->\n{% include which-backend.html %}`;
    case 'astro':
      return `<!-- in a .astro page or component -->\n<script is:inline type="module" src="${base}which-backend.js"></script>\n${element}`;
    case 'iframe': {
      const q = new URLSearchParams(
        Object.entries(scenario).map(([k, v]) => [kebab(k), String(v)]),
      );
      if (theme !== 'auto') q.set('theme', theme);
      if (compact) q.set('compact', '');
      const qs = q.toString();
      return [
        `<iframe data-which-backend src="${base}embed.html${qs ? '?' + escapeAttr(qs) : ''}" title="Which backend for your AI product" width="100%" height="${compact ? 120 : 1400}" loading="lazy"></iframe>`,
        `<script src="${base}embed-resize.js" defer></script>`,
      ].join('\n');
    }
    default:
      return `${script}\n${element}`;
  }
}
