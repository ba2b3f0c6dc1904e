# Third-party dependencies, all from Debian packages (see README.md).
find_package(Threads REQUIRED)
# Header-only libraries from Debian live in /usr/include. A cross build
# must not put /usr/include on its include path (glibc's headers would
# shadow the target's), so it sees each library through a staging
# directory that links to that library's headers alone.
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

if(CMAKE_CROSSCOMPILING)
  rtk_stage_headers(_rtk_stage nlohmann CLI)
  add_library(nlohmann_json::nlohmann_json INTERFACE IMPORTED)
  target_include_directories(nlohmann_json::nlohmann_json SYSTEM INTERFACE ${_rtk_stage})
  add_library(CLI11::CLI11 INTERFACE IMPORTED)
  target_include_directories(CLI11::CLI11 SYSTEM INTERFACE ${_rtk_stage})
else()
  find_package(nlohmann_json 3.10 REQUIRED)
  find_package(CLI11 CONFIG QUIET)
  if(NOT CLI11_FOUND)
    # Debian's libcli11-dev ships the header; the CMake package is optional.
    find_path(CLI11_INCLUDE_DIR CLI/CLI.hpp REQUIRED)
    add_library(CLI11::CLI11 INTERFACE IMPORTED)
    target_include_directories(CLI11::CLI11 INTERFACE ${CLI11_INCLUDE_DIR})
  endif()
endif()

# Boost.Process is header-only; Debian's Boost 1.81 headers are used on
# Linux and, for the cross build, on Windows too.
add_library(rtk_boost_process INTERFACE)
rtk_stage_headers(_rtk_stage boost)
target_include_directories(rtk_boost_process SYSTEM INTERFACE ${_rtk_stage})
target_compile_definitions(rtk_boost_process INTERFACE BOOST_PROCESS_USE_STD_FS
                                                       BOOST_ALL_NO_LIB)
target_link_libraries(rtk_boost_process INTERFACE Threads::Threads)
if(WIN32)
  # Lean windows.h: whoever includes it before Boost.Asio must not drag in
  # the old winsock.h.
  target_compile_definitions(rtk_boost_process INTERFACE WIN32_LEAN_AND_MEAN)
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
  if(MSVC)
    # mingw imports DLL data on its own; MSVC needs to be told.
    target_compile_definitions(gtest INTERFACE GTEST_LINKED_AS_SHARED_LIBRARY=1)
  endif()
  include(GoogleTest)
  # Tests are listed when CTest runs, not when they are built: a cross
  # build must not need wine (nor a quiet machine) to finish.
  set(CMAKE_GTEST_DISCOVER_TESTS_DISCOVERY_MODE PRE_TEST)
endif()
