// The scenario codec: defaults fill every field, every field round-trips,
// errors name the field and unknown fields become warnings.
#include "codec/scenario_codec.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "codec/api.h"
#include "codec/assumptions_codec.h"
#include "codec/bounded_json.h"

namespace {

using nlohmann::json;

wb::Decoded decode(const char* text) { return wb::decode_scenario(json::parse(text)); }

bool has_error(const wb::Decoded& d, const std::string& field) {
  for (const auto& e : d.errors)
    if (e.field == field) return true;
  return false;
}

}  // namespace

TEST_CASE("an empty scenario is the documented default") {
  const wb::Decoded d = decode("{}");
  REQUIRE(d.ok());
  CHECK(d.warnings.empty());
  const wb::Scenario& s = d.scenario;
  CHECK(s.product == wb::Product::kWebApp);
  CHECK(s.job_seconds_typical == 10);
  CHECK(s.job_seconds_longest == 30);
  CHECK(s.scheduled_job_seconds == 0);
  CHECK(s.python_libraries == wb::PythonLibraries::kNone);
  CHECK(s.ai_logic == wb::AiLogic::kSimple);
  CHECK(s.team == wb::Team::kTypescript);
  CHECK(s.stage == wb::Stage::kValidating);
  CHECK_FALSE(s.public_api);
  CHECK_FALSE(s.billing_and_rate_limits);
  CHECK_FALSE(s.latency_sensitive);
  CHECK(s.monthly_requests == 10000);
  CHECK(d.assumptions.platforms[s.platform].id == "vercel_pro");
  CHECK_FALSE(s.has_weights);
}

TEST_CASE("defaults_json is the encoded default scenario and decodes to it") {
  const json j = json::parse(wb::defaults_json());
  CHECK(j["platform"] == "vercel_pro");
  CHECK(j["product"] == "web_app");
  CHECK(j["monthly_requests"] == 10000);
  CHECK(j["monthly_requests"].is_number_integer());
  CHECK_FALSE(j.contains("weights"));
  const wb::Decoded d = wb::decode_scenario(j);
  CHECK(d.ok());
  CHECK(d.warnings.empty());
}

TEST_CASE("every field round-trips through encode and decode") {
  const json in = json::parse(R"({
    "product": "gpt_action", "job_seconds_typical": 12.5, "job_seconds_longest": 1800,
    "scheduled_job_seconds": 3600, "python_libraries": "nice_to_have", "ai_logic": "complex",
    "team": "both", "stage": "growing", "public_api": true, "billing_and_rate_limits": true,
    "latency_sensitive": true, "heavy_processing": true, "monthly_requests": 123456, "platform": "cloud_run",
    "weights": {"time_to_market": 1, "operations": 2, "cost": 3, "latency": 4, "flexibility": 5},
    "assumptions": {"engineer_usd_hour": 80}})");
  const wb::Decoded d = wb::decode_scenario(in);
  REQUIRE(d.ok());
  CHECK(d.assumptions.engineer_usd_hour == 80);
  const json out = wb::encode_scenario(d.scenario, d.assumptions, d.assumption_overrides);
  CHECK(out == in);
}

TEST_CASE("missing weights come from the stage; given ones are kept") {
  const wb::Decoded d = decode(R"({"stage": "scaling", "weights": {"cost": 0}})");
  REQUIRE(d.ok());
  CHECK(d.scenario.has_weights);
  CHECK(d.scenario.weights.cost == 0);
  CHECK(d.scenario.weights.flexibility == 5);
  CHECK(d.scenario.weights.time_to_market == 1);
}

