#include "batch.h"

#include <algorithm>
#include <cmath>

#include "evaluate.h"
#include "flip_points.h"
#include "scenario_fields.h"
#include "uncertainty.h"

namespace wb {

bool valid_axis(const Axis& axis) {
  const FlipInput* in = find_flip_input(axis.field);
  if (!in || axis.steps < 2 || axis.steps > 4096) return false;
  if (!std::isfinite(axis.min) || !std::isfinite(axis.max) || axis.min >= axis.max) return false;
  if (axis.min < in->min || axis.max > in->max) return false;
  return !axis.log_scale || axis.min > 0;
}

double axis_value(const Axis& axis, int i) {
  const double t = static_cast<double>(i) / (axis.steps - 1);
  if (!axis.log_scale) return axis.min + (axis.max - axis.min) * t;
  return axis.min * std::pow(axis.max / axis.min, t);
}

std::vector<std::uint8_t> decision_grid(const Scenario& s, const Assumptions& a, const Axis& x,
                                        const Axis& y) {
  std::vector<std::uint8_t> cells;
  if (!valid_axis(x) || !valid_axis(y)) return cells;
  const FlipInput& fx = *find_flip_input(x.field);
  const FlipInput& fy = *find_flip_input(y.field);
  cells.reserve(static_cast<std::size_t>(x.steps) * y.steps);
  const int platforms = static_cast<int>(a.platforms.size());
  // Axis values are computed once; only the two axis fields change per cell.
  std::vector<double> xs(x.steps);
  for (int i = 0; i < x.steps; ++i)
    xs[i] = fx.integer ? std::round(axis_value(x, i)) : axis_value(x, i);
  for (int j = 0; j < y.steps; ++j) {
    Scenario row = s;
    fy.set(row, fy.integer ? std::round(axis_value(y, j)) : axis_value(y, j));
    const bool row_valid = check_scenario(row, platforms).empty();
    for (int i = 0; i < x.steps; ++i) {
      Scenario cell = row;
      fx.set(cell, xs[i]);
      // typical <= longest is kept by set(); the rest holds when the row is valid.
      const bool valid = row_valid && cell.job_seconds_typical <= cell.job_seconds_longest &&
                         cell.job_seconds_typical > 0;
      cells.push_back(valid ? static_cast<std::uint8_t>(index_of(evaluate(cell, a).recommended))
                            : kInvalidCell);
    }
  }
  return cells;
}

std::vector<double> cost_curve(const Scenario& s, const Assumptions& a, const Axis& axis) {
  std::vector<double> out;
  if (!valid_axis(axis)) return out;
  const FlipInput& in = *find_flip_input(axis.field);
  // The cheapest and the dearest corner of the estimates are settled once, at
  // the reader's own answers: the band is exact there and costs two
  // evaluations per point elsewhere. Where an end would swap along the axis the band is
  // clamped so it always holds the line.
  std::vector<Assumptions> cheap, dear;
  for (const CandidateInfo& c : kCandidates) {
    const RangeCorners ends = cost_corners(c.candidate, s, a);
    cheap.push_back(with_estimates_at(a, s, ends.cheap_at_high));
    dear.push_back(with_estimates_at(a, s, ends.dear_at_high));
  }
  out.reserve(static_cast<std::size_t>(axis.steps) * kCandidateCount * kCurveValues);
  for (int i = 0; i < axis.steps; ++i) {
    Scenario point = s;
    in.set(point, in.integer ? std::round(axis_value(axis, i)) : axis_value(axis, i));
    for (const CandidateInfo& c : kCandidates) {
      const std::size_t k = index_of(c.candidate);
      const double infra = design_cost(c.candidate, point, a).infra_usd_month;
      out.push_back(infra);
      out.push_back(std::min(design_cost(c.candidate, point, cheap[k]).infra_usd_month, infra));
      out.push_back(std::max(design_cost(c.candidate, point, dear[k]).infra_usd_month, infra));
    }
  }
  return out;
}

}  // namespace wb
