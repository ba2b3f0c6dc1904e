#include "rtkconf/plugin/evidence.h"

#include <cstddef>
#include <cstdint>
#include <string>

#include "rtkconf/plugin/context.h"

namespace rtkconf::plugin {

// Outside the runner (no host) evidence has nowhere to go; the assertions
// of the test still report on their own.
void observe(std::string_view text) {
    if (const rtkconf_host_t *h = host(); h && h->observe) h->observe(h, std::string(text).c_str());
}

void record_call(std::string_view peer, std::string_view call, int32_t status,
                 std::string_view detail) {
    if (const rtkconf_host_t *h = host(); h && h->record_call)
        h->record_call(h, std::string(peer).c_str(), std::string(call).c_str(), status,
                       std::string(detail).c_str());
}

void record_fault(StepFault fault, std::string_view peer, std::string_view call,
                  std::string_view detail) {
    uint32_t code = 0;
    switch (fault) {
        case StepFault::crashed:
            code = RTKCONF_FAULT_CRASH;
            break;
        case StepFault::hung:
            code = RTKCONF_FAULT_HANG;
            break;
        case StepFault::harness:
            code = RTKCONF_FAULT_HARNESS;
            break;
        case StepFault::none:
            return;
    }
    const rtkconf_host_t *h = host();
    if (!h || h->struct_size < offsetof(rtkconf_host_t, record_fault) + sizeof h->record_fault ||
        !h->record_fault)
        return;
    h->record_fault(h, code, std::string(peer).c_str(), std::string(call).c_str(),
                    std::string(detail).c_str());
}

void record_name(const std::u16string &name) {
    if (const rtkconf_host_t *h = host(); h && h->record_name)
        h->record_name(h, reinterpret_cast<const uint16_t *>(name.data()),
                       static_cast<uint32_t>(name.size()));
}

}  // namespace rtkconf::plugin
