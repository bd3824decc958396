// The widget's styles as one constructable stylesheet shared by every widget
// on the page: under the strict `style-src 'self'` (README) a <style> element in a
// shadow root is blocked, adoptedStyleSheets are not.
// Theming: every colour and radius reads a --which-backend-* custom property
// first, with a built-in fallback per theme. Fonts inherit from the page.

const CSS = `
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
  box-sizing: border-box; line-height: 1.45; overflow-wrap: anywhere;
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
   narrow column), so the page below does not jump when it arrives. */
.loading { --wb-reserve: 600em; min-height: var(--which-backend-loading-height, var(--wb-reserve)); display: flex; align-items: flex-start; justify-content: center; padding-top: 2em; }
@container wb (min-width: 16rem) { .loading { --wb-reserve: 470em; } }
@container wb (min-width: 19rem) { .loading { --wb-reserve: 398em; } }
@container wb (min-width: 23rem) { .loading { --wb-reserve: 334em; } }
@container wb (min-width: 28rem) { .loading { --wb-reserve: 306em; } }
@container wb (min-width: 33rem) { .loading { --wb-reserve: 287em; } }
@container wb (min-width: 38rem) { .loading { --wb-reserve: 261em; } }
@container wb (min-width: 46rem) { .loading { --wb-reserve: 255em; } }
@container wb (min-width: 52rem) { .loading { --wb-reserve: 241em; } }
@container wb (min-width: 60rem) { .loading { --wb-reserve: 227em; } }
.compact .loading { --wb-reserve: 7.2em; padding-top: 0; align-items: center; }
.compact .loading ::slotted(*) { margin: 0; }
@container wb (min-width: 17rem) { .compact .loading { --wb-reserve: 5.5em; } }
@container wb (min-width: 26rem) { .compact .loading { --wb-reserve: 3.9em; } }
@container wb (min-width: 52rem) { .compact .loading { --wb-reserve: 2.2em; } }
.notice { border-left: 4px solid var(--wb-warn); background: var(--which-backend-panel, var(--wb-panel)); padding: 6px 10px; margin: 0 0 10px; }
.notice.bad { border-left-color: var(--wb-bad); }
.verdict { font-size: 1.15em; font-weight: 700; margin: 0 0 8px; }
.stale .results { opacity: 0.55; }
fieldset { border: 0; padding: 0; margin: 0; min-width: 0; }
legend { font-weight: 700; padding: 0; margin-bottom: 6px; }
.q { display: grid; gap: 4px; margin: 0 0 10px; min-width: 0; }
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
.cands { list-style: none; padding: 0; margin: 0; display: grid; gap: 8px; }
.cand { border: 1px solid var(--which-backend-border, var(--wb-border)); border-radius: 6px; padding: 6px 10px; border-left-width: 6px; }
.cand h3 { margin: 0; font-size: 1em; display: flex; gap: 8px; flex-wrap: wrap; justify-content: space-between; }
.cand ul { margin: 4px 0 0; padding-left: 1.2em; }
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
th, td { border-bottom: 1px solid var(--which-backend-border, var(--wb-border)); padding: 4px 6px; text-align: right; vertical-align: top; }
th[scope=row] { text-align: left; font-weight: 600; }
thead th { text-align: right; }
td.best { font-weight: 700; }
.flips { padding-left: 1.2em; margin: 0; }
.flips li { margin: 4px 0; }
/* A wrapping button is one box; align its first line, not its last, with the bullet. */
.flips button.link { vertical-align: top; font: inherit; }
.weights .q { grid-template-columns: minmax(0, 1fr) auto; align-items: center; }
.weights input[type=range] { grid-column: 1 / -1; width: 100%; accent-color: var(--which-backend-accent, var(--wb-accent)); }
figure { margin: 8px 0; }
svg { display: block; width: 100%; max-width: 34rem; height: auto; overflow: visible; }
.figures { display: grid; gap: 16px; grid-template-columns: minmax(0, 1fr); }
@container wb (min-width: 60rem) { .figures { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); } }
svg text { fill: currentColor; font-size: 11px; }
svg .axis { stroke: var(--which-backend-muted, var(--wb-muted)); stroke-width: 1; }
svg .grid-line { stroke: var(--which-backend-border, var(--wb-border)); stroke-width: 0.5; }
svg .curve { fill: none; stroke-width: 2.5; }
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
