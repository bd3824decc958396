// The result as plain text for a terminal: the verdict, a comparison table,
// the reasons, what would change the answer, and warnings.
#pragma once

#include <string>

#include "../model/assumptions.h"
#include "../model/result.h"

namespace wb {

std::string text_report(const Result& r, const Assumptions& a);

}  // namespace wb