TEST_CASE("errors name the field") {
  CHECK(has_error(decode(R"({"product": "desktop"})"), "product"));
  CHECK(has_error(decode(R"({"public_api": 0})"), "public_api"));
  CHECK(has_error(decode(R"({"job_seconds_typical": 0})"), "job_seconds_typical"));
  CHECK(has_error(decode(R"({"job_seconds_longest": 86400.5})"), "job_seconds_longest"));
  CHECK(has_error(decode(R"({"monthly_requests": 10.25})"), "monthly_requests"));
  CHECK(has_error(decode(R"({"monthly_requests": 10000000001})"), "monthly_requests"));
  CHECK(has_error(decode(R"({"job_seconds_typical": 100, "job_seconds_longest": 50})"),
                  "job_seconds_longest"));
  CHECK(has_error(decode(R"({"weights": {"cost": 5.01}})"), "weights.cost"));
  CHECK(has_error(decode(R"({"assumptions": {"peak_to_average": 0}})"),
                  "assumptions.peak_to_average"));
  CHECK(has_error(decode(R"({"assumptions": {"platforms": {"render": {}}}})"),
                  "assumptions.platforms.render"));
  CHECK(has_error(decode("[1]"), "scenario"));
}

TEST_CASE("the bounds are inclusive where the schema says so") {
  CHECK(decode(R"({"job_seconds_typical": 86400, "job_seconds_longest": 86400})").ok());
  CHECK(decode(R"({"scheduled_job_seconds": 0})").ok());
  CHECK(decode(R"({"scheduled_job_seconds": 86400})").ok());
  CHECK(decode(R"({"monthly_requests": 0})").ok());
  CHECK(decode(R"({"monthly_requests": 10000000000})").ok());
  CHECK(decode(R"({"monthly_requests": 5.0})").ok());
  CHECK(decode(R"({"weights": {"cost": 0, "latency": 5}})").ok());
  CHECK(decode(R"({"job_seconds_typical": 0.001, "job_seconds_longest": 0.001})").ok());
}

TEST_CASE("unknown fields are warnings, not errors") {
  const wb::Decoded d = decode(R"({"colour": "blue", "weights": {"speed": 1}})");
  CHECK(d.ok());
  REQUIRE(d.warnings.size() == 2);
  const json r = json::parse(wb::evaluate_json(R"({"colour": "blue"})"));
  bool found = false;
  for (const auto& w : r["warnings"])
    found = found || w.get<std::string>().find("colour") != std::string::npos;
  CHECK(found);
}

TEST_CASE("a value set at the wrong level is ignored with where it belongs") {
  // function_memory_gb was one constant before model 2.28; it is each platform's now.
  const wb::Decoded moved = decode(
      R"({"assumptions": {"function_memory_gb": 3, "platforms": {"netlify": {"broker_usd_month": 1,
          "function_memory_gb": 3}}, "hop_latency_ms": 9, "colour": 1}})");
  REQUIRE(moved.ok());
  CHECK(moved.warnings == std::vector<std::string>{
                              "Unknown field 'assumptions.colour' was ignored.",
                              "Unknown field 'assumptions.function_memory_gb' was ignored: it "
                              "belongs at 'assumptions.platforms.<id>.function_memory_gb'.",
                              "Unknown field 'assumptions.platforms.netlify.broker_usd_month' was "
                              "ignored: it belongs at 'assumptions.broker_usd_month'."});
  const int netlify = wb::find_platform(moved.assumptions, "netlify");
  CHECK(moved.assumptions.platforms[netlify].function_memory_gb == 3);
  CHECK(moved.assumptions.hop_latency_ms == 9);
}

TEST_CASE("the bounded parser: size, depth and overflow") {
  CHECK(wb::parse_bounded(std::string(64, '[') + std::string(64, ']')).ok());
  CHECK_FALSE(wb::parse_bounded(std::string(65, '[') + std::string(65, ']')).ok());
  std::string big = "{\"x\":\"" + std::string(wb::kMaxInputBytes, 'a') + "\"}";
  CHECK_FALSE(wb::parse_bounded(big).ok());
  std::string just = "{}" + std::string(wb::kMaxInputBytes - 2, ' ');
  CHECK(wb::parse_bounded(just).ok());
  // Brackets inside strings do not count as nesting.
  CHECK(wb::parse_bounded("{\"x\":\"" + std::string(1000, '[') + "\"}").ok());
  const wb::ParsedJson overflow = wb::parse_bounded(R"({"weights": {"cost": 1e999}})");
  CHECK_FALSE(overflow.ok());
  CHECK(overflow.field == "weights.cost");
  const wb::Decoded d = wb::decode_scenario_text(R"({"weights": {"cost": -1e400}})");
  REQUIRE(d.errors.size() == 1);
  CHECK(d.errors[0].field == "weights.cost");
}

