// Benchmark names the ratio table pairs up: "<operation>/<implementation>".
#pragma once

namespace rtkbench {

inline constexpr const char *kCreateClose = "create_close";
inline constexpr const char *kOpenClose = "open_close";
inline constexpr const char *kReference = "rtkref";
inline constexpr const char *kRawMemfd = "raw_memfd";
inline constexpr const char *kBoostInterprocess = "boost_interprocess";
inline constexpr int kSizes[] = {4096, 1 << 20};

}  // namespace rtkbench
