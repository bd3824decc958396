// Sentences shared by the text report and the ADR: the scenario in words,
// and a flip point as "If your longest job passes 13 min 20 s …".
#pragma once

#include <string>
#include <vector>

#include "../model/assumptions.h"
#include "../model/result.h"

namespace wb {

std::string flip_sentence(const FlipPoint& f);

// "Product: A web app with a React UI" lines, one per scenario field.
std::vector<std::pair<std::string, std::string>> describe_scenario(const Scenario& s,
                                                                   const Assumptions& a);

}  // namespace wb
