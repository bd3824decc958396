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
  double low_usd_month = 0;   // USD per month, every estimate at its cheaper end
  double high_usd_month = 0;  // USD per month, every estimate at its dearer end
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

}  // namespace wb
