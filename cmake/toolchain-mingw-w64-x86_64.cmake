# Cross build for 64-bit Windows with Debian's mingw-w64 (posix thread
# model: std::thread and std::mutex need it). Used by the `windows-cross`
# preset; test executables run under wine through the emulator below.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

set(RTK_MINGW_TRIPLE x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${RTK_MINGW_TRIPLE}-gcc-posix)
set(CMAKE_CXX_COMPILER ${RTK_MINGW_TRIPLE}-g++-posix)
set(CMAKE_RC_COMPILER ${RTK_MINGW_TRIPLE}-windres)

# Libraries and headers come from the mingw sysroot only: the host's glibc
# headers must never be picked up. Programs (the host's tools) and CMake
# package files of header-only packages may come from the host.
set(CMAKE_FIND_ROOT_PATH /usr/${RTK_MINGW_TRIPLE})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE BOTH)

# Static runtime: otherwise every .exe and .dll needs libstdc++-6.dll,
# libgcc_s_seh-1.dll and libwinpthread-1.dll beside it, which wine does not
# have.
# A DLL without __declspec(dllexport) (GoogleTest built by mingw) exports
# every symbol, the static runtime's included; an executable linking it and
# the same runtime then sees each pthread function twice. The runtime
# archives are never exported.
set(_rtk_runtime_archives
    libpthread.a libwinpthread.a libstdc++.a libgcc.a libgcc_eh.a libmingwex.a libssp.a)
string(REPLACE ";" ":" _rtk_runtime_archives "${_rtk_runtime_archives}")
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static")
set(CMAKE_SHARED_LINKER_FLAGS_INIT "-static -Wl,--exclude-libs,${_rtk_runtime_archives}")
set(CMAKE_MODULE_LINKER_FLAGS_INIT "-static -Wl,--exclude-libs,${_rtk_runtime_archives}")

# CTest (and gtest_discover_tests, at test time) runs the .exe files under
# wine, always in the build's own prefix (never ~/.wine) and without wine's
# debug chatter on stderr. A missing prefix is created on first use; the
# first run then takes a few seconds more.
set(RTK_WINE "/usr/lib/wine/wine64" CACHE FILEPATH "wine loader used to run Windows programs")
set(RTK_WINEPREFIX "${CMAKE_BINARY_DIR}/wineprefix" CACHE PATH "wine prefix for running tests")
# wine-run.sh starts a program again when wine itself failed to start it.
set(CMAKE_CROSSCOMPILING_EMULATOR
    /usr/bin/env WINEPREFIX=${RTK_WINEPREFIX} WINEDEBUG=-all RTK_WINE=${RTK_WINE}
    ${CMAKE_CURRENT_LIST_DIR}/wine-run.sh)
