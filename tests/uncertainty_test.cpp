// Cost ranges and robustness against the estimates in the data file.
#include "model/uncertainty.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "codec/assumptions_codec.h"
#include "codec/scenario_codec.h"
#include "model/evaluate.h"
#include "model/result.h"

namespace {

wb::Uncertainty of(const std::string& text) {
  const wb::Decoded d = wb::decode_scenario(nlohmann::json::parse(text));
  REQUIRE(d.ok());
  return wb::uncertainty(d.scenario, d.assumptions,
                         wb::evaluate(d.scenario, d.assumptions).recommended);
}

// The estimates that price people's time and latency, never the
// infrastructure bill: left out of the brute force below.
bool prices_people_or_latency(std::string_view key) {
  return key == "engineer_usd_hour" || key.rfind("hours_per_", 0) == 0 || key == "hop_latency_ms" ||
         key == "queue_latency_ms";
}

// The least and the most infrastructure costs over every corner of the
// estimates that apply (2^13 of them at most).
wb::CostRange brute_force(wb::Candidate c, const wb::Scenario& s, const wb::Assumptions& a) {
  std::vector<const wb::ValueRange*> live;
  for (const wb::ValueRange& r : a.ranges)
    if ((r.platform < 0 || r.platform == s.platform) && !prices_people_or_latency(r.key))
      live.push_back(&r);
  REQUIRE(live.size() <= 13);
  wb::Assumptions probe = a;
  wb::CostRange out{1e300, -1e300};
  for (std::uint32_t mask = 0; mask < (1u << live.size()); ++mask) {
    for (std::size_t i = 0; i < live.size(); ++i)
      wb::set_range_value(probe, *live[i], (mask >> i) & 1 ? live[i]->high : live[i]->low);
    const double x = wb::estimate_cost(c, s, probe).infra_usd_month;
    out.low_usd_month = std::min(out.low_usd_month, x);
    out.high_usd_month = std::max(out.high_usd_month, x);
  }
  return out;
}

}  // namespace

// Every job 35 s, past an interaction, so FastAPI + Celery's queue runs
// each one.
TEST_CASE("an API with 1M jobs of 35 s: FastAPI + Celery from $24 to $72.94") {
  const wb::Uncertainty u =
      of(R"({"product": "api", "monthly_requests": 1000000, "job_seconds_typical": 35,
             "job_seconds_longest": 35})");
  const wb::CostRange& r = u.costs[wb::index_of(wb::Candidate::kFastapiCelery)];
  // The fleets autoscale and bill the month's average load, so the peak's
  // range (2x..5x) moves no bill. Dear end: 35e6 s / 2,628,000 s = 13.318
  // jobs in flight; a worker holds min(20 tasks, 0.5 vCPU / 15 % CPU) =
  // 3.33 at 50 % = 1.67: 7.991 workers x $7 = $55.94. The API enqueues 2M x
  // 0.5 s: 0.381 in flight over min(10, 0.5 / 15 %) x 50 % = 1.67 a
  // container: 0.228, so one, $7. Broker $10: $72.94 (72.9361).
  CHECK(r.high_usd_month == doctest::Approx(72.9361).epsilon(1e-5));
  // Cheap end: a pool of 200 beside 2 % CPU holds min(200, 0.5 / 2 %) = 25
  // tasks, 21.25 at 85 %: 13.318 / 21.25 = 0.627, so the one worker the
  // pool never goes below, $7 (a pool of 20, 13.318 / 17 = 0.783: one too).
  // One $7 API container, the $10 broker: $24.
  CHECK(r.low_usd_month == doctest::Approx(24));
  CHECK(u.robust);
  CHECK(u.flips.empty());
}

TEST_CASE("every candidate's expected cost lies inside its range") {
  for (const char* text :
       {"{}", R"({"platform": "cloud_run", "monthly_requests": 100000000})",
        R"({"platform": "netlify", "ai_logic": "complex", "monthly_requests": 5000000,
            "job_seconds_longest": 3600, "scheduled_job_seconds": 1800})",
        R"({"platform": "containers", "monthly_requests": 20000000})"}) {
    CAPTURE(text);
    const wb::Decoded d = wb::decode_scenario(nlohmann::json::parse(text));
    const wb::Uncertainty u = of(text);
    for (const wb::CandidateInfo& ci : wb::kCandidates) {
      CAPTURE(ci.id);
      const double cost =
          wb::estimate_cost(ci.candidate, d.scenario, d.assumptions).infra_usd_month;
      CHECK(u.costs[wb::index_of(ci.candidate)].low_usd_month <= cost + 1e-9);
      CHECK(u.costs[wb::index_of(ci.candidate)].high_usd_month >= cost - 1e-9);
    }
  }
}

