// Many evaluations in one call, for the pictures: the decision map (two
// inputs on a grid, the recommended candidate per cell) and cost curves
// (each candidate's infrastructure cost and its range along one input).
//   Axis x{"job_seconds_longest", 1, 86400, 128, true};
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "assumptions.h"
#include "scenario.h"

namespace wb {

struct Axis {
  std::string_view field;  // a flip input name (see flip_points.h)
  double min, max;
  int steps;  // >= 2
  bool log_scale;
};

inline constexpr std::uint8_t kInvalidCell = 255;

// The two pictures the widget draws, published in the schema: cost along
// the monthly volume, and the recommendation over longest job × volume.
inline constexpr Axis kCostChartAxis{"monthly_requests", 100, 1e9, 48, true};
inline constexpr Axis kDecisionMapX{"job_seconds_longest", 1, 86400, 64, true};
inline constexpr Axis kDecisionMapY{"monthly_requests", 100, 1e9, 64, true};

// Value of the i-th of `axis.steps` points, ends included.
double axis_value(const Axis& axis, int i);

// True when the axis names a flip input and its range fits the field.
bool valid_axis(const Axis& axis);

// Row-major (y outer, x inner): the recommended candidate's index per cell,
// kInvalidCell where the cell's scenario is invalid.
std::vector<std::uint8_t> decision_grid(const Scenario& s, const Assumptions& a, const Axis& x,
                                        const Axis& y);

// For each point on the axis and each candidate in Candidate order, three
// values: infra_usd_month, then its low and high end (see uncertainty.h).
// Engineering time does not depend on the axis' inputs; a reader adds the
// result's engineering_usd_month for the total.
inline constexpr int kCurveValues = 3;
std::vector<double> cost_curve(const Scenario& s, const Assumptions& a, const Axis& axis);

}  // namespace wb
