#include "instance.h"

#include <poll.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

#include "errno_status.h"
#include "lock_budget.h"
#include "round_trip.h"

namespace rtkref::linux_backend {
namespace {

wire::Request make_request(wire::Op op, ObjectKind kind) {
    wire::Request request;
    request.op = op;
    request.kind = static_cast<uint8_t>(kind);
    return request;
}

void put_name(wire::Request &request, const std::u16string &name) {
    request.named = 1;
    request.name_units = static_cast<uint16_t>(name.size());
    std::copy(name.begin(), name.end(), request.name);
}

}  // namespace

Instance::~Instance() {
    shutdown();
}

NTSTATUS Instance::hello(bool *hung_up) {
    *hung_up = false;
    wire::Reply reply;
    const wire::Request request = make_request(wire::Op::hello, ObjectKind::shared_memory);
    switch (round_trip(fd_, request, reply, nullptr, call_deadline(), spin_)) {
        case RoundTrip::replied:
            epoch_ = reply.size;
            return reply.status;
        case RoundTrip::broker_gone:
            *hung_up = true;
            break;
        case RoundTrip::timed_out:
            break;
    }
    broker_lost_ = true;
    return STATUS_NO_SUCH_DEVICE;
}

Grant Instance::create(ObjectKind kind, const std::optional<std::u16string> &name, uint32_t size,
                       const SyncAttributes &) {
    wire::Request request = make_request(wire::Op::create, kind);
    request.size = size;
    if (kind == ObjectKind::shared_memory) request.lockable_kib = lockable_kib();
    if (name) put_name(request, *name);
    return acquire(request);
}

Grant Instance::open(ObjectKind kind, const std::u16string &name) {
    wire::Request request = make_request(wire::Op::open, kind);
    put_name(request, name);
    return acquire(request);
}

Grant Instance::acquire(const wire::Request &request) {
    std::lock_guard lock(mutex_);
    wire::Reply reply;
    int fd = -1;
    Grant result;
    result.status = transact(request, reply, &fd);
    if (!NT_SUCCESS(result.status)) return result;
    result.handle = reply.handle;
    if (reply.has_fd == 0) {
        live_.insert(result.handle);
        return result;
    }
    if (fd < 0) {
        // The kernel drops a passed descriptor only when ours cannot take
        // it: this process's descriptor table is full.
        result.status = STATUS_INSUFFICIENT_RESOURCES;
    } else {
        result.status = map_view(fd, reply.size, &result.location);
        ::close(fd);  // the mapping keeps the memory; the broker keeps the object
    }
    if (!NT_SUCCESS(result.status)) {
        // Give the handle back so a failed create leaves no object behind.
        release(reply.handle);
        result.handle = 0;
        result.location = nullptr;
        return result;
    }
    live_.insert(result.handle);
    views_[result.handle] = View{result.location, static_cast<std::size_t>(reply.size)};
    return result;
}

NTSTATUS Instance::map_view(int fd, uint64_t size, void **address) {
    void *view = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (view == MAP_FAILED) return status_from_errno(errno);
    // mlock faults every page in and pins it, in one walk (MAP_POPULATE
    // would walk them once more): the caller's first touch takes no page
    // fault (D9). The system call itself: AddressSanitizer replaces
    // mlock() with a no-op that reports success, and a sanitizer build
    // must lock (and fail at RLIMIT_MEMLOCK) exactly as the real one does.
    if (syscall(SYS_mlock, view, size) != 0) {
        const int error = errno;
        munmap(view, size);
        return status_from_errno(error);
    }
    *address = view;
    return STATUS_SUCCESS;
}

NTSTATUS Instance::close(uint64_t handle) {
    std::lock_guard lock(mutex_);
    NTSTATUS status;
    if (live_.count(handle) != 0) {
        // Ours and open: the close cannot fail, so the broker is told
        // without waiting for its answer.
        status = release(handle);
    } else {
        // Closed before, or never ours: only the broker can tell which.
        wire::Request request = make_request(wire::Op::close, ObjectKind::shared_memory);
        request.handle = handle;
        wire::Reply reply;
        status = transact(request, reply, nullptr);
    }
    if (NT_SUCCESS(status)) {
        live_.erase(handle);
        // D5: a view does not outlive its handle.
        if (auto it = views_.find(handle); it != views_.end()) {
            munmap(it->second.address, it->second.length);
            views_.erase(it);
        }
    }
    return status;
}

NTSTATUS Instance::release(uint64_t handle) {
    if (broker_lost_) return STATUS_NO_SUCH_DEVICE;
    if (fd_ < 0) return STATUS_INVALID_PARAMETER;
    wire::Request request = make_request(wire::Op::release, ObjectKind::shared_memory);
    request.handle = handle;
    if (send_only(fd_, request, call_deadline())) return STATUS_SUCCESS;
    lose_broker();
    return STATUS_NO_SUCH_DEVICE;
}

NTSTATUS Instance::unmap(void *location) {
    std::lock_guard lock(mutex_);
    for (auto it = views_.begin(); it != views_.end(); ++it) {
        if (it->second.address != location) continue;
        munmap(it->second.address, it->second.length);
        views_.erase(it);
        return STATUS_SUCCESS;
    }
    return STATUS_INVALID_PARAMETER;
}

void Instance::shutdown() {
    std::lock_guard lock(mutex_);
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
    broker_lost_ = false;  // detached: calls on it are now invalid, not "broker gone"
    for (auto &[handle, view] : views_) munmap(view.address, view.length);
    views_.clear();
    live_.clear();
}

bool Instance::broker_lost() {
    std::lock_guard lock(mutex_);
    if (broker_lost_ || fd_ < 0) return broker_lost_;
    pollfd entry{fd_, POLLRDHUP, 0};
    return poll(&entry, 1, 0) > 0 && (entry.revents & (POLLHUP | POLLRDHUP | POLLERR)) != 0;
}

void Instance::abandon_after_fork() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
    views_.clear();  // the child's copies of the mappings are left alone
    live_.clear();
}

NTSTATUS Instance::transact(const wire::Request &request, wire::Reply &reply, int *fd) {
    if (fd) *fd = -1;
    if (broker_lost_) return STATUS_NO_SUCH_DEVICE;
    if (fd_ < 0) return STATUS_INVALID_PARAMETER;
    switch (round_trip(fd_, request, reply, fd, call_deadline(), spin_)) {
        case RoundTrip::replied:
            return reply.status;
        case RoundTrip::broker_gone:
        case RoundTrip::timed_out:
            break;
    }
    lose_broker();
    return STATUS_NO_SUCH_DEVICE;
}

void Instance::lose_broker() {
    // A late reply would answer the wrong request, and a dead broker's
    // objects are gone: this instance is finished. Every later call says
    // so, and never reaches a broker started since (a new, empty
    // namespace) as if it were the old one.
    broker_lost_ = true;
    ::close(fd_);
    fd_ = -1;
}

}  // namespace rtkref::linux_backend
