// Evidence text: a Step written as the C call it makes, and its outcome.
#include <cstdio>
#include <string>

#include "rtkconf/step.h"
#include "rtkconf/step_json.h"

namespace rtkconf {

namespace {

std::string hex(uint64_t value) {
    char text[24];
    std::snprintf(text, sizeof text, "0x%llx", static_cast<unsigned long long>(value));
    return text;
}

void append_unit(std::string &text, char16_t unit) {
    if (unit >= 0x20 && unit < 0x7f && unit != u'"' && unit != u'\\') {
        text += static_cast<char>(unit);
    } else {
        char escaped[16];
        std::snprintf(escaped, sizeof escaped, "\\x{%04X}", static_cast<unsigned>(unit));
        text += escaped;
    }
}

// FNV-1a over the code units: two elided names that differ only in the
// hidden middle still read differently.
uint32_t units_hash(const std::u16string &units) {
    uint32_t h = 2166136261u;
    for (char16_t unit : units) {
        h = (h ^ (unit & 0xFFu)) * 16777619u;
        h = (h ^ (unit >> 8)) * 16777619u;
    }
    return h;
}

// Printable ASCII as is, everything else as \x{XXXX}. A name is shown
// whole up to kWhole units; a longer one keeps its head and tail, and says
// its length and a hash of the whole.
std::string quote_units(const std::u16string &units) {
    constexpr std::size_t kWhole = 64, kHead = 32, kTail = 24;
    std::string text = "u\"";
    if (units.size() <= kWhole) {
        for (char16_t unit : units) append_unit(text, unit);
        return text + '"';
    }
    for (std::size_t i = 0; i < kHead; ++i) append_unit(text, units[i]);
    text += "...";
    for (std::size_t i = units.size() - kTail; i < units.size(); ++i) append_unit(text, units[i]);
    char hash[16];
    std::snprintf(hash, sizeof hash, "%08x", static_cast<unsigned>(units_hash(units)));
    return text + "\" (" + std::to_string(units.size()) + " units, hash " + hash + ")";
}

std::string describe_name(const NameArg &name) {
    if (name.null_pointer) return "Name=NULL";
    const auto natural = static_cast<unsigned>(name.units.size() * 2);
    const unsigned length = name.length ? *name.length : natural;
    const unsigned maximum = name.maximum_length ? *name.maximum_length : length;
    std::string text = "Name=";
    text += name.null_buffer ? std::string("{Buffer=NULL}") : quote_units(name.units);
    text +=
        " (Length=" + std::to_string(length) + ", MaximumLength=" + std::to_string(maximum) + ")";
    return text;
}

std::string instance_arg(const Step &step) {
    return step.raw_instance ? "RtssInst=" + hex(*step.raw_instance) : std::string("inst");
}

std::string handle_out(const Step &step) {
    return step.null_handle_ptr ? std::string("NULL") : "&" + (step.var.empty() ? "h" : step.var);
}

std::string location_out(const Step &step) {
    return step.null_location ? std::string("NULL") : std::string("&Location");
}

std::string range(const Step &step) {
    return step.var + "[" + std::to_string(step.offset) + ", " +
           std::to_string(step.offset + step.length) + ")";
}

std::string describe_create(const Step &step) {
    const std::string head = instance_arg(step) + ", " + handle_out(step) + ", ";
    switch (step.kind) {
        case ObjectKind::shared_memory:
            return "RtkCreateSharedMemory(" + head + "Protect=" + hex(step.protect) +
                   ", High=" + std::to_string(step.size_high) +
                   ", Low=" + std::to_string(step.size_low) + ", " + describe_name(step.name) +
                   ", " + location_out(step) + ")";
        case ObjectKind::mutex:
            return "RtkCreateMutex(" + head + "NULL, InitialOwner=FALSE, " +
                   describe_name(step.name) + ")";
        case ObjectKind::event:
            return "RtkCreateEvent(" + head + "NULL, ManualReset=TRUE, InitialState=FALSE, " +
                   describe_name(step.name) + ")";
        case ObjectKind::semaphore:
            return "RtkCreateSemaphore(" + head +
                   "NULL, InitialCount=" + std::to_string(step.arg0) +
                   ", MaximumCount=" + std::to_string(step.arg1) + ", " + describe_name(step.name) +
                   ")";
    }
    return "create(?)";
}

std::string describe_open(const Step &step) {
    const std::string head = instance_arg(step) + ", " + handle_out(step) +
                             ", DesiredAccess=" + hex(step.desired_access) +
                             ", InheritHandle=FALSE, " + describe_name(step.name);
    switch (step.kind) {
        case ObjectKind::shared_memory:
            return "RtkOpenSharedMemory(" + head + ", " + location_out(step) + ")";
        case ObjectKind::mutex:
            return "RtkOpenMutex(" + head + ")";
        case ObjectKind::event:
            return "RtkOpenEvent(" + head + ")";
        case ObjectKind::semaphore:
            return "RtkOpenSemaphore(" + head + ")";
    }
    return "open(?)";
}

bool is_api_call(StepOp op) {
    switch (op) {
        case StepOp::attach:
        case StepOp::attach_bad:
        case StepOp::attach_ex:
        case StepOp::detach:
        case StepOp::create:
        case StepOp::open:
        case StepOp::close:
        case StepOp::unmap:
            return true;
        default:
            return false;
    }
}

}  // namespace

std::string describe(const Step &step) {
    switch (step.op) {
        case StepOp::attach:
            return "RtkRtssAttach(MaxWFSO=" + std::to_string(step.arg0) + ", &inst)";
        case StepOp::attach_bad:
            return "RtkRtssAttach(MaxWFSO=" + std::to_string(step.arg0) + ", NULL)";
        case StepOp::attach_ex:
            return "RtkRtssAttachEx(MaxWFSO=" + std::to_string(step.arg0) + ", &inst, NULL, NULL)";
        case StepOp::detach:
            return "RtkRtssDetach(" + instance_arg(step) + ")";
        case StepOp::create:
            return describe_create(step);
        case StepOp::open:
            return describe_open(step);
        case StepOp::close:
            return "RtkCloseHandle(" + instance_arg(step) + ", " +
                   (step.raw_handle ? hex(*step.raw_handle) : step.var) + ")";
        case StepOp::unmap:
            return "RtkUnMapSharedMemory(" + instance_arg(step) + ", " + step.var + ".Location" +
                   (step.offset ? " + " + std::to_string(step.offset) : std::string()) + ")";
        case StepOp::write:
            return "write " + range(step) + " pattern seed=" + std::to_string(step.seed);
        case StepOp::check:
            return "check " + range(step) + " against pattern seed=" + std::to_string(step.seed);
        case StepOp::check_zero:
            return "check " + range(step) + " reads zero";
        case StepOp::resident:
            return "resident " + range(step);
        case StepOp::writable_probe:
            return "writable_probe " + range(step);
        case StepOp::exit:
            return "exit(" + std::to_string(step.arg0) + ")";
        case StepOp::crash:
            return "crash (abort)";
        case StepOp::release_all:
            return "end of test: unmap and close every handle still held";
    }
    return op_name(step.op);
}

std::string describe(const Step &step, const StepResult &result) {
    std::string text = describe(step) + " -> ";
    if (!result.called) return text + "not called: " + result.detail;
    if (is_api_call(step.op)) {
        text += status_text(result.status);
        if ((step.op == StepOp::attach || step.op == StepOp::attach_ex) && result.handle != 0)
            text += ", RtssInst=" + hex(result.handle);
        if ((step.op == StepOp::create || step.op == StepOp::open) && result.status >= 0) {
            text += ", handle=" + hex(result.handle);
            if (step.kind == ObjectKind::shared_memory)
                text += ", Location=" + hex(result.location);
        }
    } else {
        text += result.ok ? "ok" : "FAILED";
    }
    if (!result.detail.empty()) text += " (" + result.detail + ")";
    return text;
}

}  // namespace rtkconf
