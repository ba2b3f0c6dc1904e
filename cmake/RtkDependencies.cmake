# Third-party dependencies. On Debian they come from the packages in
# .ci/packages.txt; elsewhere from CMake packages found the usual way
# (CMAKE_PREFIX_PATH, BOOST_ROOT, GTest_DIR, or vcpkg's toolchain: see
# README.md, "Building on Windows with Visual Studio").
find_package(Threads REQUIRED)

if(CMAKE_CROSSCOMPILING)
  # The mingw-w64 cross build on Debian (preset windows-cross) uses the
  # host's header-only libraries. It must not put /usr/include on its
  # include path (glibc's headers would shadow the target's), so it sees
  # each library through a staging directory that links to that library's
  # headers alone.
  function(rtk_stage_headers out_dir)
    set(stage ${PROJECT_BINARY_DIR}/_deps/staged-include)
    foreach(entry IN LISTS ARGN)
      if(NOT EXISTS /usr/include/${entry})
        message(FATAL_ERROR "/usr/include/${entry} not found: install the packages in .ci/packages.txt")
      endif()
      get_filename_component(parent ${stage}/${entry} DIRECTORY)
      file(MAKE_DIRECTORY ${parent})
      if(NOT EXISTS ${stage}/${entry})
        file(CREATE_LINK /usr/include/${entry} ${stage}/${entry} SYMBOLIC)
      endif()
    endforeach()
    set(${out_dir} ${stage} PARENT_SCOPE)
  endfunction()
  rtk_stage_headers(_rtk_stage nlohmann CLI boost)
  add_library(nlohmann_json::nlohmann_json INTERFACE IMPORTED)
  target_include_directories(nlohmann_json::nlohmann_json SYSTEM INTERFACE ${_rtk_stage})
  add_library(CLI11::CLI11 INTERFACE IMPORTED)
  target_include_directories(CLI11::CLI11 SYSTEM INTERFACE ${_rtk_stage})
  add_library(rtk_boost_headers INTERFACE IMPORTED)
  target_include_directories(rtk_boost_headers SYSTEM INTERFACE ${_rtk_stage})
else()
  find_package(nlohmann_json 3.10 REQUIRED)
  find_package(CLI11 CONFIG QUIET)
  if(NOT CLI11_FOUND)
    # Debian's libcli11-dev ships the header; the CMake package is optional.
    find_path(CLI11_INCLUDE_DIR CLI/CLI.hpp REQUIRED)
    add_library(CLI11::CLI11 INTERFACE IMPORTED)
    target_include_directories(CLI11::CLI11 INTERFACE ${CLI11_INCLUDE_DIR})
  endif()
  # Header-only (Process, Asio, Interprocess): Debian's libboost1.81-dev,
  # or BOOST_ROOT, or vcpkg's boost ports.
  find_package(Boost 1.81 REQUIRED)
  add_library(rtk_boost_headers INTERFACE IMPORTED)
  target_link_libraries(rtk_boost_headers INTERFACE Boost::headers)
endif()

# Boost.Process as the project uses it.
add_library(rtk_boost_process INTERFACE)
target_link_libraries(rtk_boost_process INTERFACE rtk_boost_headers Threads::Threads)
target_compile_definitions(rtk_boost_process INTERFACE BOOST_PROCESS_USE_STD_FS
                                                       BOOST_ALL_NO_LIB)
if(WIN32)
  # Lean windows.h: whoever includes it before Boost.Asio must not drag in
  # the old winsock.h.
  target_compile_definitions(rtk_boost_process INTERFACE WIN32_LEAN_AND_MEAN)
  target_link_libraries(rtk_boost_process INTERFACE ws2_32)
endif()

# GoogleTest, shared, so the runner and every plugin share one test
# registry: built here from its sources (Debian's googletest package puts
# them in /usr/src/googletest), or an installed shared build (vcpkg's
# x64-windows triplet) when RTK_GTEST_SOURCE_DIR is empty.
if(BUILD_TESTING OR RTK_NEED_GTEST)
  set(_rtk_gtest_sources "")
  if(CMAKE_HOST_UNIX AND EXISTS /usr/src/googletest/CMakeLists.txt)
    set(_rtk_gtest_sources /usr/src/googletest)
  endif()
  set(RTK_GTEST_SOURCE_DIR "${_rtk_gtest_sources}" CACHE PATH
      "GoogleTest sources to build here (empty: use an installed shared GoogleTest)")
  if(RTK_GTEST_SOURCE_DIR)
    set(_rtk_saved_shared ${BUILD_SHARED_LIBS})
    set(BUILD_SHARED_LIBS ON)
    set(INSTALL_GTEST OFF CACHE BOOL "" FORCE)
    set(gtest_force_shared_crt ON CACHE BOOL "" FORCE)
    add_subdirectory(${RTK_GTEST_SOURCE_DIR} ${PROJECT_BINARY_DIR}/_deps/googletest EXCLUDE_FROM_ALL)
    set(BUILD_SHARED_LIBS ${_rtk_saved_shared})
    if(MSVC)
      # mingw imports DLL data on its own; MSVC needs to be told.
      target_compile_definitions(gtest INTERFACE GTEST_LINKED_AS_SHARED_LIBRARY=1)
    endif()
    get_target_property(_rtk_gtest_version gtest VERSION)
    set(RTK_GTEST_BUILT_HERE ON)
  else()
    find_package(GTest 1.12 CONFIG REQUIRED)
    get_target_property(_rtk_gtest_type GTest::gtest TYPE)
    if(NOT _rtk_gtest_type STREQUAL "SHARED_LIBRARY")
      message(FATAL_ERROR "GoogleTest at ${GTest_DIR} is a ${_rtk_gtest_type}: rtkconf and its "
              "plugins share one test registry, so it must be a shared library (vcpkg: the "
              "x64-windows triplet), or set RTK_GTEST_SOURCE_DIR to its sources")
    endif()
    set(_rtk_gtest_version ${GTest_VERSION})
    set(RTK_GTEST_BUILT_HERE OFF)
  endif()
  # Part of the build a plugin must share with rtkconf (plugin_abi.h).
  set(RTKCONF_GTEST_DESCRIPTION "GoogleTest ${_rtk_gtest_version} (shared)")
  include(GoogleTest)
  # Tests are listed when CTest runs, not when they are built: a cross
  # build must not need wine (nor a quiet machine) to finish.
  set(CMAKE_GTEST_DISCOVER_TESTS_DISCOVERY_MODE PRE_TEST)
endif()
