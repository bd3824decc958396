// What a share link in the fragment means for a widget: answers to use, or a
// notice saying in the reader's words why they were not used. Plain function
// (the core's evaluate is passed in), tested in Node.

import { namedErrors } from './notices.js';

// shared: decodeShare's answer (null, { error } or { scenario, modelVersion }).
// Returns null when there is no link for this widget, else
// { notice } or { scenario, evaluated: { key, text }, notice }.
export function readSharedLink({ shared, evaluate, labelOf, currentVersion, fallback }) {
  if (!shared) return null;
  if (shared.error)
    return {
      notice: {
        bad: true,
        text: `The shared link could not be read: ${shared.error}. ${fallback}`,
      },
    };
  const key = JSON.stringify(shared.scenario);
  const text = evaluate(key);
  const check = JSON.parse(text);
  if (check.errors) {
    const named = namedErrors(check.errors, labelOf, ' ');
    return {
      notice: {
        bad: true,
        text: `The shared link holds answers this calculator cannot use: ${named}. ${fallback}`,
      },
    };
  }
  const made = shared.modelVersion ? `version ${shared.modelVersion}` : 'an unknown version';
  return {
    scenario: shared.scenario,
    evaluated: { key, text },
    notice:
      shared.modelVersion === currentVersion
        ? null
        : {
            text: `This link was made with ${made} of the model; this is version ${currentVersion}, so the answer may differ from the one that was shared.`,
          },
  };
}
