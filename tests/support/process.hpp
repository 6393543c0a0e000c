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

/// Runs argv[0] (searched on PATH when it has no slash) with `input` on stdin.
ProcessResult run_process(const std::vector<std::string>& argv, const std::string& input = {},
                          const std::vector<std::string>& extra_env = {});

std::string read_file(const std::string& path);
void write_file(const std::string& path, const std::string& text);
bool file_exists(const std::string& path);

}  // namespace schemac::test
