/* The wire layout of PROTOCOL.md, and the only code that knows its
 * offsets.  Bytes are assembled one by one, so the host's byte order and
 * alignment never matter. */
#include <string.h>

#include "rtkconf/agent/protocol.h"

/* Request header offsets (PROTOCOL.md, "Request frame"). */
enum {
    Q_MAGIC = 0,
    Q_VERSION = 4,
    Q_OP = 6,
    Q_FLAGS = 8,
    Q_SEQUENCE = 12,
    Q_SLOT = 16,
    Q_KIND = 20,
    Q_SIZE_HIGH = 24,
    Q_SIZE_LOW = 28,
    Q_PROTECT = 32,
    Q_DESIRED_ACCESS = 36,
    Q_SEED = 40,
    Q_RESERVED_A = 44, /* 4 bytes */
    Q_OFFSET = 48,
    Q_LENGTH = 56,
    Q_ARG0 = 64,
    Q_ARG1 = 72,
    Q_RAW_HANDLE = 80,
    Q_RAW_INSTANCE = 88,
    Q_NAME_LENGTH = 96,
    Q_NAME_MAXIMUM = 98,
    Q_NAME_UNITS = 100,
    Q_RESERVED_B = 102 /* to the end of the header */
};

/* Reply offsets (PROTOCOL.md, "Reply frame"). */
enum {
    R_MAGIC = 0,
    R_VERSION = 4,
    R_OP = 6,
    R_SEQUENCE = 8,
    R_REASON = 12,
    R_STATUS = 16,
    R_FLAGS = 20,
    R_FIELD = 24,
    R_RESERVED_A = 28,
    R_HANDLE = 32,
    R_LOCATION = 40,
    R_FACT = 48,  /* four 8-byte facts */
    R_LENGTH = 80 /* reserved from 88 */
};

static void put16(unsigned char *at, uint16_t v) {
    at[0] = (unsigned char)v;
    at[1] = (unsigned char)(v >> 8);
}

static void put32(unsigned char *at, uint32_t v) {
    unsigned i;
    for (i = 0; i < 4; ++i) at[i] = (unsigned char)(v >> (8 * i));
}

static void put64(unsigned char *at, uint64_t v) {
    unsigned i;
    for (i = 0; i < 8; ++i) at[i] = (unsigned char)(v >> (8 * i));
}

static uint16_t get16(const unsigned char *at) {
    return (uint16_t)(at[0] | (at[1] << 8));
}

static uint32_t get32(const unsigned char *at) {
    uint32_t v = 0;
    unsigned i;
    for (i = 0; i < 4; ++i) v |= (uint32_t)at[i] << (8 * i);
    return v;
}

static uint64_t get64(const unsigned char *at) {
    uint64_t v = 0;
    unsigned i;
    for (i = 0; i < 8; ++i) v |= (uint64_t)at[i] << (8 * i);
    return v;
}

/* Two's complement by definition, whatever the compiler's conversions do. */
static uint64_t from_signed(int64_t v) {
    return v < 0 ? ~(uint64_t)(-(v + 1)) : (uint64_t)v;
}

static int64_t to_signed(uint64_t v) {
    return v > (uint64_t)INT64_MAX ? -(int64_t)(~v) - 1 : (int64_t)v;
}

static int32_t to_signed32(uint32_t v) {
    return v > (uint32_t)INT32_MAX ? -(int32_t)(~v) - 1 : (int32_t)v;
}

/* Whether a wire value fits this host's pointers and sizes (a 32-bit
 * host cannot take a 64-bit address). */
static int fits_pointer(uint64_t v) {
#if UINTPTR_MAX < UINT64_MAX
    return v <= UINTPTR_MAX;
#else
    (void)v;
    return 1;
#endif
}

static int fits_size(uint64_t v) {
#if SIZE_MAX < UINT64_MAX
    return v <= SIZE_MAX;
#else
    (void)v;
    return 1;
#endif
}

/* Offset of the first non-zero byte of [from, to), or `to` if none.
 * Whole blocks first: every request has some 64 KiB of zeros to check. */
static size_t first_nonzero(const unsigned char *frame, size_t from, size_t to) {
    static const unsigned char zeros[256];
    while (to - from >= sizeof zeros && memcmp(frame + from, zeros, sizeof zeros) == 0)
        from += sizeof zeros;
    while (from < to && frame[from] == 0) ++from;
    return from;
}

