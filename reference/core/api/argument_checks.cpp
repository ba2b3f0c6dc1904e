#include "argument_checks.h"

namespace rtkref {

InstanceRegistry<PlatformInstance> &instances() {
    static auto *registry = new InstanceRegistry<PlatformInstance>();
    return *registry;
}

namespace api {

std::shared_ptr<PlatformInstance> find_instance(RTSSINST instance) {
    return instances().find(static_cast<uint64_t>(instance));
}

NameCheck read_name(const UNICODE_STRING *name) {
    return read_object_name(name, &platform::read_caller_memory);
}

}  // namespace api
}  // namespace rtkref
