/*
 * RtkTypes.h: the types, status values and constants every API header of
 * this project shares (see CONFORMANCE.md, "ABI"), without any prototype:
 * the current Rtk calls (RtkApi.h) and their older shape (RtkLegacyApi.h)
 * have the same names, and a program declares one or the other.
 */
#ifndef RTK_RTKTYPES_H
#define RTK_RTKTYPES_H

/* The one platform switch of the public headers: a consumer that does not
 * use this project's build must still get the platform's own types. */
#if defined(_WIN32)
#include "rtk/RtkTypesWindows.h"
#else
#include "rtk/RtkTypesPortable.h"
#endif

#include "rtk/RtkStatus.h"

/* DesiredAccess values for opening shared memory. */
#define SHM_MAP_READ 1u
#define SHM_MAP_WRITE 2u

/* Longest object name, in UTF-16 code units (see CONFORMANCE.md, D2). */
#define RTK_MAX_NAME_UNITS 260u

#endif /* RTK_RTKTYPES_H */
