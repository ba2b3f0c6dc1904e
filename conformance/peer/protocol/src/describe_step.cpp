// Evidence text: a Step written as the C call its flavour makes.
#include <cstdio>
#include <string>

#include "hex_text.h"
#include "rtkconf/step.h"
#include "rtkconf/step_json.h"

namespace rtkconf {

namespace {

using evidence_text::hex;

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

std::string location_out(const Step &step) {
    return step.null_location ? std::string("NULL") : std::string("&Location");
}

std::string range(const Step &step) {
    return step.var + "[" + std::to_string(step.offset) + ", " +
           std::to_string(step.offset + step.length) + ")";
}

// How each flavour spells a call: its prefix, what comes before the
// call's own arguments, and how it names and passes a name.
struct Spelling {
    Flavour flavour;
    const Step &step;

    std::string call(const char *rtk_name) const {
        return flavour == Flavour::rtapi ? std::string("Rt") + (rtk_name + 3) : rtk_name;
    }
    // rtk: "inst, &h, "; rtapi: ""; rtk-legacy: "inst, &ErrorCode, ".
    std::string head(bool writes_handle) const {
        switch (flavour) {
            case Flavour::rtk:
                return instance_arg(step) + ", " +
                       (writes_handle ? (step.null_handle_ptr
                                             ? std::string("NULL, ")
                                             : "&" + (step.var.empty() ? "h" : step.var) + ", ")
                                      : std::string());
            case Flavour::rtapi:
                return "";
            case Flavour::rtk_legacy:
                return instance_arg(step) + (step.null_error_code ? ", NULL, " : ", &ErrorCode, ");
        }
        return "";
    }
    std::string name() const {
        if (flavour != Flavour::rtapi) return describe_name(step.name);
        if (step.name.null_pointer) return "lpName=NULL";
        std::u16string units = step.name.units;
        if (step.name.length && *step.name.length / 2 < units.size())
            units.resize(*step.name.length / 2);
        return "lpName=" + quote_units(units);
    }
};

std::string describe_create(const Spelling &s) {
    const Step &step = s.step;
    const std::string head = s.head(true);
    switch (step.kind) {
        case ObjectKind::shared_memory:
            return s.call("RtkCreateSharedMemory") + "(" + head + "Protect=" + hex(step.protect) +
                   ", High=" + std::to_string(step.size_high) +
                   ", Low=" + std::to_string(step.size_low) + ", " + s.name() + ", " +
                   location_out(step) + ")";
        case ObjectKind::mutex:
            return s.call("RtkCreateMutex") + "(" + head + "NULL, InitialOwner=FALSE, " + s.name() +
                   ")";
        case ObjectKind::event:
            return s.call("RtkCreateEvent") + "(" + head +
                   "NULL, ManualReset=TRUE, InitialState=FALSE, " + s.name() + ")";
        case ObjectKind::semaphore:
            return s.call("RtkCreateSemaphore") + "(" + head +
                   "NULL, InitialCount=" + std::to_string(step.arg0) +
                   ", MaximumCount=" + std::to_string(step.arg1) + ", " + s.name() + ")";
    }
    return "create(?)";
}

std::string describe_open(const Spelling &s) {
    const Step &step = s.step;
    const std::string args = s.head(true) + "DesiredAccess=" + hex(step.desired_access) +
                             ", InheritHandle=FALSE, " + s.name();
    switch (step.kind) {
        case ObjectKind::shared_memory:
            return s.call("RtkOpenSharedMemory") + "(" + args + ", " + location_out(step) + ")";
        case ObjectKind::mutex:
            return s.call("RtkOpenMutex") + "(" + args + ")";
        case ObjectKind::event:
            return s.call("RtkOpenEvent") + "(" + args + ")";
        case ObjectKind::semaphore:
            return s.call("RtkOpenSemaphore") + "(" + args + ")";
    }
    return "open(?)";
}

std::string describe_attach(const Step &step, Flavour flavour) {
    if (flavour == Flavour::rtapi) return "attach (no call in rtapi)";
    const std::string max = "MaxWFSO=" + std::to_string(step.arg0);
    switch (step.op) {
        case StepOp::attach_bad:
            return "RtkRtssAttach(" + max + ", NULL)";
        case StepOp::attach_ex:
            return "RtkRtssAttachEx(" + max + ", &inst, NULL, NULL)";
        default:
            return "RtkRtssAttach(" + max + ", &inst)";
    }
}

std::string describe_unmap(const Spelling &s) {
    const Step &step = s.step;
    const std::string address = step.var + ".Location" +
                                (step.offset ? " + " + std::to_string(step.offset) : std::string());
    switch (s.flavour) {
        case Flavour::rtk:
            return "RtkUnMapSharedMemory(" + instance_arg(step) + ", " + address + ")";
        case Flavour::rtapi:
            return "RtUnmapSharedMemory(" + address + ")";
        case Flavour::rtk_legacy:
            return "unmap " + address +
                   " (rtk-legacy has no unmap call: the view goes at the close)";
    }
    return "unmap(?)";
}

}  // namespace

std::string describe(const Step &step, Flavour flavour) {
    const Spelling spelling{flavour, step};
    switch (step.op) {
        case StepOp::attach:
        case StepOp::attach_bad:
        case StepOp::attach_ex:
            return describe_attach(step, flavour);
        case StepOp::detach:
            return "RtkRtssDetach(" + instance_arg(step) + ")";
        case StepOp::create:
            return describe_create(spelling);
        case StepOp::open:
            return describe_open(spelling);
        case StepOp::close:
            return spelling.call("RtkCloseHandle") + "(" + spelling.head(false) +
                   (step.raw_handle ? hex(*step.raw_handle) : step.var) + ")";
        case StepOp::unmap:
            return describe_unmap(spelling);
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

}  // namespace rtkconf
