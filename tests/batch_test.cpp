// The batch calls behind the pictures: the decision map and cost curves
// agree cell by cell with single evaluations, and reject bad axes.
#include "model/batch.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "codec/api.h"
#include "codec/scenario_codec.h"
#include "codec/schema.h"
#include "model/cost_model.h"
#include "model/evaluate.h"
#include "model/flip_points.h"
#include "model/scenario_fields.h"
#include "model/uncertainty.h"
#include "random_scenarios.h"

TEST_CASE("axis values include both ends, linear and log") {
  const wb::Axis lin{"job_seconds_longest", 10, 100, 10, false};
  CHECK(wb::axis_value(lin, 0) == 10);
  CHECK(wb::axis_value(lin, 9) == doctest::Approx(100));
  const wb::Axis log{"monthly_requests", 1, 1e10, 11, true};
  CHECK(wb::axis_value(log, 0) == 1);
  CHECK(wb::axis_value(log, 5) == doctest::Approx(1e5));
  CHECK(wb::axis_value(log, 10) == doctest::Approx(1e10));
}

TEST_CASE("invalid axes are rejected") {
  CHECK_FALSE(wb::valid_axis({"nope", 1, 2, 2, false}));
  CHECK_FALSE(wb::valid_axis({"job_seconds_longest", 1, 2, 1, false}));
  CHECK_FALSE(wb::valid_axis({"job_seconds_longest", 2, 1, 4, false}));
  CHECK_FALSE(wb::valid_axis({"job_seconds_longest", 1, 1e6, 4, false}));
  CHECK_FALSE(wb::valid_axis({"job_seconds_longest", 0, 100, 4, true}));
  CHECK_FALSE(wb::valid_axis({"job_seconds_longest", 1, NAN, 4, false}));
  CHECK(wb::valid_axis({"job_seconds_longest", 1, 86400, 4, true}));
}

TEST_CASE("an axis of 2 steps, its two ends, is the fewest valid; 4,096 the most") {
  CHECK_FALSE(wb::valid_axis({"job_seconds_longest", 1, 2, 1, false}));
  CHECK(wb::valid_axis({"job_seconds_longest", 1, 2, 2, false}));
  CHECK(wb::valid_axis({"job_seconds_longest", 1, 2, 4096, false}));
  CHECK_FALSE(wb::valid_axis({"job_seconds_longest", 1, 2, 4097, false}));
  // Two steps: t = i / (2 - 1), so step 0 is min and step 1 is max.
  const wb::Axis two{"job_seconds_longest", 10, 100, 2, false};
  CHECK(wb::axis_value(two, 0) == 10);
  CHECK(wb::axis_value(two, 1) == 100);
}

TEST_CASE("each decision-map cell is the single evaluation's recommendation") {
  const wb::Decoded d = wb::decode_scenario(nlohmann::json::parse(R"({"product": "api"})"));
  REQUIRE(d.ok());
  const wb::Axis x{"job_seconds_longest", 1, 86400, 24, true};
  const wb::Axis y{"monthly_requests", 1, 1e10, 12, true};
  const auto cells = wb::decision_grid(d.scenario, d.assumptions, x, y);
  REQUIRE(cells.size() == 24 * 12);
  int invalid = 0;
  for (int j = 0; j < 12; ++j)
    for (int i = 0; i < 24; ++i) {
      wb::Scenario s = d.scenario;
      s.monthly_requests = std::round(wb::axis_value(y, j));
      s.job_seconds_longest = wb::axis_value(x, i);
      if (s.job_seconds_typical > s.job_seconds_longest)
        s.job_seconds_typical = s.job_seconds_longest;
      const std::uint8_t cell = cells[j * 24 + i];
      if (cell == wb::kInvalidCell) {
        ++invalid;
        continue;
      }
      CAPTURE(i);
      CAPTURE(j);
      CHECK(cell == wb::index_of(wb::evaluate(s, d.assumptions).recommended));
    }
  CHECK(invalid == 0);
  // Short jobs → fastapi; day-long jobs → fastapi_celery.
  CHECK(cells[0] == wb::index_of(wb::Candidate::kFastapi));
  CHECK(cells[23] == wb::index_of(wb::Candidate::kFastapiCelery));
}

