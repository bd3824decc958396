// The words of the widget's notices, as plain functions tested in Node:
// setup mistakes (for the page's author, in the console), answers out of
// range (for the reader, by question), and the order notices are shown in.

import { parseHide, parseLayout, parseTheme, toKebab } from './attributes.js';

// One line per attribute the element ignored, naming it and what it takes.
// getAttr(name) returns the attribute's text or null.
export function setupProblems(fields, presetErrors, getAttr) {
  const out = presetErrors.map(
    (e) => `the attribute ${e.attribute}="${e.value}" was ignored: it ${e.message}.`,
  );
  const hide = parseHide(getAttr('hide'), fields);
  if (hide.unknown.length)
    out.push(
      `the attribute hide names questions that do not exist: ${hide.unknown.join(', ')}. It takes question names such as ${fields
        .slice(0, 2)
        .map((f) => toKebab(f.name))
        .join(', ')}.`,
    );
  for (const [attr, parsed] of [
    ['theme', parseTheme(getAttr('theme'))],
    ['layout', parseLayout(getAttr('layout'))],
  ])
    if (parsed.error)
      out.push(`the attribute ${attr}="${getAttr(attr)}" was ignored: it ${parsed.error}.`);
  return out;
}

// What a reader sees about setup mistakes: one quiet line, or nothing.
export const SETUP_LINE =
  'Some settings of this calculator were ignored; the page\u2019s author can see why in the browser console.';

// The core's errors as one phrase, each named by its question (or its
// field where no question asks it): "Label<sep>message; …".
export function namedErrors(errors, labelOf, sep) {
  return errors
    .map((e) => `${labelOf(e.field) || e.field}${sep}${e.message.replace(/\.$/, '')}`)
    .join('; ');
}

// The core's errors for the reader's answers.
export function inputNotice(errors, labelOf, hasResult) {
  const list = namedErrors(errors, labelOf, ': ');
  return {
    bad: true,
    text: hasResult
      ? `Check this answer: ${list}. The results below are for your last valid answers.`
      : `Check this answer: ${list}.`,
  };
}

// Setup first (quiet), then the share link's, then the reader's answers'.
export function noticeList({ attrs, link, input }) {
  return [
    ...attrs.map((text) => ({ quiet: true, text })),
    ...(link ? [link] : []),
    ...(input ? [input] : []),
  ];
}
