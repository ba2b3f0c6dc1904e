# rtkconf_add_plugin_library(<target> <source>...): a rule plugin as rtkconf
# loads it: a MODULE library linking the plugin support library (and so
# the GoogleTest rtkconf runs its tests with), whose only export is the
# entry symbol. Used by plugins/ in the tree and, installed with the RtkConf
# package, by plugins built outside it:
#
#   find_package(RtkConf REQUIRED)
#   rtkconf_add_plugin_library(my-rules my_rules.cpp my_tests.cpp)
#   # then: rtkconf run --impl ... --plugin-dir $<TARGET_FILE_DIR:my-rules>
#
# RTKCONF_PLUGIN_VERSION_SCRIPT names the linker version script: set by
# conformance/plugin_api in the tree, by RtkConfConfig.cmake when installed.

function(rtkconf_add_plugin_library target)
  add_library(${target} MODULE ${ARGN})
  target_link_libraries(${target} PRIVATE RtkConf::plugin_support)
  if(NOT WIN32 AND NOT APPLE)
    target_link_options(${target} PRIVATE
        "LINKER:--version-script=${RTKCONF_PLUGIN_VERSION_SCRIPT}" "LINKER:--no-undefined")
    set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS ${RTKCONF_PLUGIN_VERSION_SCRIPT})
  endif()
endfunction()
