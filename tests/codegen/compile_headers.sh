#!/usr/bin/env bash
# Compiles generated headers the way an application would, with warnings as errors:
#   compile_headers.sh CXX HEADER_DIR [INCLUDE_DIR...]
# (include directories after HEADER_DIR supply what the headers include from elsewhere: a type
# map's headers, or the runtime when HEADER_DIR holds golden files without it).
# Each header alone (self-contained) as C++17; all of them together as C++17 and C++20, with the
# nlohmann-json adapter on, in two translation units linked into one program (inline functions
# and the runtime defined once, include guards working).
set -euo pipefail
cxx="$1"
dir="$(cd "$2" && pwd)"
shift 2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
flags=(-Wall -Wextra -Werror -pedantic -DPQXX_HAVE_OPTIONAL=1 -I"$dir")
for include in "$@"; do flags+=(-I"$include"); done

headers=()
for h in "$dir"/*.hpp; do headers+=("$(basename "$h")"); done
[ ${#headers[@]} -gt 0 ] || { echo "no headers in $dir" >&2; exit 1; }

for h in "${headers[@]}"; do
  echo "compile $h (C++17, alone)"
  "$cxx" -std=c++17 "${flags[@]}" -fsyntax-only -x c++ - <<<"#include \"$h\""
done

for unit in a b; do
  {
    for h in "${headers[@]}"; do echo "#include \"$h\""; done
    for h in "${headers[@]}"; do echo "#include \"$h\""; done
    # Taking the address emits the runtime's inline functions in both units: the link proves
    # they are defined consistently.
    echo "static auto* volatile keep_$unit = &schemac::rt::connect;"
    echo "int unit_$unit() { return keep_$unit == nullptr ? 1 : 0; }"
    if [ "$unit" = a ]; then echo "int unit_b(); int main() { return unit_a() + unit_b(); }"; fi
  } >"$work/$unit.cpp"
done
for std in c++17 c++20; do
  echo "compile all headers together ($std, two translation units, nlohmann-json adapter), link"
  "$cxx" -std=$std "${flags[@]}" -DSCHEMAC_WITH_NLOHMANN_JSON=1 -c "$work/a.cpp" -o "$work/a.o"
  "$cxx" -std=$std "${flags[@]}" -DSCHEMAC_WITH_NLOHMANN_JSON=1 -c "$work/b.cpp" -o "$work/b.o"
  "$cxx" "$work/a.o" "$work/b.o" -o "$work/program" -lpqxx -lpq
  "$work/program"
done
echo "ok: ${#headers[@]} headers"
