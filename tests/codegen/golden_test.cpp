// Golden tests of `schemac generate`: every case under tests/codegen/golden/<case>/ holds a
// schema.sql (plus optionally namespace.txt, type-map.txt and headers the type map includes)
// and either expected/ (every generated file) or expected-errors.txt (the diagnostics).
//
// Each case is copied to a scratch directory and generated through run_generate, exactly as
// the CLI does, so the banner, manifest and diagnostics do not depend on where the checkout
// is. SCHEMAC_UPDATE_GOLDEN=1 rewrites the expectations for review with `git diff`.
#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "schemac/codegen.hpp"
#include "schemac/commands.hpp"
#include "support/golden.hpp"
#include "support/process.hpp"

namespace fs = std::filesystem;
using namespace schemac;
using schemac::test::read_file;
using schemac::test::write_file;

namespace {

std::string trimmed_line(const std::string& path) {
  std::string text = read_file(path);
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

std::vector<std::string> cases() {
  std::vector<std::string> out;
  for (const auto& entry : fs::directory_iterator(CODEGEN_GOLDEN_DIR)) {
    if (entry.is_directory()) out.push_back(entry.path().filename().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::set<std::string> files_in(const fs::path& dir) {
  std::set<std::string> out;
  if (!fs::exists(dir)) return out;
  for (const auto& entry : fs::directory_iterator(dir)) out.insert(entry.path().filename().string());
  return out;
}

struct Run {
  int code = -1;
  std::string out, err;
  fs::path generated;
};

// Copies the case into `scratch` and runs `schemac generate` on the copy.
Run generate_case(const fs::path& source, const fs::path& scratch) {
  fs::remove_all(scratch);
  fs::create_directories(scratch);
  for (const auto& entry : fs::directory_iterator(source)) {
    if (entry.is_regular_file()) fs::copy_file(entry.path(), scratch / entry.path().filename());
  }
  GenerateRequest request;
  request.schema = (scratch / "schema.sql").string();
  request.out = (scratch / "out").string();
  if (fs::exists(scratch / "namespace.txt")) request.cpp_namespace = trimmed_line(scratch / "namespace.txt");
  if (fs::exists(scratch / "type-map.txt")) request.type_map = (scratch / "type-map.txt").string();
  std::ostringstream out, err;
  Run run;
  run.code = run_generate(request, out, err);
  run.out = out.str();
  run.err = err.str();
  // Diagnostics name the scratch copy; the expectations name the case's own files.
  for (std::size_t pos; (pos = run.err.find(scratch.string() + "/")) != std::string::npos;) {
    run.err.erase(pos, scratch.string().size() + 1);
  }
  run.generated = scratch / "out";
  return run;
}

// The runtime header is the same for every case; only this case keeps a golden copy of it.
constexpr const char* kRuntimeCase = "all_types";

// The files a case's expected/ holds: everything generated, the runtime only for kRuntimeCase.
std::set<std::string> golden_files(const fs::path& generated, const std::string& name) {
  std::set<std::string> files = files_in(generated);
  if (name != kRuntimeCase) files.erase(std::string(kRuntimeHeader));
  return files;
}

fs::path scratch_root() { return fs::temp_directory_path() / ("schemac-codegen-golden-" + std::to_string(::getpid())); }

}  // namespace

TEST_CASE("generated headers match the golden files") {
  fs::path root = scratch_root();
  for (const auto& name : cases()) {
    CAPTURE(name);
    fs::path source = fs::path(CODEGEN_GOLDEN_DIR) / name;
    Run run = generate_case(source, root / name);
    bool expects_errors = fs::exists(source / "expected-errors.txt") || name.rfind("error_", 0) == 0;
    if (expects_errors) {
      CHECK(run.code == kExitError);
      CHECK(run.out.empty());
      if (test::update_golden()) {
        write_file((source / "expected-errors.txt").string(), run.err);
        continue;
      }
      CHECK(run.err == read_file((source / "expected-errors.txt").string()));
      continue;
    }
    REQUIRE_MESSAGE(run.code == kExitInSync, run.err);
    CHECK(run.err.empty());
    fs::path expected = source / "expected";
    if (test::update_golden()) {
      fs::remove_all(expected);
      fs::create_directories(expected);
      for (const auto& file : golden_files(run.generated, name)) fs::copy_file(run.generated / file, expected / file);
      continue;
    }
    CHECK(golden_files(run.generated, name) == files_in(expected));
    for (const auto& file : files_in(expected)) {
      CAPTURE(file);
      CHECK_MESSAGE(read_file((run.generated / file).string()) == read_file((expected / file).string()),
                    "regenerate with SCHEMAC_UPDATE_GOLDEN=1 and review with git diff");
    }
  }
  fs::remove_all(root);
}

TEST_CASE("generation is deterministic and rewrites nothing when nothing changed") {
  fs::path root = scratch_root() / "determinism";
  fs::path source = fs::path(CODEGEN_GOLDEN_DIR) / "multi_schema";
  Run first = generate_case(source, root);
  REQUIRE(first.code == kExitInSync);
  CHECK(first.out.find("wrote ") != std::string::npos);
  std::map<std::string, fs::file_time_type> times;
  std::map<std::string, std::string> contents;
  for (const auto& file : files_in(first.generated)) {
    times[file] = fs::last_write_time(first.generated / file);
    contents[file] = read_file((first.generated / file).string());
  }
  // Run again over the same output directory: same bytes, no file touched, nothing printed.
  GenerateRequest again;
  again.schema = (root / "schema.sql").string();
  again.out = first.generated.string();
  std::ostringstream out, err;
  REQUIRE(run_generate(again, out, err) == kExitInSync);
  CHECK(out.str().empty());
  CHECK(err.str().empty());
  for (const auto& [file, time] : times) {
    CAPTURE(file);
    CHECK(fs::last_write_time(first.generated / file) == time);
    CHECK(read_file((first.generated / file).string()) == contents[file]);
  }
  fs::remove_all(scratch_root());
}
