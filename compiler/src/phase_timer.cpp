#include "phase_timer.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace schemac {

namespace {
bool enabled() {
  static const bool on = [] {
    const char* v = std::getenv("SCHEMAC_TIMINGS");
    return v && *v && std::strcmp(v, "0") != 0;
  }();
  return on;
}
}  // namespace

PhaseTimer::PhaseTimer(const char* phase) : phase_(phase) {
  if (enabled()) start_ = std::chrono::steady_clock::now();
}

PhaseTimer::~PhaseTimer() {
  if (!enabled()) return;
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start_).count();
  std::fprintf(stderr, "schemac: %s: %.1f ms\n", phase_, ms);
}

}  // namespace schemac
