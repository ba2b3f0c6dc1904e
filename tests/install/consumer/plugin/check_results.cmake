# The installed rtkconf ran the plugin's rule and it passed:
#   cmake -DRESULTS=report/results.json -P check_results.cmake
file(READ ${RESULTS} doc)
string(JSON verdict GET "${doc}" verdict)
string(JSON count LENGTH "${doc}" rules)
set(status "absent")
math(EXPR last "${count} - 1")
foreach(i RANGE ${last})
  string(JSON id GET "${doc}" rules ${i} id)
  if(id STREQUAL "SHM-CONSUMER-001")
    string(JSON status GET "${doc}" rules ${i} status)
  endif()
endforeach()
if(NOT status STREQUAL "pass" OR NOT verdict STREQUAL "conformant")
  message(FATAL_ERROR "SHM-CONSUMER-001 is ${status} and the verdict ${verdict} in ${RESULTS}; "
                      "expected pass and conformant")
endif()
message(STATUS "SHM-CONSUMER-001 passed under the installed rtkconf (verdict ${verdict})")
