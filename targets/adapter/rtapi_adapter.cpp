// rtkconf-rtapi-adapter.dll: rtkconf loads an implementation by path and
// calls its exports by name. A product's user-mode calls come with an
// import (or static) library whose DLL this project does not name; this
// DLL links that library and exports, under the names rtkconf's rtapi
// flavour looks for (rtapi_adapter.def), one forwarding function per
// call. Nothing is changed on the way: arguments, return value and the
// thread's last error (rtkconf reads it with GetLastError) are the
// product's. The declarations are this project's (include/rtk/RtApi.h),
// written from the published facts; no vendor header is used.
#include "rtk/RtApi.h"

extern "C" {

HANDLE adapter_RtCreateSharedMemory(DWORD flProtect, DWORD MaximumSizeHigh, DWORD MaximumSizeLow,
                                    RTK_LPCWSTR lpName, void **location) {
    return RtCreateSharedMemory(flProtect, MaximumSizeHigh, MaximumSizeLow, lpName, location);
}

HANDLE adapter_RtOpenSharedMemory(DWORD dwDesiredAccess, BOOL bInheritHandle, RTK_LPCWSTR lpName,
                                  void **location) {
    return RtOpenSharedMemory(dwDesiredAccess, bInheritHandle, lpName, location);
}

BOOL adapter_RtUnmapSharedMemory(void *location) {
    return RtUnmapSharedMemory(location);
}

BOOL adapter_RtCloseHandle(HANDLE hObject) {
    return RtCloseHandle(hObject);
}

#if RTKCONF_ADAPTER_SYNC_CALLS
HANDLE adapter_RtCreateMutex(void *attributes, BOOL bInitialOwner, RTK_LPCWSTR lpName) {
    return RtCreateMutex(attributes, bInitialOwner, lpName);
}

HANDLE adapter_RtOpenMutex(DWORD dwDesiredAccess, BOOL bInheritHandle, RTK_LPCWSTR lpName) {
    return RtOpenMutex(dwDesiredAccess, bInheritHandle, lpName);
}

HANDLE adapter_RtCreateEvent(void *attributes, BOOL bManualReset, BOOL bInitialState,
                             RTK_LPCWSTR lpName) {
    return RtCreateEvent(attributes, bManualReset, bInitialState, lpName);
}

HANDLE adapter_RtOpenEvent(DWORD dwDesiredAccess, BOOL bInheritHandle, RTK_LPCWSTR lpName) {
    return RtOpenEvent(dwDesiredAccess, bInheritHandle, lpName);
}

HANDLE adapter_RtCreateSemaphore(void *attributes, LONG lInitialCount, LONG lMaximumCount,
                                 RTK_LPCWSTR lpName) {
    return RtCreateSemaphore(attributes, lInitialCount, lMaximumCount, lpName);
}

HANDLE adapter_RtOpenSemaphore(DWORD dwDesiredAccess, BOOL bInheritHandle, RTK_LPCWSTR lpName) {
    return RtOpenSemaphore(dwDesiredAccess, bInheritHandle, lpName);
}
#endif

}  // extern "C"
