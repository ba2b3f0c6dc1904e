#!/usr/bin/env bash
# CTest's runner for Windows programs (CMAKE_CROSSCOMPILING_EMULATOR):
#   wine-run.sh PROGRAM.exe ARGS...   (RTK_WINE: the wine loader)
# Wine sometimes fails to start a program at all: a process that reaches
# the wineserver while it shuts down (3 s after its last client) dies at
# once, printing nothing or only wine's own "wine client error:0: recvmsg:
# Connection reset by peer" (one test in 249, in two CI runs in a row).
# Such a start -- a failure where the program printed nothing of its own --
# is tried again, at most three times, and says so on stderr. Every program
# CTest runs here prints before it can fail (GoogleTest's first line,
# rtkconf's usage), so a test that failed is never run twice.
set -u
wine=${RTK_WINE:-/usr/lib/wine/wine64}
out=$(mktemp) || exit 125
trap 'rm -f "$out"' EXIT
trap 'kill "$child" 2>/dev/null; exit 143' TERM INT HUP
for attempt in 1 2 3; do
  "$wine" "$@" > >(tee "$out") 2>&1 &
  child=$!
  wait "$child"
  rc=$?
  wait  # tee has written everything
  if [ "$rc" -eq 0 ] || grep -qv '^wine client error:' "$out"; then exit "$rc"; fi
  echo "wine-run: wine exited $rc before $1 printed anything of its own (start $attempt of 3)" >&2
  sleep 1
done
exit "$rc"
