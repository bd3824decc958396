// Numbers in the units a reader thinks in: "13 min 20 s", "$1,250", "10,000".
// Shared by the reason sentences, the text report and the ADR.
#pragma once

#include <string>

namespace wb {

std::string format_duration(double seconds);  // "37 ms", "45 s", "13 min 20 s", "2 h", "1 h 30 min"
std::string format_usd(double usd);           // "$0.42", "$20", "$50.50", "$1,250"
// Whether two amounts read the same once formatted ($0.421 and $0.42 do).
bool same_usd(double a, double b);
// A cost range, once when both ends read the same: "$62", "$62-$111"
// (`between` is "-" or " to ").
std::string format_usd_range(double low, double high, const char* between);
std::string format_count(double n);                     // "10,000"
std::string format_number(double x, int max_decimals);  // "2.5", "800"
// How far the runner-up's score is behind: "4.2 points", or "less than 0.1
// points" for a margin that rounds to none (a tie reads as one).
std::string format_margin(double points);

}  // namespace wb