size_t rtkconf_agent_encode_request(const rtkconf_agent_request *q, const uint16_t *units,
                                    void *frame, size_t capacity) {
    unsigned char *f = (unsigned char *)frame;
    size_t i;
    if (capacity < RTKCONF_AGENT_REQUEST_SIZE || q->name_units > RTKCONF_AGENT_MAX_NAME_UNITS)
        return 0;
    memset(f, 0, RTKCONF_AGENT_REQUEST_SIZE);
    put32(f + Q_MAGIC, RTKCONF_AGENT_REQUEST_MAGIC);
    put16(f + Q_VERSION, RTKCONF_AGENT_PROTOCOL_VERSION);
    put16(f + Q_OP, q->op);
    put32(f + Q_FLAGS, q->flags);
    put32(f + Q_SEQUENCE, q->sequence);
    put32(f + Q_SLOT, q->slot);
    put32(f + Q_KIND, q->kind);
    put32(f + Q_SIZE_HIGH, q->size_high);
    put32(f + Q_SIZE_LOW, q->size_low);
    put32(f + Q_PROTECT, q->protect);
    put32(f + Q_DESIRED_ACCESS, q->desired_access);
    put32(f + Q_SEED, q->seed);
    put64(f + Q_OFFSET, q->offset);
    put64(f + Q_LENGTH, q->length);
    put64(f + Q_ARG0, from_signed(q->arg0));
    put64(f + Q_ARG1, from_signed(q->arg1));
    put64(f + Q_RAW_HANDLE, q->raw_handle);
    put64(f + Q_RAW_INSTANCE, q->raw_instance);
    put16(f + Q_NAME_LENGTH, q->name_length);
    put16(f + Q_NAME_MAXIMUM, q->name_maximum);
    put16(f + Q_NAME_UNITS, q->name_units);
    for (i = 0; i < q->name_units; ++i) put16(f + RTKCONF_AGENT_HEADER_SIZE + 2 * i, units[i]);
    return RTKCONF_AGENT_REQUEST_SIZE;
}

/* The checks that need only the fixed fields; RTKCONF_AGENT_CALLED if they pass. */
static uint32_t check_header(const unsigned char *f, const rtkconf_agent_request *q,
                             uint32_t *field) {
    size_t at;
    if (get32(f + Q_MAGIC) != RTKCONF_AGENT_REQUEST_MAGIC)
        return *field = Q_MAGIC, RTKCONF_AGENT_BAD_MAGIC;
    if (get16(f + Q_VERSION) != RTKCONF_AGENT_PROTOCOL_VERSION)
        return *field = Q_VERSION, RTKCONF_AGENT_BAD_VERSION;
    if (q->op < RTKCONF_AGENT_OP_HELLO || q->op > RTKCONF_AGENT_OP_LAST)
        return *field = Q_OP, RTKCONF_AGENT_BAD_OP;
    if ((q->flags & ~(uint32_t)RTKCONF_AGENT_FLAGS_KNOWN) != 0)
        return *field = Q_FLAGS, RTKCONF_AGENT_BAD_FLAGS;
    if (q->kind > RTKCONF_AGENT_KIND_LAST) return *field = Q_KIND, RTKCONF_AGENT_BAD_KIND;
    at = first_nonzero(f, Q_RESERVED_A, Q_RESERVED_A + 4);
    if (at == Q_RESERVED_A + 4) at = first_nonzero(f, Q_RESERVED_B, RTKCONF_AGENT_HEADER_SIZE);
    if (at != RTKCONF_AGENT_HEADER_SIZE) return *field = (uint32_t)at, RTKCONF_AGENT_BAD_RESERVED;
    return RTKCONF_AGENT_CALLED;
}

/* Values a flag must enable, and values the host cannot represent. */
static uint32_t check_values(const rtkconf_agent_request *q, uint32_t *field) {
    if (!(q->flags & RTKCONF_AGENT_FLAG_RAW_HANDLE) ? q->raw_handle != 0
                                                    : !fits_pointer(q->raw_handle))
        return *field = Q_RAW_HANDLE, RTKCONF_AGENT_BAD_VALUE;
    if (!(q->flags & RTKCONF_AGENT_FLAG_RAW_INSTANCE) ? q->raw_instance != 0
                                                      : !fits_pointer(q->raw_instance))
        return *field = Q_RAW_INSTANCE, RTKCONF_AGENT_BAD_VALUE;
    if (!(q->flags & RTKCONF_AGENT_FLAG_NAME_LENGTH) && q->name_length != 0)
        return *field = Q_NAME_LENGTH, RTKCONF_AGENT_BAD_VALUE;
    if (!(q->flags & RTKCONF_AGENT_FLAG_NAME_MAXIMUM) && q->name_maximum != 0)
        return *field = Q_NAME_MAXIMUM, RTKCONF_AGENT_BAD_VALUE;
    if (!fits_pointer(q->offset)) return *field = Q_OFFSET, RTKCONF_AGENT_BAD_VALUE;
    if (!fits_size(q->length)) return *field = Q_LENGTH, RTKCONF_AGENT_BAD_VALUE;
    if (q->name_units > RTKCONF_AGENT_MAX_NAME_UNITS)
        return *field = Q_NAME_UNITS, RTKCONF_AGENT_BAD_NAME;
    return RTKCONF_AGENT_CALLED;
}

