// What the estimates in the data file leave open: each candidate's
// infrastructure cost at the cheap and the dear end of every estimate, and
// whether the recommendation survives every estimate at either end.
//   Uncertainty u = uncertainty(s, a, evaluate(s, a).recommended);  // u.robust for the defaults
#pragma once

#include <array>
#include <string>
#include <vector>

#include "assumptions.h"
#include "candidate.h"
#include "scenario.h"

namespace wb {

struct CostRange {
  double low_usd_month = 0;   // USD per month, the estimates at their cheapest corner
  double high_usd_month = 0;  // USD per month, the estimates at their dearest corner
};

// One estimate that changes the recommendation at one end of its range.
struct RangeFlip {
  std::string key;  // the range's key, as in `assumptions` overrides
  bool high_end;
  double value;  // the value at that end
  Candidate becomes;
};

struct Uncertainty {
  std::array<CostRange, kCandidateCount> costs;  // in Candidate order
  bool robust = true;                            // the same answer at both ends of every range
  std::vector<RangeFlip> flips;                  // the estimates that would change it
};

// `current` is the recommendation with the assumptions as they are.
Uncertainty uncertainty(const Scenario& s, const Assumptions& a, Candidate current);

// For a candidate at one scenario, the end of each of a.ranges (true: its
// high value) at which the candidate's infrastructure costs the least, and
// the most. Each estimate is first judged on its own, the others as they
// are; then, from those ends, estimates are flipped one at a time, or two at
// a time among those that alone change nothing, while the cost moves the
// right way, so estimates that matter only together are settled together.
// A few dozen cost evaluations per corner.
struct RangeCorners {
  std::vector<bool> cheap_at_high;
  std::vector<bool> dear_at_high;
};
// Passes of the corner search at most; 3 were the most needed over the grid in
// tests/uncertainty_test.cpp.
inline constexpr int kMaxCornerPasses = 8;
RangeCorners cost_corners(Candidate c, const Scenario& s, const Assumptions& a);

// `a` with every estimate that applies to s at its high value where at_high
// is true, else at its low value. A candidate's cost under it, with a corner
// from cost_corners at the same scenario, is the low (high) end of its
// range; the cost chart keeps the corners found at the reader's answers
// along its axis.
Assumptions with_estimates_at(const Assumptions& a, const Scenario& s,
                              const std::vector<bool>& at_high);

}  // namespace wb