// The map the bracketed lines must draw: every cell evaluated, as a reader's
// scenario at that cell (y's value set, then x's).
std::vector<std::uint8_t> cell_by_cell(const wb::Scenario& s, const wb::Assumptions& a,
                                       const wb::Axis& x, const wb::Axis& y) {
  const wb::FlipInput& fx = *wb::find_flip_input(x.field);
  const wb::FlipInput& fy = *wb::find_flip_input(y.field);
  const int platforms = static_cast<int>(a.platforms.size());
  const auto value = [](const wb::Axis& axis, const wb::FlipInput& in, int i) {
    return in.integer ? std::round(wb::axis_value(axis, i)) : wb::axis_value(axis, i);
  };
  std::vector<std::uint8_t> out;
  for (int j = 0; j < y.steps; ++j)
    for (int i = 0; i < x.steps; ++i) {
      wb::Scenario c = s;
      fy.set(c, value(y, fy, j));
      const bool row_valid = wb::check_scenario(c, platforms).empty();
      fx.set(c, value(x, fx, i));
      const bool valid =
          row_valid && c.job_seconds_typical <= c.job_seconds_longest && c.job_seconds_typical > 0;
      out.push_back(valid ? static_cast<std::uint8_t>(wb::index_of(wb::evaluate(c, a).recommended))
                          : wb::kInvalidCell);
    }
  return out;
}

TEST_CASE("the decision map is the cell-by-cell map over 300 scenarios and every kind of axis") {
  // Lines along volume (the widget's map), along a duration crossing every
  // platform limit, along a weight; the typical job against the longest
  // (cells past it invalid, the longest pulling it down); the longest on y,
  // which pulls the typical along, so lines run along x.
  const wb::Axis longest{"job_seconds_longest", 1, 86400, 40, true};
  const wb::Axis volume{"monthly_requests", 100, 1e9, 40, true};
  const wb::Axis typical{"job_seconds_typical", 0.5, 7200, 24, true};
  const wb::Axis scheduled{"scheduled_job_seconds", 0, 7200, 24, false};
  const wb::Axis cost_weight{"weights.cost", 0, 5, 21, false};
  const std::pair<wb::Axis, wb::Axis> pairs[] = {{longest, volume},        {volume, longest},
                                                 {typical, longest},       {longest, typical},
                                                 {scheduled, cost_weight}, {cost_weight, volume}};
  int scenarios = 0, differing = 0;
  for (const nlohmann::json& j : wb::testing::scenarios(300, 4242)) {
    const wb::Decoded d = wb::decode_scenario(j);
    if (!d.ok()) continue;
    ++scenarios;
    const auto& [x, y] = pairs[scenarios % std::size(pairs)];
    REQUIRE(wb::valid_axis(x));
    REQUIRE(wb::valid_axis(y));
    const auto fast = wb::decision_grid(d.scenario, d.assumptions, x, y);
    const auto slow = cell_by_cell(d.scenario, d.assumptions, x, y);
    CAPTURE(j.dump());
    CAPTURE(x.field);
    CAPTURE(y.field);
    if (fast != slow) ++differing;
    CHECK(fast == slow);
  }
  CHECK(scenarios >= 250);
  CHECK(differing == 0);
}

