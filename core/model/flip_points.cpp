#include "flip_points.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "evaluate.h"

namespace wb {
namespace {

// Counts the evaluations a search makes (benchmarks report them).
struct Evaluator {
  const Assumptions& a;
  std::size_t count = 0;
  Evaluation operator()(const Scenario& s) {
    ++count;
    return evaluate(s, a);
  }
};

// The smallest value searched above 0: a millisecond, or a thousandth of a
// request or of a weight point (whole numbers start at 1). 0 itself is a
// mark for every input: it means "none" (no scheduled job, no preference).
constexpr double kSmallest = 1e-3;

// Values of one input that cross no mark, in the search's direction: from
// `near` (nearer the current value) to `far`; both valid.
struct Stretch {
  double near, far;
};

// The stretches from the current value toward `to`, cut at every mark m
// (`marks` in ascending order) into the values up to m and those past it.
std::vector<Stretch> stretches(const FlipInput& in, double from, double to, bool up,
                               const std::vector<double>& marks) {
  const auto at_or_below = [&](double m) { return in.integer ? std::floor(m) : m; };
  const auto past = [&](double m) {
    if (m == 0) return in.integer ? 1.0 : kSmallest;
    return in.integer ? std::floor(m) + 1 : std::nextafter(m, INFINITY);
  };
  if (in.min_exclusive && to <= in.min) to = past(in.min);
  std::vector<Stretch> out;
  out.reserve(marks.size() + 1);
  double start = from;
  for (std::size_t k = 0; k < marks.size(); ++k) {
    const double m = marks[up ? k : marks.size() - 1 - k];
    if (up ? m < from || m >= to : m >= from || m < to) continue;
    const double end = up ? at_or_below(m) : past(m);
    if (up ? end > start : end < start) out.push_back({start, end});
    start = up ? past(m) : at_or_below(m);
  }
  if (up ? start <= to : start >= to) out.push_back({start, to});
  return out;
}

struct Point {
  Point(double x, const ScoreSketch& sketch) : x(x), sketch(sketch) {}
  // Sketches in place: a sketch is over a kilobyte.
  Point(double x, const Evaluation& e) : x(x), sketch(wb::sketch(e)) {}
  double x;
  ScoreSketch sketch;
};

// first_change's working space, one for every search of a flip_points call
// so it is allocated once: the points a bracket looked at, and the right
// ends still to look at as indices into them, which spare copying points.
struct Scratch {
  std::vector<Point> looks;
  std::vector<std::size_t> pending;  // nearest last
};

// Rounds a positive `x` to 4 significant digits, away from the current
// value so the rounded value stays past the flip. Powers of ten are built by
// multiplication, not pow(), so native and WebAssembly builds agree exactly.
double round_outward(double x, bool up) {
  // 0 (a flip down to "none") and tiny values are returned as they are: the
  // loops below would never end on 0, and scaling a subnormal by powers of
  // ten overflows to inf.
  if (x <= 1e-9) return x;
  const auto outward = [up](double digits) {
    return up ? std::ceil(digits - 1e-9) : std::floor(digits + 1e-9);
  };
  // Large values are divided by an exact power of ten, not multiplied by an
  // inexact 0.1^k, so whole numbers stay whole.
  double power = 1;
  while (x >= 10000 * power) power *= 10;
  if (power > 1) return outward(x / power) * power;
  double scale = 1;
  while (x * scale < 1000) scale *= 10;
  return outward(x * scale) / scale;
}

// The nearest flip of one numeric input in one direction. Stretch by
// stretch, a bracket [left, right] whose scores prove the answer holds
// throughout (stays_recommended), or narrower than 1 % with the same answer
// at both ends, is passed over whole; any other is halved (in log space for
// scenario numbers) until a change is pinned to 1e-5 of its value. A search
// so makes a few evaluations where the answer is far from changing and ~25
// around the one flip it finds.
class NumericSearch {
 public:
  NumericSearch(const FlipInput& in, const Scenario& s, Evaluator& evaluate, const Evaluation& now,
                const Point& current, Scratch& scratch)
      : in_(in), probe_(s), evaluate_(evaluate), now_(now), current_(current), scratch_(scratch) {}

