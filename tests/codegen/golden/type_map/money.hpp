// An application's own type for PostgreSQL money, with the codec schemac's runtime needs.
#pragma once

#include <string>
#include <string_view>

#include "schemac_runtime.hpp"

namespace example {
struct money {
  std::string text;  // as PostgreSQL prints it under the session's lc_monetary
};
}  // namespace example

template <>
struct schemac::rt::codec<example::money> {
  static void parse(std::string_view text, example::money& out) { out.text = std::string(text); }
  static std::string format(const example::money& value) { return value.text; }
};
