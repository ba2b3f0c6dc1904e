/*
 * protocol.h: the agent protocol's frames (conformance/agent/PROTOCOL.md
 * explains them).  The one owner of the wire layout: the executor core
 * decodes requests and encodes replies with it, the peer's agent transport
 * does the opposite, and no other code knows an offset.
 *
 * Plain C11, fixed-width integers, no library beyond memcpy/memset/memcmp:
 * it is compiled into a Windows driver as it is.  Every multi-byte field is
 * little-endian on the wire whatever the host's order; the structs below
 * are the decoded, host-order view and are never sent as they are.
 */
#ifndef RTKCONF_AGENT_PROTOCOL_H
#define RTKCONF_AGENT_PROTOCOL_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define RTKCONF_AGENT_PROTOCOL_VERSION 1u

/* "RKAQ" and "RKAR" read as little-endian 32-bit values. */
#define RTKCONF_AGENT_REQUEST_MAGIC 0x51414B52u
#define RTKCONF_AGENT_REPLY_MAGIC 0x52414B52u

/* A request is always exactly this long: a 128-byte header, then room for
 * the longest name a UNICODE_STRING can count (32767 UTF-16 units), padded
 * to 65536 bytes.  A reply is always exactly RTKCONF_AGENT_REPLY_SIZE. */
#define RTKCONF_AGENT_HEADER_SIZE 128u
#define RTKCONF_AGENT_MAX_NAME_UNITS 32767u
#define RTKCONF_AGENT_NAME_AREA_SIZE 65536u
#define RTKCONF_AGENT_REQUEST_SIZE (RTKCONF_AGENT_HEADER_SIZE + RTKCONF_AGENT_NAME_AREA_SIZE)
#define RTKCONF_AGENT_REPLY_SIZE 128u

/* The Windows driver's device and its one IOCTL: CTL_CODE(FILE_DEVICE_UNKNOWN,
 * 0x801, METHOD_BUFFERED, FILE_READ_DATA | FILE_WRITE_DATA); input exactly
 * one request, output room for one reply. */
#define RTKCONF_AGENT_DEVICE_PATH "\\\\.\\RtkConfAgent"
#define RTKCONF_AGENT_IOCTL_STEP 0x0022E004u

/* Operations: the peer's steps, less exit and crash (a process ending is
 * the session ending, never a request), plus hello and end_session. */
enum rtkconf_agent_op {
    RTKCONF_AGENT_OP_HELLO = 1,       /* no call: the agent's version, policy and limits */
    RTKCONF_AGENT_OP_ATTACH = 2,      /* RtkRtssAttach(arg0 = MaxWFSO, &instance) */
    RTKCONF_AGENT_OP_ATTACH_BAD = 3,  /* RtkRtssAttach(arg0, NULL) */
    RTKCONF_AGENT_OP_ATTACH_EX = 4,   /* RtkRtssAttachEx(arg0, &instance, NULL, NULL) */
    RTKCONF_AGENT_OP_DETACH = 5,      /* RtkRtssDetach(instance) */
    RTKCONF_AGENT_OP_CREATE = 6,      /* Rtk*Create* of kind -> slot */
    RTKCONF_AGENT_OP_OPEN = 7,        /* Rtk*Open* of kind -> slot */
    RTKCONF_AGENT_OP_CLOSE = 8,       /* RtkCloseHandle(slot's handle, or raw_handle) */
    RTKCONF_AGENT_OP_UNMAP = 9,       /* RtkUnMapSharedMemory(slot's Location + offset) */
    RTKCONF_AGENT_OP_WRITE = 10,      /* pattern(seed) into [offset, offset+length) of the view */
    RTKCONF_AGENT_OP_CHECK = 11,      /* compare that range with pattern(seed) */
    RTKCONF_AGENT_OP_CHECK_ZERO = 12, /* that range reads as zero */
    RTKCONF_AGENT_OP_RESIDENT = 13,   /* pages of that range resident and locked */
    RTKCONF_AGENT_OP_WRITABLE_PROBE = 14, /* would a write to the view fault? */
    RTKCONF_AGENT_OP_RELEASE_ALL = 15,    /* unmap and close every slot still held */
    RTKCONF_AGENT_OP_END_SESSION = 16, /* what closing the device does; the session starts anew */
    RTKCONF_AGENT_OP_LAST = 16
};

enum rtkconf_agent_kind {
    RTKCONF_AGENT_KIND_SHARED_MEMORY = 0,
    RTKCONF_AGENT_KIND_MUTEX = 1,
    RTKCONF_AGENT_KIND_EVENT = 2,
    RTKCONF_AGENT_KIND_SEMAPHORE = 3,
    RTKCONF_AGENT_KIND_LAST = 3
};

