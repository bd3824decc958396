// The three scenarios from the article, shared by the demo page's buttons
// and its embed-code generator. Values are scenario fields (README "Input: the scenario").
export const PRESETS = {
  chat: {
    product: 'web_app',
    job_seconds_typical: 4,
    job_seconds_longest: 20,
    python_libraries: 'none',
    ai_logic: 'simple',
    team: 'typescript',
    stage: 'validating',
    monthly_requests: 50000,
  },
  video: {
    product: 'web_app',
    job_seconds_typical: 600,
    job_seconds_longest: 7200,
    python_libraries: 'nice_to_have',
    ai_logic: 'complex',
    stage: 'growing',
    platform: 'vercel_pro',
    monthly_requests: 20000,
  },
  python: {
    product: 'web_app',
    job_seconds_typical: 5,
    job_seconds_longest: 25,
    python_libraries: 'required',
    ai_logic: 'moderate',
    team: 'both',
    stage: 'growing',
    monthly_requests: 200000,
  },
};
