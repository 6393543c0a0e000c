// libFuzzer target: the migrations-directory reader. An input is a directory written as
// sections, each `==> name` on a line of its own followed by the file's text; a section named
// schemac.sum is the sum file. The reader, its directives and the sum check must answer with
// diagnostics or problems, never a crash, leak or hang.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "refusal.hpp"
#include "schemac/diagnostics.hpp"
#include "schemac/migrations.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace schemac;
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::vector<std::pair<std::string, std::string>> files;
  std::optional<std::string> sum;
  std::string* current = nullptr;
  for (std::size_t pos = 0; pos < input.size();) {
    std::size_t end = input.find('\n', pos);
    if (end == std::string_view::npos) end = input.size();
    std::string_view line = input.substr(pos, end - pos);
    if (line.substr(0, 4) == "==> ") {
      std::string name(line.substr(4));
      // Names come from a directory listing: no separators, no empty or duplicate names.
      bool listed = !name.empty() && name.find('/') == std::string::npos && name.find('\0') == std::string::npos;
      for (const auto& f : files) listed = listed && f.first != name;
      if (name == "schemac.sum") {
        current = &sum.emplace();
      } else if (listed && name.size() > 4 && name.ends_with(".sql")) {
        current = &files.emplace_back(name, "").second;
      } else {
        current = nullptr;
      }
    } else if (current) {
      current->append(line);
      if (end < input.size()) current->push_back('\n');
    }
    pos = end + 1;
  }

  SourceSet sources;
  Diagnostics diagnostics;
  try {
    MigrationDirectory migrations = read_migration_files("migrations", std::move(files), sources, diagnostics);
    (void)render_sum(migrations, sources);
    for (const auto& problem : verify_sum_text(migrations, sources, sum)) (void)problem.message.size();
  } catch (const Error& e) {
    expect_clean_refusal(e);
  }
  (void)diagnostics.render(sources);
  return 0;
}
