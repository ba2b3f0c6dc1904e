#include "section.h"

#include "large_pages.h"
#include "win32_error_status.h"

namespace rtkref::win32_backend {
namespace {

SectionResult create_with(const wchar_t *name, uint32_t size, DWORD flags) {
    SetLastError(ERROR_SUCCESS);
    HANDLE section =
        CreateFileMappingW(INVALID_HANDLE_VALUE, nullptr, PAGE_READWRITE | flags, 0, size, name);
    if (section == nullptr) return {status_from_win32_error(GetLastError()), nullptr};
    // ERROR_ALREADY_EXISTS with a handle: the existing section was opened.
    return {GetLastError() == ERROR_ALREADY_EXISTS ? STATUS_OBJECT_NAME_EXISTS : STATUS_SUCCESS,
            section};
}

}  // namespace

SectionResult create_section(const std::optional<std::wstring> &kernel_name, uint32_t size) {
    const wchar_t *name = kernel_name ? kernel_name->c_str() : nullptr;
    if (large_pages_usable(size)) {
        SectionResult large = create_with(name, size, SEC_COMMIT | SEC_LARGE_PAGES);
        // A name held by another kind fails the same way with either page
        // size; any other refusal of large pages falls back to normal ones.
        if (NT_SUCCESS(large.status) || large.status == STATUS_INVALID_HANDLE) return large;
    }
    return create_with(name, size, SEC_COMMIT);
}

SectionResult open_section(const std::wstring &kernel_name) {
    HANDLE section = OpenFileMappingW(FILE_MAP_ALL_ACCESS, FALSE, kernel_name.c_str());
    if (section == nullptr) return {status_from_win32_error(GetLastError()), nullptr};
    return {STATUS_SUCCESS, section};
}

}  // namespace rtkref::win32_backend
