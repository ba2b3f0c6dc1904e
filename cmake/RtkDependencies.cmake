# Third-party dependencies, all from Debian packages (see README.md).
find_package(Threads REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(CLI11 CONFIG QUIET)
if(NOT CLI11_FOUND)
  # Debian's libcli11-dev ships the header; the CMake package is optional.
  find_path(CLI11_INCLUDE_DIR CLI/CLI.hpp REQUIRED)
  add_library(CLI11::CLI11 INTERFACE IMPORTED)
  target_include_directories(CLI11::CLI11 INTERFACE ${CLI11_INCLUDE_DIR})
endif()

# Boost.Process is header-only; Debian's Boost 1.81 headers are used on
# Linux and, for the cross build, on Windows too.
set(RTK_BOOST_INCLUDE_DIR "/usr/include" CACHE PATH "Directory holding boost/process.hpp")
if(NOT EXISTS ${RTK_BOOST_INCLUDE_DIR}/boost/process.hpp)
  message(FATAL_ERROR "boost/process.hpp not found under ${RTK_BOOST_INCLUDE_DIR}: "
                      "install libboost1.81-dev (see README.md)")
endif()
add_library(rtk_boost_process INTERFACE)
# Only the Boost headers dir: on a cross build /usr/include must not leak
# glibc headers in, hence the 'boost' staging include set up below.
set(_rtk_boost_stage ${PROJECT_BINARY_DIR}/_deps/boost-include)
if(NOT EXISTS ${_rtk_boost_stage}/boost)
  file(MAKE_DIRECTORY ${_rtk_boost_stage})
  file(CREATE_LINK ${RTK_BOOST_INCLUDE_DIR}/boost ${_rtk_boost_stage}/boost SYMBOLIC)
endif()
target_include_directories(rtk_boost_process SYSTEM INTERFACE ${_rtk_boost_stage})
target_compile_definitions(rtk_boost_process INTERFACE BOOST_PROCESS_USE_STD_FS
                                                       BOOST_ALL_NO_LIB)
target_link_libraries(rtk_boost_process INTERFACE Threads::Threads)
if(WIN32)
  target_link_libraries(rtk_boost_process INTERFACE ws2_32)
endif()

# GoogleTest from Debian's sources, built here as shared libraries so the
# runner and every plugin share one test registry.
if(BUILD_TESTING OR RTK_NEED_GTEST)
  set(RTK_GTEST_SOURCE_DIR "/usr/src/googletest" CACHE PATH "GoogleTest sources")
  set(_rtk_saved_shared ${BUILD_SHARED_LIBS})
  set(BUILD_SHARED_LIBS ON)
  set(INSTALL_GTEST OFF CACHE BOOL "" FORCE)
  set(gtest_force_shared_crt ON CACHE BOOL "" FORCE)
  add_subdirectory(${RTK_GTEST_SOURCE_DIR} ${PROJECT_BINARY_DIR}/_deps/googletest EXCLUDE_FROM_ALL)
  set(BUILD_SHARED_LIBS ${_rtk_saved_shared})
  include(GoogleTest)
endif()
