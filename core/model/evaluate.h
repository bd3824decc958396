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

inline constexpr std::size_t kMaxReasons = 16;  // more than any candidate can collect

struct Assessment {
  Candidate candidate;
  Verdict verdict = Verdict::kViable;
  double fit = 0;    // 0..100, how well it meets the weighted criteria
  double score = 0;  // fit plus rule points; ranks the candidates
  Cost cost;
  std::array<Reason, kMaxReasons> reasons;  // the first reason_count are set
  std::size_t reason_count = 0;
  bool ruled_out() const { return verdict == Verdict::kRuledOut; }
};

struct Evaluation {
  std::array<Assessment, kCandidateCount> assessments;  // in Candidate order
  std::array<Candidate, kCandidateCount> ranking;       // best first
  Candidate recommended;
  Weights weights;  // the weights actually used
};

// `s` must have passed check_scenario.
Evaluation evaluate(const Scenario& s, const Assumptions& a);

// The score a reader sees: 0 for a ruled-out candidate, else clamped to 0..100.
double display_score(const Assessment& x);

}  // namespace wb
