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
  std::array<double, 5> fit_points{};  // fit's points per criterion, in kWeightFields order
  double score = 0;                    // fit plus rule points; ranks the candidates
  Cost cost;
  std::array<Reason, kMaxReasons> reasons;  // the first reason_count are set
  std::size_t reason_count = 0;
  bool ruled_out() const { return verdict == Verdict::kRuledOut; }
};

struct Evaluation {
  std::array<Assessment, kCandidateCount> assessments;  // in Candidate order
  std::array<Candidate, kCandidateCount> ranking;       // best first
  Candidate recommended;
  Candidate runner_up;  // the next viable candidate (the recommended one if it is alone)
  double margin = 0;    // recommended's score minus the runner-up's
  bool close_call = false;
  Weights weights;  // the weights actually used
};

// `s` must have passed check_scenario.
Evaluation evaluate(const Scenario& s, const Assumptions& a);

// The score a reader sees: 0 for a ruled-out candidate, else clamped to 0..100.
double display_score(const Assessment& x);

}  // namespace wb