// A web app on Netlify for a team fluent in both languages, growing, 1M
// requests a month of 60 s jobs and up to 5 minutes, simple logic: the queue
// design 4.2 points ahead of the hybrid + Celery, whose workers cost about
// $2,260 a month less than the queue service but which needs 10 more
// engineer-hours. At the cheap end of the hour's range (50) those hours
// weigh half as much and the hybrid + Celery wins.
constexpr const char* kCloseOnPeople =
    R"({"product": "web_app", "platform": "netlify", "team": "both", "stage": "growing",
        "monthly_requests": 1000000, "job_seconds_typical": 60, "job_seconds_longest": 300,
        "ai_logic": "simple")";

TEST_CASE("a close call on people's time is not robust, and says which estimate flips it") {
  // The queue design leads the hybrid + Celery by 2.7: cheaper engineer
  // hours (the hybrid's 10 more a month) or a longer tail (the queue bills
  // every second of it) hand the answer to the hybrid + Celery.
  const wb::Uncertainty u = of(std::string(kCloseOnPeople) + "}");
  CHECK_FALSE(u.robust);
  REQUIRE(u.flips.size() == 2);
  for (const wb::RangeFlip& f : u.flips) {
    CAPTURE(f.key);
    CHECK(f.becomes == wb::Candidate::kHybridCelery);
    if (f.key == "engineer_usd_hour") {
      CHECK_FALSE(f.high_end);
      CHECK(f.value == 50);
    } else {
      CHECK(f.key == "long_job_share");
      CHECK(f.high_end);
      CHECK(f.value == 0.3);
    }
  }
}

TEST_CASE("a reader's own value has no range") {
  const wb::Uncertainty u =
      of(std::string(kCloseOnPeople) + R"(, "assumptions": {"engineer_usd_hour": 100}})");
  REQUIRE(u.flips.size() == 1);
  CHECK(u.flips[0].key == "long_job_share");
  const wb::Uncertainty both =
      of(std::string(kCloseOnPeople) +
         R"(, "assumptions": {"engineer_usd_hour": 100, "long_job_share": 0.1}})");
  CHECK(both.flips.empty());
  CHECK(both.robust);
}

// Two estimates that change nothing one at a time but do together. Next.js
// on 8-vCPU containers (CPU caps nothing: min(concurrency, 8 / 5 %)),
// 1,576,800 chats of 10 s: 6 in flight on average, which the autoscaled
// fleet bills (the 3x peak, 18, sets only the count at peak). Only the
// container concurrency (10..100) and the utilisation (50 %..85 %) are left
// open. Alone, with the other as it is (40 at 70 %, 28 a container), 10
// holds 7 and 50 % holds 20: one $7 container either way, a tie each. From
// the high ends (100 at 85 %: 85), 10 alone holds 8.5 and 50 % alone 50:
// still one. Both dear ends at once hold 10 x 50 % = 5: 6 / 5 = 1.2
// containers x $7 = $8.40.
TEST_CASE("two estimates that matter only together are settled together") {
  wb::Assumptions a = wb::builtin_assumptions();
  a.js_container_vcpu = 8;
  std::vector<wb::ValueRange> open;
  for (const char* key : {"js_container_concurrency", "target_utilisation"})
    for (const wb::ValueRange& r : a.ranges)
      if (r.key == key) open.push_back(r);
  REQUIRE(open.size() == 2);
  a.ranges = open;
  wb::Scenario s = wb::default_scenario();
  s.platform = wb::find_platform(a, "containers");
  s.monthly_requests = 1576800;
  s.job_seconds_typical = s.job_seconds_longest = 10;
  const wb::Candidate c = wb::Candidate::kNextjsServerActions;
  CHECK(wb::estimate_cost(c, s, a).infra_usd_month == doctest::Approx(7));
  const wb::RangeCorners k = wb::cost_corners(c, s, a);
  CHECK(k.dear_at_high == std::vector<bool>{false, false});
  const double dear =
      wb::estimate_cost(c, s, wb::with_estimates_at(a, s, k.dear_at_high)).infra_usd_month;
  CHECK(dear == doctest::Approx(8.40));
  const wb::Uncertainty u = wb::uncertainty(s, a, c);
  const wb::CostRange& r = u.costs[wb::index_of(c)];
  CHECK(r.low_usd_month == doctest::Approx(7));
  CHECK(r.high_usd_month == doctest::Approx(8.40));
}

