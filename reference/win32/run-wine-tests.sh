#!/bin/sh
# Cross-builds the reference for Windows (preset windows-cross, build-win/)
# and runs its tests under wine: the platform-neutral unit tests (label
# unit) and the Win32 backend's own tests (label win32). Exits non-zero
# when configuring, building or any test fails.
#
#   reference/win32/run-wine-tests.sh [extra cmake configure arguments]
#
# Without arguments the conformance harness is left out
# (-DRTK_BUILD_CONFORMANCE=OFF): the reference needs none of it.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
build="$root/build-win"
wine=/usr/lib/wine/wine64
export WINEPREFIX="$build/wineprefix" WINEDEBUG=-all

if [ ! -x "$wine" ]; then
  echo "run-wine-tests: $wine not found: apt-get install wine64" >&2
  exit 2
fi
if [ $# -eq 0 ]; then
  set -- -DRTK_BUILD_CONFORMANCE=OFF
fi

started=$(date +%s)
phase() { echo "run-wine-tests: $1 ($(($(date +%s) - started)) s so far)"; }

cmake --preset windows-cross "$@"
phase "configured"

# The prefix is made before any test runs: two tests starting wine at once
# in a missing prefix would both try to create it.
if [ ! -f "$WINEPREFIX/system.reg" ]; then
  "$wine" wineboot -i
  /usr/lib/wine/wineserver -w
  phase "wine prefix created"
fi

targets="rtkref rtkref_win32_tests"
if cmake --build "$build" --target help | grep -q 'rtkref_unit_tests'; then
  targets="$targets rtkref_unit_tests"
fi
# shellcheck disable=SC2086 # one word per target
cmake --build --preset windows-cross --target $targets
phase "built"

status=0
ctest --preset windows-cross -L '^(unit|win32)$' || status=$?
phase "tests finished"
exit $status
