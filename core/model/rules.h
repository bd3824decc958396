// The rules that turn a scenario into verdicts. Each rule encodes one
// principle of the article; hard rules rule a candidate out, soft rules move
// its score. Rules only record structured reasons (numbers, no text): the
// sentences are written by reason_text.h, so batch evaluation stays cheap.
//   rule_info(RuleId::kPlatformFunctionLimit).id == "platform_function_limit"
#pragma once

#include <array>
#include <string_view>

#include "candidate.h"

namespace wb {

enum class Effect { kRulesOut, kFavours, kPenalises };

enum class RuleId {
  // Hard limits: a part of the design cannot hold the job.
  kPlatformFunctionLimit,
  kPlatformCronLimit,
  kPlatformCpuLimit,
  kPythonOnlyLibraries,
  kDurableQueueRequired,
  kQueueServiceRunLimit,
  // Soft scoring.
  kWeightedFit,
  kPlatformBetaDuration,
  kLongJobsOffRequestPath,
  kHeldJobsAtVolume,
  kBeyondInteractive,
  kQueuedInteractions,
  kQueueWithoutLongJobs,
  kScheduledJobsOnQueue,
  kHeavyProcessingHost,
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
  kCheaperForSameWork,
  kCostsFarMore,
};

inline constexpr std::size_t kRuleCount = 29;

struct RuleInfo {
  RuleId rule;
  std::string_view id;         // stable id shown with every reason
  bool hard;                   // a hard limit, not a preference
  std::string_view principle;  // what the article or a platform doc teaches, in our words
  std::string_view source;     // where the principle comes from
};

inline constexpr std::string_view kArticle = "article: FastAPI vs Next.js for an AI SaaS (2026)";

inline constexpr std::array<RuleInfo, kRuleCount> kRules{{
    {RuleId::kPlatformFunctionLimit, "platform_function_limit", true,
     "A part that holds a request open cannot outlive the platform's function limit.",
     "platform docs (function duration limits in core/data/assumptions.json)"},
    {RuleId::kPlatformCronLimit, "platform_cron_limit", true,
     "A scheduled job cannot outlive the platform's cron invocation.",
     "platform docs (cron limits in core/data/assumptions.json)"},
    {RuleId::kPlatformCpuLimit, "platform_cpu_limit", true,
     "A function that runs the job itself cannot spend more CPU time on it than the platform "
     "allows a request.",
     "platform docs (CPU limits in core/data/assumptions.json)"},
    {RuleId::kPythonOnlyLibraries, "python_only_libraries", true,
     "Python-only libraries need a Python runtime.", kArticle},
    {RuleId::kDurableQueueRequired, "durable_queue_required", true,
     "Jobs past about ten minutes, scheduled ones too, need a durable queue with workers, on "
     "every platform.",
     kArticle},
    {RuleId::kQueueServiceRunLimit, "queue_service_run_limit", true,
     "A task cannot outlive the queue service's own run limit.",
     "queue service docs (core/data/assumptions.json)"},
    {RuleId::kWeightedFit, "weighted_fit", false,
     "How well the design meets the reader's weighted priorities: time to market, moving parts, "
     "cost, latency, flexibility.",
     "this model (weights from the stage)"},
    {RuleId::kPlatformBetaDuration, "platform_beta_duration", false,
     "Leaning on a platform feature in beta is a risk.", "platform docs"},
    {RuleId::kLongJobsOffRequestPath, "long_jobs_off_request_path", false,
     "Jobs of more than a few minutes belong on a durable queue, off the request path.", kArticle},
    {RuleId::kHeldJobsAtVolume, "held_jobs_at_volume", false,
     "Jobs of minutes held on requests have no retry: what a queue would absorb (a timeout, a "
     "stopped instance, a dropped connection) fails more of them the more run at once.",
     "this model (job lengths and volume from the scenario)"},
    {RuleId::kBeyondInteractive, "beyond_interactive", false,
     "An interaction past about 30 seconds keeps the reader waiting on one request.", kArticle},
    {RuleId::kQueuedInteractions, "queued_interactions", false,
     "An interaction sent through a queue reaches the reader once a worker has run it, by "
     "polling or a subscription, not streamed.",
     "this model (a routing chosen where a host bills every second a request waits)"},
    {RuleId::kQueueWithoutLongJobs, "queue_without_long_jobs", false,
     "A queue for jobs that fit in a request (minutes at most, within the platform limit) is "
     "complexity without payoff.",
     kArticle},
    {RuleId::kScheduledJobsOnQueue, "scheduled_jobs_on_queue", false,
     "Long periodic jobs run best where tasks have no request time limit.", kArticle},
    {RuleId::kHeavyProcessingHost, "heavy_processing_host", false,
     "Local models and media tools need a host that runs native code; functions that run "
     "JavaScript and WebAssembly only (Workers' isolates) cannot run them.",
     "platform docs (native_binaries in core/data/assumptions.json)"},
    {RuleId::kNeedsFrontend, "needs_frontend", false,
     "FastAPI serves data, not a user interface; hide it behind Next.js instead.", kArticle},
    {RuleId::kApiFirstProduct, "api_first_product", false,
     "A pure API or GPT Action is what FastAPI is built for.", kArticle},
    {RuleId::kShortInteractionsFitServerActions, "short_interactions_fit_server_actions", false,
     "Short AI interactions in a React UI ship fastest with Server Actions.", kArticle},
    {RuleId::kOverEngineering, "over_engineering", false,
     "Do not add a Python service that the product does not need.", kArticle},
    {RuleId::kPythonNiceToHave, "python_nice_to_have", false,
     "Python's AI ecosystem is a real advantage when you would use it.", kArticle},
    {RuleId::kAiLogicComplexity, "ai_logic_complexity", false,
     "Complex AI logic deserves a dedicated service; durable tasks that run every job count half.",
     kArticle},
    {RuleId::kTeamStrength, "team_strength", false, "Build in the language your team knows best.",
     kArticle},
    {RuleId::kPublicApiCoupling, "public_api_coupling", false,
     "Logic inside one UI's actions must be refactored before others can call it as an API.",
     kArticle},
    {RuleId::kBillingGateway, "billing_gateway", false,
     "A Next.js gateway can meter and rate-limit before the Python service does any work: in "
     "full where that service has a purpose of its own.",
     kArticle},
    {RuleId::kLatencyHops, "latency_hops", false,
     "Every internal hop adds latency, and in an interaction latency kills engagement.", kArticle},
    {RuleId::kStartSimple, "start_simple", false, "While validating, the fewest moving parts win.",
     kArticle},
    {RuleId::kIndependentScaling, "independent_scaling", false,
     "Once the AI work outgrows one always-on container, scaling it apart from the front end "
     "pays off, more with each doubling.",
     kArticle},
    {RuleId::kCheaperForSameWork, "cheaper_for_same_work", false,
     "Once a job outgrows a request, Celery's workers, waiting on many jobs at once, can cost far "
     "less than a queue service billed per second; what the whole design then saves against the "
     "cheapest sound design without Celery, upkeep included, pays for Celery's extra parts.",
     "this model (prices in core/data/assumptions.json)"},
    {RuleId::kCostsFarMore, "costs_far_more", false,
     "A design whose monthly bill, upkeep included, passes a workable design's by weeks of an "
     "engineer's pay needs a reason worth that money, whatever else it does well.",
     "this model (prices in core/data/assumptions.json)"},
}};

constexpr const RuleInfo& rule_info(RuleId r) { return kRules[static_cast<std::size_t>(r)]; }

// The part of a design a hard limit applies to, named in the reason.
enum class Part { kNone, kNextjsFunction, kNextjsGateway, kScheduler, kQueueService, kDesign };

// One rule's finding about one candidate. `value` and `limit` carry the
// numbers the sentence cites (seconds, milliseconds …), per rule.
struct Reason {
  RuleId rule;
  Effect effect;
  double points;  // score change; 0 for rules_out
  double value;
  double limit;
  Part part;
  // The design a comparison names (costs_far_more). No default, so an
  // evaluation zeroes none of its 120 reasons; add() sets every field.
  Candidate other;
};

}  // namespace wb
