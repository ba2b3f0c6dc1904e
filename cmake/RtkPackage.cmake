# A Debian package of everything `cmake --install` installs, under /usr:
#   cpack -G DEB --config build/CPackConfig.cmake -B build/packages
# writes build/packages/rtk-conformance_<version>_<arch>.deb
# (the CTest install_cpack_deb builds it and checks its contents).
set(CPACK_PACKAGE_NAME rtk-conformance)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Rtk shared-memory API: reference implementation and conformance suite")
set(CPACK_PACKAGE_DESCRIPTION
    "librtkref and its broker implement RtkCreateSharedMemory and its siblings on Linux; rtkconf runs the conformance rules against any implementation of the API. Includes the CMake packages RtkRef and RtkConf and the pkg-config file rtkref.")
set(RTK_PACKAGE_CONTACT "Rtk conformance maintainers <rtk-conformance@localhost>" CACHE STRING
    "Maintainer field of the .deb")
set(CPACK_PACKAGE_CONTACT "${RTK_PACKAGE_CONTACT}")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
# Run-time dependencies from the binaries themselves (dpkg-shlibdeps).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Building a plugin against the installed RtkConf package needs these.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "cmake (>= 3.25), nlohmann-json3-dev (>= 3.10), pkg-config")
include(CPack)
