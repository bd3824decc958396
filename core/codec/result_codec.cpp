#include "result_codec.h"

#include <cmath>

#include "../model/scenario_fields.h"
#include "../report/describe.h"

namespace wb {
namespace {

double cents(double usd) { return std::round(usd * 100) / 100; }
double tenths(double x) { return std::round(x * 10) / 10; }

std::string_view queue_tasks_id(QueueTasks q) {
  switch (q) {
    case QueueTasks::kPlatform:
      return "platform";
    case QueueTasks::kQueueService:
      return "queue_service";
    case QueueTasks::kNone:
      break;
  }
  return "none";
}

std::string_view pool_id(WorkerPool p) {
  switch (p) {
    case WorkerPool::kThreads:
      return "threads";
    case WorkerPool::kPrefork:
      return "prefork";
    case WorkerPool::kNone:
      break;
  }
  return "none";
}

nlohmann::json encode_cost(const Cost& c, const CostRange& range) {
  const CostBreakdown& b = c.breakdown;
  return {
      {"infra_usd_month", cents(c.infra_usd_month)},
      {"infra_low_usd_month", cents(range.low_usd_month)},
      {"infra_high_usd_month", cents(range.high_usd_month)},
      {"maintenance_hours_month", tenths(c.maintenance_hours_month)},
      {"engineering_usd_month", cents(c.engineering_usd_month)},
      {"total_usd_month", cents(c.total_usd_month)},
      {"codebases", c.codebases},
      {"dependency_sets", c.dependency_sets},
      {"deploy_targets", c.deploy_targets},
      {"pipelines", c.pipelines},
      {"services_to_monitor", c.services_to_monitor},
      {"network_hops", c.network_hops},
      {"added_latency_ms", tenths(c.added_latency_ms)},
      {"breakdown",
       {{"platform_usd_month", cents(b.platform_usd_month)},
        {"platform_billing", b.platform_always_on ? "always_on" : "on_use"},
        {"frontend_usd_month", cents(b.frontend_usd_month)},
        {"api_usd_month", cents(b.api_usd_month)},
        {"workers_usd_month", cents(b.workers_usd_month)},
        {"worker_pool", pool_id(b.worker_pool)},
        {"broker_usd_month", cents(b.broker_usd_month)},
        {"queue_usd_month", cents(b.queue_usd_month)},
        {"queue_tasks", queue_tasks_id(b.queue_tasks)},
        {"api_containers", b.api_containers},
        {"worker_containers", b.worker_containers},
        {"js_containers", b.js_containers}}},
  };
}

// A number for numeric flips; the value's id for a choice, true/false for yes/no.
nlohmann::json flip_value(const FlipPoint& f, const Assumptions& a) {
  if (f.direction != Direction::kTo) return f.value;
  const ScenarioField& field = *find_scenario_field(f.input);
  if (field.kind == FieldKind::kBool) return f.value == 1;
  return choice_id(field, static_cast<int>(f.value), a);
}

}  // namespace

nlohmann::json encode_result(const Result& r, const Decoded& input) {
  const Evaluation& e = r.evaluation;
  nlohmann::json candidates = nlohmann::json::array();
  for (Candidate c : e.ranking) {
    const Assessment& x = r.of(c);
    nlohmann::json reasons = nlohmann::json::array();
    for (std::size_t i = 0; i < x.reason_count; ++i) {
      const Reason& reason = x.reasons[i];
      reasons.push_back({{"rule", rule_info(reason.rule).id},
                         {"effect", effect_id(reason.effect)},
                         {"points", tenths(reason.points)},
                         {"text", r.reason_texts[index_of(c)][i]}});
    }
    candidates.push_back({{"id", info(c).id},
                          {"name", info(c).name},
                          {"verdict", verdict_id(x.verdict)},
                          {"score", tenths(display_score(e, c))},
                          {"fit", tenths(x.fit)},
                          {"reasons", reasons},
                          {"cost", encode_cost(x.cost, r.uncertainty.costs[index_of(c)])}});
  }
  nlohmann::json flips = nlohmann::json::array();
  const Assumptions& a = input.assumptions;
  for (const FlipPoint& f : r.flip_points)
    flips.push_back({{"input", f.input},
                     {"value", flip_value(f, a)},
                     {"direction", direction_id(f.direction)},
                     {"becomes", info(f.becomes).id},
                     {"text", flip_sentence(f, a)}});
  nlohmann::json range_flips = nlohmann::json::array();
  for (const RangeFlip& f : r.uncertainty.flips)
    range_flips.push_back({{"assumption", f.key},
                           {"end", f.high_end ? "high" : "low"},
                           {"value", f.value},
                           {"becomes", info(f.becomes).id},
                           {"text", range_flip_sentence(f)}});
  std::vector<std::string> warnings = input.warnings;
  warnings.insert(warnings.end(), r.warnings.begin(), r.warnings.end());
  return {
      {"recommended", info(e.recommended).id},
      {"because", because_sentence(r, input.assumptions)},
      {"runner_up", info(e.runner_up).id},
      {"margin", tenths(e.margin)},
      {"score_shift", tenths(score_shift(e))},
      {"close_call", e.close_call},
      {"robust", r.uncertainty.robust},
      {"estimate_flips", range_flips},
      {"candidates", candidates},
      {"flip_points", flips},
      {"warnings", warnings},
      {"scenario", encode_scenario(r.scenario, input.assumptions, input.assumption_overrides)},
      {"weights", encode_weights(e.weights)},
      {"model_version", kModelVersion},
      {"assumptions_version", input.assumptions.version},
  };
}

nlohmann::json encode_errors(const std::vector<FieldError>& errors) {
  nlohmann::json list = nlohmann::json::array();
  for (const FieldError& e : errors) list.push_back({{"field", e.field}, {"message", e.message}});
  return {{"errors", list}};
}

std::string to_text(const nlohmann::json& j) {
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace wb
