// Running programs from tests: the schemac binary, psql, pg_dump.
#pragma once

#include <string>
#include <vector>

namespace schemac::test {

struct ProcessResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

/// Runs argv[0] (searched on PATH when it has no slash) with `input` on stdin, in `cwd` when
/// given.
ProcessResult run_process(const std::vector<std::string>& argv, const std::string& input = {},
                          const std::vector<std::string>& extra_env = {}, const std::string& cwd = {});

/// A fresh directory under the system temp directory, removed with everything in it.
class TempDir {
 public:
  explicit TempDir(const std::string& prefix = "schemac-test");
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  [[nodiscard]] const std::string& path() const { return path_; }
  /// path() + "/" + relative
  [[nodiscard]] std::string operator/(const std::string& relative) const { return path_ + "/" + relative; }

 private:
  std::string path_;
};

std::string read_file(const std::string& path);
void write_file(const std::string& path, const std::string& text);
bool file_exists(const std::string& path);

}  // namespace schemac::test
