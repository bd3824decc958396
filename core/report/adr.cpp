#include "adr.h"

#include "../model/format.h"
#include "describe.h"
#include "text_builder.h"

namespace wb {
namespace {

void option(TextBuilder& md, const Result& r, Candidate c) {
  const Assessment& x = r.of(c);
  const Cost& k = x.cost;
  md << "### " << info(c).name << " — "
     << (x.verdict == Verdict::kRuledOut ? "ruled out" : verdict_id(x.verdict));
  if (!x.ruled_out()) md << ", score " << format_number(display_score(x), 1);
  md << "\n\n";
  md << "- Cost: " << format_usd(k.infra_usd_month) << "/month infrastructure, "
     << format_number(k.maintenance_hours_month, 1) << " h/month upkeep, "
     << format_usd(k.total_usd_month) << "/month in all\n";
  md << "- Moving parts: " << k.codebases << " codebase(s), " << k.deploy_targets
     << " deploy target(s), " << k.pipelines << " pipeline(s), " << k.services_to_monitor
     << " service(s) to monitor, " << k.network_hops << " internal hop(s) (+"
     << format_number(k.added_latency_ms, 0) << " ms)\n";
  const auto& texts = r.reason_texts[index_of(c)];
  for (std::size_t i = 0; i < texts.size(); ++i) {
    const Reason& reason = x.reasons[i];
    const char* sign = reason.effect == Effect::kRulesOut  ? "✗"
                       : reason.effect == Effect::kFavours ? "+"
                                                           : "−";
    md << "- " << sign << " " << texts[i] << " (`" << rule_info(reason.rule).id << "`)\n";
  }
  md << "\n";
}

}  // namespace

std::string adr(const Result& r, const Assumptions& a) {
  const Evaluation& e = r.evaluation;
  const Candidate chosen = e.recommended;
  const Assessment& best = r.of(chosen);
  TextBuilder md;
  md << "# ADR: Backend architecture — " << info(chosen).name << "\n\n";
  md << "- Status: proposed\n- Decided with: which-backend model " << kModelVersion
     << ", assumptions " << a.version << "\n\n";

  md << "## Context\n\n";
  for (const auto& [question, answer] : describe_scenario(r.scenario, a))
    md << "- " << question << " **" << answer << "**\n";
  md << "\n## Decision drivers\n\n";
  bool any_hard = false;
  for (const Assessment& x : e.assessments)
    for (std::size_t i = 0; i < x.reason_count; ++i)
      if (x.reasons[i].effect == Effect::kRulesOut) any_hard = true;
  md << (any_hard ? "Hard limits rule some options out (see below). "
                  : "No hard limit rules an option out. ")
     << "The remaining options are weighed on (0–5):\n\n";
  for (const auto& w : kWeightFields)
    md << "- " << w.label << ": " << format_number(e.weights.*w.member, 2) << "\n";

  md << "\n## Considered options\n\n";
  for (Candidate c : e.ranking) option(md, r, c);

  md << "## Decision outcome\n\nChosen: **" << info(chosen).name
     << "**, the highest-scoring option (" << format_number(display_score(best), 1)
     << "/100) that no hard limit rules out.\n\n";
  md << "## Consequences\n\n";
  for (std::size_t i = 0; i < best.reason_count; ++i)
    md << "- " << (best.reasons[i].effect == Effect::kFavours ? "Good: " : "Bad: ")
       << r.reason_texts[index_of(chosen)][i] << "\n";
  md << "- Expect about " << format_usd(best.cost.infra_usd_month)
     << "/month of infrastructure and " << format_number(best.cost.maintenance_hours_month, 1)
     << " hours/month of upkeep at " << format_count(r.scenario.monthly_requests)
     << " requests/month.\n";
  for (const std::string& w : r.warnings) md << "- Watch: " << w << "\n";

  md << "\n## What would change this decision\n\n";
  if (r.flip_points.empty()) md << "No single input within its range changes the outcome.\n";
  for (const FlipPoint& f : r.flip_points) md << "- " << flip_sentence(f) << "\n";
  return md.str();
}

}  // namespace wb
