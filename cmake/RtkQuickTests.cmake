# In a quick Linux build (RTK_QUICK_BUILD, CI's), the test programs
# (executables that link GoogleTest themselves) compile at -O0 instead of
# -O1: their run is a few seconds of assertions beside the processes they
# start (rtkconf, the peers, the broker and the plugins, which stay at
# -O1), and their compile was a quarter of the build (16 programs: 50 ->
# 40 s on 2 cores, BENCHMARKS.md). -O0 gives up the warnings GCC only
# finds while optimizing (-Wmaybe-uninitialized and the like) in test
# code. Not with mingw-w64, whose ld links -O0 objects slowly (the
# programs' links took 43 core-seconds instead of 17, more than the
# compile saved).
function(rtk_quick_tests)
  if(NOT RTK_QUICK_BUILD OR MSVC OR WIN32)
    return()
  endif()
  rtk_layering_collect(${PROJECT_SOURCE_DIR} targets)
  foreach(target IN LISTS targets)
    get_target_property(type ${target} TYPE)
    if(NOT type STREQUAL "EXECUTABLE")
      continue()
    endif()
    get_target_property(links ${target} LINK_LIBRARIES)
    foreach(item IN LISTS links)
      rtk_layering_target_of("${item}" linked)
      if(linked MATCHES "^(gtest|gtest_main|gmock|gmock_main)$")
        # After the directory's -O1, so it is the one GCC takes.
        target_compile_options(${target} PRIVATE -O0)
        break()
      endif()
    endforeach()
  endforeach()
endfunction()
cmake_language(DEFER DIRECTORY ${PROJECT_SOURCE_DIR} CALL rtk_quick_tests)
