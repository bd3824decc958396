#include "schema.h"

#include "../model/batch.h"
#include "../model/candidate.h"
#include "../model/result.h"
#include "../model/scenario_fields.h"
#include "assumptions_codec.h"
#include "scenario_codec.h"

namespace wb {

namespace {

nlohmann::json axis_json(const Axis& a) {
  return {{"field", a.field},
          {"min", a.min},
          {"max", a.max},
          {"steps", a.steps},
          {"scale", a.log_scale ? "log" : "linear"}};
}

const char* measure_id(Measure m) {
  switch (m) {
    case Measure::kDuration:
      return "duration";
    case Measure::kCount:
      return "count";
    case Measure::kWeight:
      return "weight";
    case Measure::kNone:
      break;
  }
  return "number";
}

}  // namespace

nlohmann::json schema() {
  const Assumptions& a = builtin_assumptions();
  const nlohmann::json defaults = encode_scenario(default_scenario(), a, nullptr);
  nlohmann::json fields = nlohmann::json::array();
  for (const ScenarioField& f : scenario_fields()) {
    const std::string name(f.name);
    const bool primary =
        static_cast<std::size_t>(&f - scenario_fields().data()) < kPrimaryQuestions;
    nlohmann::json field = {
        {"name", name}, {"label", f.label}, {"default", defaults[name]}, {"primary", primary}};
    switch (f.kind) {
      case FieldKind::kEnum: {
        field["type"] = "enum";
        nlohmann::json values = nlohmann::json::array();
        for (const auto& n : f.names) values.push_back({{"id", n.id}, {"label", n.label}});
        field["values"] = values;
        break;
      }
      case FieldKind::kPlatform: {
        field["type"] = "enum";
        nlohmann::json values = nlohmann::json::array();
        for (const auto& p : a.platforms) values.push_back({{"id", p.id}, {"label", p.name}});
        field["values"] = values;
        break;
      }
      case FieldKind::kBool:
        field["type"] = "boolean";
        break;
      case FieldKind::kNumber:
      case FieldKind::kInteger:
        field["type"] = f.kind == FieldKind::kInteger ? "integer" : "number";
        field["unit"] = f.unit;
        field["min"] = f.min;
        field["min_exclusive"] = f.min_exclusive;
        field["max"] = f.max;
        field["measure"] = measure_id(f.measure);
        field["noun"] = f.noun;
        for (const ScenarioField& other : scenario_fields())
          if (f.at_least && other.number == f.at_least) field["at_least"] = other.name;
        break;
    }
    fields.push_back(field);
  }
  nlohmann::json weights = nlohmann::json::array();
  for (const auto& w : kWeightFields)
    weights.push_back({{"name", w.name}, {"label", w.label}, {"min", 0}, {"max", kMaxWeight}});
  nlohmann::json candidates = nlohmann::json::array();
  for (const auto& c : kCandidates)
    candidates.push_back({{"id", c.id},
                          {"name", c.name},
                          {"short", c.short_name},
                          {"parts",
                           {{"nextjs", c.parts.nextjs},
                            {"fastapi", c.parts.fastapi},
                            {"celery", c.parts.celery},
                            {"managed_queue", c.parts.managed_queue}}}});
  nlohmann::json rules = nlohmann::json::array();
  for (const auto& r : kRules)
    rules.push_back(
        {{"id", r.id}, {"hard", r.hard}, {"principle", r.principle}, {"source", r.source}});
  return {{"fields", fields},
          {"weights", weights},
          {"candidates", candidates},
          {"rules", rules},
          {"score",
           {{"min", 0},
            {"max", 100},
            {"close_call_points", kCloseCallPoints},
            {"about",
             "A candidate's raw score is its weighted fit (0-100: how well it meets the "
             "weighted priorities, compared with the viable candidates) plus the points of "
             "every soft rule; each is a reason with its points, so the reasons add up to the "
             "raw score. The score shown is the raw score less score_shift (as much as the "
             "best raw score passes 100, so margins are kept), at least 0; a ruled-out "
             "candidate shows 0. Top two within close_call_points is a close call."}}},
          {"weight_input_prefix", kWeightInputPrefix},
          {"charts",
           {{"cost_curve",
             {{"axis", axis_json(kCostChartAxis)},
              {"values", {"infra_usd_month", "infra_low_usd_month", "infra_high_usd_month"}}}},
            {"decision_map",
             {{"x", axis_json(kDecisionMapX)},
              {"y", axis_json(kDecisionMapY)},
              {"invalid_cell", kInvalidCell}}}}},
          {"model_version", kModelVersion},
          {"assumptions_version", a.version}};
}

}  // namespace wb
