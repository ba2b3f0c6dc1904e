/*
 * Windows: the platform's own types, in user mode or in a driver.  Do not
 * include directly: include "rtk/RtkApi.h".
 */
#ifndef RTK_RTKTYPESWINDOWS_H
#define RTK_RTKTYPESWINDOWS_H

#if defined(_KERNEL_MODE)
/* A driver (the WDK's /kernel switch defines _KERNEL_MODE): the kernel's
 * own headers define every type, and <windows.h> may not be mixed in. */
#include <ntddk.h>
#else
#include <windows.h>
#include <winternl.h> /* UNICODE_STRING, NTSTATUS */
#endif

typedef ULONG_PTR RTSSINST;

/* winnt.h types these three as DWORD (they double as exception codes);
 * the API returns NTSTATUS, so RtkStatus.h redefines them with that type
 * (same values) and comparisons and initialisers stay sign-correct. */
#undef STATUS_INVALID_HANDLE
#undef STATUS_INVALID_PARAMETER
#undef STATUS_NO_MEMORY

#if defined(RTK_BUILDING_LIBRARY)
#define RTKAPI __declspec(dllexport)
#else
#define RTKAPI
#endif

#ifdef __cplusplus
static_assert(sizeof(ULONG) == 4 && sizeof(WCHAR) == 2, "Windows widths");
static_assert(sizeof(RTSSINST) == sizeof(void *), "RTSSINST is pointer-sized");
#endif

#endif /* RTK_RTKTYPESWINDOWS_H */
