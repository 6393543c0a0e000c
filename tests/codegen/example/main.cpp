// Uses the accessors schemac generated from schema/. Without arguments it prints what it knows
// about the table at compile time; with a connection string it writes and reads a note.
#include <iostream>

#include "public.hpp"

namespace notes = example::db::public_::notes;

int main(int argc, char** argv) {
  std::cout << notes::sql_name << ": " << notes::select_list << "\n";
  if (argc < 2) return 0;

  auto connection = schemac::rt::connect(argv[1]);  // pins TimeZone=UTC, DateStyle, IntervalStyle
  pqxx::work txn(*connection);
  notes::insert_row draft;
  draft.title = "Hello";
  draft.body = "from C++";
  notes::row stored = notes::insert(txn, draft);  // INSERT ... RETURNING, all parameters
  stored.state = example::db::public_::note_state::published;
  notes::update(txn, stored);
  if (auto again = notes::find(txn, stored.id)) {
    std::cout << again->title << " is " << schemac::rt::to_label(again->state) << "\n";
  }
  txn.commit();
  return 0;
}
