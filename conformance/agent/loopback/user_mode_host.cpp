#include "user_mode_host.h"

#include <cstdlib>

#include "memory_probe.h"

namespace rtkconf::agent {
namespace {

void *allocate(void *, std::size_t bytes) {
    return std::malloc(bytes);
}

void release(void *, void *memory) {
    std::free(memory);
}

void lock(void *context) {
    static_cast<std::mutex *>(context)->lock();
}

void unlock(void *context) {
    static_cast<std::mutex *>(context)->unlock();
}

int range_mapped(void *, const void *address, uint64_t length) {
    return peer::range_is_mapped(address, static_cast<std::size_t>(length)) ? 1 : 0;
}

int residency(void *, const void *address, uint64_t length, rtkconf_agent_residency *out) {
    const peer::Residency r = peer::query_residency(address, static_cast<std::size_t>(length));
    if (!r.known) return 1;
    out->resident = r.resident;
    out->total = r.total;
    out->locked = r.locked ? 1 : 0;
    out->locked_known = r.locked_known ? 1 : 0;
    return 0;
}

int writable(void *, void *address, int *can_write) {
    const peer::WritableProbe probe = peer::probe_writable(address);
    if (!probe.known) return 1;
    *can_write = probe.writable ? 1 : 0;
    return 0;
}

}  // namespace

UserModeHost::UserModeHost() {
    services_.context = &lock_;
    services_.allocate = allocate;
    services_.release = release;
    services_.lock = lock;
    services_.unlock = unlock;
    services_.range_mapped = range_mapped;
    services_.residency = residency;
    services_.writable = writable;
}

rtkconf_agent_rtk_table agent_table(const RtkApiTable &api) {
    rtkconf_agent_rtk_table t{};
    t.RtkRtssAttach = api.RtkRtssAttach;
    t.RtkRtssDetach = api.RtkRtssDetach;
    t.RtkCreateSharedMemory = api.RtkCreateSharedMemory;
    t.RtkOpenSharedMemory = api.RtkOpenSharedMemory;
    t.RtkCloseHandle = api.RtkCloseHandle;
    t.RtkRtssAttachEx = api.RtkRtssAttachEx;
    t.RtkUnMapSharedMemory = api.RtkUnMapSharedMemory;
    t.RtkCreateMutex = api.RtkCreateMutex;
    t.RtkOpenMutex = api.RtkOpenMutex;
    t.RtkCreateEvent = api.RtkCreateEvent;
    t.RtkOpenEvent = api.RtkOpenEvent;
    t.RtkCreateSemaphore = api.RtkCreateSemaphore;
    t.RtkOpenSemaphore = api.RtkOpenSemaphore;
    return t;
}

}  // namespace rtkconf::agent
