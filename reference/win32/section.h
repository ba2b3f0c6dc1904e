// Shared memory as a pagefile-backed section: committed (zero-filled by the
// kernel, D8) when created, named in the kernel's object namespace.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "rtk/RtkApi.h"

namespace rtkref::win32_backend {

struct SectionResult {
    NTSTATUS status = STATUS_SUCCESS;
    HANDLE section = nullptr;
};

// Creates a section of `size` bytes, or opens the existing one of that
// name (D3: then the size is ignored, the creator's stands). Without a
// name the section is unnamed.
SectionResult create_section(const std::optional<std::wstring> &kernel_name, uint32_t size);
// Opens an existing named section.
SectionResult open_section(const std::wstring &kernel_name);

}  // namespace rtkref::win32_backend
