// Flip points on known scenarios: the hard thresholds of the article and
// the platform appear where they should, with the right direction.
#include "model/flip_points.h"

#include <doctest/doctest.h>

#include <cmath>
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

TEST_CASE("an answer that changes and changes back within 1 % of the volume is still found") {
  // A seeded scenario (random_scenarios, seed 1, #24): Netlify, a web app
  // and API for a Python team, hour-scale scheduled job. Hybrid + Celery
  // leads; FastAPI + Celery's credit against the queue design grows faster
  // until it reaches its 60-point cap, so it leads only from 58,963,796
  // requests to 59,409,505, then Hybrid + Celery again (up to 129M). The
  // search must report the nearest change, not the next one. Its longest
  // job is 489 s, not the seed's 476.457 s: since always-on fleets bill
  // their average load, not their busiest hour's, the seed's stretch runs
  // from 58.94M to 60.85M, 3 % of the volume, and a longer tail (a bigger
  // credit against the queue design for both, so FastAPI + Celery's is
  // capped sooner) narrows it back under 1 %.
  const char* text =
      R"({"billing_and_rate_limits": true, "job_seconds_longest": 489,
          "job_seconds_typical": 0.612, "latency_sensitive": false, "monthly_requests": 782,
          "platform": "netlify", "product": "web_app_and_api", "public_api": true,
          "python_libraries": "none", "scheduled_job_seconds": 893.534, "stage": "growing",
          "team": "python"})";
  const wb::Decoded d = decode(text);
  const auto at = [&](double requests) {
    wb::Scenario s = d.scenario;
    s.monthly_requests = requests;
    return wb::evaluate(s, d.assumptions).recommended;
  };
  REQUIRE(at(58.9e6) == wb::Candidate::kHybridCelery);
  REQUIRE(at(58'963'795) == wb::Candidate::kHybridCelery);
  REQUIRE(at(58'963'796) == wb::Candidate::kFastapiCelery);
  REQUIRE(at(59.4e6) == wb::Candidate::kFastapiCelery);
  REQUIRE(at(59.6e6) == wb::Candidate::kHybridCelery);  // 59.4M to 59.6M: 0.3 %
  const auto fs = wb::flip_points(d.scenario, d.assumptions);
  const wb::FlipPoint* f = find(fs, "monthly_requests", wb::Direction::kAbove);
  REQUIRE(f);
  CHECK(f->becomes == wb::Candidate::kFastapiCelery);
  CHECK(f->value > 58.9e6);
  CHECK(f->value <= 59.4e6);
  // A whole number of 4 significant digits, past the first request that
  // changes the answer by less than 1 %.
  CHECK(f->value == 58'970'000);
  CHECK(at(f->value) == wb::Candidate::kFastapiCelery);
  CHECK(at(f->value * 0.99) == wb::Candidate::kHybridCelery);
}

TEST_CASE("a flip at the range's last value, one step past a mark, is found") {
  // A Python team's web app and API on containers, latency-sensitive,
  // validating. A second mark one double past 30 s (the GPT Action wait,
  // which binds no web app) and the longest job on it: the only typical job
  // past 30 s is the longest itself, a stretch of one value.
  const double up = std::nextafter(30.0, 31.0);
  wb::Decoded d = decode(
      R"({"ai_logic": "simple", "job_seconds_typical": 8.1, "latency_sensitive": true,
          "monthly_requests": 135273, "platform": "containers", "product": "web_app_and_api",
          "stage": "validating", "team": "python"})");
  d.assumptions.gpt_action_timeout_s = up;
  d.scenario.job_seconds_longest = up;
  const auto at = [&](double typical) {
    wb::Scenario s = d.scenario;
    s.job_seconds_typical = typical;
    return wb::evaluate(s, d.assumptions);
  };
  // At 30 s: Server Actions -4 (the longest past 30 s) - 14 (team) - 12
  // (public API) + 4 (no hops) + 4 (start simple) = -22, ahead of the
  // hybrid's -4 + 8 + 5 - 5 (one hop) = 4 by more than their fits differ.
  // Past 30 s the typical job costs 8, not 4, and latency stops counting:
  // Server Actions 8 down, the hybrid 1 up, and the hybrid leads.
  const wb::Evaluation at30 = at(30);
  const wb::Evaluation past = at(up);
  REQUIRE(at30.recommended == wb::Candidate::kNextjsServerActions);
  REQUIRE(past.recommended == wb::Candidate::kHybrid);
  const auto score = [](const wb::Evaluation& e, wb::Candidate c) {
    return e.assessments[wb::index_of(c)].score;
  };
  CHECK(score(past, wb::Candidate::kNextjsServerActions) ==
        doctest::Approx(score(at30, wb::Candidate::kNextjsServerActions) - 8));
  CHECK(score(past, wb::Candidate::kHybrid) ==
        doctest::Approx(score(at30, wb::Candidate::kHybrid) + 1));
  const auto fs = wb::flip_points(d.scenario, d.assumptions);
  const wb::FlipPoint* f = find(fs, "job_seconds_typical", wb::Direction::kAbove);
  REQUIRE(f);
  CHECK(f->becomes == wb::Candidate::kHybrid);
  CHECK(f->value == up);  // no shorter figure lies past 30 s within the range
}
