// What the reader tells us about their AI product: the calculator's input.
// Every field has a default (kDefaultScenario) so an empty scenario is valid.
//   Scenario s = kDefaultScenario; s.job_seconds_longest = 7200;
#pragma once

#include <cstdint>

#include "enum_names.h"
#include "weights.h"

namespace wb {

enum class Product { kWebApp, kApi, kWebAppAndApi, kGptAction };
enum class PythonLibraries { kNone, kNiceToHave, kRequired };
enum class AiLogic { kSimple, kModerate, kComplex };
enum class Team { kTypescript, kPython, kBoth };
enum class Stage { kValidating, kGrowing, kScaling };

inline constexpr EnumName kProductNames[] = {
    {"web_app", "A web app with a React UI"},
    {"api", "An API for other developers"},
    {"web_app_and_api", "A web app and a public API"},
    {"gpt_action", "A GPT Action or plugin"},
};
inline constexpr EnumName kPythonLibrariesNames[] = {
    {"none", "No, TypeScript has what we need"},
    {"nice_to_have", "Nice to have"},
    {"required", "Yes, we cannot do without them"},
};
inline constexpr EnumName kAiLogicNames[] = {
    {"simple", "Simple: a thin wrapper around a model call"},
    {"moderate", "Moderate: a few chained steps or retrieval"},
    {"complex", "Complex: multi-step agents or heavy processing"},
};
inline constexpr EnumName kTeamNames[] = {
    {"typescript", "TypeScript"},
    {"python", "Python"},
    {"both", "Both"},
};
inline constexpr EnumName kStageNames[] = {
    {"validating", "Validating an idea"},
    {"growing", "Growing with paying users"},
    {"scaling", "Scaling"},
};

struct Scenario {
  Product product;
  double job_seconds_typical;    // seconds, a typical AI interaction or job
  double job_seconds_longest;    // seconds, the longest regular job
  double scheduled_job_seconds;  // seconds, the longest periodic job; 0 = none
  PythonLibraries python_libraries;
  AiLogic ai_logic;
  Team team;
  Stage stage;
  bool public_api;               // the AI logic is exposed to other developers
  bool billing_and_rate_limits;  // a gateway must meter or limit first
  bool latency_sensitive;        // latency kills engagement
  bool heavy_processing;         // the AI work keeps a CPU busy here, not only waits
  double monthly_requests;       // AI requests or jobs per month (whole number)
  int platform;                  // index into Assumptions::platforms
  Weights weights;               // used when has_weights, else from stage
  bool has_weights;
};

// The weights the fit uses: the founder's, else the stage's.
inline Weights weights_in_use(const Scenario& s) {
  return s.has_weights ? s.weights : weights_for_stage(s.stage);
}

// Bounds shared by validation, flip points and the schema.
inline constexpr double kMaxJobSeconds = 86400;      // seconds (one day)
inline constexpr double kMaxMonthlyRequests = 1e10;  // requests per month
inline constexpr double kMaxWeight = 5;

// The defaults, in one place: a short-interaction web app being validated.
// Platform 0 is the first platform of the data set.
inline constexpr Scenario kDefaultScenario{
    Product::kWebApp,
    10,  // job_seconds_typical
    30,  // job_seconds_longest
    0,   // scheduled_job_seconds
    PythonLibraries::kNone,
    AiLogic::kSimple,
    Team::kTypescript,
    Stage::kValidating,
    false,  // public_api
    false,  // billing_and_rate_limits
    false,  // latency_sensitive
    false,  // heavy_processing
    10000,  // monthly_requests
    0,      // platform: the data set's default (see assumptions.h)
    Weights{},
    false,
};

}  // namespace wb
