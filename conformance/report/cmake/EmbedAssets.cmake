# Script mode (cmake -P): writes a C++ file defining
# rtkconf::report::detail::embedded_asset() over the given files, as byte
# arrays (portable to every compiler, unlike very long string literals).
#   -DOUTPUT=<file.cpp> -DASSETS=<path1|path2|...>
if(NOT OUTPUT OR NOT ASSETS)
  message(FATAL_ERROR "EmbedAssets.cmake needs -DOUTPUT=... -DASSETS=...")
endif()
string(REPLACE "|" ";" ASSETS "${ASSETS}")

set(_arrays "")
set(_lookups "")
set(_index 0)
foreach(asset IN LISTS ASSETS)
  get_filename_component(_name "${asset}" NAME)
  file(READ "${asset}" _hex HEX)
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," _bytes "${_hex}")
  string(REGEX REPLACE "((0x[0-9a-f][0-9a-f],){20})" "\\1\n    " _bytes "${_bytes}")
  string(APPEND _arrays "// ${_name}\nconst unsigned char kAsset${_index}[] = {\n    ${_bytes}0x00};\n")
  string(APPEND _lookups
    "    if (name == \"${_name}\") return {reinterpret_cast<const char *>(kAsset${_index}), sizeof kAsset${_index} - 1};\n")
  math(EXPR _index "${_index} + 1")
endforeach()

set(_content "// Generated at build time by EmbedAssets.cmake from reports/: do not edit.
#include \"html_page.h\"

namespace rtkconf::report::detail {

namespace {
${_arrays}}  // namespace

std::string_view embedded_asset(std::string_view name) {
${_lookups}    return {};
}

}  // namespace rtkconf::report::detail
")

# Rewrite only on change, so an unchanged asset set triggers no rebuild.
if(EXISTS "${OUTPUT}")
  file(READ "${OUTPUT}" _old)
  if(_old STREQUAL _content)
    return()
  endif()
endif()
file(WRITE "${OUTPUT}" "${_content}")
