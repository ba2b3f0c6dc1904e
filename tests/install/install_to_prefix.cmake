# Installs the build into a fresh prefix and checks that every promised
# piece is there, that nothing of the project's own tests is, and that
# pkg-config reads the installed rtkref.pc:
#   cmake -DBUILD_DIR=build -DPREFIX=/tmp/p -DLIBDIR=lib -P install_to_prefix.cmake
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX}
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install ${BUILD_DIR} --prefix ${PREFIX} failed (${rc}): ${err}")
endif()

set(expected
    bin/rtkconf bin/rtkconf-peer bin/rtkref-broker
    ${LIBDIR}/librtkref.so
    ${LIBDIR}/librtkconf_plugin_support.a ${LIBDIR}/librtkconf_peer_protocol.a
    ${LIBDIR}/librtkconf_peer_client.a ${LIBDIR}/librtkconf_peer_checks.a
    ${LIBDIR}/librtkconf_platform.a
    ${LIBDIR}/rtkconf/libgtest.so
    ${LIBDIR}/cmake/RtkRef/RtkRefConfig.cmake ${LIBDIR}/cmake/RtkRef/RtkRefConfigVersion.cmake
    ${LIBDIR}/cmake/RtkRef/RtkRefTargets.cmake
    ${LIBDIR}/cmake/RtkConf/RtkConfConfig.cmake ${LIBDIR}/cmake/RtkConf/RtkConfConfigVersion.cmake
    ${LIBDIR}/cmake/RtkConf/RtkConfTargets.cmake ${LIBDIR}/cmake/RtkConf/RtkConfPlugin.cmake
    ${LIBDIR}/cmake/RtkConf/rtkconf_plugin.map
    ${LIBDIR}/pkgconfig/rtkref.pc
    include/rtk/RtkApi.h include/rtk/RtkStatus.h
    include/rtkconf/plugin_abi.h include/rtkconf/plugin_build.h include/rtkconf/peer.h
    include/rtkconf/steps.h include/rtkconf/status_checks.h
    include/rtkconf/platform/run_to_end.h
    include/rtkconf/plugin/support.h include/rtkconf/googletest/gtest/gtest.h
    share/rtkconf/report/report.html.in share/rtkconf/report/report.css
    share/rtkconf/report/report.js share/rtkconf/names/every_plane.json)
# Every plugin the build made.
file(GLOB built_plugins RELATIVE ${BUILD_DIR}/lib/rtkconf-plugins ${BUILD_DIR}/lib/rtkconf-plugins/*.so)
if(NOT built_plugins)
  message(FATAL_ERROR "no plugin in ${BUILD_DIR}/lib/rtkconf-plugins: is the build done?")
endif()
foreach(plugin IN LISTS built_plugins)
  list(APPEND expected ${LIBDIR}/rtkconf-plugins/${plugin})
endforeach()
set(missing "")
foreach(file IN LISTS expected)
  if(NOT EXISTS ${PREFIX}/${file})
    string(APPEND missing "\n  ${file}")
  endif()
endforeach()
if(missing)
  message(FATAL_ERROR "not installed in ${PREFIX}:${missing}")
endif()

# The project's own test pieces stay in the build tree.
file(GLOB_RECURSE installed RELATIVE ${PREFIX} ${PREFIX}/*)
list(FILTER installed INCLUDE REGEX "rtkconf-test-plugins|/mutants/|/ports/|runner_core|_tests$")
if(installed)
  message(FATAL_ERROR "test-only files installed: ${installed}")
endif()

find_program(PKG_CONFIG pkg-config)
if(PKG_CONFIG)
  execute_process(COMMAND ${CMAKE_COMMAND} -E env PKG_CONFIG_PATH=${PREFIX}/${LIBDIR}/pkgconfig
                          ${PKG_CONFIG} --cflags --libs rtkref
                  RESULT_VARIABLE rc OUTPUT_VARIABLE flags ERROR_VARIABLE err)
  if(NOT rc EQUAL 0 OR NOT flags MATCHES "-I${PREFIX}/.*include.*-L${PREFIX}/.* -lrtkref")
    message(FATAL_ERROR "pkg-config --cflags --libs rtkref: ${flags}${err}")
  endif()
endif()
list(LENGTH expected count)
message(STATUS "${count} promised files installed in ${PREFIX}")
