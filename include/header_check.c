/* Compiles the public header as C11: RtkApi.h promises C and C++. */
#include "rtk/RtkApi.h"

_Static_assert(STATUS_INVALID_HANDLE == (NTSTATUS)0xC0000008u, "pinned status value");

/* The user-mode header too, and the error its existing-name create leaves. */
#include "rtk/RtApi.h"

_Static_assert(ERROR_ALREADY_EXISTS == 183, "pinned Win32 error value");
