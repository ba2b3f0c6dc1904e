/* The UNICODE_STRING a step passes, built exactly as the test asked,
 * malformed ones included (odd Length, Length > MaximumLength, NULL
 * Buffer).  The storage always holds at least what either length claims,
 * zero-filled beyond the units, so an implementation that trusts the
 * lengths reads the agent's memory, not whatever lies beyond it. */
#include <string.h>

#include "agent_internal.h"

UNICODE_STRING *core_build_name(rtkconf_agent_session *s) {
    const rtkconf_agent_request *q = &s->request;
    const uint32_t natural = 2u * q->name_units;
    const uint16_t length =
        (q->flags & RTKCONF_AGENT_FLAG_NAME_LENGTH) ? q->name_length : (uint16_t)natural;
    const uint16_t maximum =
        (q->flags & RTKCONF_AGENT_FLAG_NAME_MAXIMUM) ? q->name_maximum : length;
    uint32_t bytes = natural;
    uint32_t units;
    if (length > bytes) bytes = length;
    if (maximum > bytes) bytes = maximum;
    /* One more unit for an odd byte count, and one for a terminator. */
    units = (bytes + 2u) / 2u + 1u;
    /* The decoder wrote the name's units at the start of the storage. */
    memset(s->name + q->name_units, 0, (units - q->name_units) * sizeof(uint16_t));
    s->name_string.Length = length;
    s->name_string.MaximumLength = maximum;
    s->name_string.Buffer =
        (q->flags & RTKCONF_AGENT_FLAG_NAME_NULL_BUFFER) ? NULL : (WCHAR *)s->name;
    return (q->flags & RTKCONF_AGENT_FLAG_NAME_NULL) ? NULL : &s->name_string;
}
