// The live round trip every golden case and every property-test seed goes through: load `from`
// (and its rows), no false diff, forward applies and reaches `to` (pg_dump compared with a
// database built from `to` directly), rows verified, re-diff empty, rollback brings `from`
// back, re-diff empty.
#pragma once

#include <string>
#include <vector>

namespace schemac::test {

struct RoundTrip {
  std::string from;    // schema files (paths)
  std::string to;
  std::string data;    // rows loaded after `from`; optional
  std::string verify;  // assertions run after the forward migration; optional
  // Hazards the forward plan may carry; the rollback always allows all (undoing an addition
  // drops it).
  std::vector<std::string> forward_hazards = {"all"};
};

struct RoundTripResult {
  std::vector<std::string> problems;  // empty when everything held
  std::string forward;                // the plans as schemac printed them
  std::string rollback;
};

RoundTripResult round_trip(const RoundTrip& input);

/// First differing line of two texts, for messages.
std::string first_difference(const std::string& got, const std::string& expected);

}  // namespace schemac::test
