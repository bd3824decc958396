// The result as an Architecture Decision Record in Markdown: context,
// decision drivers, considered options, outcome, consequences and what
// would change the decision. Deterministic: no dates, no randomness.
#pragma once

#include <string>

#include "../model/assumptions.h"
#include "../model/result.h"

namespace wb {

std::string adr(const Result& r, const Assumptions& a);

}  // namespace wb
