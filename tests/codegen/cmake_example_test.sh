#!/usr/bin/env bash
# The CMake function from another project: installs this build of schemac into a scratch
# prefix, builds tests/codegen/example against it with find_package(schemac), and checks that
# editing a schema file regenerates the headers (and only then) in the next build.
#   cmake_example_test.sh SCHEMAC_BUILD_DIR EXAMPLE_SOURCE_DIR CMAKE_GENERATOR CXX
set -euo pipefail
build="$1" source="$2" generator="$3" cxx="$4"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

step() { echo "== $*"; }
# Builds quietly; shows the build's output when it fails.
build() { cmake --build "$work/build" >"$work/log" 2>&1 || { cat "$work/log"; return 1; }; }
mtime() { stat -c %.9Y "$1"; }

step "install schemac into a scratch prefix"
cmake --install "$build" --prefix "$work/prefix" >/dev/null
test -x "$work/prefix/bin/schemac"
test -f "$work/prefix/lib/cmake/schemac/schemacConfig.cmake"

step "configure and build the example (find_package(schemac), schemac_generate())"
cp -r "$source" "$work/example"
cmake -S "$work/example" -B "$work/build" -G "$generator" -DCMAKE_CXX_COMPILER="$cxx" \
      -DCMAKE_PREFIX_PATH="$work/prefix" -DCMAKE_CXX_FLAGS="-Wall -Wextra -Werror" >/dev/null
build
header="$work/build/generated/public.hpp"
test -f "$header"
"$work/build/example" | grep -qx 'public.notes: id, title, body, state, created_at'

step "a build without changes does not rewrite the headers"
before="$(mtime "$header")"
touch "$work/example/schema/01_notes.sql"  # the generator runs again; the content is the same
build
test "$(mtime "$header")" = "$before"

step "editing a schema file regenerates the headers in the next build"
sed -i 's/^    body       text,$/    body       text,\n    pinned     boolean NOT NULL DEFAULT false,/' "$work/example/schema/01_notes.sql"
build
grep -q 'bool pinned{};' "$header"
"$work/build/example" | grep -qx 'public.notes: id, title, body, pinned, state, created_at'

step "a new schema file is picked up (and gets its own header)"
printf 'CREATE SCHEMA audit;\nCREATE TABLE audit.events (id bigint PRIMARY KEY, what text NOT NULL);\n' \
  >"$work/example/schema/02_audit.sql"
build
grep -q 'namespace events {' "$work/build/generated/audit.hpp"

step "a broken schema fails the build with schemac's diagnostics"
echo 'CREATE TABLE audit.bad (r tsrange);' >>"$work/example/schema/02_audit.sql"
if cmake --build "$work/build" >"$work/log" 2>&1; then
  echo "the build should have failed" >&2
  exit 1
fi
grep -q 'column audit.bad.r has type tsrange, which schemac cannot map to C++' "$work/log"
echo "ok"
