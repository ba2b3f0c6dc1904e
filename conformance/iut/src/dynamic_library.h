// The platform seam of the loader: one of dynamic_library_posix.cpp /
// dynamic_library_win32.cpp is compiled. Failures return nullptr and a
// message from the platform (dlerror / GetLastError).
#pragma once

#include <filesystem>
#include <string>

namespace rtkconf::detail {

void *open_library(const std::filesystem::path &path, std::string &error);
void *find_symbol(void *library, const char *name);
void close_library(void *library);

}  // namespace rtkconf::detail
