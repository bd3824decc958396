// "What would change the answer": for each numeric input, the nearest value
// above and below the current one (all else held) where the recommendation
// changes, located to well within 1 % of the value.
//   flip_points(s, a)[0] == {"job_seconds_longest", 800.1, kAbove, kHybridCelery}
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "assumptions.h"
#include "candidate.h"
#include "evaluate.h"
#include "scenario.h"
#include "scenario_fields.h"
#include "weights.h"

namespace wb {

// Numbers flip above or below a value; choices and yes/no flip to a value.
enum class Direction { kAbove, kBelow, kTo };

struct FlipPoint {
  std::string_view input;  // a scenario field, or "weights.<name>"
  // Numbers: the first value past which the answer changes. Choices: the
  // index of the value (enum order, platform order; 0/1 for no/yes).
  double value;
  Direction direction;
  Candidate becomes;
};

// The numeric inputs flip points are searched over: every numeric scenario
// field and every weight, derived from their tables (scenario_fields.h,
// weights.h).
struct FlipInput {
  std::string name;            // a scenario field, or "weights.<name>"
  std::string noun;            // "your longest job", "the weight on monthly cost"
  Measure measure;             // how a value reads
  double min, max;             // static bounds
  bool min_exclusive;          // min itself is not a valid value
  bool integer;                // whole numbers only
  const ScenarioField* field;  // set for scenario fields
  const WeightField* weight;   // set for weights

  double get(const Scenario& s) const;
  // Sets the value; a field that another may not exceed pulls that one
  // along (typical follows longest down), as a reader moving a slider expects.
  void set(Scenario& s, double v) const;
  // The range this input can take with every other input held.
  std::pair<double, double> range(const Scenario& s) const;
  // Values where a rule switches as this input moves alone, ascending: the
  // hard rules' limits for durations, and 0 ("none") for every input. A
  // search proves an answer across the values up to one and across those
  // past it, never across both (stays_recommended).
  std::vector<double> marks(const Scenario& s, const Assumptions& a) const;
  // Whether setting this input may pull another along (set()).
  bool pulls_another() const { return field && field->at_least; }
  Moving moving() const { return weight ? Moving::kWeight : Moving::kScenarioNumber; }
};
const std::vector<FlipInput>& flip_inputs();
const FlipInput* find_flip_input(std::string_view name);

// Numeric flips (nearest above and below, every numeric input), then one
// flip per choice and yes/no field: its nearest other value that changes the
// answer (enum order; ties to the earlier value). `evaluations`, when given,
// receives the number of evaluations the search made (for benchmarks).
std::vector<FlipPoint> flip_points(const Scenario& s, const Assumptions& a,
                                   std::size_t* evaluations = nullptr);

}  // namespace wb
