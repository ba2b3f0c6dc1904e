#include "locked_view.h"

#include "working_set.h"

namespace rtkref::win32_backend {

LockedViewResult map_locked_view(HANDLE section) {
    // Size 0 maps the whole section: for an existing name that is the
    // creator's size (D3), which is not known before the view exists. So
    // the working set grows after mapping, before locking.
    void *address = MapViewOfFile(section, FILE_MAP_ALL_ACCESS, 0, 0, 0);
    if (address == nullptr) return {STATUS_INSUFFICIENT_RESOURCES, {}};
    MEMORY_BASIC_INFORMATION region{};
    if (VirtualQuery(address, &region, sizeof region) == 0 || region.RegionSize == 0) {
        UnmapViewOfFile(address);
        return {STATUS_INSUFFICIENT_RESOURCES, {}};
    }
    const LockedView view{address, region.RegionSize};
    if (!NT_SUCCESS(grow_working_set(view.size))) {
        UnmapViewOfFile(address);
        return {STATUS_INSUFFICIENT_RESOURCES, {}};
    }
    if (!VirtualLock(view.address, view.size)) {
        shrink_working_set(view.size);
        UnmapViewOfFile(address);
        return {STATUS_INSUFFICIENT_RESOURCES, {}};
    }
    return {STATUS_SUCCESS, view};
}

void unmap_locked_view(const LockedView &view) {
    if (view.address == nullptr) return;
    VirtualUnlock(view.address, view.size);
    UnmapViewOfFile(view.address);
    shrink_working_set(view.size);
}

}  // namespace rtkref::win32_backend
