// The rules that turn a scenario into verdicts. Each rule encodes one
// principle of the article; hard rules rule a candidate out, soft rules move
// its score. Rules only record structured reasons (numbers, no text): the
// sentences are written by reason_text.h, so batch evaluation stays cheap.
//   rule_info(RuleId::kPlatformFunctionLimit).id == "platform_function_limit"
#pragma once

#include <array>
#include <string_view>

namespace wb {

enum class Effect { kRulesOut, kFavours, kPenalises };

enum class RuleId {
  // Hard limits.
  kPlatformFunctionLimit,
  kPlatformCronLimit,
  kPythonOnlyLibraries,
  kDurableQueueRequired,
  // Soft scoring.
  kPlatformBetaDuration,
  kGatewayWaitsOnLongJob,
  kLongJobsOffRequestPath,
  kBeyondInteractive,
  kQueueWithoutLongJobs,
  kScheduledJobsOnWorkers,
  kNeedsFrontend,
  kApiFirstProduct,
  kShortInteractionsFitServerActions,
  kOverEngineering,
  kPythonNiceToHave,
  kAiLogicComplexity,
  kTeamStrength,
  kPublicApiCoupling,
  kBillingGateway,
  kLatencyHops,
  kStartSimple,
  kIndependentScaling,
};

inline constexpr std::size_t kRuleCount = 22;

struct RuleInfo {
  RuleId rule;
  std::string_view id;         // stable id shown with every reason
  bool hard;                   // a hard limit, not a preference
  std::string_view principle;  // what the article teaches, in our words
};

inline constexpr std::array<RuleInfo, kRuleCount> kRules{{
    {RuleId::kPlatformFunctionLimit, "platform_function_limit", true,
     "A job cannot outlive the serverless function that runs it."},
    {RuleId::kPlatformCronLimit, "platform_cron_limit", true,
     "A scheduled job cannot outlive the platform's cron invocation."},
    {RuleId::kPythonOnlyLibraries, "python_only_libraries", true,
     "Python-only libraries need a Python runtime."},
    {RuleId::kDurableQueueRequired, "durable_queue_required", true,
     "Jobs longer than about ten minutes need a durable queue with workers."},
    {RuleId::kPlatformBetaDuration, "platform_beta_duration", false,
     "Leaning on a platform feature in beta is a risk."},
    {RuleId::kGatewayWaitsOnLongJob, "gateway_waits_on_long_job", false,
     "A serverless gateway should not hold a request open for a long job."},
    {RuleId::kLongJobsOffRequestPath, "long_jobs_off_request_path", false,
     "Multi-minute jobs belong on a queue, off the request path."},
    {RuleId::kBeyondInteractive, "beyond_interactive", false,
     "Server Actions shine for interactions under about 30 seconds."},
    {RuleId::kQueueWithoutLongJobs, "queue_without_long_jobs", false,
     "A broker and workers for jobs that fit in a request is complexity without payoff."},
    {RuleId::kScheduledJobsOnWorkers, "scheduled_jobs_on_workers", false,
     "Long periodic jobs run best on workers that have no time limit."},
    {RuleId::kNeedsFrontend, "needs_frontend", false, "FastAPI serves data, not a user interface."},
    {RuleId::kApiFirstProduct, "api_first_product", false,
     "A pure API or GPT Action is what FastAPI is built for."},
    {RuleId::kShortInteractionsFitServerActions, "short_interactions_fit_server_actions", false,
     "Short AI interactions in a React UI ship fastest with Server Actions."},
    {RuleId::kOverEngineering, "over_engineering", false,
     "Do not add a Python service that the product does not need."},
    {RuleId::kPythonNiceToHave, "python_nice_to_have", false,
     "Python's AI ecosystem is a real advantage when you would use it."},
    {RuleId::kAiLogicComplexity, "ai_logic_complexity", false,
     "Complex AI logic deserves a dedicated service."},
    {RuleId::kTeamStrength, "team_strength", false, "Build in the language your team knows best."},
    {RuleId::kPublicApiCoupling, "public_api_coupling", false,
     "Server Actions couple AI logic to one UI; an API for others needs a real endpoint."},
    {RuleId::kBillingGateway, "billing_gateway", false,
     "A Next.js gateway can meter and rate-limit before the Python service does any work."},
    {RuleId::kLatencyHops, "latency_hops", false,
     "Every internal hop adds latency, and latency kills engagement."},
    {RuleId::kStartSimple, "start_simple", false, "While validating, the fewest moving parts win."},
    {RuleId::kIndependentScaling, "independent_scaling", false,
     "At scale, scaling the AI backend apart from the front end pays off."},
}};

constexpr const RuleInfo& rule_info(RuleId r) { return kRules[static_cast<std::size_t>(r)]; }

// One rule's finding about one candidate. `value` and `limit` carry the
// numbers the sentence cites (seconds, milliseconds …), per rule.
struct Reason {
  RuleId rule;
  Effect effect;
  double points;  // score change; 0 for rules_out
  double value;
  double limit;
};

}  // namespace wb
