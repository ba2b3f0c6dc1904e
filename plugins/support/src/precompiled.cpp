// The source the plugins' shared precompiled header is built with
// (plugins/CMakeLists.txt, rtkconf_plugin_pch); it has no code of its own.
