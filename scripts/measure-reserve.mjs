// Prints the widget's final height, in em, at the widget widths where the
// loading reserve changes, with and without `compact`, so the reserves can be
// refitted when the default render changes: web/src/styles.js (@container
// rules on the widget's content box, 1.625rem narrower than the widget),
// web/site/which-backend.css and web/site/demo.css (viewport media rules). Needs a built site:
//   scripts/build && node scripts/measure-reserve.mjs
import { setup } from '../tests/browser/helpers.mjs';

// Widget widths in rem: each rule's lower bound and the next one's, and a midpoint.
const WIDTHS = [14, 16, 17.5, 19, 21, 23, 25.5, 28, 30.5, 33, 35.5, 38, 42, 46, 49, 52, 56, 60];

const env = await setup();
try {
  for (const rem of WIDTHS) {
    const context = await env.browser.newContext({
      viewport: { width: (rem + 2) * 16, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(env.url + 'index.html');
    await page.waitForFunction(() => document.querySelector('#calculator')?.result);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    const { height, em, width } = await page.$eval('#calculator', (el) => ({
      height: el.getBoundingClientRect().height,
      width: el.getBoundingClientRect().width,
      em: parseFloat(getComputedStyle(el).fontSize),
    }));
    // The same width with `compact` (the verdict card only).
    const compact = await page.evaluate(async () => {
      const el = document.createElement('which-backend');
      el.setAttribute('compact', '');
      document.querySelector('#calculator').after(el);
      while (!el.result) await new Promise((r) => setTimeout(r, 10));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
      return el.getBoundingClientRect().height;
    });
    console.log(
      `widget ${(width / 16).toFixed(1)}rem: ${(height / em).toFixed(0)}em (${height.toFixed(0)} px); compact ${(compact / em).toFixed(1)}em`,
    );
    await context.close();
  }
} finally {
  await env.close();
}
