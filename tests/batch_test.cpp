// The batch calls behind the pictures: the decision map and cost curves
// agree cell by cell with single evaluations, and reject bad axes.
#include "model/batch.h"

#include <doctest/doctest.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "codec/api.h"
#include "codec/scenario_codec.h"
#include "model/cost_model.h"
#include "model/evaluate.h"

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

TEST_CASE("cost curve: one total per candidate per point, equal to the cost model") {
  const wb::Decoded d = wb::decode_scenario(nlohmann::json::object());
  const wb::Axis axis{"monthly_requests", 0, 1e9, 9, false};
  const auto curve = wb::cost_curve(d.scenario, d.assumptions, axis);
  REQUIRE(curve.size() == 54);
  for (int i = 0; i < 9; ++i) {
    wb::Scenario s = d.scenario;
    s.monthly_requests = std::round(wb::axis_value(axis, i));
    for (std::size_t c = 0; c < wb::kCandidateCount; ++c) {
      CHECK(curve[i * wb::kCandidateCount + c] ==
            wb::estimate_cost(wb::kCandidates[c].candidate, s, d.assumptions).total_usd_month);
      if (i > 0)
        CHECK(curve[i * wb::kCandidateCount + c] >= curve[(i - 1) * wb::kCandidateCount + c]);
    }
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
            .size() == 18);
  CHECK(wb::cost_curve_from_json(
            "{}", R"({"field": "monthly_requests", "min": 0, "max": 1e6, "steps": 1.5})")
            .empty());
  CHECK(wb::cost_curve_from_json("{}", "[]").empty());
}
