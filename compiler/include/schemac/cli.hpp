// The command-line interface: parses arguments and runs a subcommand. `main` only calls this,
// so every behaviour of the binary can be exercised from tests.
#pragma once

namespace schemac {

/// Runs schemac with the given arguments; returns the process exit code:
/// 0 in sync, 1 differences, 2 usage/parse/connection error, 3 hazards refused.
int run_cli(int argc, char** argv);

}  // namespace schemac
