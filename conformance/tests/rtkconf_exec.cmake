# For the script-mode checks: rtkconf_exec(<rc> ARGS...) runs ${RTKCONF}
# with ARGS, sets <rc> to its exit code and `last_output` to what it
# printed, and stops the check when rtkconf did not finish with one of its
# own exit codes (0, 1, 2): a crash or a signal is never a verdict.
function(rtkconf_exec out_rc)
  execute_process(COMMAND ${RTKCONF} ${ARGN}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  message(STATUS "rtkconf ${ARGN}: exit ${rc}")
  if(NOT rc MATCHES "^[012]$")
    message(FATAL_ERROR "rtkconf ${ARGN} did not finish (${rc}):\n${out}\n${err}")
  endif()
  set(${out_rc} ${rc} PARENT_SCOPE)
  set(last_output "${out}\n${err}" PARENT_SCOPE)
endfunction()
