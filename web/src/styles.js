// The widget's styles as one constructable stylesheet shared by every widget
// on the page: under the strict `style-src 'self'` (README) a <style> element in a
// shadow root is blocked, adoptedStyleSheets are not.
// Theming: every colour and radius reads a --which-backend-* custom property
// first, with a built-in fallback per theme. Fonts inherit from the page.

// Exported for web/build-site.mjs, which minifies it into the bundles.
export const CSS = `
:host { display: block; font: inherit; color: inherit; max-width: 100%; min-width: 0; contain: inline-size; }
:host([hidden]) { display: none; }
.wb {
  --wb-bg: #ffffff; --wb-fg: #1a1a1a; --wb-muted: #555b66; --wb-border: #c9ced6; --wb-accent: #1d4ed8;
  --wb-panel: #f4f6f9; --wb-bad: #b42318; --wb-good: #067647; --wb-warn: #8a5a00;
  --wb-c0: #1d4ed8; --wb-c1: #c2410c; --wb-c2: #047857; --wb-c3: #7e22ce; --wb-c4: #be185d; --wb-c5: #854d0e;
  background: var(--which-backend-background, var(--wb-bg));
  color: var(--which-backend-color, var(--wb-fg));
  border: 1px solid var(--which-backend-border, var(--wb-border));
  border-radius: var(--which-backend-radius, 8px);
  padding: var(--which-backend-padding, 12px);
  box-sizing: border-box; line-height: 1.45; overflow-wrap: break-word;
}
.wb.dark {
  --wb-bg: #16181d; --wb-fg: #eceef2; --wb-muted: #aab1bd; --wb-border: #3a3f48; --wb-accent: #8ab4ff;
  --wb-panel: #20242b; --wb-bad: #ff8a80; --wb-good: #6fdc9a; --wb-warn: #f5c46b;
  --wb-c0: #7aa7ff; --wb-c1: #ff9f68; --wb-c2: #4fd1a5; --wb-c3: #c79bff; --wb-c4: #ff85b8; --wb-c5: #e3b341;
}
@media (prefers-color-scheme: dark) {
  .wb.auto {
    --wb-bg: #16181d; --wb-fg: #eceef2; --wb-muted: #aab1bd; --wb-border: #3a3f48; --wb-accent: #8ab4ff;
    --wb-panel: #20242b; --wb-bad: #ff8a80; --wb-good: #6fdc9a; --wb-warn: #f5c46b;
    --wb-c0: #7aa7ff; --wb-c1: #ff9f68; --wb-c2: #4fd1a5; --wb-c3: #c79bff; --wb-c4: #ff85b8; --wb-c5: #e3b341;
  }
}
*, *::before, *::after { box-sizing: border-box; }
h2, h3 { font-size: 1em; margin: 1em 0 0.4em; }
h2:first-child, h3:first-child { margin-top: 0; }
p { margin: 0.3em 0; }
.muted { color: var(--which-backend-muted, var(--wb-muted)); font-size: 0.9em; }
/* While the core loads, the box is about as tall as the first render will
   be (measured for the starting answers at each width, text wraps more in a
   narrow column; less the widget's own padding and border), so the page
   below does not jump when it arrives. */
.loading { --wb-reserve: 152.4em; min-height: var(--which-backend-loading-height, var(--wb-reserve)); display: flex; align-items: flex-start; justify-content: center; padding-top: 2em; }
@container wb (min-width: 14.375rem) { .loading { --wb-reserve: 141.4em; } }
@container wb (min-width: 15.875rem) { .loading { --wb-reserve: 119.4em; } }
@container wb (min-width: 17.375rem) { .loading { --wb-reserve: 113.4em; } }
@container wb (min-width: 21.375rem) { .loading { --wb-reserve: 95.4em; } }
@container wb (min-width: 28.875rem) { .loading { --wb-reserve: 89.4em; } }
@container wb (min-width: 31.375rem) { .loading { --wb-reserve: 83.4em; } }
@container wb (min-width: 36.375rem) { .loading { --wb-reserve: 80.4em; } }
@container wb (min-width: 40.375rem) { .loading { --wb-reserve: 77.4em; } }
@container wb (min-width: 44.375rem) { .loading { --wb-reserve: 73.4em; } }
@container wb (min-width: 47.375rem) { .loading { --wb-reserve: 65.4em; } }
@container wb (min-width: 50.375rem) { .loading { --wb-reserve: 61.4em; } }
@container wb (min-width: 54.375rem) { .loading { --wb-reserve: 58.4em; } }
.compact .loading { --wb-reserve: 28.4em; padding-top: 0; align-items: center; }
@container wb (min-width: 14.375rem) { .compact .loading { --wb-reserve: 25.4em; } }
@container wb (min-width: 15.875rem) { .compact .loading { --wb-reserve: 19.9em; } }
@container wb (min-width: 17.375rem) { .compact .loading { --wb-reserve: 18.4em; } }
@container wb (min-width: 23.875rem) { .compact .loading { --wb-reserve: 15.6em; } }
@container wb (min-width: 26.375rem) { .compact .loading { --wb-reserve: 14em; } }
@container wb (min-width: 28.875rem) { .compact .loading { --wb-reserve: 12.6em; } }
@container wb (min-width: 44.375rem) { .compact .loading { --wb-reserve: 9.9em; } }
.compact .loading ::slotted(*) { margin: 0; }
.notice { border-left: 4px solid var(--wb-warn); background: var(--which-backend-panel, var(--wb-panel)); padding: 6px 10px; margin: 0 0 10px; }
.notice.bad { border-left-color: var(--wb-bad); }
.notice.quiet { border-left: 0; background: none; padding: 0; color: var(--which-backend-muted, var(--wb-muted)); font-size: 0.85em; }
/* The answer first, in larger type. */
.answer { background: var(--which-backend-panel, var(--wb-panel)); border-radius: 6px; padding: 8px 12px; margin: 0 0 10px; }
.verdict-head { font-size: 1.3em; font-weight: 700; line-height: 1.25; margin: 0; }
.because { margin: 6px 0 4px; }
.mark { font-size: 0.8em; font-weight: 600; border-radius: 999px; padding: 1px 8px; border: 1px solid currentColor; white-space: nowrap; }
.mark.robust { color: var(--wb-good); }
.mark.close, .mark.sensitive { color: var(--wb-warn); }
/* A one-line copy of the answer stays at the top of the window while the
   reader works further down. */
.sticky { position: sticky; top: 0; z-index: 2; margin: -4px -4px 8px; padding: 6px 10px; font-weight: 700;
  background: var(--which-backend-background, var(--wb-bg)); border: 1px solid var(--which-backend-border, var(--wb-border)); border-radius: 6px;
  box-shadow: 0 2px 6px rgb(0 0 0 / 0.12); }
.sticky[hidden] { display: none; }
.sticky.changed { animation: wb-flash 1.2s ease-out; }
@keyframes wb-flash { from { background: var(--which-backend-panel, var(--wb-panel)); color: var(--which-backend-accent, var(--wb-accent)); } }
@media (prefers-reduced-motion: reduce) { .sticky.changed { animation: none; outline: 2px solid var(--which-backend-accent, var(--wb-accent)); } }
/* The sections under the questions and designs keep the grid's spacing. */
.grid ~ .results { margin-top: 1em; }
.stale .results { opacity: 0.55; }
fieldset { border: 0; padding: 0; margin: 0; min-width: 0; }
legend { font-weight: 700; padding: 0; margin-bottom: 6px; }
.q { display: grid; gap: 2px 4px; margin: 0 0 8px; min-width: 0; }
.q > label, .q > .label { font-weight: 600; }
.q .help { margin: 0; }
.q .error { color: var(--wb-bad); font-size: 0.9em; }
.row { display: flex; gap: 6px; flex-wrap: wrap; align-items: center; min-width: 0; }
.check { display: flex; gap: 8px; align-items: flex-start; margin: 0 0 10px; }
.check input { margin-top: 0.3em; }
input, select, button, textarea { font: inherit; color: inherit; }
input[type=text], input[type=number], select {
  background: var(--which-backend-input-background, var(--wb-bg)); border: 1px solid var(--which-backend-border, var(--wb-border));
  border-radius: 4px; padding: 4px 6px; min-width: 0; max-width: 100%;
}
input[type=number], input.num { width: 9em; }
input[aria-invalid=true] { border-color: var(--wb-bad); outline: 1px solid var(--wb-bad); }
button {
  background: var(--which-backend-button-background, var(--wb-panel)); border: 1px solid var(--which-backend-border, var(--wb-border));
  border-radius: 4px; padding: 4px 10px; cursor: pointer;
}
button.link { background: none; border: 0; padding: 0; color: var(--which-backend-accent, var(--wb-accent)); text-decoration: underline; text-align: left; }
:focus-visible { outline: 3px solid var(--which-backend-accent, var(--wb-accent)); outline-offset: 2px; }
details { margin: 10px 0; }
summary { cursor: pointer; font-weight: 600; }
.grid { display: grid; gap: 16px; grid-template-columns: minmax(0, 1fr); }
@container wb (min-width: 46rem) { .grid { grid-template-columns: minmax(0, 18rem) minmax(0, 1fr); } }
.wb { container: wb / inline-size; color-scheme: light; }
.wb.dark { color-scheme: dark; }
@media (prefers-color-scheme: dark) { .wb.auto { color-scheme: dark; } }
.cands { list-style: none; padding: 0; margin: 0; display: grid; gap: 6px; }
.cand { border: 1px solid var(--which-backend-border, var(--wb-border)); border-radius: 6px; padding: 4px 8px; border-left-width: 6px; }
.cand[data-verdict=recommended] { background: var(--which-backend-panel, var(--wb-panel)); }
.cand h3 { margin: 0; font-size: 1em; display: flex; gap: 8px; flex-wrap: wrap; justify-content: space-between; }
.cand details { margin: 0; }
/* The disclosure triangle sits inside the card, before the name. */
.cand summary { list-style: none; display: flex; gap: 6px; align-items: baseline; }
.cand summary::-webkit-details-marker { display: none; }
.cand summary::before { content: '\\25B8'; flex: none; width: 0.8em; color: var(--which-backend-muted, var(--wb-muted)); }
.cand details[open] > summary::before { content: '\\25BE'; }
.cand summary h3 { flex: 1; min-width: 0; }
.cand .name { font-weight: 700; }
/* A narrow column names the designs by their short names. */
.cand .short { display: none; }
@container wb (max-width: 26rem) {
  .cand .long { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .cand .short { display: inline; }
}
.deal-breaker { flex-basis: 100%; font-weight: 400; font-size: 0.9em; }
.cand details[open] .deal-breaker { display: none; }
.reasons { list-style: none; margin: 4px 0 0; padding: 0; }
.r { display: grid; grid-template-columns: 1.3em minmax(0, 1fr) auto; gap: 0 4px; margin: 2px 0; }
.r .icon { font-weight: 700; text-align: center; }
.r.favours .icon { color: var(--wb-good); }
.r.penalises .icon { color: var(--wb-warn); }
.r.rules_out .icon, .r.rules_out { color: var(--wb-bad); }
.r .points { color: var(--which-backend-muted, var(--wb-muted)); font-size: 0.85em; white-space: nowrap; font-variant-numeric: tabular-nums; }
.small { font-size: 0.85em; }
.panel { border-top: 1px solid var(--which-backend-border, var(--wb-border)); margin: 0; padding: 6px 0; }
.panel > summary h2 { display: inline; margin: 0; }
.panel[open] > summary { margin-bottom: 8px; }
.assumed { margin-top: 6px; }
.bars { list-style: none; padding: 0; margin: 8px 0 0; display: grid; gap: 4px; font-size: 0.85em; }
.bars li { display: grid; grid-template-columns: minmax(0, 11em) minmax(0, 1fr) 4.5em; gap: 6px; align-items: center; }
.bars .bar { height: 0.7em; background: var(--which-backend-panel, var(--wb-panel)); border-radius: 3px; overflow: hidden; }
.bars .fill { display: block; height: 100%; width: 0; margin: 0; border-radius: 3px; }
.bars .value { text-align: right; font-variant-numeric: tabular-nums; }
.tag { font-size: 0.85em; font-weight: 600; }
.tag.recommended { color: var(--wb-good); }
.tag.ruled_out { color: var(--wb-bad); }
.c0 { border-left-color: var(--which-backend-candidate-1, var(--wb-c0)); }
.c1 { border-left-color: var(--which-backend-candidate-2, var(--wb-c1)); }
.c2 { border-left-color: var(--which-backend-candidate-3, var(--wb-c2)); }
.c3 { border-left-color: var(--which-backend-candidate-4, var(--wb-c3)); }
.c4 { border-left-color: var(--which-backend-candidate-5, var(--wb-c4)); }
.c5 { border-left-color: var(--which-backend-candidate-6, var(--wb-c5)); }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; font-size: 0.9em; width: 100%; }
th, td { border-bottom: 1px solid var(--which-backend-border, var(--wb-border)); padding: 4px 6px; text-align: right; vertical-align: top; white-space: nowrap; overflow-wrap: normal; font-variant-numeric: tabular-nums; }
/* Row names stay in view while the table scrolls sideways; they may wrap
   between words, never inside one. */
th[scope=row] { text-align: left; font-weight: 600; position: sticky; left: 0; z-index: 1; white-space: normal; min-width: 8em;
  background: var(--which-backend-background, var(--wb-bg)); }
th.rec, td.rec { background: var(--which-backend-panel, var(--wb-panel)); }
th.rec::after { content: ' \\2605'; color: var(--wb-good); }
thead th { text-align: right; }
td.best { font-weight: 700; }
.flips { padding-left: 1.1em; margin: 0; }
.flips li { margin: 2px 0; }
.cautions { padding-left: 1.1em; margin: 0; font-size: 0.95em; }
/* A wrapping button is one box; align its first line, not its last, with the bullet. */
.flips button.link { vertical-align: top; font: inherit; }
.weights .q { grid-template-columns: minmax(0, 1fr) auto; align-items: center; }
.weights input[type=range] { grid-column: 1 / -1; width: 100%; accent-color: var(--which-backend-accent, var(--wb-accent)); }
figure { margin: 8px 0; }
svg { display: block; width: 100%; max-width: 34rem; height: auto; overflow: visible; }
.figures { display: grid; gap: 16px; grid-template-columns: minmax(0, 1fr); }
@container wb (min-width: 60rem) { .figures { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); } }
svg text { fill: currentColor; font-size: 12px; }
svg .axis { stroke: var(--which-backend-muted, var(--wb-muted)); stroke-width: 1; }
svg .grid-line { stroke: var(--which-backend-border, var(--wb-border)); stroke-width: 0.5; }
svg .curve { fill: none; stroke-width: 2.5; }
svg .band { fill-opacity: 0.14; stroke: none; }
svg text.direct { font-size: 10px; }
svg .t0 { fill: var(--which-backend-candidate-1, var(--wb-c0)); } svg .t1 { fill: var(--which-backend-candidate-2, var(--wb-c1)); }
svg .t2 { fill: var(--which-backend-candidate-3, var(--wb-c2)); } svg .t3 { fill: var(--which-backend-candidate-4, var(--wb-c3)); }
svg .t4 { fill: var(--which-backend-candidate-5, var(--wb-c4)); } svg .t5 { fill: var(--which-backend-candidate-6, var(--wb-c5)); }
svg text.here-label { font-weight: 700; font-size: 11px; paint-order: stroke; stroke: var(--which-backend-background, var(--wb-bg)); stroke-width: 3px; }
svg text.region { font-size: 11px; font-weight: 700; fill: #fff; paint-order: stroke; stroke: rgb(0 0 0 / 0.55); stroke-width: 2.5px; }
.data { margin: 6px 0 0; font-size: 0.9em; }
.data table { margin-top: 4px; }
.legend .sample { display: inline-block; width: 24px; height: 8px; margin-right: 4px; overflow: visible; }
svg .s0 { stroke: var(--which-backend-candidate-1, var(--wb-c0)); } svg .f0 { fill: var(--which-backend-candidate-1, var(--wb-c0)); }
svg .s1 { stroke: var(--which-backend-candidate-2, var(--wb-c1)); } svg .f1 { fill: var(--which-backend-candidate-2, var(--wb-c1)); }
svg .s2 { stroke: var(--which-backend-candidate-3, var(--wb-c2)); } svg .f2 { fill: var(--which-backend-candidate-3, var(--wb-c2)); }
svg .s3 { stroke: var(--which-backend-candidate-4, var(--wb-c3)); } svg .f3 { fill: var(--which-backend-candidate-4, var(--wb-c3)); }
svg .s4 { stroke: var(--which-backend-candidate-5, var(--wb-c4)); } svg .f4 { fill: var(--which-backend-candidate-5, var(--wb-c4)); }
svg .s5 { stroke: var(--which-backend-candidate-6, var(--wb-c5)); } svg .f5 { fill: var(--which-backend-candidate-6, var(--wb-c5)); }
svg .dash1 { stroke-dasharray: 6 3; } svg .dash2 { stroke-dasharray: 2 3; } svg .dash3 { stroke-dasharray: 8 3 2 3; } svg .dash4 { stroke-dasharray: 1 2; }
svg .cross { fill: var(--which-backend-background, var(--wb-bg)); stroke: currentColor; stroke-width: 1.5; }
svg .here { fill: none; stroke: var(--which-backend-background, var(--wb-bg)); stroke-width: 4; }
svg .here-inner { fill: none; stroke: currentColor; stroke-width: 2; }
svg .here-line { stroke: currentColor; stroke-dasharray: 3 3; stroke-width: 1; }
.legend { list-style: none; padding: 0; margin: 4px 0; display: flex; flex-wrap: wrap; gap: 4px 12px; font-size: 0.85em; }
.swatch { display: inline-block; width: 0.9em; height: 0.9em; border-radius: 2px; margin-right: 4px; vertical-align: -0.1em; }
.sw0 { background: var(--which-backend-candidate-1, var(--wb-c0)); } .sw1 { background: var(--which-backend-candidate-2, var(--wb-c1)); }
.sw2 { background: var(--which-backend-candidate-3, var(--wb-c2)); } .sw3 { background: var(--which-backend-candidate-4, var(--wb-c3)); }
.sw4 { background: var(--which-backend-candidate-5, var(--wb-c4)); } .sw5 { background: var(--which-backend-candidate-6, var(--wb-c5)); }
.actions { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.share-url { width: 100%; font-family: inherit; font-size: 0.85em; }
.status { min-height: 1.4em; }
.sources { font-size: 0.85em; padding-left: 1.2em; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;

let sheet = null;
export function widgetSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}
