// The sentences a reader sees: one per reason, and the warnings a careful
// engineer would add. Written for this product; every number cited comes
// from the reason or the assumptions.
#pragma once

#include <string>
#include <vector>

#include "assumptions.h"
#include "evaluate.h"

namespace wb {

// An infrastructure bill at least this many times a viable design's, and
// this much more, with the month's total this much more too, has run away.
inline constexpr double kRunawayCostRatio = 3;
inline constexpr double kRunawayCostUsd = 100;  // USD per month

// Interactions held on the request that queueing would make cheaper by at
// least this much and this share of the design's infrastructure are worth
// a warning: the founder may prefer the saving to the stream.
inline constexpr double kQueueingSavingUsd = 1000;  // USD per month
inline constexpr double kQueueingSavingShare = 0.15;

// The best-ranked viable design, not one holding jobs of minutes on a
// request, that the recommended one costs that much more than; null when
// its bill is in line.
const Assessment* cheaper_by_far(const Evaluation& e);

std::string reason_text(const Reason& r, const Assessment& x, const Scenario& s,
                        const Assumptions& a);

std::vector<std::string> warnings(const Scenario& s, const Assumptions& a, const Evaluation& e);

}  // namespace wb
