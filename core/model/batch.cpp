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

namespace {

// One line of the decision map: the cells where one input moves alone (the
// other axis held), written to out[k * stride]. Between two cells whose
// scores prove the answer holds throughout (stays_recommended) every cell is
// filled unseen; a span they do not prove is halved. So the map is the one
// a cell-by-cell evaluation draws, from a fraction of the evaluations where
// answers hold over long stretches.
class MapLine {
 public:
  MapLine(const FlipInput& in, const Assumptions& a, std::vector<Scenario> cells, std::uint8_t* out,
          std::size_t stride)
      : in_(in), a_(a), cells_(std::move(cells)), out_(out), stride_(stride) {}

  // `valid[k]`: whether cell k is a valid scenario; `marks` as in_.marks().
  void fill(const std::vector<bool>& valid, const std::vector<double>& marks) {
    const int n = static_cast<int>(cells_.size());
    // Which marks a cell's value is past: a proof never spans a mark.
    const auto side = [&](int k) {
      const double v = in_.get(cells_[k]);
      return std::count_if(marks.begin(), marks.end(), [&](double m) { return v > m; });
    };
    for (int i = 0; i < n;) {
      if (!valid[i]) {
        out_[i * stride_] = kInvalidCell;
        ++i;
        continue;
      }
      int k = i;
      const auto at_i = side(i);
      // The proof holds for one input moving alone: where setting it pulls
      // another along, every cell is looked at.
      if (!in_.pulls_another())
        while (k + 1 < n && valid[k + 1] && side(k + 1) == at_i) ++k;
      const ScoreSketch first = look(i);
      if (k > i) between(i, k, first, look(k));
      i = k + 1;
    }
  }

 private:
  ScoreSketch look(int k) {
    ScoreSketch sk = sketch(evaluate(cells_[k], a_));
    out_[k * stride_] = static_cast<std::uint8_t>(index_of(sk.recommended));
    return sk;
  }

  // The cells strictly between i and k, whose own are looked at.
  void between(int i, int k, const ScoreSketch& left, const ScoreSketch& right) {
    if (k - i < 2) return;
    if (stays_recommended(left, right, in_.moving(), a_)) {
      for (int j = i + 1; j < k; ++j) out_[j * stride_] = out_[i * stride_];
      return;
    }
    const int mid = i + (k - i) / 2;
    const ScoreSketch middle = look(mid);
    between(i, mid, left, middle);
    between(mid, k, middle, right);
  }

  const FlipInput& in_;
  const Assumptions& a_;
  std::vector<Scenario> cells_;
  std::uint8_t* out_;
  std::size_t stride_;
};

}  // namespace

std::vector<std::uint8_t> decision_grid(const Scenario& s, const Assumptions& a, const Axis& x,
                                        const Axis& y) {
  std::vector<std::uint8_t> cells;
  if (!valid_axis(x) || !valid_axis(y)) return cells;
  const FlipInput& fx = *find_flip_input(x.field);
  const FlipInput& fy = *find_flip_input(y.field);
  const std::size_t nx = static_cast<std::size_t>(x.steps), ny = static_cast<std::size_t>(y.steps);
  cells.resize(nx * ny);
  const int platforms = static_cast<int>(a.platforms.size());
  const auto values = [](const Axis& axis, const FlipInput& in) {
    std::vector<double> v(axis.steps);
    for (int i = 0; i < axis.steps; ++i)
      v[i] = in.integer ? std::round(axis_value(axis, i)) : axis_value(axis, i);
    return v;
  };
  const std::vector<double> xs = values(x, fx), ys = values(y, fy);
  // Cell (i, j) is s with y's value set, then x's: typical <= longest is kept
  // by set(); the rest holds when the row is valid.
  std::vector<Scenario> rows(ny, s);
  std::vector<bool> row_valid(ny);
  for (std::size_t j = 0; j < ny; ++j) {
    fy.set(rows[j], ys[j]);
    row_valid[j] = check_scenario(rows[j], platforms).empty();
  }
  const auto cell = [&](std::size_t i, std::size_t j) {
    Scenario c = rows[j];
    fx.set(c, xs[i]);
    return c;
  };
  const auto valid = [&](const Scenario& c, std::size_t j) {
    return row_valid[j] && c.job_seconds_typical <= c.job_seconds_longest &&
           c.job_seconds_typical > 0;
  };
  // Lines run along y (columns) where only y moves in them: y pulls no other
  // input along (x set last may pull, the same in every cell of a column).
  const bool columns = !fy.pulls_another();
  const FlipInput& moving = columns ? fy : fx;
  const std::vector<double> marks = moving.marks(s, a);
  const std::size_t lines = columns ? nx : ny, length = columns ? ny : nx;
  for (std::size_t l = 0; l < lines; ++l) {
    std::vector<Scenario> line;
    std::vector<bool> line_valid;
    line.reserve(length);
    line_valid.reserve(length);
    for (std::size_t k = 0; k < length; ++k) {
      const std::size_t i = columns ? l : k, j = columns ? k : l;
      line.push_back(cell(i, j));
      line_valid.push_back(valid(line.back(), j));
    }
    MapLine(moving, a, std::move(line), cells.data() + (columns ? l : l * nx), columns ? nx : 1)
        .fill(line_valid, marks);
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
