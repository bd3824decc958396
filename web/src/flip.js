// Flip points in plain words, and where a click on one moves the input.

import { formatCount, formatDuration, formatCompact } from './format.js';

const DURATION_FIELDS = new Set(['job_seconds_typical', 'job_seconds_longest', 'scheduled_job_seconds']);

// `labels` maps a field or weight name to its reader-facing label.
export function formatFieldValue(field, value) {
  if (DURATION_FIELDS.has(field)) return formatDuration(value);
  if (field === 'monthly_requests') return formatCount(value);
  return formatCompact(value);
}

// Short noun phrases for the sentence; the core's labels are questions
// ("How long does …?") that do not fit inside one.
const SUBJECTS = {
  job_seconds_typical: 'your typical job',
  job_seconds_longest: 'your longest job',
  scheduled_job_seconds: 'your longest scheduled job',
  monthly_requests: 'the monthly volume',
};

export function flipSentence(flip, labelOf, nameOf) {
  const subject = SUBJECTS[flip.input] || `the weight on "${(labelOf(flip.input) || flip.input).toLowerCase()}"`;
  const verb = flip.direction === 'above' ? 'passes' : 'drops below';
  const value = formatFieldValue(flip.input, flip.value);
  return `If ${subject} ${verb} ${value}, the answer becomes ${nameOf(flip.becomes)}.`;
}

// The value a click moves the input to: just past the flip point (the SPEC
// makes each flip exact to 1 %), rounded to the field's granularity and kept
// inside its range.
export function flipTarget(flip, field) {
  // toPrecision drops float noise (800 * 1.01 = 808.0000000000001).
  const past = Number((flip.value * (flip.direction === 'above' ? 1.01 : 0.99)).toPrecision(12));
  let v = past;
  if (field && field.type === 'integer') v = flip.direction === 'above' ? Math.ceil(past) : Math.floor(past);
  else if (DURATION_FIELDS.has(flip.input) && past >= 10) v = flip.direction === 'above' ? Math.ceil(past) : Math.floor(past);
  else v = flip.direction === 'above' ? Math.ceil(past * 10) / 10 : Math.floor(past * 10) / 10;
  if (field && Number.isFinite(field.min)) v = Math.max(v, field.min);
  if (field && Number.isFinite(field.max)) v = Math.min(v, field.max);
  return v;
}
