// Flip points on known scenarios: the hard thresholds of the article and
// the platform appear where they should, with the right direction.
#include "model/flip_points.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "codec/scenario_codec.h"
#include "model/evaluate.h"

namespace {

wb::Decoded decode(const char* text) {
  wb::Decoded d = wb::decode_scenario(nlohmann::json::parse(text));
  REQUIRE(d.ok());
  return d;
}

const wb::FlipPoint* find(const std::vector<wb::FlipPoint>& fs, std::string_view input,
                          wb::Direction dir) {
  for (const auto& f : fs)
    if (f.input == input && f.direction == dir) return &f;
  return nullptr;
}

}  // namespace

TEST_CASE("defaults: past a few minutes a durable queue wins; past 10 min scheduled needs one") {
  const wb::Decoded d = decode("{}");
  const auto fs = wb::flip_points(d.scenario, d.assumptions);
  // queue_recommended_s = 120: just past it the TypeScript queue takes over.
  const wb::FlipPoint* f = find(fs, "job_seconds_longest", wb::Direction::kAbove);
  REQUIRE(f);
  CHECK(f->value == 120.1);
  CHECK(f->becomes == wb::Candidate::kNextjsQueue);
  // Vercel Pro's cron runs 800 s, but past queue_required_s = 600 a scheduled
  // job needs a durable queue on every platform.
  const wb::FlipPoint* cron = find(fs, "scheduled_job_seconds", wb::Direction::kAbove);
  REQUIRE(cron);
  CHECK(cron->value == 600.1);
  CHECK(cron->becomes == wb::Candidate::kNextjsQueue);
  // Choices: the first question founders ask.
  const wb::FlipPoint* libs = find(fs, "python_libraries", wb::Direction::kTo);
  REQUIRE(libs);
  CHECK(libs->value == 2);  // "required"
  CHECK(libs->becomes == wb::Candidate::kHybrid);
  const wb::FlipPoint* product = find(fs, "product", wb::Direction::kTo);
  REQUIRE(product);
  CHECK(product->value == 1);  // "api"
  CHECK(product->becomes == wb::Candidate::kFastapi);
}

TEST_CASE("two-hour jobs: the queue holds until the job drops under 2 min") {
  const wb::Decoded d = decode(R"({"job_seconds_longest": 7200})");
  const auto fs = wb::flip_points(d.scenario, d.assumptions);
  const wb::FlipPoint* f = find(fs, "job_seconds_longest", wb::Direction::kBelow);
  REQUIRE(f);
  CHECK(f->value == 120);
  CHECK(f->becomes == wb::Candidate::kNextjsServerActions);
  CHECK_FALSE(find(fs, "job_seconds_longest", wb::Direction::kAbove));
  const wb::FlipPoint* libs = find(fs, "python_libraries", wb::Direction::kTo);
  REQUIRE(libs);
  CHECK(libs->becomes == wb::Candidate::kHybridCelery);
}

TEST_CASE("the thresholds follow the platform's limits (Netlify: 60 s request, 30 s cron)") {
  const wb::Decoded d = decode(R"({"platform": "netlify"})");
  const auto fs = wb::flip_points(d.scenario, d.assumptions);
  const wb::FlipPoint* f = find(fs, "scheduled_job_seconds", wb::Direction::kAbove);
  REQUIRE(f);
  CHECK(f->value == 30.01);
  CHECK(f->becomes == wb::Candidate::kNextjsQueue);
  const wb::FlipPoint* job = find(fs, "job_seconds_longest", wb::Direction::kAbove);
  REQUIRE(job);
  CHECK(job->value == 60.01);
  CHECK(job->becomes == wb::Candidate::kNextjsQueue);
}

TEST_CASE("every flip point lies in its field's range and is past the current value") {
  for (
      const char* text :
      {"{}", R"({"product": "api"})", R"({"python_libraries": "required"})",
       R"({"stage": "scaling", "ai_logic": "complex", "team": "both"})",
       R"({"job_seconds_longest": 7200, "monthly_requests": 1000000000})",
       R"({"platform": "cloud_run", "stage": "scaling", "weights": {"cost": 0.95, "latency": 1, "operations": 0.39}})"}) {
    CAPTURE(text);
    const wb::Decoded d = decode(text);
    for (const auto& f : wb::flip_points(d.scenario, d.assumptions)) {
      if (f.direction == wb::Direction::kTo) continue;
      for (const auto& in : wb::flip_inputs()) {
        if (in.name != f.input) continue;
        CAPTURE(f.input);
        CAPTURE(f.value);
        CHECK(f.value >= in.min);
        CHECK(f.value <= in.max);
        if (in.integer) CHECK(f.value == std::floor(f.value));
        const double from = in.get(d.scenario);
        CHECK((f.direction == wb::Direction::kAbove ? f.value > from : f.value < from));
      }
    }
  }
}

TEST_CASE("at most one flip point per input and direction, none toward the same answer") {
  const wb::Decoded d = decode(R"({"product": "web_app_and_api", "ai_logic": "moderate"})");
  const auto fs = wb::flip_points(d.scenario, d.assumptions);
  const wb::Candidate current = wb::evaluate(d.scenario, d.assumptions).recommended;
  CHECK(fs.size() <= 18 + 11);  // numbers both ways, plus one per choice
  for (std::size_t i = 0; i < fs.size(); ++i) {
    CHECK(fs[i].becomes != current);
    for (std::size_t j = i + 1; j < fs.size(); ++j)
      CHECK_FALSE((fs[i].input == fs[j].input && fs[i].direction == fs[j].direction));
  }
}

// Any scheduled job used to flip this answer, so the search met a subnormal
// value; now a cron job counts as "long" only past the interactive limit.
TEST_CASE("a flip near 0 terminates (regression: subnormal value hung round_outward)") {
  const wb::Decoded d = decode(
      R"({"platform":"cloud_run","stage":"scaling","weights":{"cost":0.95,"latency":1,"operations":0.39}})");
  const auto fs = wb::flip_points(d.scenario, d.assumptions);
  const wb::FlipPoint* f = find(fs, "scheduled_job_seconds", wb::Direction::kAbove);
  REQUIRE(f);
  CHECK(f->value > 0);
  CHECK(f->value < 700);
}
