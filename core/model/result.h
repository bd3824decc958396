// Everything the calculator says about one scenario: the evaluation, the
// sentence for every reason, the flip points and the warnings. The JSON
// codec, the text report and the ADR all render this one structure.
//   Result r = build_result(s, a);  r.flip_points.size() <= 18
#pragma once

#include <array>
#include <string>
#include <vector>

#include "evaluate.h"
#include "flip_points.h"
#include "uncertainty.h"

namespace wb {

struct Result {
  Scenario scenario;
  Evaluation evaluation;
  std::array<std::vector<std::string>, kCandidateCount> reason_texts;  // in Candidate order
  std::vector<FlipPoint> flip_points;
  Uncertainty uncertainty;  // cost ranges and robustness against the estimates
  std::vector<std::string> warnings;
  const Assessment& of(Candidate c) const { return evaluation.assessments[index_of(c)]; }
};

Result build_result(const Scenario& s, const Assumptions& a);

// Ids for the codec and the reports, written once.
std::string_view verdict_id(Verdict v);      // "recommended", "viable", "ruled_out"
std::string_view effect_id(Effect e);        // "rules_out", "favours", "penalises"
std::string_view direction_id(Direction d);  // "above", "below", "to"

// From project(VERSION) in the top CMakeLists.txt.
inline constexpr std::string_view kModelVersion = WB_MODEL_VERSION;

}  // namespace wb
