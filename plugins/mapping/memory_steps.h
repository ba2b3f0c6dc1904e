// The memory steps plugins/support has no builder for.
#pragma once

#include <cstdint>
#include <string>

#include "rtkconf/plugin/support.h"

namespace rtkconf::plugin::mapping {

Step check_zero(const std::string &var, uint64_t offset, uint64_t length);
Step resident(const std::string &var, uint64_t length);
Step writable_probe(const std::string &var);
Step open_with_access(const std::string &var, const std::u16string &name, uint32_t access);

// "row 2 (4096 bytes)": the start of every message of a table row.
std::string row_label(std::size_t index, const std::string &label);

}  // namespace rtkconf::plugin::mapping
