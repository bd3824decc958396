// Where a click on a flip point moves its input. (The sentence itself comes
// from the core, as the CLI and the ADR print it.)

// The value a click moves the input to: a choice flip names the value itself;
// a numeric one lands just past the flip point (each is exact to 1 %),
// rounded to the field's granularity and kept inside its range.
export function flipTarget(flip, field) {
  if (flip.direction === 'to') return flip.value;
  // toPrecision drops float noise (800 * 1.01 = 808.0000000000001).
  const past = Number((flip.value * (flip.direction === 'above' ? 1.01 : 0.99)).toPrecision(12));
  let v;
  if (field && field.type === 'integer')
    v = flip.direction === 'above' ? Math.ceil(past) : Math.floor(past);
  else if (field && field.measure === 'duration' && past >= 10)
    v = flip.direction === 'above' ? Math.ceil(past) : Math.floor(past);
  else v = flip.direction === 'above' ? Math.ceil(past * 10) / 10 : Math.floor(past * 10) / 10;
  if (field && Number.isFinite(field.min)) v = Math.max(v, field.min);
  if (field && Number.isFinite(field.max)) v = Math.min(v, field.max);
  return v;
}
