# What `cmake --install` puts where. Two CMake packages and a pkg-config
# file, all relocatable (every path is relative to where they end up):
#
#   RtkRef   the reference: RtkRef::rtkref (the library, with its header),
#            RtkRef::api (the header alone, for whoever loads an
#            implementation by path), RtkRef::broker; pkg-config: rtkref.
#   RtkConf  the harness: RtkConf::rtkconf, RtkConf::peer, and what a plugin
#            built outside the tree links (RtkConf::plugin_support, with the
#            GoogleTest rtkconf runs its tests with, RtkConf::gtest), plus
#            rtkconf_add_plugin_library(); the plugins and the report assets.
#
#   <prefix>/bin                rtkconf, rtkconf-peer, rtkref-broker
#   <prefix>/<libdir>           librtkref.so, the static libraries plugins link
#   <prefix>/<libdir>/rtkconf   the shared GoogleTest of rtkconf and its plugins
#   <prefix>/<libdir>/rtkconf-plugins   the rule plugins
#   <prefix>/<libdir>/cmake/{RtkRef,RtkConf}, <prefix>/<libdir>/pkgconfig
#   <prefix>/include/rtk, <prefix>/include/rtkconf
#   <prefix>/share/rtkconf/report   the report's template and assets
#   <prefix>/share/rtkconf/names    the names plugin's corpora
#
# rtkconf finds its peer beside itself and its plugins in
# <libdir>/rtkconf-plugins relative to itself; librtkref finds the broker in
# bin/ relative to itself: an installed tree works wherever it is moved.
include(CMakePackageConfigHelpers)

set(RTK_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake)
# Windows looks for DLLs beside the executable: runtime files go to bin/.
if(WIN32)
  set(_rtk_private_libdir ${CMAKE_INSTALL_BINDIR})
  set(_rtk_plugin_destination ${CMAKE_INSTALL_BINDIR}/rtkconf-plugins)
else()
  set(_rtk_private_libdir ${CMAKE_INSTALL_LIBDIR}/rtkconf)
  set(_rtk_plugin_destination ${CMAKE_INSTALL_LIBDIR}/rtkconf-plugins)
endif()

# $ORIGIN-relative run paths from <from> (an install folder) to <to>.
function(rtk_install_rpath target from to)
  if(APPLE OR WIN32)
    return()
  endif()
  file(RELATIVE_PATH rel ${CMAKE_INSTALL_PREFIX}/${from} ${CMAKE_INSTALL_PREFIX}/${to})
  set_target_properties(${target} PROPERTIES INSTALL_RPATH "$ORIGIN/${rel}")
endfunction()

# rtk_install_package(<name> <compatibility> [<file>...]): the exported
# targets <name>Targets as <name>::, <name>Config.cmake from
# cmake/<name>Config.cmake.in, its version file, and the files given, in
# <libdir>/cmake/<name>.
function(rtk_install_package name compatibility)
  set(destination ${RTK_CMAKE_DIR}/${name})
  install(EXPORT ${name}Targets NAMESPACE ${name}:: DESTINATION ${destination})
  configure_package_config_file(${CMAKE_CURRENT_FUNCTION_LIST_DIR}/${name}Config.cmake.in
      ${PROJECT_BINARY_DIR}/packages/${name}Config.cmake INSTALL_DESTINATION ${destination})
  write_basic_package_version_file(${PROJECT_BINARY_DIR}/packages/${name}ConfigVersion.cmake
      COMPATIBILITY ${compatibility})
  install(FILES ${PROJECT_BINARY_DIR}/packages/${name}Config.cmake
                ${PROJECT_BINARY_DIR}/packages/${name}ConfigVersion.cmake ${ARGN}
          DESTINATION ${destination})
endfunction()

# ---- RtkRef --------------------------------------------------------------
# Whoever links the library gets its header.
target_link_libraries(rtkref INTERFACE rtk_api)
set(_rtkref_targets rtk_api rtkref)
if(TARGET rtkref-broker)
  set_target_properties(rtkref-broker PROPERTIES EXPORT_NAME broker)
  list(APPEND _rtkref_targets rtkref-broker)
endif()
install(TARGETS ${_rtkref_targets} EXPORT RtkRefTargets
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/rtk DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
        FILES_MATCHING PATTERN "*.h")
