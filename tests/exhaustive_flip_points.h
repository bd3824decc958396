// The flip-point search as it was before it learned to skip what cannot
// change: every numeric input walked in 1 % steps (0.02 for weights) from
// its value to its bound, every rule threshold probed exactly, a change
// bisected to 1e-7. ~5,000 evaluations per scenario. Kept as the reference
// the fast search in core/model/flip_points.cpp is held to
// (flip_search_test.cpp).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

#include "model/evaluate.h"
#include "model/flip_points.h"

namespace wb::reference {

// Evaluations made so far (bench/flip_search_stats.cpp compares counts).
inline std::size_t evaluations = 0;

inline Candidate recommendation(const Scenario& s, const Assumptions& a) {
  ++evaluations;
  return evaluate(s, a).recommended;
}

inline std::vector<double> thresholds(const Scenario& s, const Assumptions& a) {
  const Platform& p = a.platforms[s.platform];
  return {p.function_max_s,         p.function_beta_max_s, p.cron_max_s,
          a.interactive_limit_s,    a.queue_recommended_s, a.queue_required_s,
          a.queue_service_max_run_s};
}

// Probe values strictly beyond `from` toward `to`: geometric steps of 1 %
// (linear for weights) plus every threshold and the threshold's next value.
inline std::vector<double> probes(const FlipInput& in, double from, double to,
                                  const std::vector<double>& marks) {
  std::vector<double> out;
  const bool up = to > from;
  const auto beyond = [&](double x) { return up ? x > from && x <= to : x < from && x >= to; };
  if (in.weight) {
    for (double x = from;;) {
      x = up ? x + 0.02 : x - 0.02;
      if (!beyond(x)) break;
      out.push_back(x);
    }
  } else {
    double x = from;
    while (true) {
      if (up)
        x = x <= 0 ? 0.5 : x * 1.01;
      else
        x = x / 1.01;
      if (!beyond(x) || (!up && x < 1e-3)) break;
      out.push_back(x);
    }
  }
  for (double m : marks)
    if (m > 0)
      for (double x : {m, std::nextafter(m, up ? INFINITY : -INFINITY)})
        if (beyond(x)) out.push_back(x);
  out.push_back(to);
  if (up)
    std::sort(out.begin(), out.end());
  else
    std::sort(out.begin(), out.end(), std::greater<double>());
  if (in.integer)
    for (double& x : out) x = up ? std::ceil(x) : std::floor(x);
  return out;
}

inline double round_outward(double x, bool up) {
  if (x <= 1e-9) return x;
  double scale = 1;
  while (x * scale < 1000) scale *= 10;
  while (x * scale >= 10000) scale /= 10;
  return (up ? std::ceil(x * scale - 1e-9) : std::floor(x * scale + 1e-9)) / scale;
}

inline void search(const FlipInput& in, const Scenario& s, const Assumptions& a, Candidate current,
                   bool up, const std::vector<double>& marks, std::vector<FlipPoint>& out) {
  const auto [lo_bound, hi_bound] = in.range(s);
  const double from = in.get(s);
  const double to = up ? hi_bound : lo_bound;
  if (up ? from >= to : from <= to) return;
  Scenario probe = s;
  const auto rec_at = [&](double x) {
    in.set(probe, x);
    return recommendation(probe, a);
  };
  const auto valid = [&](double x) { return !in.min_exclusive || x > in.min; };
  double same = from;
  for (double x : probes(in, from, to, marks)) {
    if (!valid(x) || x == same) continue;
    if (rec_at(x) == current) {
      same = x;
      continue;
    }
    double changed = x;
    for (int i = 0; i < 60 && std::fabs(changed - same) > 1e-7 * std::fabs(changed); ++i) {
      double mid = in.integer ? std::floor((same + changed) / 2) : (same + changed) / 2;
      if (in.integer && std::fabs(changed - same) <= 1) break;
      if (mid == same || mid == changed) break;
      if (rec_at(mid) == current)
        same = mid;
      else
        changed = mid;
    }
    double value = changed;
    const Candidate becomes = rec_at(changed);
    if (!in.integer) {
      double rounded = round_outward(changed, up);
      if (rec_at(rounded) != becomes)
        rounded = round_outward(up ? rounded * 1.0001 : rounded * 0.9999, up);
      if ((up ? rounded <= to : rounded >= to) && valid(rounded) && rec_at(rounded) == becomes)
        value = rounded;
    }
    out.push_back({in.name, value, up ? Direction::kAbove : Direction::kBelow, becomes});
    return;
  }
}

// The numeric flips only (choices are searched the same way by both).
inline std::vector<FlipPoint> numeric_flip_points(const Scenario& s, const Assumptions& a) {
  const Candidate current = recommendation(s, a);
  const std::vector<double> marks = thresholds(s, a);
  std::vector<FlipPoint> out;
  for (const FlipInput& in : flip_inputs()) {
    const std::vector<double> none;
    const std::vector<double>& m = in.weight ? none : marks;
    search(in, s, a, current, true, m, out);
    search(in, s, a, current, false, m, out);
  }
  return out;
}

}  // namespace wb::reference