/* Request flags.  Any other bit set rejects the frame. */
#define RTKCONF_AGENT_FLAG_NULL_HANDLE_PTR 0x01u  /* pass NULL for the handle pointer */
#define RTKCONF_AGENT_FLAG_NULL_LOCATION 0x02u    /* pass NULL for Location */
#define RTKCONF_AGENT_FLAG_RAW_HANDLE 0x04u       /* close raw_handle, not the slot's */
#define RTKCONF_AGENT_FLAG_RAW_INSTANCE 0x08u     /* pass raw_instance, not the session's */
#define RTKCONF_AGENT_FLAG_NAME_NULL 0x10u        /* pass Name == NULL */
#define RTKCONF_AGENT_FLAG_NAME_NULL_BUFFER 0x20u /* Buffer == NULL whatever Length says */
#define RTKCONF_AGENT_FLAG_NAME_LENGTH 0x40u      /* Length = name_length, not units * 2 */
#define RTKCONF_AGENT_FLAG_NAME_MAXIMUM 0x80u     /* MaximumLength = name_maximum */
#define RTKCONF_AGENT_FLAGS_KNOWN 0xFFu

/* The step a request carries, decoded (host order). */
typedef struct rtkconf_agent_request {
    uint16_t op;             /* enum rtkconf_agent_op */
    uint32_t flags;          /* RTKCONF_AGENT_FLAG_* */
    uint32_t sequence;       /* echoed in the reply */
    uint32_t slot;           /* the peer's slot number; RTKCONF_AGENT_NO_SLOT for none */
    uint32_t kind;           /* enum rtkconf_agent_kind */
    uint32_t size_high;      /* create: MaximumSizeHigh */
    uint32_t size_low;       /* create: MaximumSizeLow */
    uint32_t protect;        /* create: Protect */
    uint32_t desired_access; /* open: DesiredAccess */
    uint32_t seed;           /* write/check: the pattern's seed */
    uint64_t offset;         /* unmap, memory steps */
    uint64_t length;         /* memory steps; 0: the size this session created */
    int64_t arg0;            /* attach: MaxWFSO (low 32 bits); semaphore: InitialCount */
    int64_t arg1;            /* semaphore: MaximumCount (low 32 bits) */
    uint64_t raw_handle;     /* with RTKCONF_AGENT_FLAG_RAW_HANDLE, else 0 */
    uint64_t raw_instance;   /* with RTKCONF_AGENT_FLAG_RAW_INSTANCE, else 0 */
    uint16_t name_length;    /* with RTKCONF_AGENT_FLAG_NAME_LENGTH, else 0 */
    uint16_t name_maximum;   /* with RTKCONF_AGENT_FLAG_NAME_MAXIMUM, else 0 */
    uint16_t name_units;     /* code units of the name that follow the header */
} rtkconf_agent_request;

#define RTKCONF_AGENT_NO_SLOT 0xFFFFFFFFu

/* Why a step was not called (reply.reason).  0: the call was made.
 * 1-19: the frame was rejected (reply.field is the byte offset of the
 * field at fault); 20 and up: a valid step the agent could not make. */
enum rtkconf_agent_reason {
    RTKCONF_AGENT_CALLED = 0,
    RTKCONF_AGENT_BAD_SIZE = 1, /* not RTKCONF_AGENT_REQUEST_SIZE bytes */
    RTKCONF_AGENT_BAD_MAGIC = 2,
    RTKCONF_AGENT_BAD_VERSION = 3, /* reply.version says which one the agent speaks */
    RTKCONF_AGENT_BAD_OP = 4,
    RTKCONF_AGENT_BAD_KIND = 5,
    RTKCONF_AGENT_BAD_FLAGS = 6,        /* an unknown flag bit */
    RTKCONF_AGENT_BAD_RESERVED = 7,     /* a reserved byte is not zero */
    RTKCONF_AGENT_BAD_NAME = 8,         /* too many units, or units past name_units */
    RTKCONF_AGENT_BAD_VALUE = 9,        /* a field its flag does not enable, or too wide a value */
    RTKCONF_AGENT_NOT_EXPORTED = 20,    /* fact[0]: enum rtkconf_agent_function missing */
    RTKCONF_AGENT_NO_SLOT_HELD = 21,    /* the session holds nothing in that slot */
    RTKCONF_AGENT_NO_VIEW = 22,         /* the slot has no Location */
    RTKCONF_AGENT_NEEDS_LENGTH = 23,    /* length 0 and the size is unknown here */
    RTKCONF_AGENT_NOT_MAPPED = 24,      /* fact[0..1]: the range [begin, end) is not mapped */
    RTKCONF_AGENT_UNSUPPORTED = 25,     /* the host cannot answer this question */
    RTKCONF_AGENT_NO_MEMORY = 26,       /* the agent's own allocation failed */
    RTKCONF_AGENT_LIMIT = 27,           /* fact[0]: the limit a session reached */
    RTKCONF_AGENT_SHARED_INSTANCE = 28, /* policy: a session never detaches the driver's instance */
    RTKCONF_AGENT_OTHER_SESSION = 29,   /* policy: the handle is held by another session */
    RTKCONF_AGENT_PROBE_FAILED = 30     /* the host's memory query failed */
};

