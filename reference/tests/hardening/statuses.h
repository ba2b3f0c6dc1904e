// The NTSTATUS values these tests expect, as plain integers for messages.
#pragma once

#include <cstdint>

namespace rtkref_hardening {

constexpr int64_t kSuccess = 0;
constexpr int64_t kUnsuccessful = static_cast<int32_t>(0xC0000001u);
constexpr int64_t kInvalidParameter = static_cast<int32_t>(0xC000000Du);
constexpr int64_t kNoSuchDevice = static_cast<int32_t>(0xC000000Eu);
constexpr int64_t kObjectNameNotFound = static_cast<int32_t>(0xC0000034u);
constexpr int64_t kInsufficientResources = static_cast<int32_t>(0xC000009Au);

}  // namespace rtkref_hardening
