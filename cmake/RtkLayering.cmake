# The layering the project promises (each folder's README says what it may
# depend on), checked by CTest:
#   - conformance/ and plugins/ never link the reference (reference/);
#   - the reference never links nor includes conformance/ or plugins/
#     (its tests, reference/tests and reference/win32/tests, may drive peers
#     through conformance's peer client);
#   - conformance/ and plugins/ never include the reference's headers.
# At the end of configuring, every target's folder and direct links are
# written to <build>/layering/targets.txt; CheckLayering.cmake walks them.
function(rtk_layering_collect dir out_var)
  get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
  get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
  foreach(sub IN LISTS subdirs)
    rtk_layering_collect(${sub} sub_targets)
    list(APPEND targets ${sub_targets})
  endforeach()
  set(${out_var} ${targets} PARENT_SCOPE)
endfunction()

# A link item as a target name: aliases resolved, $<LINK_ONLY:x> and
# $<BUILD_INTERFACE:x> unwrapped; empty for anything that is not one of our
# targets (system libraries, other generator expressions).
function(rtk_layering_target_of item out_var)
  foreach(pass RANGE 1)
    string(REGEX REPLACE "^\\$<(LINK_ONLY|BUILD_INTERFACE):(.*)>$" "\\2" item "${item}")
  endforeach()
  set(name "")
  if(TARGET "${item}")
    get_target_property(aliased "${item}" ALIASED_TARGET)
    if(aliased)
      set(name ${aliased})
    else()
      set(name ${item})
    endif()
  endif()
  set(${out_var} ${name} PARENT_SCOPE)
endfunction()

function(rtk_layering_write)
  rtk_layering_collect(${PROJECT_SOURCE_DIR} targets)
  set(lines "")
  foreach(target IN LISTS targets)
    get_target_property(type ${target} TYPE)
    get_target_property(dir ${target} SOURCE_DIR)
    file(RELATIVE_PATH rel ${PROJECT_SOURCE_DIR} ${dir})
    set(links "")
    foreach(property IN ITEMS LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
      if(type STREQUAL "INTERFACE_LIBRARY" AND property STREQUAL "LINK_LIBRARIES")
        continue()
      endif()
      get_target_property(items ${target} ${property})
      foreach(item IN LISTS items)
        rtk_layering_target_of("${item}" name)
        if(name)
          list(APPEND links ${name})
        endif()
      endforeach()
    endforeach()
    list(REMOVE_DUPLICATES links)
    string(REPLACE ";" "," links "${links}")
    string(APPEND lines "${target}|${rel}|${links}\n")
  endforeach()
  file(WRITE ${PROJECT_BINARY_DIR}/layering/targets.txt "${lines}")
endfunction()
cmake_language(DEFER DIRECTORY ${PROJECT_SOURCE_DIR} CALL rtk_layering_write)

if(BUILD_TESTING)
  set(_rtk_check ${CMAKE_CURRENT_LIST_DIR}/CheckLayering.cmake)
  set(_rtk_cases ${CMAKE_CURRENT_LIST_DIR}/layering-cases)
  add_test(NAME layering.conformance_and_reference_stay_apart
           COMMAND ${CMAKE_COMMAND} -DTARGETS=${PROJECT_BINARY_DIR}/layering/targets.txt
                   -DSOURCE_ROOT=${PROJECT_SOURCE_DIR} -P ${_rtk_check})
  # The check itself can fail: a plugin that links the reference, and a
  # reference source that includes a harness header, are each refused.
  add_test(NAME layering.check_refuses_a_plugin_linking_the_reference
           COMMAND ${CMAKE_COMMAND} -DTARGETS=${_rtk_cases}/plugin_links_reference.txt
                   -P ${_rtk_check})
  set_tests_properties(layering.check_refuses_a_plugin_linking_the_reference PROPERTIES
      PASS_REGULAR_EXPRESSION "rtkconf-plugin-bad \\(plugins/bad\\) links the reference: rtkref")
  add_test(NAME layering.check_refuses_the_reference_including_the_harness
           COMMAND ${CMAKE_COMMAND} -DSOURCE_ROOT=${_rtk_cases}/tree -P ${_rtk_check})
  set_tests_properties(layering.check_refuses_the_reference_including_the_harness PROPERTIES
      PASS_REGULAR_EXPRESSION "reference/core/src/bad.cpp includes rtkconf/step.h")
  set_tests_properties(layering.conformance_and_reference_stay_apart
      layering.check_refuses_a_plugin_linking_the_reference
      layering.check_refuses_the_reference_including_the_harness PROPERTIES LABELS unit)
endif()
