// Phase timings for performance work: with SCHEMAC_TIMINGS=1 in the environment, every timed
// phase prints `schemac: <phase>: <ms> ms` on stderr when it ends (see docs/performance.md).
// Without it a timer costs one cached getenv.
#pragma once

#include <chrono>

namespace schemac {

class PhaseTimer {
 public:
  explicit PhaseTimer(const char* phase);
  ~PhaseTimer();
  PhaseTimer(const PhaseTimer&) = delete;
  PhaseTimer& operator=(const PhaseTimer&) = delete;

 private:
  const char* phase_;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace schemac
