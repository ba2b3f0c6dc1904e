#include "api_context.h"

#include <atomic>

#include "safe_memory_win32.h"

namespace rtkref::win32_backend {
namespace {

bool read_memory(void *dst, const void *src, std::size_t size) {
    return read_caller_memory(dst, src, size);
}

}  // namespace

InstanceRegistry<Instance> &registry() {
    // Never destroyed: exported calls may run during static destruction.
    static auto *instances = new InstanceRegistry<Instance>();
    return *instances;
}

std::shared_ptr<Instance> make_instance() {
    // Without a broker no one hands out tags, so a tag is this process's
    // id (a multiple of 4, unique among live processes) beside a serial:
    // a handle value from another process is "never issued" here.
    static std::atomic<uint32_t> serial{0};
    const uint32_t pid_part = (GetCurrentProcessId() >> 2) << 10;
    const uint32_t serial_part = (serial.fetch_add(1) % 1023u) + 1u;  // never 0
    return std::make_shared<Instance>(pid_part | serial_part);
}

std::shared_ptr<Instance> find_instance(RTSSINST instance) {
    return registry().find(static_cast<uint64_t>(instance));
}

bool writable(void *pointer, std::size_t size) {
    return caller_memory_writable(pointer, size);
}

NameCheck read_name(const UNICODE_STRING *name) {
    return read_object_name(name, &read_memory);
}

}  // namespace rtkref::win32_backend
