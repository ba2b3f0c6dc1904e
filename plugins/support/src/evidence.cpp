#include "rtkconf/plugin/evidence.h"

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

void record_name(const std::u16string &name) {
    if (const rtkconf_host_t *h = host(); h && h->record_name)
        h->record_name(h, reinterpret_cast<const uint16_t *>(name.data()),
                       static_cast<uint32_t>(name.size()));
}

}  // namespace rtkconf::plugin
