# Builds the .deb with cpack and checks what it holds (dpkg-deb -c) and
# that it names its run-time dependencies:
#   cmake -DBUILD_DIR=build -DOUT_DIR=build/deb -DCPACK=cpack -P cpack_deb.cmake
file(REMOVE_RECURSE ${OUT_DIR})
execute_process(COMMAND ${CPACK} -G DEB --config ${BUILD_DIR}/CPackConfig.cmake -B ${OUT_DIR}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
file(GLOB debs ${OUT_DIR}/*.deb)
list(LENGTH debs count)
if(NOT rc EQUAL 0 OR NOT count EQUAL 1)
  message(FATAL_ERROR "cpack -G DEB failed (${rc}, ${count} packages):\n${out}${err}")
endif()

execute_process(COMMAND dpkg-deb -c ${debs} RESULT_VARIABLE rc OUTPUT_VARIABLE listing)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "dpkg-deb -c ${debs} failed")
endif()
set(expected
    usr/bin/rtkconf usr/bin/rtkconf-peer usr/bin/rtkref-broker
    usr/lib/librtkref.so usr/lib/rtkconf/libgtest.so
    usr/lib/rtkconf-plugins/librtkconf-plugin-size.so
    usr/lib/rtkconf-plugins/librtkconf-plugin-names.so
    usr/lib/cmake/RtkRef/RtkRefConfig.cmake usr/lib/cmake/RtkConf/RtkConfConfig.cmake
    usr/lib/pkgconfig/rtkref.pc
    usr/include/rtk/RtkApi.h usr/include/rtkconf/plugin_abi.h
    usr/share/rtkconf/report/report.css)
set(missing "")
foreach(path IN LISTS expected)
  string(FIND "${listing}" " ./${path}" at)
  if(at EQUAL -1)
    string(APPEND missing "\n  /${path}")
  endif()
endforeach()
if(missing)
  message(FATAL_ERROR "${debs} lacks:${missing}\n${listing}")
endif()
# GoogleTest's headers at /usr/include/gtest would collide with libgtest-dev.
if(listing MATCHES " ./usr/include/gtest/|rtkconf-test-plugins|/mutants/")
  message(FATAL_ERROR "${debs} holds files it must not:\n${listing}")
endif()

execute_process(COMMAND dpkg-deb -f ${debs} Package Version Depends OUTPUT_VARIABLE fields)
if(NOT fields MATCHES "Package: rtk-conformance" OR NOT fields MATCHES "Depends:[^\n]*libc6")
  message(FATAL_ERROR "${debs} control fields:\n${fields}")
endif()
get_filename_component(name ${debs} NAME)
message(STATUS "${name}: every promised file, depends on the C library\n${fields}")
