// A page's script: the tag, a scenario, the result and the change event, all
// typed from the package (tests/package/package.test.mjs compiles it).
import 'which-backend';
import { define, WhichBackendElement } from 'which-backend/element';
import type { PlatformId, Result, Scenario } from 'which-backend';

const el: WhichBackendElement | null = document.querySelector('which-backend');
if (el) {
  const scenario: Scenario = {
    job_seconds_longest: 900,
    python_libraries: 'required',
    platform: 'cloud_run',
    public_api: true,
    weights: { cost: 5 },
    assumptions: { engineer_usd_hour: 150, platforms: { vercel_pro: { function_max_s: 1800 } } },
  };
  el.scenario = scenario;
  const result: Result | null = el.result;
  const cheapest = result?.candidates[0]?.cost.infra_usd_month.toFixed(2);
  const link: string = el.shareLink;
  el.addEventListener('which-backend-change', (event) => {
    const r: Result = event.detail;
    for (const flip of r.flip_points) {
      if (flip.input === 'platform') {
        const to: PlatformId = flip.value;
        console.log(to);
      } else if (flip.input === 'public_api') {
        const to: boolean = flip.value;
        console.log(to);
      } else if (flip.direction !== 'to') {
        const at: number = flip.value;
        console.log(flip.input, at);
      }
    }
    console.log(r.recommended, r.scenario.job_seconds_longest + 1, cheapest, link);
  });
}

const made: WhichBackendElement = document.createElement('which-backend');
made.setAttribute('job-seconds-longest', '15min');
const registered: CustomElementConstructor | undefined = define(window.customElements);
console.log(made, registered);
