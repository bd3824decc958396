#include "text_report.h"

#include <algorithm>
#include <vector>

#include "../model/format.h"
#include "describe.h"
#include "text_builder.h"

namespace wb {
namespace {

// Columns as wide as their widest cell, two spaces apart; the first two
// (names and verdicts) align left, the numbers right.
void table(TextBuilder& out, const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::size_t> width(rows[0].size(), 0);
  for (const auto& row : rows)
    for (std::size_t i = 0; i < row.size(); ++i) width[i] = std::max(width[i], row[i].size());
  for (const auto& row : rows) {
    std::string line;
    for (std::size_t i = 0; i < row.size(); ++i) {
      const std::string gap(width[i] - row[i].size(), ' ');
      line += (i ? "  " : "") + (i < 2 ? row[i] + gap : gap + row[i]);
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << "\n";
  }
}

}  // namespace

std::string text_report(const Result& r, const Assumptions& a) {
  const Evaluation& e = r.evaluation;
  TextBuilder out;
  out << "Recommended: " << info(e.recommended).name << "\n";
  out << "Because: " << because_sentence(r, a) << "\n";
  if (e.runner_up != e.recommended)
    out << "Runner-up: " << info(e.runner_up).name << ", " << format_margin(e.margin) << " behind"
        << (e.close_call ? " (a close call)" : "") << "\n";
  // Robust to the data's estimates, which a close call may be too: a
  // judgement apart from the margin.
  out << (r.uncertainty.robust
              ? "Estimates: the same answer at both ends of every estimate's range\n"
              : "Estimates: the answer changes within their ranges, see below\n");
  out << "JavaScript host: " << a.platforms[r.scenario.platform].name << ", "
      << format_count(r.scenario.monthly_requests) << " requests/month\n\n";

  std::vector<std::vector<std::string>> rows{{"candidate", "verdict", "score", "infra/mo",
                                              "infra range", "upkeep h", "total/mo", "codebases",
                                              "deploys", "services", "hops", "+ms"}};
  for (Candidate c : e.ranking) {
    const Assessment& x = r.of(c);
    const Cost& k = x.cost;
    const CostRange& range = r.uncertainty.costs[index_of(c)];
    rows.push_back({std::string(info(c).short_name), std::string(verdict_id(x.verdict)),
                    format_number(display_score(e, c), 1), format_usd(k.infra_usd_month),
                    format_usd_range(range.low_usd_month, range.high_usd_month, "-"),
                    format_number(k.maintenance_hours_month, 1), format_usd(k.total_usd_month),
                    std::to_string(k.codebases), std::to_string(k.deploy_targets),
                    std::to_string(k.services_to_monitor), std::to_string(k.network_hops),
                    format_number(k.added_latency_ms, 0)});
  }
  table(out, rows);
  out << "(total/mo: infrastructure and upkeep hours at " << format_usd(a.engineer_usd_hour)
      << "/h, the monthly cost the ranking weighs)\n";
  out << "\nWhy:\n";
  for (Candidate c : e.ranking) {
    const Assessment& x = r.of(c);
    out << "  " << info(c).name << " (" << verdict_id(x.verdict) << ")\n";
    const auto& texts = r.reason_texts[index_of(c)];
    for (std::size_t i = 0; i < texts.size(); ++i) {
      const Effect effect = x.reasons[i].effect;
      out << "    "
          << (effect == Effect::kRulesOut  ? "x "
              : effect == Effect::kFavours ? "+ "
                                           : "- ")
          << texts[i] << " [" << rule_info(x.reasons[i].rule).id << "]\n";
    }
  }
  out << "\nWhat would change the answer:\n";
  if (r.flip_points.empty()) out << "  Nothing within the valid ranges.\n";
  for (const FlipPoint& f : r.flip_points) out << "  " << flip_sentence(f, a) << "\n";
  for (const RangeFlip& f : r.uncertainty.flips) out << "  " << range_flip_sentence(f) << "\n";
  if (!r.warnings.empty()) {
    out << "\nWarnings:\n";
    for (const auto& w : r.warnings) out << "  ! " << w << "\n";
  }
  return out.str();
}

}  // namespace wb
