#include "support/golden.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>

#include "schemac/emit.hpp"
#include "schemac/frontend.hpp"

namespace schemac::test {

namespace fs = std::filesystem;

std::vector<GoldenCase> golden_cases() {
  std::vector<GoldenCase> out;
  fs::path root = SCHEMAC_GOLDEN_DIR;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.is_regular_file() && entry.path().filename() == "to.sql") {
      fs::path dir = entry.path().parent_path();
      out.push_back({fs::relative(dir, root).string(), dir.string()});
    }
  }
  std::sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.name < b.name; });
  // SCHEMAC_CASE=text runs only the cases whose name contains it (comma-separated list).
  if (const char* filter = std::getenv("SCHEMAC_CASE"); filter && *filter) {
    std::vector<std::string> parts;
    std::string f = filter;
    for (std::size_t start = 0; start <= f.size();) {
      std::size_t comma = f.find(',', start);
      parts.push_back(f.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
    std::erase_if(out, [&](const GoldenCase& c) {
      return std::none_of(parts.begin(), parts.end(), [&](const std::string& p) { return c.name.find(p) != std::string::npos; });
    });
  }
  return out;
}

bool update_golden() {
  const char* v = std::getenv("SCHEMAC_UPDATE_GOLDEN");
  return v && *v && std::string(v) != "0";
}

Catalog load_catalog(const std::string& path) {
  SourceSet sources;
  Diagnostics diags;
  Catalog c = load_schema(path, sources, diags);
  if (diags.has_errors()) throw std::runtime_error(diags.render(sources));
  return c;
}

ExpectedPlans plans_from_files(const GoldenCase& c) {
  Catalog from = load_catalog(c.path("from.sql"));
  Catalog to = load_catalog(c.path("to.sql"));
  Plan forward = plan_migration(from, to);
  Plan rollback = plan_rollback(from, to, forward);
  return {emit_sql(forward, {"forward"}), emit_sql(rollback, {"rollback"})};
}

}  // namespace schemac::test
