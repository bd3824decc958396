// The core's outputs: the result of evaluate() (the same JSON as the CLI's
// `--format json`, README "Output: the result"), the schema, the data set and
// the batch calls' axes. The names and values that come from the core's schema
// (fields, candidates, rules, platforms) are generated into ./schema.d.ts.

import type {
  CandidateId,
  ChoiceFieldName,
  ConstantName,
  FieldName,
  NumberFieldName,
  PlatformId,
  RuleId,
  Scenario,
  WeightName,
  Weights,
} from './schema.js';

/** A scenario with every field filled in, as the core read it. */
export type ResolvedScenario = Required<Omit<Scenario, 'weights' | 'assumptions'>>;

/** An input the flip points and the batch calls can move: a number field or a weight. */
export type NumericInput = NumberFieldName | `weights.${WeightName}`;

export type Verdict = 'recommended' | 'viable' | 'ruled_out';

/** One reason for a candidate's score, tied to a named rule; the points add up to the raw score (score + score_shift). */
export interface Reason {
  rule: RuleId;
  effect: 'favours' | 'penalises' | 'rules_out';
  points: number;
  text: string;
}

export interface CostBreakdown {
  platform_usd_month: number;
  platform_billing: 'on_use' | 'always_on';
  frontend_usd_month: number;
  api_usd_month: number;
  workers_usd_month: number;
  worker_pool: 'none' | 'threads' | 'prefork';
  broker_usd_month: number;
  queue_usd_month: number;
  /** Where the managed queue's tasks run: the platform's own functions (a durable workflow) or the queue service's machines. */
  queue_tasks: 'none' | 'platform' | 'queue_service';
  api_containers: number;
  worker_containers: number;
  js_containers: number;
}

/** What a candidate costs a month: infrastructure (with its range), upkeep, moving parts, latency. */
export interface Cost {
  infra_usd_month: number;
  infra_low_usd_month: number;
  infra_high_usd_month: number;
  maintenance_hours_month: number;
  engineering_usd_month: number;
  total_usd_month: number;
  codebases: number;
  dependency_sets: number;
  deploy_targets: number;
  pipelines: number;
  services_to_monitor: number;
  network_hops: number;
  added_latency_ms: number;
  breakdown: CostBreakdown;
}

export interface Candidate {
  id: CandidateId;
  name: string;
  verdict: Verdict;
  /** 0–100 as shown: the raw score less score_shift, at least 0; a ruled-out candidate shows 0. */
  score: number;
  fit: number;
  reasons: Reason[];
  cost: Cost;
}

/** A numeric input's nearest value above or below which the recommendation changes. */
export interface NumericFlipPoint {
  input: NumericInput;
  direction: 'above' | 'below';
  value: number;
  becomes: CandidateId;
  text: string;
}

/** The nearest other answer to a choice or yes/no question that changes the recommendation. */
export type ChoiceFlipPoint = {
  [K in ChoiceFieldName]: {
    input: K;
    direction: 'to';
    value: NonNullable<Scenario[K]>;
    becomes: CandidateId;
    text: string;
  };
}[ChoiceFieldName];

export type FlipPoint = NumericFlipPoint | ChoiceFlipPoint;

/** An estimate of the data set whose low or high end would change the recommendation. */
export interface EstimateFlip {
  /** A constant's name, or `platforms.<id>.<value>`. */
  assumption: string;
  end: 'low' | 'high';
  value: number;
  becomes: CandidateId;
  text: string;
}

/** The result of evaluate(): candidates best first, exactly one recommended. */
export interface Result {
  recommended: CandidateId;
  because: string;
  runner_up: CandidateId;
  margin: number;
  /** How far every shown score sits below its raw score: as much as the best passes 100, else 0. */
  score_shift: number;
  close_call: boolean;
  robust: boolean;
  estimate_flips: EstimateFlip[];
  candidates: Candidate[];
  flip_points: FlipPoint[];
  warnings: string[];
  /** The scenario as read; `weights` and `assumptions` only when it gave them. */
  scenario: ResolvedScenario & { weights?: Weights; assumptions?: Scenario['assumptions'] };
  weights: Weights;
  model_version: string;
  assumptions_version: string;
}

/** One problem with the input; `field` may be nested (`weights.cost`, `assumptions.…`). */
export interface InputError {
  field: string;
  message: string;
}

/** What evaluate() returns instead of a result when the input has errors. */
export interface InputErrors {
  errors: InputError[];
}

/** One axis of decisionGrid() or costCurve(); at most 4096 steps, min > 0 on a log scale. */
export interface Axis {
  field: NumericInput;
  min: number;
  max: number;
  steps: number;
  scale?: 'log' | 'linear';
}

interface SchemaFieldBase<N extends FieldName> {
  name: N;
  label: string;
  default: ResolvedScenario[N];
  /** One of the questions that decide most answers (shown first). */
  primary: boolean;
}

export type SchemaField = {
  [N in FieldName]: SchemaFieldBase<N> &
    (ResolvedScenario[N] extends boolean
      ? { type: 'boolean' }
      : ResolvedScenario[N] extends string
        ? { type: 'enum'; values: { id: ResolvedScenario[N]; label: string }[] }
        : {
            type: 'number' | 'integer';
            unit: string;
            min: number;
            min_exclusive: boolean;
            max: number;
            /** How a value reads: a duration ("2 h"), a count ("10,000") or a plain number. */
            measure: 'duration' | 'count' | 'weight' | 'number';
            /** In a sentence: "your longest job". */
            noun: string;
            /** Another field this one may not go below. */
            at_least?: NumericInput;
          });
}[FieldName];

/** The input schema the element builds its questions from (`which-backend --schema`). */
export interface Schema {
  fields: SchemaField[];
  weights: { name: WeightName; label: string; min: number; max: number }[];
  candidates: {
    id: CandidateId;
    name: string;
    short: string;
    parts: { nextjs: boolean; fastapi: boolean; celery: boolean; managed_queue: boolean };
  }[];
  rules: { id: RuleId; hard: boolean; principle: string; source: string }[];
  score: { min: number; max: number; close_call_points: number; about: string };
  /** How errors and flip points name a weight: "weights.<name>". */
  weight_input_prefix: string;
  /** The widget's two pictures: their axes, and what the curve holds per point. */
  charts: {
    cost_curve: {
      axis: Required<Axis>;
      values: ['infra_usd_month', 'infra_low_usd_month', 'infra_high_usd_month'];
    };
    decision_map: { x: Required<Axis>; y: Required<Axis>; invalid_cell: number };
  };
  model_version: string;
  assumptions_version: string;
}

/** A value of the data set with its source and the date that source states. */
export interface SourcedValue<T = number | boolean> {
  value: T;
  source: string;
  date: string;
  note?: string;
  /** The range of an estimate. */
  low?: number;
  high?: number;
}

/** The data set compiled into the core (`which-backend --platforms`). */
export interface DataSet {
  about: string;
  version: string;
  currency: string;
  default_platform: PlatformId;
  constants: Record<ConstantName, SourcedValue<number>>;
  platforms: { id: PlatformId; name: string; values: Record<string, SourcedValue> }[];
}
