# The loopback agent gives the verdicts of a direct run (CTest, label
# agent): runs `rtkconf run --impl IMPL` twice, once with every peer
# loading IMPL and once with every peer's steps executed by an agent host
# (--transport agent-loopback), then `rtkconf diff` the two results.json:
# no rule may change status. Run with -DRTKCONF=... -DIMPL=... -DOUT=dir.
foreach(var IN ITEMS RTKCONF IMPL OUT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "compare_transports.cmake needs -D${var}=...")
  endif()
endforeach()
file(REMOVE_RECURSE ${OUT})
foreach(transport IN ITEMS process agent-loopback)
  execute_process(COMMAND ${RTKCONF} run --impl ${IMPL} --transport ${transport} --jobs 2
                          --report-dir ${OUT}/${transport}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  string(REGEX MATCH "[0-9]+ rules: [^\n]+" summary "${out}")
  message(STATUS "${transport}: exit ${rc}, ${summary}")
  # 0 conformant, 1 not: both are verdicts. 2 is a run that could not judge.
  if(NOT rc MATCHES "^[01]$" OR NOT EXISTS ${OUT}/${transport}/results.json)
    message(FATAL_ERROR "rtkconf run --transport ${transport} gave no verdict (exit ${rc}):\n${out}${err}")
  endif()
  set(exit_${transport} ${rc})
endforeach()
file(READ ${OUT}/agent-loopback/results.json loopback)
string(JSON label GET "${loopback}" implementation label)
if(NOT label MATCHES "agent-loopback")
  message(FATAL_ERROR "the second run did not go through the agent (label '${label}')")
endif()
execute_process(COMMAND ${RTKCONF} diff ${OUT}/process/results.json ${OUT}/agent-loopback/results.json
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "${out}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the agent changed verdicts:\n${out}${err}")
endif()
if(NOT exit_process EQUAL exit_agent-loopback)
  message(FATAL_ERROR "the runs' exits differ: ${exit_process} direct, ${exit_agent-loopback} agent")
endif()