// Every platform, UI or not, light or heavy logic, short to 20-minute jobs,
// with and without a scheduled job, 1k to 30M requests; and again with
// 8-vCPU containers, where a container's concurrency, not its CPU, caps what
// it holds, so two estimates can matter only together (the dear
// utilisation and concurrency each keep a light load inside one container;
// both at once do not).
TEST_CASE("each cost range is the least and the most cost over every corner of the estimates") {
  const wb::Assumptions& a = wb::builtin_assumptions();
  for (const wb::Platform& platform : a.platforms)
    for (const char* product : {"web_app", "api", "web_app_and_api"})
      for (const char* logic : {"simple", "complex"})
        for (double seconds : {3.0, 25.0, 300.0, 1200.0})
          for (double scheduled : {0.0, 600.0})
            for (double requests : {1e3, 1e5, 1e6, 3e7})
              for (bool big_containers : {false, true}) {
                nlohmann::json j{{"platform", platform.id},
                                 {"product", product},
                                 {"ai_logic", logic},
                                 {"job_seconds_typical", seconds},
                                 {"job_seconds_longest", seconds},
                                 {"scheduled_job_seconds", scheduled},
                                 {"monthly_requests", requests}};
                if (big_containers)
                  j["assumptions"] = {{"api_container_vcpu", 8},
                                      {"worker_container_vcpu", 8},
                                      {"js_container_vcpu", 8}};
                CAPTURE(j.dump());
                const wb::Decoded d = wb::decode_scenario(j);
                REQUIRE(d.ok());
                const wb::Uncertainty u = wb::uncertainty(
                    d.scenario, d.assumptions, wb::evaluate(d.scenario, d.assumptions).recommended);
                for (const wb::CandidateInfo& ci : wb::kCandidates) {
                  CAPTURE(ci.id);
                  const wb::CostRange want = brute_force(ci.candidate, d.scenario, d.assumptions);
                  const wb::CostRange& got = u.costs[wb::index_of(ci.candidate)];
                  CHECK(got.low_usd_month == doctest::Approx(want.low_usd_month));
                  CHECK(got.high_usd_month == doctest::Approx(want.high_usd_month));
                }
              }
}

TEST_CASE("another platform's estimate stays out of both corners") {
  // Vercel Hobby's instance concurrency (5 to 100) prices nothing on Vercel
  // Pro: it does not apply there, so neither corner moves it to its high end.
  const wb::Decoded d = wb::decode_scenario(nlohmann::json::parse(R"({"platform": "vercel_pro"})"));
  REQUIRE(d.ok());
  const wb::RangeCorners k =
      wb::cost_corners(wb::Candidate::kNextjsServerActions, d.scenario, d.assumptions);
  bool seen = false;
  for (std::size_t i = 0; i < d.assumptions.ranges.size(); ++i)
    if (d.assumptions.ranges[i].key == "platforms.vercel_hobby.instance_concurrency") {
      seen = true;
      CHECK_FALSE(k.cheap_at_high[i]);
      CHECK_FALSE(k.dear_at_high[i]);
    }
  CHECK(seen);
}

TEST_CASE("a result's cost range reaches down to the bill of the routing the answer runs in") {
  // Vercel Hobby, a latency-sensitive web app, growing: 1.2M jobs a month of
  // 60 s with a 20 min tail. Priced alone (design_cost), the queue design
  // queues every job; it ranks first holding the 60 s jobs on the request,
  // the tail queued: 120,000 x (1,200 - 60) / ln 20 = 45,664,962 s x
  // $0.0000338 + 120,000 runs x $0.000025 = $1,546.48 of queue service, and
  // Pro for the held jobs (Hobby sells no more): 64.848M s x 5 % = 3,242,400
  // CPU-s x $0.0000355556 = $115.29, 24.68 in flight over 20 an instance:
  // 3,242,400 instance-s at 2 GB, 6,484,800 GB-s x $0.0000029444 = $19.09,
  // 1.32M calls x $0.60 / M = $0.79; $135.17 past the $20 credit. $1,681.65
  // in all.
  // The workflow is priced out (a dollar a step), so the queue runs on the
  // queue service's machines, whose bill differs most between routings.
  wb::Assumptions a = wb::builtin_assumptions();
  a.ranges.clear();  // no estimates: uncertainty() prices design_cost's routing alone
  a.queue_workflow_usd_per_step = 1;
  wb::Scenario s = wb::default_scenario();
  s.platform = wb::find_platform(a, "vercel_hobby");
  s.ai_logic = wb::AiLogic::kModerate;
  s.latency_sensitive = true;
  s.stage = wb::Stage::kGrowing;
  s.monthly_requests = 1.2e6;
  s.job_seconds_typical = 60;
  s.job_seconds_longest = 1200;
  const wb::Result r = wb::build_result(s, a);
  const wb::Candidate c = wb::Candidate::kNextjsQueue;
  REQUIRE(r.evaluation.recommended == c);
  const wb::Cost& shown = r.evaluation.assessments[wb::index_of(c)].cost;
  CHECK_FALSE(shown.routing.typical_queued);
  CHECK(shown.infra_usd_month == doctest::Approx(1681.65).epsilon(1e-5));
  const wb::Cost alone = wb::design_cost(c, s, a);
  CHECK(alone.routing.typical_queued);
  const double priced = alone.infra_usd_month;
  CHECK(priced > 3000);  // every job queued: 110M s at $0.0000338
  const wb::CostRange& range = r.uncertainty.costs[wb::index_of(c)];
  CHECK(range.low_usd_month == shown.infra_usd_month);
  CHECK(range.high_usd_month == priced);
}
