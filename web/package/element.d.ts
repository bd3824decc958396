// which-backend/element: the <which-backend> class and define(), without
// registering anything. Importing which-backend (./index.d.ts) registers it.

import type { Result, Schema } from './result.js';
import type { Scenario, ScenarioAttributes } from './schema.js';

export * from './schema.js';
export * from './result.js';

export declare class WhichBackendElement extends HTMLElement {
  /** The answers: read back filled in once there is a result; set it to change them. */
  get scenario(): Scenario;
  set scenario(value: Scenario);
  /** The latest result, or null before the first valid one. */
  get result(): Result | null;
  /** The page's URL (or share-url) with the changed answers and the model version in its fragment. */
  get shareLink(): string;
  /** The layout attributes as properties; each reflects its attribute. */
  theme: 'auto' | 'light' | 'dark';
  layout: 'standard' | 'full';
  compact: boolean;
  /** Hidden questions, comma-separated (an array is joined when set). */
  get hide(): string;
  set hide(value: string | string[]);
  /** Every attribute name the element reads. */
  static presetAttributes(): Promise<string[]>;
  /** The core's input schema (fields with labels, values, bounds and defaults). */
  static schema(): Promise<Schema>;
}

/**
 * Registers <which-backend> in `registry` (the page's by default), unless that
 * name is taken already; returns the registered class. Without a registry
 * (Node, server rendering) it does nothing and returns undefined.
 */
export declare function define(
  registry?: CustomElementRegistry,
): CustomElementConstructor | undefined;

/** The element's attributes: every scenario field in kebab-case, and the layout ones. */
export interface WhichBackendAttributes extends ScenarioAttributes {
  /** Questions to hide, comma- or space-separated (`hide="team,stage"`). */
  hide?: string;
  /** The verdict only. */
  compact?: boolean | '';
  theme?: 'auto' | 'light' | 'dark';
  /** The answer first with details on demand (default), or everything open. */
  layout?: 'standard' | 'full';
  /** The address share links point at (default: the page's own). */
  'share-url'?: string;
}

declare global {
  interface HTMLElementTagNameMap {
    'which-backend': WhichBackendElement;
  }
  interface HTMLElementEventMap {
    /** A new result (bubbles, composed). */
    'which-backend-change': CustomEvent<Result>;
  }
}

/** <which-backend>'s props in React 19, given React's props for an HTML element. */
export type WhichBackendReactProps<HTMLProps> = HTMLProps &
  WhichBackendAttributes & {
    /** Set as a property: React 19 assigns props the element has as properties. */
    scenario?: Scenario;
    /** React 19 listens to a custom element's events through `on` + the event's name. */
    'onwhich-backend-change'?: (event: CustomEvent<Result>) => void;
  };

// React 19 (@types/react 19): <which-backend> in React.JSX. Where
// @types/react is absent, 'react' cannot be found and TypeScript drops this
// augmentation of a declaration file, but still reports React's names as
// unknown: the one line that uses them is ignored there (tests/package checks
// both kinds of project).
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'which-backend': WhichBackendReactProps<
        // @ts-ignore -- React's own types, present wherever React is.
        DetailedHTMLProps<HTMLAttributes<WhichBackendElement>, WhichBackendElement>
      >;
    }
  }
}