/* The Rtk functions, numbered for RTKCONF_AGENT_NOT_EXPORTED. */
enum rtkconf_agent_function {
    RTKCONF_AGENT_FN_ATTACH_EX = 1,
    RTKCONF_AGENT_FN_UNMAP = 2,
    RTKCONF_AGENT_FN_CREATE_MUTEX = 3,
    RTKCONF_AGENT_FN_OPEN_MUTEX = 4,
    RTKCONF_AGENT_FN_CREATE_EVENT = 5,
    RTKCONF_AGENT_FN_OPEN_EVENT = 6,
    RTKCONF_AGENT_FN_CREATE_SEMAPHORE = 7,
    RTKCONF_AGENT_FN_OPEN_SEMAPHORE = 8
};

/* Reply flags. */
#define RTKCONF_AGENT_REPLY_OK 0x01u           /* memory steps: the check held */
#define RTKCONF_AGENT_REPLY_SHARED 0x02u       /* attach answered with the driver's instance */
#define RTKCONF_AGENT_REPLY_LOCKED 0x04u       /* resident: every page locked */
#define RTKCONF_AGENT_REPLY_LOCKED_KNOWN 0x08u /* resident: the host can tell locked pages */

/* Attach policies (hello's fact[1]; PROTOCOL.md, "Attach policy"). */
#define RTKCONF_AGENT_ATTACH_PER_SESSION 1u /* each session attaches as a process would */
#define RTKCONF_AGENT_ATTACH_SHARED 2u      /* one instance per driver, shared by sessions */

/* What came back, decoded (host order).  fact[] by step:
 *   hello: protocol version, attach policy, record limit, request size;
 *   write: bytes written;
 *   check, check_zero: mismatching bytes, first mismatch offset, byte
 *     read there, byte expected there;
 *   resident: resident pages, pages in the range;
 *   release_all: views unmapped, handles closed, calls that failed, 1 when
 *     the session had detached (and released nothing);
 *   not called: see enum rtkconf_agent_reason. */
typedef struct rtkconf_agent_reply {
    uint16_t version;  /* the agent's RTKCONF_AGENT_PROTOCOL_VERSION */
    uint16_t op;       /* the request's op, 0 if it could not be read */
    uint32_t sequence; /* the request's sequence, 0 if it could not be read */
    uint32_t reason;   /* enum rtkconf_agent_reason */
    int32_t status;    /* the NTSTATUS the call returned */
    uint32_t flags;    /* RTKCONF_AGENT_REPLY_* */
    uint32_t field;    /* rejected frames: byte offset of the field at fault */
    uint64_t handle;   /* attach: the instance; create/open: the handle; close: the value */
    uint64_t location; /* create/open/unmap/memory steps: the address used */
    uint64_t fact[4];
    uint64_t length; /* memory steps: the length used (the view's size for length 0) */
} rtkconf_agent_reply;

/* Encodes into exactly RTKCONF_AGENT_REQUEST_SIZE bytes at `frame`; the
 * name's units (host-order uint16) come from `units`.  Returns the size
 * written, or 0 when `capacity` is too small or name_units is too large. */
size_t rtkconf_agent_encode_request(const rtkconf_agent_request *request, const uint16_t *units,
                                    void *frame, size_t capacity);

/* Decodes and validates a request of `size` bytes.  On success returns
 * RTKCONF_AGENT_CALLED and fills `request` and `units` (room for
 * RTKCONF_AGENT_MAX_NAME_UNITS); otherwise returns the reason and sets
 * *field to the offending byte offset.  Reads only [frame, frame+size). */
uint32_t rtkconf_agent_decode_request(const void *frame, size_t size,
                                      rtkconf_agent_request *request, uint16_t *units,
                                      uint32_t *field);

/* Exactly RTKCONF_AGENT_REPLY_SIZE bytes; 0 when `capacity` is too small. */
size_t rtkconf_agent_encode_reply(const rtkconf_agent_reply *reply, void *frame, size_t capacity);

/* Decodes a reply; 0 on success, non-zero for a short or foreign frame. */
int rtkconf_agent_decode_reply(const void *frame, size_t size, rtkconf_agent_reply *reply);

#ifdef __cplusplus
}
#endif

#endif /* RTKCONF_AGENT_PROTOCOL_H */
