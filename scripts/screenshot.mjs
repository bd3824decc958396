#!/usr/bin/env node
// Regenerates docs/screenshot.png, the README's picture: the demo page's
// widget with its default scenario, in a 900 px wide window.
// Usage (after scripts/build): node scripts/screenshot.mjs
import { setup, open, verdict } from '../tests/browser/helpers.mjs';

const env = await setup();
try {
  const { page } = await open(env, 'index.html', { viewport: { width: 900, height: 1300 } });
  await verdict(page, '#calculator');
  // The top of the widget: verdict, candidates, comparison and flip points.
  const box = await page.locator('#calculator').boundingBox();
  await page.screenshot({
    path: 'docs/screenshot.png',
    fullPage: true,
    clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 1750) },
  });
  console.log('wrote docs/screenshot.png');
} finally {
  await env.close();
}
