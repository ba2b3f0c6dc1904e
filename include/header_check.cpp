// Compiles the public header as C++20 and pins the ABI facts the
// conformance suite relies on.
#include "rtk/RtkApi.h"

#include <type_traits>

static_assert(STATUS_INVALID_PARAMETER == static_cast<NTSTATUS>(0xC000000Du));
static_assert(STATUS_OBJECT_NAME_EXISTS > 0, "informational statuses are successes");
static_assert(std::is_same_v<decltype(&RtkCloseHandle), NTSTATUS (*)(RTSSINST, HANDLE)>);

#include "rtk/RtApi.h"

static_assert(std::is_same_v<decltype(&RtCloseHandle), BOOL (*)(HANDLE)>);
static_assert(sizeof(DWORD) == 4 && sizeof(BOOL) == 4);
