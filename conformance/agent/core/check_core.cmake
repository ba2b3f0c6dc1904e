# The executor core stays kernel-friendly (CTest, label agent):
#   MODE=imports:   the archive ARCHIVE needs nothing from outside itself
#                   but memcpy, memset and memcmp (NM lists its symbols);
#   MODE=recursion: clang-tidy (TIDY) finds no recursion in the core's
#                   sources (CORE_DIR/src/*.c), with the core's and the
#                   API's headers (API_INCLUDE).
if(MODE STREQUAL "imports")
  execute_process(COMMAND ${NM} -u ${ARCHIVE} OUTPUT_VARIABLE undefined RESULT_VARIABLE rc)
  execute_process(COMMAND ${NM} --defined-only ${ARCHIVE} OUTPUT_VARIABLE defined)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${NM} -u ${ARCHIVE} failed")
  endif()
  string(REGEX MATCHALL "[ \t]U [A-Za-z0-9_.$@]+" needed "${undefined}")
  set(foreign "")
  foreach(entry IN LISTS needed)
    string(REGEX REPLACE ".* U " "" symbol "${entry}")
    if(symbol MATCHES "^(memcpy|memset|memcmp)$")
      continue()
    endif()
    if(NOT defined MATCHES "[ \t][A-Za-z] ${symbol}\n")
      list(APPEND foreign ${symbol})
    endif()
  endforeach()
  list(REMOVE_DUPLICATES foreign)
  if(foreign)
    message(FATAL_ERROR "the executor core needs symbols a driver does not have: ${foreign}")
  endif()
  message(STATUS "the core needs nothing beyond memcpy, memset and memcmp")
elseif(MODE STREQUAL "recursion")
  file(GLOB sources ${CORE_DIR}/src/*.c)
  execute_process(COMMAND ${TIDY} --quiet --checks=-*,misc-no-recursion --warnings-as-errors=*
                          ${sources} -- -std=c11 -I${CORE_DIR}/include -I${API_INCLUDE}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "clang-tidy misc-no-recursion:\n${out}${err}")
  endif()
  message(STATUS "no recursion in the executor core")
else()
  message(FATAL_ERROR "MODE must be imports or recursion")
endif()
