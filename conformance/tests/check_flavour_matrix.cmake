# Merges the reference's results in every flavour into one matrix page and
# fails unless it has one column per flavour, each conformant.
#   cmake -DRTKCONF=rtkconf -DREPORTS=a.json,b.json,... -DOUT=matrix.html -P check_flavour_matrix.cmake
string(REPLACE "," ";" reports "${REPORTS}")
foreach(report IN LISTS reports)
  if(NOT EXISTS ${report})
    message(FATAL_ERROR "${report} is missing: run the flavour runs first (ctest -L flavours)")
  endif()
endforeach()
execute_process(COMMAND ${RTKCONF} report --merge ${reports} -o ${OUT}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "rtkconf report --merge failed (${rc}): ${out}${err}")
endif()
file(READ ${OUT} page)
foreach(column IN ITEMS "librtkref.so (rtk)" "librtkref.so (rtapi)"
                        "librtkref_legacy.so (rtk-legacy)" "driver (rtk) + application (rtapi)")
  string(FIND "${page}" "${column}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the matrix ${OUT} has no column \"${column}\"")
  endif()
endforeach()
string(REGEX MATCHALL "CONFORMANT" conformant "${page}")
list(LENGTH conformant count)
string(FIND "${page}" "NOT CONFORMANT" not_conformant)
if(count LESS 4 OR NOT not_conformant EQUAL -1)
  message(FATAL_ERROR "the matrix ${OUT} does not show four conformant columns")
endif()
message(STATUS "matrix with one column per flavour, all conformant: ${OUT}")
