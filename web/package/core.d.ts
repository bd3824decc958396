// which-backend/core: the calculator's core, in Node 20.12 or later and in browsers.

import type { Axis, DataSet, InputErrors, ResolvedScenario, Result, Schema } from './result.js';
import type { Scenario } from './schema.js';

export * from './schema.js';
export * from './result.js';

/** A scenario object, or its JSON text (read exactly as the CLI reads a file). */
export type ScenarioInput = Scenario | string;

export interface Core {
  /** The verdict on every candidate, or the input's errors. */
  evaluate(scenario?: ScenarioInput): Result | InputErrors;
  /** The Architecture Decision Record in Markdown; empty when the scenario has errors. */
  adr(scenario?: ScenarioInput): string;
  schema(): Schema;
  defaults(): ResolvedScenario;
  /** The data set: every platform limit, price and constant, with its source. */
  platforms(): DataSet;
  /**
   * The recommended candidate's index in Schema.candidates for each cell, row by
   * row (y outer, x inner), 255 where a cell's scenario is invalid; empty on
   * invalid input.
   */
  decisionGrid(scenario: ScenarioInput, axes: { x: Axis; y: Axis } | string): Uint8Array;
  /**
   * For each point of the axis and each candidate in Schema.candidates order,
   * three values: infra_usd_month, then its low and high end from the data's
   * estimates (Schema.charts.cost_curve.values); empty on invalid input.
   * Engineering time does not change along an axis: add the result's
   * engineering_usd_month for the total.
   */
  costCurve(scenario: ScenarioInput, axis: Axis | string): Float64Array;
}

/** Loads the core (its WebAssembly travels inside the package: nothing is fetched). */
export default function createCore(): Promise<Core>;