TEST_CASE("cost curve: infrastructure and its range per candidate per point, as the cost model") {
  const wb::Decoded d = wb::decode_scenario(nlohmann::json::object());
  const wb::Axis axis{"monthly_requests", 0, 1e9, 9, false};
  const auto curve = wb::cost_curve(d.scenario, d.assumptions, axis);
  REQUIRE(curve.size() == 9 * wb::kCandidateCount * wb::kCurveValues);
  const auto at = [&](int i, std::size_t c, int k) {
    return curve[(i * wb::kCandidateCount + c) * wb::kCurveValues + k];
  };
  for (int i = 0; i < 9; ++i) {
    wb::Scenario s = d.scenario;
    s.monthly_requests = std::round(wb::axis_value(axis, i));
    for (std::size_t c = 0; c < wb::kCandidateCount; ++c) {
      CAPTURE(i);
      CAPTURE(c);
      const wb::Candidate candidate = wb::kCandidates[c].candidate;
      const double infra = wb::estimate_cost(candidate, s, d.assumptions).infra_usd_month;
      const wb::RangeCorners ends = wb::cost_corners(candidate, d.scenario, d.assumptions);
      const auto at_ends = [&](bool cheap) {
        return wb::estimate_cost(
                   candidate, s,
                   wb::with_estimates_at(d.assumptions, s,
                                         cheap ? ends.cheap_at_high : ends.dear_at_high))
            .infra_usd_month;
      };
      CHECK(at(i, c, 0) == infra);
      CHECK(at(i, c, 1) == std::min(at_ends(true), infra));
      CHECK(at(i, c, 2) == std::max(at_ends(false), infra));
      CHECK(at(i, c, 1) <= at(i, c, 0));
      CHECK(at(i, c, 0) <= at(i, c, 2));
      if (i > 0) CHECK(at(i, c, 0) >= at(i - 1, c, 0));
    }
  }
}

TEST_CASE("cost curve: at the reader's own answers the band is the result's exact range") {
  const wb::Decoded d = wb::decode_scenario(nlohmann::json{{"monthly_requests", 10000}});
  const wb::Axis axis{"monthly_requests", 10000, 1e6, 3, true};
  const auto curve = wb::cost_curve(d.scenario, d.assumptions, axis);
  const wb::Uncertainty u = wb::uncertainty(d.scenario, d.assumptions,
                                            wb::evaluate(d.scenario, d.assumptions).recommended);
  for (std::size_t c = 0; c < wb::kCandidateCount; ++c) {
    CAPTURE(c);
    CHECK(curve[c * wb::kCurveValues + 1] == u.costs[c].low_usd_month);
    CHECK(curve[c * wb::kCurveValues + 2] == u.costs[c].high_usd_month);
  }
}

TEST_CASE("the JSON batch entry points reject bad input with an empty answer") {
  const char* grid =
      R"({"x": {"field": "job_seconds_longest", "min": 1, "max": 86400, "steps": 8, "scale": "log"},
                          "y": {"field": "monthly_requests", "min": 0, "max": 1e6, "steps": 4}})";
  CHECK(wb::decision_grid_from_json("{}", grid).size() == 32);
  CHECK(wb::decision_grid_from_json(R"({"product": 1})", grid).empty());
  CHECK(wb::decision_grid_from_json("{}", "{").empty());
  CHECK(wb::decision_grid_from_json("{}", R"({"x": {}})").empty());
  CHECK(wb::decision_grid_from_json(
            "{}", R"({"x": {"field": "monthly_requests", "min": 0, "max": 1, "steps": 4096},
                                         "y": {"field": "monthly_requests", "min": 0, "max": 1, "steps": 4096}})")
            .empty());
  CHECK(wb::cost_curve_from_json(
            "{}", R"({"field": "monthly_requests", "min": 0, "max": 1e6, "steps": 3})")
            .size() == 3 * wb::kCandidateCount * wb::kCurveValues);
  CHECK(wb::cost_curve_from_json(
            "{}", R"({"field": "monthly_requests", "min": 0, "max": 1e6, "steps": 1.5})")
            .empty());
  CHECK(wb::cost_curve_from_json("{}", "[]").empty());
}

TEST_CASE("the pictures' axes published in the schema are valid axes") {
  CHECK(wb::valid_axis(wb::kCostChartAxis));
  CHECK(wb::valid_axis(wb::kDecisionMapX));
  CHECK(wb::valid_axis(wb::kDecisionMapY));
  const nlohmann::json schema = wb::schema();
  const nlohmann::json& charts = schema["charts"];
  CHECK(charts["cost_curve"]["axis"]["field"] == "monthly_requests");
  CHECK(charts["cost_curve"]["axis"]["steps"] == 48);
  CHECK(charts["decision_map"]["x"]["field"] == "job_seconds_longest");
  CHECK(charts["decision_map"]["invalid_cell"] == 255);
  int primary = 0;
  for (const auto& f : schema["fields"]) primary += f["primary"].get<bool>() ? 1 : 0;
  CHECK(primary == static_cast<int>(wb::kPrimaryQuestions));
}
