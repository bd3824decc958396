// Prints the widget's final height, in em, at the widget widths where the
// loading reserve changes (web/src/styles.js @container rules, and the
// matching web/site/demo.css media rules 3.6rem wider), so the reserve can be
// refitted when the default render changes. Needs a built site:
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
    await page.waitForFunction(() =>
      document.querySelector('#calculator').shadowRoot.querySelector('[part=decision-map] rect'),
    );
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    const { height, em, width } = await page.$eval('#calculator', (el) => ({
      height: el.getBoundingClientRect().height,
      width: el.getBoundingClientRect().width,
      em: parseFloat(getComputedStyle(el).fontSize),
    }));
    console.log(
      `widget ${(width / 16).toFixed(1)}rem: ${(height / em).toFixed(0)}em (${height.toFixed(0)} px)`,
    );
    await context.close();
  }
} finally {
  await env.close();
}
