// "0x..." for evidence text: the call (describe_step.cpp) and its answer
// (describe_answer.cpp) print handles and addresses alike.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

namespace rtkconf::evidence_text {

inline std::string hex(uint64_t value) {
    char text[24];
    std::snprintf(text, sizeof text, "0x%llx", static_cast<unsigned long long>(value));
    return text;
}

}  // namespace rtkconf::evidence_text
