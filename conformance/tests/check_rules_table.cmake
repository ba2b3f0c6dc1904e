# Fails when the rule table in CONFORMANCE.md (between the rules markers)
# differs from what `rtkconf list-rules --format md` prints now. With
# -DUPDATE=ON it writes the new table into CONFORMANCE.md instead. Its
# "broken by" column comes from the mutants' expectations (-DFIXTURES,
# by default fixtures/mutants/expectations.json of this checkout).
if(NOT FIXTURES)
  get_filename_component(FIXTURES ${CMAKE_CURRENT_LIST_DIR}/../../fixtures/mutants/expectations.json
                         ABSOLUTE)
endif()
execute_process(COMMAND ${RTKCONF} list-rules --format md --fixtures ${FIXTURES}
                OUTPUT_VARIABLE generated RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "rtkconf list-rules failed (${rc}): ${err}")
endif()
file(READ ${CONFORMANCE_MD} document)
string(FIND "${document}" "<!-- rules:begin -->\n" begin)
string(FIND "${document}" "<!-- rules:end -->" end)
if(begin EQUAL -1 OR end EQUAL -1)
  message(FATAL_ERROR "CONFORMANCE.md lacks the <!-- rules:begin --> / <!-- rules:end --> markers")
endif()
math(EXPR begin "${begin} + 21")
math(EXPR length "${end} - ${begin}")
string(SUBSTRING "${document}" ${begin} ${length} committed)
if(UPDATE)
  string(SUBSTRING "${document}" 0 ${begin} head)
  string(SUBSTRING "${document}" ${end} -1 tail)
  file(WRITE ${CONFORMANCE_MD} "${head}${generated}${tail}")
  message(STATUS "CONFORMANCE.md: rule table regenerated")
elseif(NOT committed STREQUAL generated)
  message(FATAL_ERROR "The rule table in CONFORMANCE.md is out of date. Regenerate it with\n"
                      "  cmake -DRTKCONF=build/bin/rtkconf -DCONFORMANCE_MD=CONFORMANCE.md -DUPDATE=ON \\\n"
                      "        -P conformance/tests/check_rules_table.cmake")
endif()