  void run(bool up, const std::vector<double>& marks, std::vector<FlipPoint>& out) {
    const auto [lo_bound, hi_bound] = in_.range(probe_);
    const double from = current_.x;
    const double to = up ? hi_bound : lo_bound;
    if (up ? from >= to : from <= to) return;
    if (in_.weight) {
      if (const std::optional<std::optional<Point>> settled = weight_flip(up, to)) {
        if (*settled) out.push_back(report(**settled, up, to));
        return;
      }
    }
    for (const Stretch& st : stretches(in_, from, to, up, marks)) {
      const Point near = st.near == from ? current_ : at(st.near);
      const std::optional<Point> changed = near.sketch.recommended != recommended() ? near
                                           : st.far == st.near
                                               ? std::nullopt  // near, unchanged, is all of it
                                               : first_change(near, st.far);
      if (changed) return out.push_back(report(*changed, up, to));
    }
  }

 private:
  Candidate recommended() const { return current_.sketch.recommended; }

  Evaluation evaluation_at(double x) {
    // In range, set() never pulls another field along, so one probe serves.
    in_.set(probe_, x);
    return evaluate_(probe_);
  }
  Point at(double x) { return {x, evaluation_at(x)}; }
  // Looks at x in first_change: the point's index in scratch_.looks.
  std::size_t look(double x) {
    scratch_.looks.emplace_back(x, evaluation_at(x));
    return scratch_.looks.size() - 1;
  }

  // A weight moves the weighted fit alone: each candidate's score is its
  // rule points plus 100 (A + w v) / (W + w), where w is this weight, v the
  // candidate's value on its criterion, A the other criteria's weighted
  // values and W their weights. The leader's lead times (W + w) is a line in
  // w, so it ties with each rival at one value at most, and the nearest tie
  // in the direction searched is the flip. One evaluation just past it
  // confirms it (a tie computed in floating point may land either side).
  // Returns the flip, or none, once settled; nullopt leaves the weight to
  // the bisection: a check that failed, weights that are all 0 at the
  // current value or at 0 (no preference, another formula), or a design
  // whose routing, so its rule points, the weights may change
  // (may_move_typical_job: its routing weighs the latency fit, and the
  // answer may be a design in its other routing).
  std::optional<std::optional<Point>> weight_flip(bool up, double to) {
    for (const Assessment& x : now_.assessments)
      if (!x.ruled_out() && may_move_typical_job(info(x.candidate).parts, probe_, evaluate_.a))
        return std::nullopt;
    const ScoreSketch& k = current_.sketch;
    const auto fit_value = [&](std::size_t c, std::size_t j) {
      return now_.assessments[c].fit_values[j];
    };
    const std::size_t i = static_cast<std::size_t>(in_.weight - kWeightFields.data());
    const double w0 = current_.x;
    const double others = weight_sum(k.weights) - w0;
    if (others + w0 <= 0) return std::nullopt;
    const std::size_t r = index_of(recommended());
    const auto weighed_others = [&](std::size_t c) {
      double total = 0;
      for (std::size_t j = 0; j < kWeightFields.size(); ++j)
        if (j != i) total += k.weights.*kWeightFields[j].member * fit_value(c, j);
      return total;
    };
    // Below 0 nothing is valid; at 0 with no other weight the formula changes.
    const double lowest = others > 0 ? 0 : kSmallest;
    std::optional<double> nearest;
    for (std::size_t c = 0; c < kCandidateCount; ++c) {
      if (c == r || k.ruled_out[c]) continue;
      const double gap = k.all_rule_points(r) - k.all_rule_points(c);
      const double constant = gap * others + 100 * (weighed_others(r) - weighed_others(c));
      const double slope = gap + 100 * (fit_value(r, i) - fit_value(c, i));
      // The lead must shrink in the direction searched.
      if (up ? slope >= 0 : slope <= 0) continue;
      const double w = -constant / slope;
      if (up ? w >= w0 && w <= to && (!nearest || w < *nearest)
             : w <= w0 && w >= lowest && (!nearest || w > *nearest))
        nearest = w;
    }
    if (!nearest) {
      if (up || others > 0) return std::optional<Point>{};
      const Point zero = at(0);  // no preference: every criterion counts the same
      if (zero.sketch.recommended == recommended()) return std::optional<Point>{};
      return std::optional<Point>{zero};
    }
    const double nudge = 1e-9 * std::max(*nearest, 1.0);
    const Point past = at(up ? std::min(to, *nearest + nudge) : std::max(lowest, *nearest - nudge));
    if (past.sketch.recommended == recommended()) return std::nullopt;
    return std::optional<Point>{past};
  }

