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

# rtkconf_exit_of(<rc> <results.json> <library>): the exit `rtkconf run`
# gave for the run that wrote <results.json> by its verdict (0 conformant,
# 1 not conformant, 2 incomplete), for a check that compares with a run
# another test made; a document older than <library> is from an earlier
# build and refused. Read off the document's top-level "verdict" line:
# string(JSON) would parse all of its megabytes.
function(rtkconf_exit_of out_rc results library)
  if(NOT EXISTS ${results})
    message(FATAL_ERROR "${results} is missing: the run that writes it did not finish")
  endif()
  if(${library} IS_NEWER_THAN ${results})
    message(FATAL_ERROR "${results} is older than ${library}: run the test that writes it again")
  endif()
  file(STRINGS ${results} verdict REGEX "^  \"verdict\": \"[a-z-]+\"")
  if(verdict MATCHES "\"conformant\"")
    set(${out_rc} 0 PARENT_SCOPE)
  elseif(verdict MATCHES "\"not-conformant\"")
    set(${out_rc} 1 PARENT_SCOPE)
  elseif(verdict MATCHES "\"incomplete\"")
    set(${out_rc} 2 PARENT_SCOPE)
  else()
    message(FATAL_ERROR "${results} has no verdict")
  endif()
endfunction()
