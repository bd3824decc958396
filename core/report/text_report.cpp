#include "text_report.h"

#include "../model/format.h"
#include "describe.h"
#include "text_builder.h"

namespace wb {
namespace {

std::string pad(const std::string& s, std::size_t width) {
  return s.size() >= width ? s : s + std::string(width - s.size(), ' ');
}
std::string lpad(const std::string& s, std::size_t width) {
  return s.size() >= width ? s : std::string(width - s.size(), ' ') + s;
}

}  // namespace

std::string text_report(const Result& r, const Assumptions& a) {
  const Evaluation& e = r.evaluation;
  TextBuilder out;
  out << "Recommended: " << info(e.recommended).name << "\n";
  out << "Platform: " << a.platforms[r.scenario.platform].name << ", "
      << format_count(r.scenario.monthly_requests) << " requests/month\n\n";

  out << pad("candidate", 16) << pad("verdict", 13) << lpad("score", 6) << lpad("infra/mo", 10)
      << lpad("upkeep h", 10) << lpad("total/mo", 10) << lpad("codebases", 10) << lpad("deploys", 8)
      << lpad("services", 9) << lpad("hops", 5) << lpad("+ms", 6) << "\n";
  for (Candidate c : e.ranking) {
    const Assessment& x = r.of(c);
    const Cost& k = x.cost;
    out << pad(std::string(info(c).short_name), 16) << pad(std::string(verdict_id(x.verdict)), 13)
        << lpad(format_number(display_score(x), 1), 6) << lpad(format_usd(k.infra_usd_month), 10)
        << lpad(format_number(k.maintenance_hours_month, 1), 10)
        << lpad(format_usd(k.total_usd_month), 10) << lpad(std::to_string(k.codebases), 10)
        << lpad(std::to_string(k.deploy_targets), 8)
        << lpad(std::to_string(k.services_to_monitor), 9) << lpad(std::to_string(k.network_hops), 5)
        << lpad(format_number(k.added_latency_ms, 0), 6) << "\n";
  }
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
  for (const FlipPoint& f : r.flip_points) out << "  " << flip_sentence(f) << "\n";
  if (!r.warnings.empty()) {
    out << "\nWarnings:\n";
    for (const auto& w : r.warnings) out << "  ! " << w << "\n";
  }
  return out.str();
}

}  // namespace wb