# 0.x: a new minor version may change the package.
rtk_install_package(RtkRef SameMinorVersion)

# pkg-config finds the prefix from where the file is (${pcfiledir}).
file(RELATIVE_PATH RTKREF_PC_PREFIX ${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_LIBDIR}/pkgconfig
     ${CMAKE_INSTALL_PREFIX})
string(REGEX REPLACE "/$" "" RTKREF_PC_PREFIX "${RTKREF_PC_PREFIX}")
configure_file(${CMAKE_CURRENT_LIST_DIR}/rtkref.pc.in ${PROJECT_BINARY_DIR}/packages/rtkref.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/packages/rtkref.pc
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

# ---- RtkConf -------------------------------------------------------------
# Only with the harness, and with a GoogleTest built here: the package
# carries that very GoogleTest, since plugins must share it (plugin_abi.h).
if(NOT TARGET rtkconf OR NOT RTK_GTEST_BUILT_HERE)
  message(STATUS "RtkConf package not installed: no rtkconf, or GoogleTest was not built here")
  return()
endif()

set_target_properties(rtkconf-peer PROPERTIES EXPORT_NAME peer)
rtk_install_rpath(rtkconf ${CMAKE_INSTALL_BINDIR} ${_rtk_private_libdir})
install(TARGETS rtkconf rtkconf-peer rtkconf_plugin_api rtkconf_plugin_support
                rtkconf_peer_protocol rtkconf_peer_client rtkconf_peer_checks rtkconf_platform
        EXPORT RtkConfTargets
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})

# GoogleTest's headers under include/rtkconf/googletest, so they never
# collide with a system GoogleTest's (libgtest-dev owns include/gtest).
get_target_property(_rtk_gtest_includes gtest INTERFACE_INCLUDE_DIRECTORIES)
string(REGEX REPLACE "\\$<INSTALL_INTERFACE:[^;]*>" "" _rtk_gtest_includes "${_rtk_gtest_includes}")
list(APPEND _rtk_gtest_includes "$<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}/rtkconf/googletest>")
set_target_properties(gtest PROPERTIES
    EXPORT_NAME gtest
    INTERFACE_INCLUDE_DIRECTORIES "${_rtk_gtest_includes}"
    INTERFACE_SYSTEM_INCLUDE_DIRECTORIES "${_rtk_gtest_includes}")
install(TARGETS gtest EXPORT RtkConfTargets
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
        LIBRARY DESTINATION ${_rtk_private_libdir}
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}/rtkconf)
install(DIRECTORY ${RTK_GTEST_SOURCE_DIR}/googletest/include/gtest
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/rtkconf/googletest)

# The headers of the plugin ABI, the support library, the peer's protocol,
# client and checks, and the platform layer (each keeps them in its include/).
foreach(component IN ITEMS rtkconf_plugin_api rtkconf_plugin_support rtkconf_peer_protocol
                           rtkconf_peer_client rtkconf_peer_checks rtkconf_platform)
  get_target_property(_rtk_dir ${component} SOURCE_DIR)
  install(DIRECTORY ${_rtk_dir}/include/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
          FILES_MATCHING PATTERN "*.h")
endforeach()
get_target_property(_rtk_dir rtkconf_plugin_api BINARY_DIR)
install(FILES ${_rtk_dir}/include/rtkconf/plugin_build.h
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/rtkconf)

get_property(_rtk_plugins GLOBAL PROPERTY RTKCONF_PLUGIN_TARGETS)
foreach(plugin IN LISTS _rtk_plugins)
  rtk_install_rpath(${plugin} ${_rtk_plugin_destination} ${_rtk_private_libdir})
endforeach()
install(TARGETS ${_rtk_plugins}
        LIBRARY DESTINATION ${_rtk_plugin_destination}
        RUNTIME DESTINATION ${_rtk_plugin_destination})

# A plugin must be built against this very rtkconf: the exact version.
get_target_property(_rtk_dir rtkconf_plugin_api SOURCE_DIR)
rtk_install_package(RtkConf ExactVersion
    ${CMAKE_CURRENT_LIST_DIR}/RtkConfPlugin.cmake ${_rtk_dir}/rtkconf_plugin.map)
