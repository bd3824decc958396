// Scores every candidate for a scenario: costs, rule findings, verdicts and
// the ranking. Allocation-free, so batch work (flip points, the decision map)
// can call it thousands of times per frame.
//   Evaluation e = evaluate(s, a);  info(e.recommended).id == "hybrid"
#pragma once

#include <array>

#include "assumptions.h"
#include "candidate.h"
#include "cost_model.h"
#include "rules.h"
#include "scenario.h"

namespace wb {

enum class Verdict { kRecommended, kViable, kRuledOut };

inline constexpr std::size_t kMaxReasons = 20;  // more than any candidate can collect

// Top two within this many points is a close call: small changes to the
// weights or the estimates could swap them.
inline constexpr double kCloseCallPoints = 5;
constexpr bool is_close_call(double margin) { return margin < kCloseCallPoints; }

struct Assessment {
  Candidate candidate;
  Verdict verdict = Verdict::kViable;
  double fit = 0;                      // 0..100, how well it meets the weighted criteria
  std::array<double, 5> fit_values{};  // each criterion met, 0..1, in kWeightFields order
  std::array<double, 5> fit_points{};  // fit's points per criterion: the values weighed
  double score = 0;                    // fit plus rule points; ranks the candidates
  Cost cost;
  std::array<Reason, kMaxReasons> reasons;  // the first reason_count are set
  std::size_t reason_count = 0;
  bool ruled_out() const { return verdict == Verdict::kRuledOut; }
  // What one rule gave or took: its reason's points, 0 without one.
  double points_of(RuleId rule) const {
    double points = 0;
    for (std::size_t r = 0; r < reason_count; ++r)
      if (reasons[r].rule == rule) points += reasons[r].points;
    return points;
  }
};

struct Evaluation {
  std::array<Assessment, kCandidateCount> assessments;  // in Candidate order
  std::array<Candidate, kCandidateCount> ranking;       // best first
  Candidate recommended;
  Candidate runner_up;  // the next viable candidate (the recommended one if it is alone)
  double margin = 0;    // recommended's score minus the runner-up's
  bool close_call = false;
  // The Celery designs whose monthly totals cheaper_for_same_work weighed
  // against the queue design's (a job past each one's request).
  std::array<bool, kCandidateCount> same_work_compared{};
  // The designs whose bills the two bill rules may weigh others' against:
  // viable, and holding no job of minutes on a request.
  std::array<bool, kCandidateCount> sound_alternative{};
  // The sound designs whose totals cheaper_for_same_work may weigh a Celery
  // design's against: without Celery, and for a web app with a Next.js UI.
  std::array<bool, kCandidateCount> same_work_reference{};
  Weights weights;  // the weights actually used
};

// `s` must have passed check_scenario.
Evaluation evaluate(const Scenario& s, const Assumptions& a);

// What design `c` costs in the routing an engineer would deploy it in (a
// durable design may hold or queue its typical job, whichever is worth more
// to it by the dollar): the cost curves' and estimate ranges' routing. The
// answer may run in its other routing, where only that ranks it first.
Cost design_cost(Candidate c, const Scenario& s, const Assumptions& a);

// How far every shown score sits below the raw one: as much as the
// recommended candidate's passes 100, else 0. A clamp would show two 100s 19
// points apart; the shift keeps the margins as they are.
double score_shift(const Evaluation& e);

// The score a reader sees, within 0..100: 0 for a ruled-out candidate; else
// its score less score_shift, and at least 0.
double display_score(const Evaluation& e, Candidate c);

// The viable design that would rank above the recommended one but for the
// bill rules (its costs_far_more, and the credit the recommended Celery
// design earned against it), and loses to it even with its bill held
// against the recommended design's alone: the two bills decided between
// them. Null when none.
const Assessment* priced_out(const Evaluation& e, const Assumptions& a);

// A design's monthly total in parts: the platform, a separate front end,
// API containers, workers, the broker, the queue service, upkeep.
inline constexpr std::size_t kCostParts = 7;

// What the flip search keeps of an evaluation: enough to bound every
// candidate's score anywhere between two evaluations (flip_points.cpp).
struct ScoreSketch {
  Candidate recommended;
  std::array<bool, kCandidateCount> ruled_out;
  std::array<double, kCandidateCount> score;
  // Score minus fit and the four rules that move continuously with the
  // input, which are bounded apart.
  std::array<double, kCandidateCount> rule_points;
  std::array<double, kCandidateCount> same_work_credit{};  // cheaper_for_same_work's points
  std::array<double, kCandidateCount> far_more_penalty{};  // costs_far_more's points, above 0
  std::array<double, kCandidateCount> scaling_points{};    // independent_scaling's points
  std::array<double, kCandidateCount> held_jobs_points{};  // held_jobs_at_volume's, at most 0
  // Every rule's points together: the score less the fit.
  double all_rule_points(std::size_t c) const {
    return rule_points[c] + same_work_credit[c] - far_more_penalty[c] + scaling_points[c] +
           held_jobs_points[c];
  }
  std::array<bool, kCandidateCount> sound_alternative;  // a bill costs_far_more weighs against
  std::array<std::array<double, 5>, kCandidateCount> fit_points;
  std::array<double, kCandidateCount> total_usd_month;  // infrastructure and upkeep
  // The designs cheaper_for_same_work compares and weighs against, every
  // design's monthly total in parts, and what those parts are made of: each
  // moves monotonically while its design's Celery pool, queue host and plan
  // stay the same.
  std::array<bool, kCandidateCount> same_work_compared;
  std::array<bool, kCandidateCount> same_work_reference;
  std::array<std::array<double, kCostParts>, kCandidateCount> cost_parts;
  std::array<WorkerPool, kCandidateCount> worker_pool;
  std::array<QueueTasks, kCandidateCount> queue_tasks;
  std::array<bool, kCandidateCount> platform_upgrade;
  // Whether each design queues its typical job: a design that may hold it
  // on the request chooses by its bill, so its costs and points jump where
  // the choice turns.
  std::array<bool, kCandidateCount> typical_queued;
  Weights weights;  // the weights used
};
ScoreSketch sketch(const Evaluation& e);

// What moves between two sketches: one scenario number (every candidate's
// monthly cost and each fit criterion's points move monotonically,
// costs growing with volume and job length), or one weight (each
// candidate's whole fit moves monotonically: its criteria share one
// denominator).
enum class Moving { kScenarioNumber, kWeight };

// True when the recommendation of `x` provably holds at every value between
// x's and y's of one input, all else equal and no rule threshold crossed
// between them. False when the two differ in any rule: the caller then
// looks closer.
bool stays_recommended(const ScoreSketch& x, const ScoreSketch& y, Moving moving,
                       const Assumptions& a);

}  // namespace wb
