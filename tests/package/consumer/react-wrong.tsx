// Must NOT compile with @types/react 19: each marked line has a wrong value.
import 'which-backend';

export const unknownValue = <which-backend product="desktop" />; // expect error: not one of the values
export const badTheme = <which-backend theme="blue" />; // expect error: not a theme
export const badScenario = <which-backend scenario={{ job_seconds_longest: '900' }} />; // expect error: a number as text
