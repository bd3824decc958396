// The sentences a reader sees: one per reason, and the warnings a careful
// engineer would add. Written for this product; every number cited comes
// from the reason or the assumptions.
#pragma once

#include <string>
#include <vector>

#include "assumptions.h"
#include "evaluate.h"

namespace wb {

std::string reason_text(const Reason& r, Candidate c, const Scenario& s, const Assumptions& a);

std::vector<std::string> warnings(const Scenario& s, const Assumptions& a, const Evaluation& e);

}  // namespace wb
