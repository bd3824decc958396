// React 19: <which-backend> in JSX, with attributes, the scenario property, a
// ref and the change event (compiled with @types/react 19 present).
import { useRef } from 'react';
import 'which-backend';
import type { Result, WhichBackendElement } from 'which-backend';

export function Calculator({ onResult }: { onResult: (result: Result) => void }) {
  const ref = useRef<WhichBackendElement>(null);
  return (
    <which-backend
      ref={ref}
      job-seconds-longest="15min"
      python-libraries="required"
      monthly-requests={250000}
      public-api
      hide="team,stage"
      theme="dark"
      className="calculator"
      scenario={{ product: 'api' }}
      onwhich-backend-change={(event) => onResult(event.detail)}
    >
      Which backend for your AI product? This calculator needs JavaScript.
    </which-backend>
  );
}
