#include <doctest/doctest.h>

#include "codec/api.h"

TEST_CASE("defaults evaluate") { CHECK(wb::evaluate_json("{}").find("recommended") != std::string::npos); }
