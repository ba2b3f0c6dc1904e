# The loopback agent gives the verdicts of a direct run (CTest, label
# agent): runs the suite with the steps executed by an agent host
# (--transport agent-loopback) and, unless -DDIRECT names one, once with
# every peer loading IMPL, then `rtkconf diff`s the two results.json: no
# rule may change status.
# With -DMIXED=ON the runs are mixed targets instead: the driver through
# rtk (directly, then through the agent) and the application through
# rtapi; the cross-flavour rules (SHM-XFLAV-*) must then have run and
# passed, not be n/a. Run with -DRTKCONF=... -DIMPL=... -DOUT=dir.
# -DDIRECT=results.json: the direct run is one another test made with the
# same options (CTest runs it first, a fixture), not run again.
# -DRULES=globs: both runs take only those rules (rtkconf run --rules).
# -DEXPECT_CRASH=rule: that rule must read crash through the agent.
cmake_policy(VERSION 3.20)  # if() does not dereference quoted strings
include(${CMAKE_CURRENT_LIST_DIR}/../../tests/rtkconf_exec.cmake)
foreach(var IN ITEMS RTKCONF IMPL OUT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "compare_transports.cmake needs -D${var}=...")
  endif()
endforeach()
file(REMOVE_RECURSE ${OUT})
set(transports process agent-loopback)
if(DEFINED DIRECT)
  rtkconf_exit_of(exit_process ${DIRECT} ${IMPL})
  list(REMOVE_ITEM transports process)
else()
  set(DIRECT ${OUT}/process/results.json)
endif()
foreach(transport IN LISTS transports)
  if(MIXED)
    set(target ${OUT}/${transport}.target.json)
    file(WRITE ${target} "{\"label\": \"mixed, driver through ${transport}\", \"roles\": {
  \"driver\": {\"library\": \"${IMPL}\", \"flavour\": \"rtk\", \"transport\": \"${transport}\"},
  \"application\": {\"library\": \"${IMPL}\", \"flavour\": \"rtapi\"}}}\n")
    set(what --target ${target})
  else()
    set(what --impl ${IMPL} --transport ${transport})
  endif()
  if(DEFINED RULES)
    list(APPEND what --rules ${RULES})
  endif()
  execute_process(COMMAND ${RTKCONF} run ${what} --jobs 2 --report-dir ${OUT}/${transport}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  string(REGEX MATCH "[0-9]+ rules: [^\n]+" summary "${out}")
  message(STATUS "${transport}: exit ${rc}, ${summary}")
  # 0 conformant, 1 not: both are verdicts. 2 is a run that could not judge.
  if(NOT rc MATCHES "^[01]$" OR NOT EXISTS ${OUT}/${transport}/results.json)
    message(FATAL_ERROR "rtkconf run ${what} gave no verdict (exit ${rc}):\n${out}${err}")
  endif()
  set(exit_${transport} ${rc})
endforeach()
file(READ ${OUT}/agent-loopback/results.json loopback)
# The first role is the one that goes through the agent, in either mode.
string(JSON transport GET "${loopback}" implementation roles 0 transport)
if(NOT transport STREQUAL "agent-loopback")
  message(FATAL_ERROR "the second run did not go through the agent (transport '${transport}')")
endif()
if(MIXED OR DEFINED EXPECT_CRASH)
  # Each rule's id and status, read off the pretty-printed text (a rule's
  # keys are the only "id" keys indented six spaces; its status follows its
  # id): a string(JSON GET) per rule parsed the whole document, call logs
  # and all, each time, and took 20 s.
  string(REGEX MATCHALL "\n      \"(id|status)\": \"[^\"]*\"" keys "${loopback}")
  set(id "")
  set(cross 0)
  set(expected_status "not run")
  foreach(key IN LISTS keys)
    string(REGEX REPLACE ".*\"(id|status)\": \"([^\"]*)\"" "\\1" what "${key}")
    string(REGEX REPLACE ".*\"(id|status)\": \"([^\"]*)\"" "\\2" value "${key}")
    if(what STREQUAL "id")
      set(id ${value})
      continue()
    endif()
    if(MIXED AND id MATCHES "^SHM-XFLAV-")
      if(NOT value STREQUAL "pass")
        message(FATAL_ERROR "${id} is ${value} with the driver through the agent (want pass)")
      endif()
      math(EXPR cross "${cross} + 1")
    endif()
    if(DEFINED EXPECT_CRASH AND id STREQUAL EXPECT_CRASH)
      set(expected_status ${value})
    endif()
    set(id "")
  endforeach()
  if(MIXED AND cross EQUAL 0)
    message(FATAL_ERROR "no cross-flavour rule ran")
  endif()
  # Agreeing runs are not enough for a fixture that crashes: both could
  # have stopped crashing, or crash in a rule the run left out.
  if(DEFINED EXPECT_CRASH AND NOT expected_status STREQUAL "crash")
    message(FATAL_ERROR "${EXPECT_CRASH} is ${expected_status} through the agent (want crash)")
  endif()
endif()
execute_process(COMMAND ${RTKCONF} diff ${DIRECT} ${OUT}/agent-loopback/results.json
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "${out}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the agent changed verdicts:\n${out}${err}")
endif()
if(NOT exit_process EQUAL exit_agent-loopback)
  message(FATAL_ERROR "the runs' exits differ: ${exit_process} direct, ${exit_agent-loopback} agent")
endif()
