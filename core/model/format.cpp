#include "format.h"

#include <cmath>
#include <cstdio>

namespace wb {
namespace {

std::string group_thousands(long long n) {
  std::string digits = std::to_string(n < 0 ? -n : n);
  std::string out;
  int count = 0;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    if (count > 0 && count % 3 == 0) out.insert(out.begin(), ',');
    out.insert(out.begin(), *it);
    ++count;
  }
  return n < 0 ? "-" + out : out;
}

}  // namespace

std::string format_number(double x, int max_decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", max_decimals, x);
  std::string s = buf;
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  return s == "-0" ? "0" : s;
}

std::string format_duration(double seconds) {
  // Under a tenth of a second (a flip point found near zero), milliseconds
  // to two significant digits: "37 ms", "4.2 ms", never "0 s".
  if (seconds > 0 && seconds < 0.1) {
    const double ms = seconds * 1000;
    int decimals = 0;
    for (double v = ms; v < 10 && decimals < 6; v *= 10) ++decimals;
    return format_number(ms, decimals) + " ms";
  }
  if (seconds < 60) return format_number(seconds, seconds < 10 ? 1 : 0) + " s";
  const long long total = std::llround(seconds);
  const long long h = total / 3600, m = (total % 3600) / 60, sec = total % 60;
  if (h == 0) return std::to_string(m) + " min" + (sec ? " " + std::to_string(sec) + " s" : "");
  if (h < 24 || m) return std::to_string(h) + " h" + (m ? " " + std::to_string(m) + " min" : "");
  return std::to_string(h) + " h";
}

// Cents only under $100 and only when there are any: "$50.50", "$20",
// "$1,250" (tests/vectors/format/cases.tsv, shared with the widget).
std::string format_usd(double usd) {
  if (std::fabs(usd) < 100 && std::fabs(usd - std::round(usd)) >= 0.005) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "$%.2f", usd);
    return buf;
  }
  return "$" + group_thousands(std::llround(usd));
}

bool same_usd(double a, double b) { return format_usd(a) == format_usd(b); }

std::string format_usd_range(double low, double high, const char* between) {
  return same_usd(low, high) ? format_usd(low) : format_usd(low) + between + format_usd(high);
}

std::string format_count(double n) { return group_thousands(std::llround(n)); }

std::string format_margin(double points) {
  const std::string n = format_number(points, 1);
  return n == "0" ? "less than 0.1 points" : n + " points";
}

}  // namespace wb
