#include "memory_steps.h"

#include <cstdio>

#include "memory_probe.h"
#include "rtkconf/agent/pattern.h"

namespace rtkconf::peer {

namespace {

std::string byte_hex(unsigned value) {
    char text[8];
    std::snprintf(text, sizeof text, "0x%02x", value & 0xffu);
    return text;
}

// Compares the range with expected(offset); reports the first difference.
template <typename Expected>
StepResult compare(const unsigned char *base, const Step &step, Expected expected) {
    StepResult result;
    result.called = true;
    uint64_t mismatches = 0, first = 0;
    unsigned first_got = 0, first_want = 0;
    for (uint64_t i = 0; i < step.length; ++i) {
        const uint64_t offset = step.offset + i;
        const unsigned want = expected(offset);
        const unsigned got = base[offset];
        if (got != want) {
            if (mismatches++ == 0) {
                first = offset;
                first_got = got;
                first_want = want;
            }
        }
    }
    result.ok = mismatches == 0;
    if (!result.ok) {
        result.detail = std::to_string(mismatches) + " of " + std::to_string(step.length) +
                        " bytes differ; first at offset " + std::to_string(first) + ": got " +
                        byte_hex(first_got) + ", expected " + byte_hex(first_want);
    } else {
        result.detail = std::to_string(step.length) + " bytes match";
    }
    return result;
}

}  // namespace

StepResult run_memory_step(const Step &asked, const Slot &slot) {
    Step step = asked;
    if (slot.location == nullptr) return not_called("slot '" + step.var + "' has no view");
    auto *base = static_cast<unsigned char *>(slot.location);
    // resident and writable_probe default to the whole view when this peer
    // knows its size (it created it).
    if (step.length == 0) step.length = slot.size;
    const uint64_t length = step.length;
    if (length == 0)
        return not_called("step needs a length: the size of '" + step.var + "' is unknown here");
    if (!range_is_mapped(base + step.offset, static_cast<std::size_t>(length)))
        return not_called("range [" + std::to_string(step.offset) + ", " +
                          std::to_string(step.offset + length) + ") of '" + step.var +
                          "' is not mapped in this process");
    StepResult result;
    result.called = true;
    result.location = reinterpret_cast<uintptr_t>(slot.location);
    switch (step.op) {
        case StepOp::write:
            for (uint64_t i = 0; i < length; ++i)
                base[step.offset + i] = rtkconf_pattern_byte_inline(step.seed, step.offset + i);
            result.detail = std::to_string(length) + " bytes written";
            return result;
        case StepOp::check:
            return compare(base, step, [&](uint64_t offset) {
                return unsigned{rtkconf_pattern_byte_inline(step.seed, offset)};
            });
        case StepOp::check_zero:
            return compare(base, step, [](uint64_t) { return 0u; });
        case StepOp::resident: {
            const Residency residency =
                query_residency(base + step.offset, static_cast<std::size_t>(length));
            if (!residency.known) return not_called(residency.error);
            result.ok = residency.resident == residency.total &&
                        (residency.locked || !residency.locked_known);
            result.detail =
                "resident " + std::to_string(residency.resident) + "/" +
                std::to_string(residency.total) + " pages, " +
                (!residency.locked_known ? "locked: not reported on this platform (wine)"
                 : residency.locked      ? "locked"
                                         : "not locked");
            return result;
        }
        case StepOp::writable_probe: {
            const WritableProbe probe = probe_writable(base + step.offset);
            if (!probe.known) return not_called(probe.detail);
            result.ok = probe.writable;
            result.detail = probe.detail;
            return result;
        }
        default:
            return not_called("not a memory step");
    }
}

}  // namespace rtkconf::peer
