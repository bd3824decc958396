// "What would change the answer": for each numeric input, the nearest value
// above and below the current one (all else held) where the recommendation
// changes, located to well within 1 % of the value.
//   flip_points(s, a)[0] == {"job_seconds_longest", 800.1, kAbove, kHybridCelery}
#pragma once

#include <string_view>
#include <vector>

#include "assumptions.h"
#include "candidate.h"
#include "scenario.h"

namespace wb {

enum class Direction { kAbove, kBelow };

struct FlipPoint {
  std::string_view input;  // a scenario field, or "weights.<name>"
  double value;            // the first value past which the answer changes
  Direction direction;
  Candidate becomes;
};

// The numeric inputs flip points are searched over, with their ranges.
struct FlipInput {
  std::string_view name;
  double (*get)(const Scenario&);
  void (*set)(Scenario&, double);
  double min, max;     // static bounds; typical/longest also bound each other
  bool min_exclusive;  // min itself is not a valid value
  bool integer;
};
const std::vector<FlipInput>& flip_inputs();

std::vector<FlipPoint> flip_points(const Scenario& s, const Assumptions& a);

}  // namespace wb
