# shellcheck shell=bash
# Sourced by test-all, windows-steps and sanitizer-steps, which run in two
# halves side by side: `step` prints a step's name, the seconds since the
# whole run began (RTK_CI_START, set by the first script) and how busy the
# cores were since the last step line of this script (from /proc/stat:
# both halves' work, and anything else on the machine).
: "${RTK_CI_START:=$(date +%s)}"
export RTK_CI_START
cpu_busy=0 cpu_all=0 cpu_stolen=0 busy_text=""
# Sets busy_text: the percent of all cores' time spent working since the
# last call, and the time the hypervisor kept from them if any (not in a
# $(...): the counters must stay in this shell).
cores_busy() {
  local _cpu user nice system idle iowait irq softirq steal busy all span busy_pct stolen_pct
  read -r _cpu user nice system idle iowait irq softirq steal _ < /proc/stat
  busy=$((user + nice + system + irq + softirq))
  all=$((busy + idle + iowait + steal))
  span=$((all - cpu_all > 0 ? all - cpu_all : 1))
  busy_pct=$((100 * (busy - cpu_busy) / span))
  stolen_pct=$((100 * (steal - cpu_stolen) / span))
  busy_text="cores $busy_pct% busy"
  if [ "$stolen_pct" -gt 0 ]; then busy_text+=", $stolen_pct% taken by the host"; fi
  # Under a second of all cores' time says nothing (a step that ended at once).
  if [ "$span" -lt "$(($(nproc) * $(getconf CLK_TCK)))" ]; then busy_text=""; fi
  cpu_busy=$busy cpu_all=$all cpu_stolen=$steal
}
cores_busy
# The whole run's counters, for test-all's last line.
# shellcheck disable=SC2034
run_busy=$cpu_busy run_all=$cpu_all run_stolen=$cpu_stolen
# A script's first step follows the counters read above at once, so it
# prints no busy share, as any step after less than a second.
step() {
  cores_busy
  local now=$(($(date +%s) - RTK_CI_START))
  if [ -z "$busy_text" ]; then
    echo "== $1 ($now s)"
  else
    echo "== $1 ($now s; $busy_text in the step before)"
  fi
}
