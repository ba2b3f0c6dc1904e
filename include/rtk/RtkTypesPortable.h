/*
 * Fixed-width stand-ins for the Windows x64 types, for platforms without
 * them.  Do not include directly: include "rtk/RtkTypes.h".
 */
#ifndef RTK_RTKTYPESPORTABLE_H
#define RTK_RTKTYPESPORTABLE_H

#include <stdint.h>

typedef int32_t NTSTATUS;
typedef uint32_t ULONG;
typedef int32_t LONG;
typedef uint16_t USHORT;
typedef uint8_t BOOLEAN;
typedef uintptr_t ULONG_PTR;
typedef void *HANDLE;
/* The user-mode calls' types (RtApi.h): Win32's widths. */
typedef uint32_t DWORD;
typedef int32_t BOOL;

/* In C++ a distinct char16_t keeps UTF-16 literals (u"name") type-safe;
 * in C the same 16-bit width is spelled as an integer. */
#ifdef __cplusplus
typedef char16_t WCHAR;
#else
typedef uint16_t WCHAR;
#endif

typedef struct _UNICODE_STRING {
    USHORT Length;        /* bytes in Buffer, excluding any terminator */
    USHORT MaximumLength; /* bytes Buffer can hold */
    WCHAR *Buffer;        /* not necessarily NUL-terminated */
} UNICODE_STRING, *PUNICODE_STRING;

typedef ULONG_PTR RTSSINST;

#if defined(__GNUC__)
#define RTKAPI __attribute__((visibility("default")))
#else
#define RTKAPI
#endif

#ifndef TRUE
#define TRUE 1
#endif
#ifndef FALSE
#define FALSE 0
#endif

#ifdef __cplusplus
static_assert(sizeof(NTSTATUS) == 4, "NTSTATUS is 32-bit");
static_assert(sizeof(ULONG) == 4 && sizeof(LONG) == 4, "ULONG/LONG are 32-bit on every platform");
static_assert(sizeof(USHORT) == 2 && sizeof(BOOLEAN) == 1, "USHORT 16-bit, BOOLEAN 8-bit");
static_assert(sizeof(DWORD) == 4 && sizeof(BOOL) == 4, "DWORD and BOOL are 32-bit");
static_assert(sizeof(WCHAR) == 2, "WCHAR is a UTF-16 code unit");
static_assert(sizeof(RTSSINST) == sizeof(void *), "RTSSINST is pointer-sized");
static_assert(sizeof(UNICODE_STRING) == 2 * sizeof(void *), "UNICODE_STRING layout as on x64");
#else
_Static_assert(sizeof(NTSTATUS) == 4, "NTSTATUS is 32-bit");
_Static_assert(sizeof(ULONG) == 4 && sizeof(LONG) == 4, "ULONG/LONG are 32-bit on every platform");
_Static_assert(sizeof(USHORT) == 2 && sizeof(BOOLEAN) == 1, "USHORT 16-bit, BOOLEAN 8-bit");
_Static_assert(sizeof(WCHAR) == 2, "WCHAR is a UTF-16 code unit");
_Static_assert(sizeof(RTSSINST) == sizeof(void *), "RTSSINST is pointer-sized");
#endif

#endif /* RTK_RTKTYPESPORTABLE_H */
