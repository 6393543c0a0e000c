// libFuzzer target: the canonical form is a fixpoint. Whatever schema the front end accepts,
// its canonical rendering (`schemac dump`) must parse back without errors into a catalog that
// renders identically and diffs empty against the first.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "refusal.hpp"
#include "schemac/diagnostics.hpp"
#include "schemac/diff.hpp"
#include "schemac/frontend.hpp"
#include "schemac/sql_render.hpp"

namespace {

[[noreturn]] void fail(const char* what, const std::string& first, const std::string& detail) {
  std::fprintf(stderr, "canonical form is not a fixpoint: %s\n--- canonical text ---\n%s\n--- detail ---\n%s\n", what,
               first.c_str(), detail.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace schemac;
  SourceSet sources;
  Diagnostics diagnostics;
  FileId file = sources.add("fuzz.sql", std::string(reinterpret_cast<const char*>(data), size));
  Catalog first;
  try {
    first = build_catalog({file}, sources, diagnostics);
  } catch (const Error& e) {
    expect_clean_refusal(e);
    return 0;
  }
  if (diagnostics.has_errors()) return 0;

  std::string text = render_catalog(first);
  Diagnostics again;
  FileId canonical = sources.add("canonical.sql", text);
  Catalog second;
  try {
    second = build_catalog({canonical}, sources, again);
  } catch (const Error& e) {
    fail("the canonical text is refused", text, e.what());
  }
  if (again.has_errors()) fail("the canonical text does not parse", text, again.render(sources));
  std::string text_again = render_catalog(second);
  if (text_again != text) fail("rendering it again gives another text", text, text_again);
  if (!diff(first, second).changes.empty()) fail("it diffs against the original", text, "");
  return 0;
}
