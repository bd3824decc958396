#include "flip_points.h"

#include <algorithm>
#include <cmath>

#include "evaluate.h"

namespace wb {
namespace {

Candidate recommendation(const Scenario& s, const Assumptions& a) {
  return evaluate(s, a).recommended;
}

// Values where hard rules switch; probed exactly so no threshold is stepped over.
std::vector<double> thresholds(const Scenario& s, const Assumptions& a) {
  const Platform& p = a.platforms[s.platform];
  return {p.function_max_s,         p.function_beta_max_s, p.cron_max_s,
          a.interactive_limit_s,    a.queue_recommended_s, a.queue_required_s,
          a.queue_service_max_run_s};
}

// Probe values strictly beyond `from` toward `to`: geometric steps of 1 %
// (linear for weights) plus every threshold and the threshold's next value.
std::vector<double> probes(const FlipInput& in, double from, double to,
                           const std::vector<double>& marks) {
  std::vector<double> out;
  const bool up = to > from;
  const auto beyond = [&](double x) { return up ? x > from && x <= to : x < from && x >= to; };
  if (in.weight) {  // weights: 0..5, linear steps
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
    if (m > 0)  // 0 means "no limit" in the data set
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

// Rounds a positive `x` to 4 significant digits, away from the current
// value so the rounded value stays past the flip. Powers of ten are built by
// multiplication, not pow(), so native and WebAssembly builds agree exactly.
double round_outward(double x, bool up) {
  // Tiny values (a flip just above 0, e.g. at nextafter(0)) are returned as
  // they are: scaling a subnormal by powers of ten overflows to inf and the
  // loops below would never end.
  if (x <= 1e-9) return x;
  double scale = 1;
  while (x * scale < 1000) scale *= 10;
  while (x * scale >= 10000) scale /= 10;
  return (up ? std::ceil(x * scale - 1e-9) : std::floor(x * scale + 1e-9)) / scale;
}

void search(const FlipInput& in, const Scenario& s, const Assumptions& a, Candidate current,
            bool up, const std::vector<double>& marks, std::vector<FlipPoint>& out) {
  const auto [lo_bound, hi_bound] = in.range(s);
  const double from = in.get(s);
  const double to = up ? hi_bound : lo_bound;
  if (up ? from >= to : from <= to) return;
  Scenario probe = s;
  // In range, set() never pulls another field along, so one probe serves.
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
    // Bisect between the last value that keeps the answer and the first that does not.
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
    // Report a short number past the flip: 4 significant digits, moved one
    // last digit further when rounding lands on the flip itself (600 -> 600.1).
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

}  // namespace

double FlipInput::get(const Scenario& s) const {
  if (field) return s.*field->number;
  return (s.has_weights ? s.weights : weights_for_stage(s.stage)).*weight->member;
}

void FlipInput::set(Scenario& s, double v) const {
  if (field) {
    s.*field->number = v;
    if (field->at_least && s.*field->at_least > v) s.*field->at_least = v;
    return;
  }
  // Flipping one weight starts from the weights in use, so the others hold.
  if (!s.has_weights) s.weights = weights_for_stage(s.stage);
  s.has_weights = true;
  s.weights.*weight->member = v;
}

std::pair<double, double> FlipInput::range(const Scenario& s) const {
  double lo = min, hi = max;
  if (field) {
    if (field->at_least) lo = s.*field->at_least;
    for (const ScenarioField& other : scenario_fields())
      if (other.at_least == field->number) hi = s.*other.number;
  }
  return {lo, hi};
}

const std::vector<FlipInput>& flip_inputs() {
  static const std::vector<FlipInput> inputs = [] {
    std::vector<FlipInput> out;
    for (const ScenarioField& f : scenario_fields())
      if (f.number)
        out.push_back({std::string(f.name), std::string(f.noun), f.measure, f.min, f.max,
                       f.min_exclusive, f.kind == FieldKind::kInteger, &f, nullptr});
    for (const WeightField& w : kWeightFields)
      out.push_back({weight_input(w.name), "the weight on " + std::string(w.noun), Measure::kWeight,
                     0, kMaxWeight, false, false, nullptr, &w});
    return out;
  }();
  return inputs;
}

const FlipInput* find_flip_input(std::string_view name) {
  for (const FlipInput& in : flip_inputs())
    if (in.name == name) return &in;
  return nullptr;
}

namespace {

void choice_flip(const ScenarioField& f, const Scenario& s, const Assumptions& a, Candidate current,
                 std::vector<FlipPoint>& out) {
  const int count = choice_count(f, static_cast<int>(a.platforms.size()));
  const int at = choice_of(f, s);
  for (int distance = 1; distance < count; ++distance)
    for (int v : {at - distance, at + distance}) {
      if (v < 0 || v >= count) continue;
      Scenario probe = s;
      set_choice(f, probe, v);
      const Candidate becomes = recommendation(probe, a);
      if (becomes != current) return out.push_back({f.name, double(v), Direction::kTo, becomes});
    }
}

}  // namespace

std::vector<FlipPoint> flip_points(const Scenario& s, const Assumptions& a) {
  const Candidate current = recommendation(s, a);
  const std::vector<double> marks = thresholds(s, a);
  std::vector<FlipPoint> out;
  for (const FlipInput& in : flip_inputs()) {
    const std::vector<double> none;
    const std::vector<double>& m = in.weight ? none : marks;
    search(in, s, a, current, true, m, out);
    search(in, s, a, current, false, m, out);
  }
  for (const ScenarioField& f : scenario_fields())
    if (!f.number) choice_flip(f, s, a, current, out);
  return out;
}

}  // namespace wb