TEST_CASE("the bounded parser builds the value json::parse builds") {
  for (const char* text :
       {"null", "true", "-0", "17", "18446744073709551615", "-9223372036854775808", "1.5e300",
        "\"\\u00e9\\ud83d\\ude00\"", "[]", "{}", "[1, [2, [3, {}]], {\"a\": [null]}]",
        R"({"b": 1, "a": {"c": [true, false], "d": "x"}, "e": []})",
        R"({"k": 1, "k": {"nested": 2}})",  // a repeated key: the last value wins
        R"({"weights": {"cost": 2, "latency": 0.5}, "product": "api"})"}) {
    CAPTURE(text);
    const wb::ParsedJson p = wb::parse_bounded(text);
    REQUIRE(p.ok());
    const json want = json::parse(text, nullptr, false);
    CHECK(p.value == want);
    CHECK(p.value.dump() == want.dump());
  }
}

TEST_CASE("the result echoes the scenario with every default filled in") {
  const json r = json::parse(wb::evaluate_json(R"({"product": "api"})"));
  const json& s = r["scenario"];
  for (const auto& f : wb::scenario_fields()) CHECK(s.contains(std::string(f.name)));
  CHECK(s["product"] == "api");
  CHECK(r["model_version"].is_string());
  CHECK(r["assumptions_version"] == wb::builtin_assumptions().version);
}

TEST_CASE("schema and platforms describe what the codec accepts") {
  const json schema = json::parse(wb::schema_json());
  const std::string text = schema.dump();
  for (const auto& f : wb::scenario_fields())
    CHECK(text.find(std::string(f.name)) != std::string::npos);
  for (const char* id :
       {"nextjs_server_actions", "fastapi", "fastapi_celery", "hybrid", "hybrid_celery"})
    CHECK(text.find(id) != std::string::npos);
  const json platforms = json::parse(wb::platforms_json());
  REQUIRE(platforms["platforms"].is_array());
  for (const auto& p : platforms["platforms"]) {
    const std::string scenario = json{{"platform", p["id"]}}.dump();
    CAPTURE(scenario);
    CHECK(json::parse(wb::evaluate_json(scenario)).contains("recommended"));
  }
}

// The core starts from tables written at configure time (builtin_data.h) and
// answers "platforms" from the file's text: the two must hold the same data,
// to the last bit of every double.
TEST_CASE("the compiled tables hold exactly the data file's values") {
  const json data = json::parse(wb::platforms_json());
  const wb::Assumptions& a = wb::builtin_assumptions();
  CHECK(a.version == data["version"]);
  CHECK(a.platforms[a.default_platform].id == data["default_platform"]);
  REQUIRE(a.platforms.size() == data["platforms"].size());
  std::size_t ranges = 0;
  for (std::size_t i = 0; i < a.platforms.size(); ++i) {
    const json& p = data["platforms"][i];
    CHECK(a.platforms[i].id == p["id"]);
    CHECK(a.platforms[i].name == p["name"]);
    for (const auto& f : wb::platform_fields()) {
      const json& entry = p["values"][std::string(f.key)];
      CAPTURE(f.key);
      if (f.flag) CHECK(a.platforms[i].*f.flag == entry["value"].get<bool>());
      if (f.number) CHECK(a.platforms[i].*f.number == entry["value"].get<double>());
      ranges += entry.contains("low");
    }
  }
  for (const auto& f : wb::constant_fields()) {
    CAPTURE(f.key);
    const json& entry = data["constants"][std::string(f.key)];
    CHECK(a.*f.member == entry["value"].get<double>());
    ranges += entry.contains("low");
  }
  CHECK(a.ranges.size() == ranges);
  for (const auto& r : a.ranges) {
    CAPTURE(r.key);
    const json& entry =
        r.constant ? data["constants"][r.key]
                   : data["platforms"][r.platform]["values"][std::string(r.platform_field->key)];
    CHECK(r.low == entry["low"].get<double>());
    CHECK(r.high == entry["high"].get<double>());
  }
}
