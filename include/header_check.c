/* Compiles the public header as C11: RtkApi.h promises C and C++. */
#include "rtk/RtkApi.h"

_Static_assert(STATUS_INVALID_HANDLE == (NTSTATUS)0xC0000008u, "pinned status value");
