#include "adr.h"

#include <string>
#include <string_view>

#include "../model/format.h"
#include "../model/reason_text.h"
#include "describe.h"
#include "text_builder.h"

namespace wb {
namespace {

// A reason as the clause after "because": its first letter lowercased
// unless the sentence opens on a name ("Celery workers run …" stays,
// "Your team …" becomes "your team …", "Meets …" becomes "it meets …").
std::string as_clause(std::string sentence) {
  static constexpr std::string_view kNames[] = {"AWS",     "Celery",     "Celery's", "FastAPI",
                                                "Next.js", "Python",     "Python's", "Redis",
                                                "Server",  "TypeScript", "Vercel"};
  const std::string_view first = std::string_view(sentence).substr(0, sentence.find(' '));
  for (std::string_view name : kNames)
    if (first == name) return sentence;
  // Sentences about the design itself open on their verb ("Meets your …").
  const bool verb = first == "Adds" || first == "Meets";
  if (!sentence.empty() && sentence[0] >= 'A' && sentence[0] <= 'Z')
    sentence[0] = static_cast<char>(sentence[0] - 'A' + 'a');
  return verb ? "it " + sentence : sentence;
}

// "1 codebase", "3 codebases".
std::string count_of(int n, const char* noun) {
  return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

// Whose priorities weigh the options: the stage's, or the reader's own
// weights, listed (all 0 counts every criterion the same).
std::string priorities(const Scenario& s) {
  if (!s.has_weights)
    return "the priorities of a product at this stage: " +
           as_clause(std::string(label_of(kStageNames, s.stage)));
  if (weight_sum(s.weights) <= 0)
    return "every criterion counting the same (your weights are all 0)";
  std::string list;
  for (const WeightField& f : kWeightFields)
    list += (list.empty() ? "" : ", ") + std::string(f.noun) + " " +
            format_number(s.weights.*f.member, 2);
  return "your own priorities (" + list + ", out of 5)";
}

// The article and the docs decide on hard facts; these are the ones that
// drive this decision, in the reader's words.
void drivers(TextBuilder& md, const Result& r, const Assumptions& a) {
  const Scenario& s = r.scenario;
  const Platform& p = a.platforms[s.platform];
  md << "- Job length: typical " << format_duration(s.job_seconds_typical) << ", longest "
     << format_duration(s.job_seconds_longest) << " (interactions end within about "
     << format_duration(a.interactive_limit_s) << "; past " << format_duration(a.queue_required_s)
     << " a durable queue is required)\n";
  if (s.scheduled_job_seconds > 0)
    md << "- Scheduled job: " << format_duration(s.scheduled_job_seconds) << "\n";
  md << "- Platform limit: a function on " << p.name << " may run "
     << (p.function_max_s > 0 ? format_duration(p.function_max_s) : std::string("without limit"))
     << (p.cron_max_s > 0 ? ", a cron job " + format_duration(p.cron_max_s) : std::string())
     << "\n";
  md << "- Python-only libraries: " << label_of(kPythonLibrariesNames, s.python_libraries) << "\n";
  md << "- Product: " << label_of(kProductNames, s.product) << "\n";
  bool any_hard = false;
  for (const Assessment& x : r.evaluation.assessments) any_hard = any_hard || x.ruled_out();
  md << "- "
     << (any_hard ? "Hard limits rule some options out."
                  : "No hard limit rules an "
                    "option out.")
     << " The rest are weighed by " << priorities(s) << ".\n";
}

void pros_and_cons(TextBuilder& md, const Result& r, Candidate c) {
  const Assessment& x = r.of(c);
  const Cost& k = x.cost;
  const CostRange& range = r.uncertainty.costs[index_of(c)];
  md << "### " << info(c).name << "\n\n";
  md << (x.ruled_out() ? "Ruled out."
                       : "Score " + format_number(display_score(r.evaluation, c), 1) + " of 100.")
     << " Infrastructure " << format_usd(k.infra_usd_month) << "/month"
     << (same_usd(range.low_usd_month, range.high_usd_month)
             ? std::string(", ")
             : " (range " + format_usd_range(range.low_usd_month, range.high_usd_month, " to ") +
                   "), ")
     << format_number(k.maintenance_hours_month, 1) << " h/month of upkeep; "
     << count_of(k.codebases, "codebase") << ", " << count_of(k.deploy_targets, "deploy target")
     << ", " << count_of(k.services_to_monitor, "service") << " to monitor, +"
     << format_number(k.added_latency_ms, 0) << " ms.\n\n";
  const auto& texts = r.reason_texts[index_of(c)];
  for (std::size_t i = 0; i < texts.size(); ++i) {
    const Reason& reason = x.reasons[i];
    md << "- "
       << (reason.effect == Effect::kRulesOut  ? "Bad, rules it out"
           : reason.effect == Effect::kFavours ? "Good"
                                               : "Bad")
       << ", because " << as_clause(texts[i]) << " (`" << rule_info(reason.rule).id << "`)\n";
  }
  md << "\n";
}

// Where the chosen queue design's tasks run, as the cost model priced
// them: the product to pick follows from it.
std::string queue_tasks_consequence(const Cost& c, const Scenario& s, const Assumptions& a) {
  const Platform& p = a.platforms[s.platform];
  if (c.breakdown.queue_tasks == QueueTasks::kPlatform)
    return "the queue's tasks run as steps of a durable workflow (Vercel Workflow or Inngest "
           "style) " +
           std::string(p.serverless ? "on " + p.name + "'s functions"
                                    : "in the Next.js containers") +
           ", billed like its requests, plus " + format_usd(a.queue_workflow_usd_per_step * 1e5) +
           " per 100,000 steps.";
  return "the queue's tasks run on a queue service's own machines (Trigger.dev style), billed "
         "for every second a task runs: " +
         std::string(queue_tasks_fit_platform(s, a)
                         ? "that costs less than steps on " + p.name + "'s functions here."
                         : "one function on " + p.name + " cannot run a whole heavy job.");
}

}  // namespace

std::string adr(const Result& r, const Assumptions& a) {
  const Evaluation& e = r.evaluation;
  const Candidate chosen = e.recommended;
  const Assessment& best = r.of(chosen);
  TextBuilder md;
  md << "---\nstatus: proposed\ndate: YYYY-MM-DD\ndeciders: (names)\n---\n\n";
  md << "# Use " << info(chosen).name << " as the backend of our AI product\n\n";

  md << "## Context and Problem Statement\n\n";
  const Scenario& s = r.scenario;
  md << "Our product: " << label_of(kProductNames, s.product) << ". We expect about "
     << format_count(s.monthly_requests)
     << " AI requests or jobs a month, and would host the JavaScript side on "
     << a.platforms[s.platform].name << ". A typical AI job takes "
     << format_duration(s.job_seconds_typical) << " and the longest "
     << format_duration(s.job_seconds_longest)
     << ". Which backend architecture should carry it?\n\n";
  for (const auto& [question, answer] : describe_scenario(s, a))
    md << "- " << question << " " << answer << "\n";

  md << "\n## Decision Drivers\n\n";
  drivers(md, r, a);

  md << "\n## Considered Options\n\n";
  for (Candidate c : e.ranking) md << "- " << info(c).name << "\n";

  md << "\n## Decision Outcome\n\nChosen option: \"" << info(chosen).name << "\", because "
     << as_clause(because_sentence(r, a)) << "\n\n";
  if (e.runner_up != chosen)
    md << (e.close_call ? "This is a close call: the runner-up, " : "The runner-up, ")
       << info(e.runner_up).name << ", is " << format_margin(e.margin) << " behind"
       << (e.close_call ? " (under " + format_number(kCloseCallPoints, 0) + " is a close call)"
                        : std::string())
       << ".\n\n";
  md << (r.uncertainty.robust
             ? "The choice holds at both ends of every estimate's range in the data set.\n\n"
             : "The choice depends on estimates; see More Information.\n\n");

  md << "### Consequences\n\n";
  for (std::size_t i = 0; i < best.reason_count; ++i) {
    if (best.reasons[i].rule == RuleId::kWeightedFit) continue;
    md << "- " << (best.reasons[i].effect == Effect::kFavours ? "Good" : "Bad") << ", because "
       << as_clause(r.reason_texts[index_of(chosen)][i]) << "\n";
  }
  // A bill several times a viable design's is a consequence to handle.
  md << "- " << (cheaper_by_far(e) ? "Bad" : "Neutral") << ": about "
     << format_usd(best.cost.infra_usd_month) << "/month of infrastructure and "
     << format_number(best.cost.maintenance_hours_month, 1)
     << " hours/month of upkeep at this volume.\n";
  if (best.cost.breakdown.queue_tasks != QueueTasks::kNone && best.cost.routing.runs_jobs)
    md << "- Neutral: " << queue_tasks_consequence(best.cost, s, a) << "\n";
  for (const std::string& w : r.warnings) md << "- Bad, unless handled: " << w << "\n";

  md << "\n### Confirmation\n\n"
     << "Re-run this calculation when job lengths, volume or platform change; review the "
        "monthly bill against the estimate above; load-test the longest job on the chosen "
        "platform before launch.\n";

  md << "\n## Pros and Cons of the Options\n\n";
  for (Candidate c : e.ranking) pros_and_cons(md, r, c);

  md << "## More Information\n\n";
  md << "What would change this decision:\n\n";
  if (r.flip_points.empty()) md << "- No single input within its range changes the outcome.\n";
  for (const FlipPoint& f : r.flip_points) md << "- " << flip_sentence(f, a) << "\n";
  for (const RangeFlip& f : r.uncertainty.flips) md << "- " << range_flip_sentence(f) << "\n";
  md << "\nMade with which-backend, model " << kModelVersion << ", data set " << a.version
     << "; platform limits and prices with their sources are in core/data/assumptions.json. "
        "Principles from the article \"FastAPI vs Next.js: Which Backend Should You Use for an "
        "AI SaaS in 2026?\".\n";
  return md.str();
}

}  // namespace wb
