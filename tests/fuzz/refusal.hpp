// What the fuzz targets accept as a clean refusal of bad input. An error that calls itself an
// "internal error" is schemac admitting a bug of its own, so it is a finding like a crash.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "schemac/diagnostics.hpp"

inline void expect_clean_refusal(const schemac::Error& error) {
  if (std::string_view(error.what()).starts_with("internal error")) {
    std::fprintf(stderr, "schemac reported an internal error on this input: %s\n", error.what());
    std::abort();
  }
}
