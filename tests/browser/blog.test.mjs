// A blogger's page: the README's plain-HTML snippet pasted into a narrow
// column of a page on ANOTHER origin, loading which-backend.js from the
// site's host, under the blog's own strict policy that allows only that host.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { setup, open, recommended } from './helpers.mjs';

let env;
let blog;
let blogUrl;
before(async () => {
  env = await setup();
  const site = new URL(env.url).origin;
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width"><title>My blog post</title>
<link rel="stylesheet" href="blog.css"></head><body><main>
<h1>FastAPI or Next.js?</h1><p>Before the calculator.</p>
<script type="module" src="${env.url}which-backend.js"></script>
<which-backend job-seconds-longest="7200">Which backend for your AI product? This calculator needs JavaScript.</which-backend>
<p id="after">After the calculator.</p></main></body></html>`;
  const files = {
    '/': ['text/html; charset=utf-8', page],
    '/blog.css': [
      'text/css',
      'main { max-width: 340px; margin: auto; font-family: Georgia, serif; }\n',
    ],
  };
  blog = createServer((req, res) => {
    const file = files[req.url];
    if (!file) return res.writeHead(404).end();
    res.writeHead(200, {
      'Content-Type': file[0],
      'Content-Security-Policy': `default-src 'none'; script-src ${site} 'wasm-unsafe-eval'; style-src 'self'`,
    });
    res.end(file[1]);
  });
  await new Promise((ok) => blog.listen(0, '127.0.0.1', ok));
  blogUrl = `http://127.0.0.1:${blog.address().port}/`;
});
after(async () => {
  await new Promise((r) => blog?.close(r));
  await env?.close();
});

test('the snippet works on another origin, in a 340 px column, with the page font', async () => {
  const { page, context, problems } = await open({ ...env, url: blogUrl }, '', {
    viewport: { width: 390, height: 800 },
  });
  // Two-hour jobs, a TypeScript team, no Python need: the TypeScript durable queue.
  assert.equal(await recommended(page), 'nextjs_queue');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390);
  const font = await page.$eval(
    'which-backend',
    (el) => getComputedStyle(el.shadowRoot.querySelector('[part="verdict"]')).fontFamily,
  );
  assert.match(font, /Georgia/);
  // Requests go to the blog and to the calculator's host, nowhere else; no errors.
  const site = new URL(env.url).origin;
  assert.deepEqual(
    problems.filter((p) => !p.startsWith(`foreign request: ${site}/`)),
    [],
  );
  await context.close();
});
