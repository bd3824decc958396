// Must NOT compile: each line marked "expect error" gives a value of the wrong
// type; tests/package/package.test.mjs checks tsc reports exactly those lines.
import type { Scenario } from 'which-backend';
import createCore from 'which-backend/core';

export const text: Scenario = { job_seconds_longest: '900' }; // expect error: a number as text
export const unknownValue: Scenario = { product: 'desktop' }; // expect error: not one of the values
export const yesText: Scenario = { public_api: 'yes' }; // expect error: a boolean as text
export const weight: Scenario = { weights: { cost: '5' } }; // expect error: a weight as text
export const platform: Scenario = { platform: 'heroku' }; // expect error: an unknown platform

const el = document.querySelector('which-backend');
if (el) el.scenario = { stage: 'seed' }; // expect error: not one of the stages
el?.addEventListener('which-backend-change', (event) => {
  const margin: string = event.detail.margin; // expect error: the margin is a number
  console.log(margin);
});

const core = await createCore();
core.evaluate({ monthly_requests: [1000] }); // expect error: an array for a number