  // The nearest point in (near, far] where the answer differs from near's.
  std::optional<Point> first_change(const Point& near, double far) {
    std::vector<Point>& looks = scratch_.looks;
    std::vector<std::size_t>& pending = scratch_.pending;
    looks.clear();
    pending.assign(1, look(far));
    std::optional<std::size_t> passed;  // the last look past which the answer holds; none: near
    while (!pending.empty()) {
      // Both hold until the next look (which may move looks).
      const Point& left = passed ? looks[*passed] : near;
      const Point& right = looks[pending.back()];
      const bool changed = right.sketch.recommended != recommended();
      if (!changed && (within_step(left.x, right.x) ||
                       stays_recommended(left.sketch, right.sketch, in_.moving(), evaluate_.a))) {
        passed = pending.back();
        pending.pop_back();
        continue;
      }
      if (!pinned(left.x, right.x)) {
        pending.push_back(look(next_look(left, right)));
      } else if (changed) {
        return right;
      } else {
        passed = pending.back();
        pending.pop_back();
      }
    }
    return std::nullopt;
  }

  // Two values closer than the search's resolution, 1 % (0.02 of a weight
  // point), that give the same answer are taken to give it in between: an
  // answer that changes and changes back within 1 % is no flip a reader
  // could act on. Without this, two designs whose scores converge without
  // ever crossing (both costs growing in step) would be bisected to no end.
  bool within_step(double a, double b) const {
    if (in_.weight) return std::fabs(b - a) <= 0.02;
    return std::max(a, b) <= 1.01 * std::min(a, b);
  }

  // Flips are pinned to 1e-5 of their value, enough for the 4 significant
  // digits reported, and whole numbers to at least the exact first value
  // that changes the answer; others also once no value lies strictly between
  // the two (subnormal weights: 1e-5 of 1e-322 is 0, and halving them never
  // narrows).
  bool pinned(double near, double far) const {
    const double width = std::fabs(far - near);
    if (in_.integer) return width <= std::max(1.0, 1e-5 * std::fabs(far));
    const double mid = split(near, far);
    return width <= 1e-5 * std::fabs(far) ||
           !(mid > std::min(near, far) && mid < std::max(near, far));
  }

  // Where to look inside a bracket not pinned yet. Where the answer changed
  // at the far end, where the line through the two ends' leads (the
  // leader's score less the new leader's; against the input's log for
  // scenario numbers) reaches 0: near a flip the scores move almost in a
  // line, so two or three looks pin it where halving takes about 20. The
  // middle otherwise, and after a look that left the far end where it was
  // (a bent lead, or one that jumps where a design changes its make-up), so
  // no bracket narrows much slower than halving allows.
  double next_look(const Point& near, const Point& far) {
    const std::size_t r = index_of(recommended());
    const std::size_t c = index_of(far.sketch.recommended);
    const bool lead_lines =
        c != r && !near.sketch.ruled_out[c] && !far.sketch.ruled_out[r] && near.x > 0 && far.x > 0;
    if (lead_lines && far.x != last_far_) kept_far_ = 0;
    last_far_ = far.x;
    if (!lead_lines || kept_far_++ >= 1) {
      kept_far_ = 0;
      return split(near.x, far.x);
    }
    const double lead_near = near.sketch.score[r] - near.sketch.score[c];
    const double lead_far = far.sketch.score[r] - far.sketch.score[c];
    if (!(lead_near > 0 && lead_far < 0)) return split(near.x, far.x);
    const double t = std::clamp(lead_near / (lead_near - lead_far), 0.01, 0.99);
    const bool log_scale = !in_.weight;
    const double x =
        log_scale ? near.x * std::pow(far.x / near.x, t) : near.x + t * (far.x - near.x);
    const double lo = std::min(near.x, far.x), hi = std::max(near.x, far.x);
    if (in_.integer) return std::clamp(std::floor(x), lo + 1, hi - 1);
    return x > lo && x < hi ? x : split(near.x, far.x);
  }

