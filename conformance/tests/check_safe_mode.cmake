# `rtkconf run --safe` skips exactly the hazard-marked tests.
#
# MODE=reference: a safe run of IMPL (the reference) is conformant, records
#   "safe": true, and its skipped tests are exactly the tests of PLUGINS_DIR
#   whose first line is RTKCONF_HAZARD(...), each skipped with its reason.
# MODE=mutant: IMPL crashes on a hazardous probe of RULES: a normal run of
#   those rules is not conformant, a safe one is.
#
#   cmake -DMODE=reference -DRTKCONF=... -DIMPL=... -DPLUGINS_DIR=... -DWORK_DIR=... -P this
cmake_policy(VERSION 3.20)

include(${CMAKE_CURRENT_LIST_DIR}/rtkconf_exec.cmake)
function(run_rtkconf out_rc report_dir)
  file(REMOVE_RECURSE ${report_dir})
  rtkconf_exec(rc run --impl ${IMPL} --jobs 2 --report-dir ${report_dir} ${ARGN})
  set(${out_rc} ${rc} PARENT_SCOPE)
  set(last_output "${last_output}" PARENT_SCOPE)
endfunction()

if(MODE STREQUAL "mutant")
  run_rtkconf(normal_rc ${WORK_DIR}/normal --rules ${RULES})
  if(NOT normal_rc EQUAL 1)
    message(FATAL_ERROR "the normal run of ${RULES} should catch the crash (exit 1), "
                        "got ${normal_rc}:\n${last_output}")
  endif()
  run_rtkconf(safe_rc ${WORK_DIR}/safe --rules ${RULES} --safe)
  if(NOT safe_rc EQUAL 0)
    message(FATAL_ERROR "the safe run of ${RULES} should never make the crashing probe "
                        "(exit 0), got ${safe_rc}:\n${last_output}")
  endif()
  return()
endif()

# The marked tests, from the sources: "SUITE.Name" of every TEST whose
# body starts with RTKCONF_HAZARD. A mark anywhere else is refused, since
# the runner could not skip it exactly.
file(GLOB_RECURSE sources ${PLUGINS_DIR}/*_tests.cpp)
set(expected "")
set(marks 0)
foreach(source IN LISTS sources)
  file(READ ${source} text)
  string(REGEX MATCHALL "RTKCONF_HAZARD\\(" all_marks "${text}")
  list(LENGTH all_marks n)
  math(EXPR marks "${marks} + ${n}")
  string(REGEX MATCHALL "TEST\\([A-Z0-9_]+, [A-Za-z0-9_]+\\) {[ \n]+RTKCONF_HAZARD\\(" heads
         "${text}")
  foreach(head IN LISTS heads)
    string(REGEX REPLACE "TEST\\(([A-Z0-9_]+), ([A-Za-z0-9_]+)\\).*" "\\1.\\2" name "${head}")
    list(APPEND expected ${name})
  endforeach()
endforeach()
list(LENGTH expected marked)
if(marked EQUAL 0)
  message(FATAL_ERROR "no hazard-marked test in ${PLUGINS_DIR}: nothing to check")
endif()
if(NOT marked EQUAL marks)
  message(FATAL_ERROR "${marks} RTKCONF_HAZARD marks, but only ${marked} open a test body")
endif()

run_rtkconf(safe_rc ${WORK_DIR}/safe --safe)
if(NOT safe_rc EQUAL 0)
  message(FATAL_ERROR "the safe run of the reference is not conformant (${safe_rc}):\n${last_output}")
endif()
file(READ ${WORK_DIR}/safe/results.json results)
string(JSON safe GET "${results}" safe)
if(NOT safe)
  message(FATAL_ERROR "results.json of a --safe run says \"safe\": ${safe}")
endif()

# The skipped tests, from the rules' evidence ("SUITE.Name: skipped: why"):
# a regular expression over the text, since a string(JSON GET) parses the
# whole document each time and one per test took 40 s over the call logs.
# A test's every message is in its rule's evidence, so every skipped test
# has such a line.
set(skipped "")
string(REPLACE ";" "," text "${results}")  # a ';' in a reason would split the list
string(REGEX MATCHALL "\"[A-Z0-9_]+\\.[A-Za-z0-9_]+: skipped: [^\"]*\"" skip_lines "${text}")
foreach(line IN LISTS skip_lines)
  string(REGEX REPLACE "^\"([^:]+): skipped: (.*)\"$" "\\1" name "${line}")
  string(REGEX REPLACE "^\"([^:]+): skipped: (.*)\"$" "\\2" why "${line}")
  if(NOT why MATCHES "^hazard skipped by --safe: .+")
    message(FATAL_ERROR "${name} was skipped without a hazard reason: ${why}")
  endif()
  list(APPEND skipped ${name})
endforeach()

list(SORT expected)
list(SORT skipped)
if(NOT expected STREQUAL skipped)
  message(FATAL_ERROR "a safe run must skip exactly the marked tests\n"
                      "  marked:  ${expected}\n  skipped: ${skipped}")
endif()
message(STATUS "safe run: conformant, ${marked} marked tests skipped with their reason")
