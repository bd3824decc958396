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

// For each of a.ranges, whether its low end costs candidate c less than its
// high end at scenario s.
std::vector<bool> cheaper_ends(Candidate c, const Scenario& s, const Assumptions& a);

// `a` with every estimate that applies to s at the end `low_is_cheaper` marks
// as cheaper (cheap = true) or at the other end. A candidate's cost under it,
// with the ends from cheaper_ends at the same scenario, is the low (high) end
// of its range; the cost chart keeps the ends found at the reader's answers
// along its axis.
Assumptions with_estimates_at(const Assumptions& a, const Scenario& s,
                              const std::vector<bool>& low_is_cheaper, bool cheap);

}  // namespace wb