  // The middle of a bracket that is not pinned yet: strictly inside it.
  double split(double a, double b) const {
    const double mid = !in_.weight && a > 0 && b > 0 ? std::sqrt(a * b) : (a + b) / 2;
    if (!in_.integer) return mid;
    return std::clamp(std::floor(mid), std::min(a, b) + 1, std::max(a, b) - 1);
  }

  // Reports a short number past the flip: 4 significant digits, moved one
  // last digit further when rounding lands on the flip itself (600 -> 600.1).
  FlipPoint report(const Point& changed, bool up, double to) {
    const Candidate becomes = changed.sketch.recommended;
    double value = changed.x;
    // Whole numbers below 10,000 are reported exactly (they have 4 digits).
    if (!in_.integer || value >= 10000) {
      // Each value is looked at once, and the flip's own needs no look.
      const auto becomes_at = [&](double x) {
        return x == changed.x || at(x).sketch.recommended == becomes;
      };
      const auto usable = [&](double x) {
        return (up ? x <= to : x >= to) && (!in_.min_exclusive || x > in_.min);
      };
      double rounded = round_outward(value, up);
      bool becomes_there = becomes_at(rounded);
      if (!becomes_there) {
        rounded = round_outward(up ? rounded * 1.0001 : rounded * 0.9999, up);
        becomes_there = usable(rounded) && becomes_at(rounded);
      }
      if (becomes_there && usable(rounded)) value = rounded;
    }
    return {in_.name, value, up ? Direction::kAbove : Direction::kBelow, becomes};
  }

  const FlipInput& in_;
  // next_look's looks in a row that left the bracket's far end where it was.
  int kept_far_ = 0;
  double last_far_ = 0;
  Scenario probe_;
  Evaluator& evaluate_;
  const Evaluation& now_;  // at the current values, which current_ sketches
  const Point& current_;
  Scratch& scratch_;
};

}  // namespace

double FlipInput::get(const Scenario& s) const {
  if (field) return s.*field->number;
  return weights_in_use(s).*weight->member;
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

std::vector<double> FlipInput::marks(const Scenario& s, const Assumptions& a) const {
  std::vector<double> out{0};
  if (measure == Measure::kDuration) {
    const Platform& p = a.platforms[s.platform];
    // The job length whose CPU share reaches the platform's CPU limit.
    const double cpu_bound = p.cpu_max_s > 0 ? p.cpu_max_s / job_cpu_share(s, a) : 0;
    out.insert(out.end(), {p.function_max_s, p.function_beta_max_s, p.cron_max_s,
                           a.interactive_limit_s, a.queue_recommended_s, a.queue_required_s,
                           a.queue_service_max_run_s, a.gpt_action_timeout_s, cpu_bound});
  }
  std::sort(out.begin(), out.end());
  return out;
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

void choice_flip(const ScenarioField& f, const Scenario& s, Evaluator& evaluate, Candidate current,
                 std::vector<FlipPoint>& out) {
  const int count = choice_count(f, static_cast<int>(evaluate.a.platforms.size()));
  const int at = choice_of(f, s);
  for (int distance = 1; distance < count; ++distance)
    for (int v : {at - distance, at + distance}) {
      if (v < 0 || v >= count) continue;
      Scenario probe = s;
      set_choice(f, probe, v);
      const Candidate becomes = evaluate(probe).recommended;
      if (becomes != current) return out.push_back({f.name, double(v), Direction::kTo, becomes});
    }
}

}  // namespace

std::vector<FlipPoint> flip_points(const Scenario& s, const Assumptions& a,
                                   std::size_t* evaluations) {
  Evaluator evaluate{a};
  const Evaluation first = evaluate(s);
  const ScoreSketch now = sketch(first);
  Scratch scratch;
  std::vector<FlipPoint> out;
  for (const FlipInput& in : flip_inputs()) {
    const Point current{in.get(s), now};
    NumericSearch search(in, s, evaluate, first, current, scratch);
    const std::vector<double> marks = in.marks(s, a);
    search.run(true, marks, out);
    search.run(false, marks, out);
  }
  for (const ScenarioField& f : scenario_fields())
    if (!f.number) choice_flip(f, s, evaluate, now.recommended, out);
  if (evaluations) *evaluations = evaluate.count;
  return out;
}

}  // namespace wb
