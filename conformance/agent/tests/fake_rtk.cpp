#include "fake_rtk.h"

#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <set>

namespace rtkconf::agent_test {
namespace {

struct Object {
    uint32_t kind = 0;  // rtkconf_agent_kind
    std::u16string name;
    std::unique_ptr<unsigned char[]> memory;
    std::size_t size = 0;
    std::size_t references = 0;  // handles and mapped views
};

// An issued handle value; the entry stays while its view is mapped, as a
// view outlives its handle on Windows.
struct Handle {
    RTSSINST instance = 0;
    std::shared_ptr<Object> object;
    bool open = true;
    bool view_mapped = false;
};

struct State {
    std::set<RTSSINST> instances;
    std::map<uint64_t, Handle> handles;
    std::map<std::u16string, std::weak_ptr<Object>> names;
    uint64_t next_instance = 0x1000, next_handle = 0x10;
    std::size_t views = 0, objects = 0, allocations = 0, allocation_number = 0, fail_at = 0;
    int lock_depth = 0;
    std::size_t calls_under_lock = 0;
    std::vector<std::string> calls;
};

State g;

void note(const char *fn, uint64_t a, uint64_t b = 0) {
    if (g.lock_depth != 0 && std::string(fn).find("Attach") == std::string::npos)
        ++g.calls_under_lock;
    char text[96];
    std::snprintf(text, sizeof text, "%s(0x%llx, 0x%llx)", fn, static_cast<unsigned long long>(a),
                  static_cast<unsigned long long>(b));
    g.calls.emplace_back(text);
}

// NULL: unnamed. Otherwise the name, or a failure status.
NTSTATUS read_name(const UNICODE_STRING *name, std::u16string &out) {
    out.clear();
    if (name == nullptr) return STATUS_SUCCESS;
    if (name->Length % 2 != 0 || name->Length > name->MaximumLength)
        return STATUS_OBJECT_NAME_INVALID;
    if (name->Length > 0 && name->Buffer == nullptr) return STATUS_INVALID_PARAMETER;
    for (USHORT i = 0; i < name->Length / 2; ++i)
        out.push_back(static_cast<char16_t>(name->Buffer[i]));
    return STATUS_SUCCESS;
}

uint64_t new_handle(RTSSINST instance, const std::shared_ptr<Object> &object, bool view) {
    const uint64_t value = g.next_handle;
    g.next_handle += 4;
    ++object->references;
    if (view) {
        ++object->references;
        ++g.views;
    }
    g.handles[value] = Handle{instance, object, true, view};
    return value;
}

void drop_reference(const std::shared_ptr<Object> &object) {
    if (--object->references == 0) {
        --g.objects;
        if (!object->name.empty()) g.names.erase(object->name);
    }
}

NTSTATUS acquire(RTSSINST instance, HANDLE *out, uint32_t kind, uint32_t size, UNICODE_STRING *name,
                 void **location, bool create) {
    if (g.instances.count(instance) == 0 || out == nullptr) return STATUS_INVALID_PARAMETER;
    if (kind == RTKCONF_AGENT_KIND_SHARED_MEMORY && location == nullptr)
        return STATUS_INVALID_PARAMETER;
    std::u16string text;
    const NTSTATUS read = read_name(name, text);
    if (!NT_SUCCESS(read)) return read;
    std::shared_ptr<Object> object;
    if (!text.empty()) {
        auto it = g.names.find(text);
        if (it != g.names.end()) object = it->second.lock();
    }
    if (object && object->kind != kind) return STATUS_INVALID_HANDLE;
    if (!object) {
        if (!create) return STATUS_OBJECT_NAME_NOT_FOUND;
        if (kind == RTKCONF_AGENT_KIND_SHARED_MEMORY && size == 0) return STATUS_INVALID_PARAMETER;
        if (size > kFakeMaxSize) return STATUS_NO_MEMORY;
        object = std::make_shared<Object>();
        object->kind = kind;
        object->name = text;
        if (kind == RTKCONF_AGENT_KIND_SHARED_MEMORY) {
            object->size = size;
            object->memory.reset(new unsigned char[size]());
        }
        ++g.objects;
        if (!text.empty()) g.names[text] = object;
    }
    const bool view = kind == RTKCONF_AGENT_KIND_SHARED_MEMORY;
    const uint64_t value = new_handle(instance, object, view);
    *out = reinterpret_cast<HANDLE>(static_cast<uintptr_t>(value));
    if (view) *location = object->memory.get();
    return STATUS_SUCCESS;
}

NTSTATUS attach(ULONG max_wfso, RTSSINST *out) {
    note("RtkRtssAttach", max_wfso);
    if (max_wfso == 0 || out == nullptr) return STATUS_INVALID_PARAMETER;
    *out = g.next_instance++;
    g.instances.insert(*out);
    return STATUS_SUCCESS;
}

NTSTATUS attach_ex(ULONG max_wfso, RTSSINST *out, PRTK_STOP_ROUTINE, void *) {
    return attach(max_wfso, out);
}

// Drops the handle's and the view's references; the entry goes with the last.
void release(std::map<uint64_t, Handle>::iterator it, bool handle, bool view) {
    Handle &h = it->second;
    const std::shared_ptr<Object> object = h.object;
    if (handle && h.open) {
        h.open = false;
        drop_reference(object);
    }
    if (view && h.view_mapped) {
        h.view_mapped = false;
        --g.views;
        drop_reference(object);
    }
    if (!h.open && !h.view_mapped) g.handles.erase(it);
}

NTSTATUS detach(RTSSINST instance) {
    note("RtkRtssDetach", instance);
    if (g.instances.erase(instance) == 0) return STATUS_INVALID_PARAMETER;
    for (auto it = g.handles.begin(); it != g.handles.end();) {
        auto next = std::next(it);
        if (it->second.instance == instance) release(it, true, true);
        it = next;
    }
    return STATUS_SUCCESS;
}

NTSTATUS create_shm(RTSSINST instance, HANDLE *out, ULONG, ULONG high, ULONG low,
                    UNICODE_STRING *name, void **location) {
    note("RtkCreateSharedMemory", instance, low);
    if (high != 0) return STATUS_INVALID_PARAMETER;
    return acquire(instance, out, RTKCONF_AGENT_KIND_SHARED_MEMORY, low, name, location, true);
}

NTSTATUS open_shm(RTSSINST instance, HANDLE *out, ULONG, BOOLEAN, UNICODE_STRING *name,
                  void **location) {
    note("RtkOpenSharedMemory", instance);
    if (name == nullptr) return STATUS_INVALID_PARAMETER;
    return acquire(instance, out, RTKCONF_AGENT_KIND_SHARED_MEMORY, 0, name, location, false);
}

NTSTATUS close_handle(RTSSINST instance, HANDLE handle) {
    const auto value = static_cast<uint64_t>(reinterpret_cast<uintptr_t>(handle));
    note("RtkCloseHandle", instance, value);
    if (g.instances.count(instance) == 0) return STATUS_INVALID_PARAMETER;
    auto it = g.handles.find(value);
    if (it == g.handles.end() || !it->second.open || it->second.instance != instance)
        return STATUS_INVALID_HANDLE;
    release(it, true, false);
    return STATUS_SUCCESS;
}

NTSTATUS unmap(RTSSINST instance, void *location) {
    note("RtkUnMapSharedMemory", instance, reinterpret_cast<uintptr_t>(location));
    if (g.instances.count(instance) == 0) return STATUS_INVALID_PARAMETER;
    for (auto it = g.handles.begin(); it != g.handles.end(); ++it) {
        const Handle &h = it->second;
        if (h.instance == instance && h.view_mapped && h.object->memory.get() == location) {
            release(it, false, true);
            return STATUS_SUCCESS;
        }
    }
    return STATUS_INVALID_PARAMETER;
}

NTSTATUS create_mutex(RTSSINST i, HANDLE *out, void *, BOOLEAN, UNICODE_STRING *name) {
    note("RtkCreateMutex", i);
    return acquire(i, out, RTKCONF_AGENT_KIND_MUTEX, 0, name, nullptr, true);
}
NTSTATUS open_mutex(RTSSINST i, HANDLE *out, ULONG, BOOLEAN, UNICODE_STRING *name) {
    note("RtkOpenMutex", i);
    return acquire(i, out, RTKCONF_AGENT_KIND_MUTEX, 0, name, nullptr, false);
}
NTSTATUS create_event(RTSSINST i, HANDLE *out, void *, BOOLEAN, BOOLEAN, UNICODE_STRING *name) {
    note("RtkCreateEvent", i);
    return acquire(i, out, RTKCONF_AGENT_KIND_EVENT, 0, name, nullptr, true);
}
NTSTATUS open_event(RTSSINST i, HANDLE *out, ULONG, BOOLEAN, UNICODE_STRING *name) {
    note("RtkOpenEvent", i);
    return acquire(i, out, RTKCONF_AGENT_KIND_EVENT, 0, name, nullptr, false);
}
NTSTATUS create_semaphore(RTSSINST i, HANDLE *out, void *, LONG initial, LONG maximum,
                          UNICODE_STRING *name) {
    note("RtkCreateSemaphore", i, static_cast<uint64_t>(static_cast<uint32_t>(initial)));
    if (maximum <= 0 || initial < 0 || initial > maximum) return STATUS_INVALID_PARAMETER;
    return acquire(i, out, RTKCONF_AGENT_KIND_SEMAPHORE, 0, name, nullptr, true);
}
NTSTATUS open_semaphore(RTSSINST i, HANDLE *out, ULONG, BOOLEAN, UNICODE_STRING *name) {
    note("RtkOpenSemaphore", i);
    return acquire(i, out, RTKCONF_AGENT_KIND_SEMAPHORE, 0, name, nullptr, false);
}

void *host_allocate(void *, std::size_t bytes) {
    ++g.allocation_number;
    if (g.fail_at != 0 && g.allocation_number >= g.fail_at) return nullptr;
    ++g.allocations;
    return std::malloc(bytes);
}

void host_release(void *, void *memory) {
    --g.allocations;
    std::free(memory);
}

void host_lock(void *) {
    if (g.lock_depth++ != 0) std::abort();  // the core never takes its lock twice
}

void host_unlock(void *) {
    if (--g.lock_depth != 0) std::abort();
}

int host_range_mapped(void *, const void *address, uint64_t length) {
    const auto begin = reinterpret_cast<uintptr_t>(address);
    for (const auto &entry : g.handles) {
        const Handle &h = entry.second;
        if (!h.view_mapped) continue;
        const auto base = reinterpret_cast<uintptr_t>(h.object->memory.get());
        if (begin >= base && begin - base <= h.object->size &&
            length <= h.object->size - (begin - base))
            return 1;
    }
    return 0;
}

int host_residency(void *, const void *, uint64_t length, rtkconf_agent_residency *out) {
    out->total = out->resident = (length + 4095) / 4096;
    out->locked = 1;
    out->locked_known = 1;
    return 0;
}

int host_writable(void *, void *, int *writable) {
    *writable = 1;
    return 0;
}

}  // namespace

rtkconf_agent_rtk_table fake_reset(bool optional) {
    g = State{};
    rtkconf_agent_rtk_table t{};
    t.RtkRtssAttach = attach;
    t.RtkRtssDetach = detach;
    t.RtkCreateSharedMemory = create_shm;
    t.RtkOpenSharedMemory = open_shm;
    t.RtkCloseHandle = close_handle;
    if (!optional) return t;
    t.RtkRtssAttachEx = attach_ex;
    t.RtkUnMapSharedMemory = unmap;
    t.RtkCreateMutex = create_mutex;
    t.RtkOpenMutex = open_mutex;
    t.RtkCreateEvent = create_event;
    t.RtkOpenEvent = open_event;
    t.RtkCreateSemaphore = create_semaphore;
    t.RtkOpenSemaphore = open_semaphore;
    return t;
}

rtkconf_agent_host fake_host(std::size_t fail_at) {
    g.fail_at = fail_at;
    rtkconf_agent_host host{};
    host.allocate = host_allocate;
    host.release = host_release;
    host.lock = host_lock;
    host.unlock = host_unlock;
    host.range_mapped = host_range_mapped;
    host.residency = host_residency;
    host.writable = host_writable;
    return host;
}

FakeCounts fake_counts() {
    FakeCounts c;
    c.instances = g.instances.size();
    for (const auto &entry : g.handles)
        if (entry.second.open) ++c.handles;
    c.views = g.views;
    c.objects = g.objects;
    c.allocations = g.allocations;
    return c;
}

std::size_t fake_calls_under_lock() {
    return g.calls_under_lock;
}

const std::vector<std::string> &fake_calls() {
    return g.calls;
}

}  // namespace rtkconf::agent_test
