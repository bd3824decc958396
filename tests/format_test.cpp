// The core's number formatters against the corpus the widget's formatters
// also run (tests/vectors/format/cases.tsv), so the CLI text, the ADR and the
// widget write every figure the same way.
#include "model/format.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace {

std::string formatted(const std::string& kind, double value) {
  if (kind == "usd") return wb::format_usd(value);
  if (kind == "duration") return wb::format_duration(value);
  if (kind == "count") return wb::format_count(value);
  return "";  // a kind only the widget draws
}

}  // namespace

TEST_CASE("every case of the shared corpus reads the same as in the widget") {
  std::ifstream in(WB_VECTORS_DIR "/format/cases.tsv");
  REQUIRE(in);
  std::string line;
  int checked = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string kind, value, text;
    std::getline(fields, kind, '\t');
    std::getline(fields, value, '\t');
    std::getline(fields, text);
    const std::string got = formatted(kind, std::stod(value));
    if (got.empty()) continue;
    CAPTURE(line);
    CHECK(got == text);
    ++checked;
  }
  CHECK(checked >= 25);
}

TEST_CASE("a cost range reads once when both ends round alike") {
  CHECK(wb::format_usd_range(62, 62.004, "-") == "$62");
  CHECK(wb::format_usd_range(62, 111, "-") == "$62-$111");
  CHECK(wb::format_usd_range(20.5, 20.51, " to ") == "$20.50 to $20.51");
}

TEST_CASE("a margin under a twentieth of a point reads as less than a tenth, not as 0") {
  CHECK(wb::format_margin(4.2) == "4.2 points");
  CHECK(wb::format_margin(12) == "12 points");
  CHECK(wb::format_margin(0.05) == "0.1 points");
  CHECK(wb::format_margin(0.049) == "less than 0.1 points");
  CHECK(wb::format_margin(0) == "less than 0.1 points");
}
