#include "instance.h"

#include "kernel_name.h"
#include "section.h"

namespace rtkref::win32_backend {
namespace {

std::optional<std::wstring> kernel_name_of(const std::optional<std::u16string> &name) {
    if (!name) return std::nullopt;
    return kernel_object_name(*name);
}

}  // namespace

Grant Instance::create(ObjectKind kind, const std::optional<std::u16string> &name, uint32_t size,
                       const SyncAttributes &attributes) {
    if (kind == ObjectKind::shared_memory) {
        const SectionResult section = create_section(kernel_name_of(name), size);
        return adopt_section(section.status, section.section);
    }
    const KernelObject object = create_sync_object(kind, kernel_name_of(name), attributes);
    return adopt(object.status, object.handle);
}

Grant Instance::open(ObjectKind kind, const std::u16string &name) {
    if (kind == ObjectKind::shared_memory) {
        const SectionResult section = open_section(kernel_object_name(name));
        return adopt_section(section.status, section.section);
    }
    const KernelObject object = open_sync_object(kind, kernel_object_name(name));
    return adopt(object.status, object.handle);
}

Grant Instance::adopt_section(NTSTATUS status, HANDLE section) {
    if (!NT_SUCCESS(status)) return {status, 0, nullptr};
    const LockedViewResult mapped = map_locked_view(section);
    if (!NT_SUCCESS(mapped.status)) {
        // Our handle was the only one to a new section: closing it leaves
        // no object behind (D9).
        CloseHandle(section);
        return {mapped.status, 0, nullptr};
    }
    std::lock_guard lock(mutex_);
    const Entry entry{section, mapped.view};
    const uint64_t handle = handles_.insert(entry);
    if (handle == 0) {  // every handle value of this instance was used: never reuse one
        release(entry);
        return {STATUS_INSUFFICIENT_RESOURCES, 0, nullptr};
    }
    views_[mapped.view.address] = handle;
    return {status, handle, mapped.view.address};
}

Grant Instance::adopt(NTSTATUS status, HANDLE kernel) {
    if (!NT_SUCCESS(status)) return {status, 0, nullptr};
    std::lock_guard lock(mutex_);
    const Entry entry{kernel, {}};
    const uint64_t handle = handles_.insert(entry);
    if (handle == 0) {
        release(entry);
        return {STATUS_INSUFFICIENT_RESOURCES, 0, nullptr};
    }
    return {status, handle, nullptr};
}

NTSTATUS Instance::close(uint64_t handle) {
    std::optional<Entry> entry;
    {
        std::lock_guard lock(mutex_);
        switch (handles_.classify(handle)) {
            case HandleState::closed:
                return STATUS_UNSUCCESSFUL;
            case HandleState::foreign:
                return STATUS_INVALID_HANDLE;
            case HandleState::live:
                entry = handles_.erase(handle);
                break;
        }
        if (entry && entry->view.address != nullptr) views_.erase(entry->view.address);
    }
    if (entry) release(*entry);
    return STATUS_SUCCESS;
}

NTSTATUS Instance::unmap(void *location) {
    std::lock_guard lock(mutex_);
    auto it = views_.find(location);
    if (it == views_.end()) return STATUS_INVALID_PARAMETER;
    Entry *entry = handles_.find(it->second);
    views_.erase(it);
    if (entry == nullptr) return STATUS_INVALID_PARAMETER;
    unmap_locked_view(entry->view);
    entry->view = {};
    return STATUS_SUCCESS;
}

void Instance::shutdown() {
    std::lock_guard lock(mutex_);
    views_.clear();
    for (auto &[handle, entry] : handles_.take_all()) release(entry);
}

void Instance::release(const Entry &entry) {
    // D5: a view does not outlive its handle. On Windows a mapped view
    // would keep the section's memory alive after the last close.
    unmap_locked_view(entry.view);
    CloseHandle(entry.kernel);
}

}  // namespace rtkref::win32_backend
