// How much the reader cares about each criterion, 0 (not at all) to 5 (most).
// Absent from the input, they come from the stage: validating favours speed
// and simplicity, scaling favours independent scaling.
//   Weights w = weights_for_stage(Stage::kScaling);  // w.flexibility == 5
#pragma once

#include <array>
#include <string>
#include <string_view>

namespace wb {

enum class Stage;

struct Weights {
  double time_to_market = 0;  // 0..5
  double operations = 0;      // 0..5, fewer moving parts to run
  double cost = 0;            // 0..5, total monthly cost
  double latency = 0;         // 0..5, fewer network hops
  double flexibility = 0;     // 0..5, reuse and independent scaling
};

struct WeightField {
  std::string_view name;
  std::string_view label;  // a slider's label
  std::string_view noun;   // in a sentence: "the weight on <noun>"
  double Weights::*member;
};

inline constexpr std::array<WeightField, 5> kWeightFields{{
    {"time_to_market", "Time to market", "time to market", &Weights::time_to_market},
    {"operations", "Fewer moving parts", "fewer moving parts", &Weights::operations},
    {"cost", "Monthly cost", "monthly cost", &Weights::cost},
    {"latency", "Latency", "latency", &Weights::latency},
    {"flexibility", "Flexibility and independent scaling", "flexibility and independent scaling",
     &Weights::flexibility},
}};

// How errors and flip points name a weight: "weights.<name>", the path of
// the value in the scenario JSON.
inline constexpr std::string_view kWeightInputPrefix = "weights.";
inline std::string weight_input(std::string_view name) {
  return std::string(kWeightInputPrefix) + std::string(name);
}

Weights weights_for_stage(Stage stage);

// The weights added up; 0 means no preference (every criterion counts the same).
double weight_sum(const Weights& w);

}  // namespace wb
