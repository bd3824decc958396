#include "weights.h"

#include "scenario.h"

namespace wb {

// Validating: ship and learn, so speed and few moving parts dominate.
// Scaling: the AI backend must scale on its own, so flexibility dominates.
Weights weights_for_stage(Stage stage) {
  switch (stage) {
    case Stage::kValidating:
      return {5, 4, 3, 2, 1};
    case Stage::kGrowing:
      return {3, 3, 3, 3, 3};
    case Stage::kScaling:
      return {1, 2, 3, 3, 5};
  }
  return {3, 3, 3, 3, 3};
}

double weight_sum(const Weights& w) {
  double sum = 0;
  for (const WeightField& f : kWeightFields) sum += w.*f.member;
  return sum;
}

}  // namespace wb
