// libFuzzer target: arbitrary bytes as a schema file. The front end must answer with a
// catalog or diagnostics (rendered, as the CLI renders them) and never crash, leak or hang.
#include <cstddef>
#include <cstdint>
#include <string>

#include "refusal.hpp"
#include "schemac/diagnostics.hpp"
#include "schemac/frontend.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace schemac;
  SourceSet sources;
  Diagnostics diagnostics;
  FileId file = sources.add("fuzz.sql", std::string(reinterpret_cast<const char*>(data), size));
  try {
    build_catalog({file}, sources, diagnostics);
  } catch (const Error& e) {
    // A clean refusal is a fine answer; any other exception is a finding.
    expect_clean_refusal(e);
  }
  (void)diagnostics.render(sources);
  return 0;
}
