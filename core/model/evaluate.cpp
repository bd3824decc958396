#include "evaluate.h"

#include <algorithm>

namespace wb {
namespace {

bool has_ui(Product p) { return p == Product::kWebApp || p == Product::kWebAppAndApi; }
bool api_only(Product p) { return p == Product::kApi || p == Product::kGptAction; }

void add(Assessment& x, RuleId rule, Effect effect, double points, double value = 0,
         double limit = 0) {
  if (x.reason_count == kMaxReasons) return;
  x.reasons[x.reason_count++] = {rule, effect, points, value, limit};
  if (effect == Effect::kRulesOut) x.verdict = Verdict::kRuledOut;
  x.score += points;
}
void favour(Assessment& x, RuleId r, double points, double value = 0, double limit = 0) {
  add(x, r, Effect::kFavours, points, value, limit);
}
void penalise(Assessment& x, RuleId r, double points, double value = 0, double limit = 0) {
  add(x, r, Effect::kPenalises, -points, value, limit);
}
void rule_out(Assessment& x, RuleId r, double value = 0, double limit = 0) {
  add(x, r, Effect::kRulesOut, 0, value, limit);
}

// Hard limits: what cannot work, whatever the reader prefers.
void apply_hard_rules(Assessment& x, const Scenario& s, const Assumptions& a) {
  const CandidateInfo& ci = info(x.candidate);
  const Platform& p = a.platforms[s.platform];
  const double longest = s.job_seconds_longest;
  if (x.candidate == Candidate::kNextjsServerActions) {
    const double hard_max = std::max(p.function_max_s, p.function_beta_max_s);
    if (p.function_max_s > 0 && longest > hard_max)
      rule_out(x, RuleId::kPlatformFunctionLimit, longest, hard_max);
    if (p.cron_max_s > 0 && s.scheduled_job_seconds > p.cron_max_s)
      rule_out(x, RuleId::kPlatformCronLimit, s.scheduled_job_seconds, p.cron_max_s);
    if (s.python_libraries == PythonLibraries::kRequired) rule_out(x, RuleId::kPythonOnlyLibraries);
  }
  if (!ci.parts.celery && longest > a.queue_required_s)
    rule_out(x, RuleId::kDurableQueueRequired, longest, a.queue_required_s);
}

// Soft rules: each moves the score by a few points; none decides alone.
void apply_soft_rules(Assessment& x, const Scenario& s, const Assumptions& a) {
  const Candidate c = x.candidate;
  const CandidateInfo& ci = info(c);
  const Platform& p = a.platforms[s.platform];
  const double longest = s.job_seconds_longest;
  const bool nextjs_only = c == Candidate::kNextjsServerActions;

  // Job length.
  if (nextjs_only && p.function_beta_max_s > 0 && longest > p.function_max_s &&
      longest <= p.function_beta_max_s)
    penalise(x, RuleId::kPlatformBetaDuration, 10, longest, p.function_max_s);
  if (c == Candidate::kHybrid && p.serverless && p.function_max_s > 0 && longest > p.function_max_s)
    penalise(x, RuleId::kGatewayWaitsOnLongJob, 10, longest, p.function_max_s);
  if (longest > a.queue_recommended_s) {
    if (ci.parts.celery)
      favour(x, RuleId::kLongJobsOffRequestPath, 12, longest, a.queue_recommended_s);
    else
      penalise(x, RuleId::kLongJobsOffRequestPath, nextjs_only ? 10 : 6, longest,
               a.queue_recommended_s);
  } else if (longest > a.interactive_limit_s && nextjs_only) {
    penalise(x, RuleId::kBeyondInteractive, 5, longest, a.interactive_limit_s);
  }
  if (ci.parts.celery && longest <= a.interactive_limit_s &&
      s.scheduled_job_seconds <= a.interactive_limit_s)
    penalise(x, RuleId::kQueueWithoutLongJobs, 10, longest, a.interactive_limit_s);
  if (ci.parts.celery && s.scheduled_job_seconds > a.queue_recommended_s)
    favour(x, RuleId::kScheduledJobsOnWorkers, 4, s.scheduled_job_seconds);

  // Product shape.
  if (has_ui(s.product) && ci.parts.nextjs && ci.parts.fastapi &&
      s.python_libraries == PythonLibraries::kRequired)
    favour(x, RuleId::kPythonOnlyLibraries, 3);
  if (has_ui(s.product) && !ci.parts.nextjs && ci.parts.fastapi)
    penalise(x, RuleId::kNeedsFrontend, s.product == Product::kWebApp ? 45 : 20);
  if (api_only(s.product)) {
    if (nextjs_only)
      penalise(x, RuleId::kApiFirstProduct, 15);
    else if (!ci.parts.nextjs)
      favour(x, RuleId::kApiFirstProduct, 10);
    else if (!s.billing_and_rate_limits)
      penalise(x, RuleId::kApiFirstProduct, 8);
  }
  if (has_ui(s.product) && nextjs_only && longest <= a.interactive_limit_s)
    favour(x, RuleId::kShortInteractionsFitServerActions, 8, longest, a.interactive_limit_s);
  if (s.ai_logic == AiLogic::kSimple && s.python_libraries != PythonLibraries::kRequired &&
      ci.parts.fastapi && (has_ui(s.product) ? true : ci.parts.nextjs))
    penalise(x, RuleId::kOverEngineering, 12);

  // Language and logic.
  if (s.python_libraries == PythonLibraries::kNiceToHave && ci.parts.fastapi)
    favour(x, RuleId::kPythonNiceToHave, 5);
  if (s.ai_logic != AiLogic::kSimple) {
    const double weight = s.ai_logic == AiLogic::kComplex ? 10 : 4;
    if (ci.parts.fastapi)
      favour(x, RuleId::kAiLogicComplexity, weight);
    else
      penalise(x, RuleId::kAiLogicComplexity, weight - 2);
  }
  switch (s.team) {
    case Team::kTypescript:
      if (!ci.parts.fastapi)
        favour(x, RuleId::kTeamStrength, 8);
      else
        penalise(x, RuleId::kTeamStrength, ci.parts.nextjs ? 3 : 6);
      break;
    case Team::kPython:
      // A product with a UI needs a front end whatever the team; Python
      // strength then argues for keeping the AI work in a Python service.
      if (has_ui(s.product) ? ci.parts.fastapi : !ci.parts.nextjs)
        favour(x, RuleId::kTeamStrength, has_ui(s.product) ? 4 : 8);
      else
        penalise(x, RuleId::kTeamStrength, ci.parts.fastapi ? 3 : 6);
      break;
    case Team::kBoth:
      if (ci.parts.nextjs && ci.parts.fastapi) favour(x, RuleId::kTeamStrength, 4);
      break;
  }

  // Integration.
  if (s.public_api || s.product == Product::kWebAppAndApi) {
    if (nextjs_only)
      penalise(x, RuleId::kPublicApiCoupling, 12);
    else
      favour(x, RuleId::kPublicApiCoupling, 5);
  }
  if (s.billing_and_rate_limits && ci.parts.nextjs && ci.parts.fastapi)
    favour(x, RuleId::kBillingGateway, 10);
  if (s.latency_sensitive) {
    if (x.cost.network_hops > 0)
      penalise(x, RuleId::kLatencyHops, 5.0 * x.cost.network_hops, x.cost.added_latency_ms);
    else if (has_ui(s.product) && ci.parts.nextjs)
      favour(x, RuleId::kLatencyHops, 4);
  }

  // Stage.
  // Only what ships the whole product counts as simple: FastAPI alone leaves a UI to build.
  if (s.stage == Stage::kValidating && x.cost.services_to_monitor == 1 &&
      !(has_ui(s.product) && !ci.parts.nextjs))
    favour(x, RuleId::kStartSimple, 4);
  if (s.stage == Stage::kScaling && (ci.parts.celery || (ci.parts.nextjs && ci.parts.fastapi)))
    favour(x, RuleId::kIndependentScaling, c == Candidate::kHybridCelery ? 8 : 6);
}

// How well each candidate meets the weighted criteria, 0..100.
void apply_fit(std::array<Assessment, kCandidateCount>& xs, const Weights& w) {
  double cheapest = xs[0].cost.total_usd_month, lightest = xs[0].cost.maintenance_hours_month;
  for (const auto& x : xs) {
    cheapest = std::min(cheapest, x.cost.total_usd_month);
    lightest = std::min(lightest, x.cost.maintenance_hours_month);
  }
  double sum = w.time_to_market + w.operations + w.cost + w.latency + w.flexibility;
  const bool no_preference = sum <= 0;
  if (no_preference) sum = 5;
  for (auto& x : xs) {
    const Cost& k = x.cost;
    const double time_to_market =
        1.0 / (1.0 + 0.35 * (k.codebases - 1) + 0.15 * (k.deploy_targets - 1) +
               0.1 * (k.services_to_monitor - 1));
    const double operations =
        k.maintenance_hours_month > 0 ? lightest / k.maintenance_hours_month : 1;
    const double cost = k.total_usd_month > 0 ? cheapest / k.total_usd_month : 1;
    const double latency = 1.0 / (1.0 + k.added_latency_ms / 100.0);
    const double flexibility = info(x.candidate).flexibility;
    const auto weight = [&](double v) { return no_preference ? 1.0 : v; };
    x.fit = 100.0 *
            (weight(w.time_to_market) * time_to_market + weight(w.operations) * operations +
             weight(w.cost) * cost + weight(w.latency) * latency +
             weight(w.flexibility) * flexibility) /
            sum;
    x.score += x.fit;
  }
}

}  // namespace

double display_score(const Assessment& x) {
  return x.ruled_out() ? 0.0 : std::clamp(x.score, 0.0, 100.0);
}

Evaluation evaluate(const Scenario& s, const Assumptions& a) {
  Evaluation e;
  e.weights = s.has_weights ? s.weights : weights_for_stage(s.stage);
  for (std::size_t i = 0; i < kCandidateCount; ++i) {
    Assessment& x = e.assessments[i];
    x.candidate = kCandidates[i].candidate;
    x.cost = estimate_cost(x.candidate, s, a);
    apply_hard_rules(x, s, a);
    apply_soft_rules(x, s, a);
  }
  apply_fit(e.assessments, e.weights);

  for (std::size_t i = 0; i < kCandidateCount; ++i) e.ranking[i] = kCandidates[i].candidate;
  // Viable before ruled out, then by score; ties keep the contract's order.
  std::stable_sort(e.ranking.begin(), e.ranking.end(), [&](Candidate l, Candidate r) {
    const Assessment& x = e.assessments[index_of(l)];
    const Assessment& y = e.assessments[index_of(r)];
    if (x.ruled_out() != y.ruled_out()) return !x.ruled_out();
    return x.score > y.score;
  });
  // Celery candidates have no hard rule against them, so the first is never ruled out.
  e.recommended = e.ranking[0];
  e.assessments[index_of(e.recommended)].verdict = Verdict::kRecommended;
  return e;
}

}  // namespace wb
