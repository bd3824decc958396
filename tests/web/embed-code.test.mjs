import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changedAnswers, embedSnippet } from '../../web/site/embed-code.js';

const base = 'https://calc.example/';

test('plain HTML: the stylesheet, the script and the tag with answers and layout', () => {
  assert.equal(
    embedSnippet({
      base,
      format: 'html',
      scenario: { job_seconds_longest: 900 },
      theme: 'dark',
      layout: 'full',
      hide: ['team', 'stage'],
    }),
    [
      '<link rel="stylesheet" href="https://calc.example/which-backend.css">',
      '<script type="module" src="https://calc.example/which-backend.js"></script>',
      '<which-backend job-seconds-longest="900" hide="team,stage" layout="full" theme="dark">Which backend for your AI product? This calculator needs JavaScript.</which-backend>',
    ].join('\n'),
  );
  assert.match(embedSnippet({ base, format: 'html', compact: true }), /<which-backend compact>/);
});

test('Hugo and Jekyll templates take the presets as parameters', () => {
  const scenario = { product: 'api' };
  const hugo = embedSnippet({ base, format: 'hugo', scenario, compact: true });
  assert.match(
    hugo,
    /\{\{ range \$k, \$v := \.Params \}\} \{\{ printf "%s=%q" \$k \$v \| safeHTMLAttr \}\}/,
  );
  assert.match(hugo, /\{\{< which-backend product="api" compact="true" >\}\}/);
  const jekyll = embedSnippet({ base, format: 'jekyll', scenario });
  assert.match(
    jekyll,
    /\{% for p in include %\} \{\{ p\[0\] \}\}="\{\{ p\[1\] \| escape \}\}"\{% endfor %\}/,
  );
  assert.match(jekyll, /\{% include which-backend\.html product="api" %\}/);
  assert.match(embedSnippet({ base, format: 'astro' }), /is:inline/);
});

test('the iframe carries the presets in its query and has no border', () => {
  const iframe = embedSnippet({
    base,
    format: 'iframe',
    scenario: { product: 'api' },
    theme: 'light',
  });
  assert.match(iframe, /embed\.html\?product=api&amp;theme=light"/);
  assert.match(iframe, /frameborder="0"/);
  assert.match(iframe, /embed-resize\.js/);
});

test('attribute values are escaped', () => {
  const s = embedSnippet({ base, format: 'html', scenario: { product: '"><script>x</script>' } });
  assert.doesNotMatch(s, /"><script>x/);
});

test('only answers that differ from the defaults are written', () => {
  const fields = [
    { name: 'product', default: 'web_app' },
    { name: 'job_seconds_longest', default: 30 },
  ];
  assert.deepEqual(changedAnswers({ product: 'web_app', job_seconds_longest: 900 }, fields), {
    job_seconds_longest: 900,
  });
});
