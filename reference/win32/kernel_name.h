// An Rtk object name to the name of its kernel object. Every kind shares
// one private prefix, so the kernel itself keeps the one namespace of the
// API (a section and a mutex cannot hold the same name).
#pragma once

#include <string>

namespace rtkref::win32_backend {

// Names are counted (D2: "ab\0" and "ab" differ) but Win32 object names
// are NUL-terminated, so NUL is escaped as "%00" and '%' as "%25": an
// injective mapping that keeps every other code unit, case included.
// The name was validated before (no backslash, at most 260 units).
std::wstring kernel_object_name(const std::u16string &name);

}  // namespace rtkref::win32_backend
