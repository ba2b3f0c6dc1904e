#include "rtkconf/plugin/unique_name.h"

#include <atomic>

#include "rtkconf/plugin/context.h"

namespace rtkconf::plugin {

std::u16string unique_name(std::string_view tag) {
    static std::atomic<unsigned> counter{0};
    const std::string ascii = run_context().name_prefix + std::string(tag) + "." +
                              std::to_string(counter.fetch_add(1) + 1);
    return std::u16string(ascii.begin(), ascii.end());  // the prefix and tags are ASCII
}

}  // namespace rtkconf::plugin
