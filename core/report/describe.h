// Sentences shared by the text report and the ADR: the scenario in words,
// and a flip point as "If your longest job passes 13 min 20 s …".
#pragma once

#include <string>
#include <vector>

#include "../model/assumptions.h"
#include "../model/result.h"

namespace wb {

std::string flip_sentence(const FlipPoint& f, const Assumptions& a);

// A range flip: "If ai_job_cpu_share were at the high end of its range (0.15), …".
std::string range_flip_sentence(const RangeFlip& f);

// The one-line "because" for the recommendation: its strongest reasons.
std::string because_sentence(const Result& r, const Assumptions& a);

// "Product: A web app with a React UI" lines, one per scenario field.
std::vector<std::pair<std::string, std::string>> describe_scenario(const Scenario& s,
                                                                   const Assumptions& a);

}  // namespace wb
