import { test } from 'node:test';
import assert from 'node:assert/strict';
import { embedSnippet } from '../../web/site/embed-code.js';

const base = 'https://calc.example/';

test('each format carries the script and the presets', () => {
  for (const format of ['html', 'hugo', 'jekyll', 'astro']) {
    const s = embedSnippet({
      base,
      format,
      scenario: { job_seconds_longest: 900 },
      theme: 'dark',
      compact: true,
    });
    assert.match(s, /which-backend\.js/);
    assert.match(s, /<which-backend job-seconds-longest="900" theme="dark" compact>/);
  }
  assert.match(embedSnippet({ base, format: 'astro' }), /is:inline/);
  const iframe = embedSnippet({ base, format: 'iframe', scenario: { product: 'api' } });
  assert.match(iframe, /embed\.html\?product=api/);
  assert.match(iframe, /embed-resize\.js/);
});

test('attribute values are escaped', () => {
  const s = embedSnippet({ base, format: 'html', scenario: { product: '"><script>x</script>' } });
  assert.doesNotMatch(s, /"><script>x/);
});