uint32_t rtkconf_agent_decode_request(const void *frame, size_t size, rtkconf_agent_request *q,
                                      uint16_t *units, uint32_t *field) {
    const unsigned char *f = (const unsigned char *)frame;
    const size_t name_at = RTKCONF_AGENT_HEADER_SIZE;
    uint32_t reason;
    size_t i, tail;
    memset(q, 0, sizeof *q);
    *field = 0;
    /* What the reply echoes, read first so even a rejected frame's reply
     * can be matched to its request. */
    if (size >= Q_SEQUENCE + 4) {
        q->op = get16(f + Q_OP);
        q->sequence = get32(f + Q_SEQUENCE);
    }
    if (size != RTKCONF_AGENT_REQUEST_SIZE) return RTKCONF_AGENT_BAD_SIZE;
    q->flags = get32(f + Q_FLAGS);
    q->slot = get32(f + Q_SLOT);
    q->kind = get32(f + Q_KIND);
    q->size_high = get32(f + Q_SIZE_HIGH);
    q->size_low = get32(f + Q_SIZE_LOW);
    q->protect = get32(f + Q_PROTECT);
    q->desired_access = get32(f + Q_DESIRED_ACCESS);
    q->seed = get32(f + Q_SEED);
    q->offset = get64(f + Q_OFFSET);
    q->length = get64(f + Q_LENGTH);
    q->arg0 = to_signed(get64(f + Q_ARG0));
    q->arg1 = to_signed(get64(f + Q_ARG1));
    q->raw_handle = get64(f + Q_RAW_HANDLE);
    q->raw_instance = get64(f + Q_RAW_INSTANCE);
    q->name_length = get16(f + Q_NAME_LENGTH);
    q->name_maximum = get16(f + Q_NAME_MAXIMUM);
    q->name_units = get16(f + Q_NAME_UNITS);
    reason = check_header(f, q, field);
    if (reason == RTKCONF_AGENT_CALLED) reason = check_values(q, field);
    if (reason != RTKCONF_AGENT_CALLED) return reason;
    tail = first_nonzero(f, name_at + 2u * q->name_units, RTKCONF_AGENT_REQUEST_SIZE);
    if (tail != RTKCONF_AGENT_REQUEST_SIZE) return *field = (uint32_t)tail, RTKCONF_AGENT_BAD_NAME;
    for (i = 0; i < q->name_units; ++i) units[i] = get16(f + name_at + 2 * i);
    return RTKCONF_AGENT_CALLED;
}

size_t rtkconf_agent_encode_reply(const rtkconf_agent_reply *r, void *frame, size_t capacity) {
    unsigned char *f = (unsigned char *)frame;
    unsigned i;
    if (capacity < RTKCONF_AGENT_REPLY_SIZE) return 0;
    memset(f, 0, RTKCONF_AGENT_REPLY_SIZE);
    put32(f + R_MAGIC, RTKCONF_AGENT_REPLY_MAGIC);
    put16(f + R_VERSION, r->version);
    put16(f + R_OP, r->op);
    put32(f + R_SEQUENCE, r->sequence);
    put32(f + R_REASON, r->reason);
    put32(f + R_STATUS, (uint32_t)from_signed(r->status));
    put32(f + R_FLAGS, r->flags);
    put32(f + R_FIELD, r->field);
    put64(f + R_HANDLE, r->handle);
    put64(f + R_LOCATION, r->location);
    for (i = 0; i < 4; ++i) put64(f + R_FACT + 8 * i, r->fact[i]);
    put64(f + R_LENGTH, r->length);
    return RTKCONF_AGENT_REPLY_SIZE;
}

int rtkconf_agent_decode_reply(const void *frame, size_t size, rtkconf_agent_reply *r) {
    const unsigned char *f = (const unsigned char *)frame;
    unsigned i;
    memset(r, 0, sizeof *r);
    if (size != RTKCONF_AGENT_REPLY_SIZE || get32(f + R_MAGIC) != RTKCONF_AGENT_REPLY_MAGIC)
        return 1;
    r->version = get16(f + R_VERSION);
    r->op = get16(f + R_OP);
    r->sequence = get32(f + R_SEQUENCE);
    r->reason = get32(f + R_REASON);
    r->status = to_signed32(get32(f + R_STATUS));
    r->flags = get32(f + R_FLAGS);
    r->field = get32(f + R_FIELD);
    r->handle = get64(f + R_HANDLE);
    r->location = get64(f + R_LOCATION);
    for (i = 0; i < 4; ++i) r->fact[i] = get64(f + R_FACT + 8 * i);
    r->length = get64(f + R_LENGTH);
    return 0;
}
