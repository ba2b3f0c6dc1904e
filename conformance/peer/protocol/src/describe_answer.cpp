// Evidence text: what a call answered, in its flavour's own terms, after
// the call itself (describe_step.cpp).
#include <array>
#include <cstdio>
#include <string>
#include <utility>

#include "hex_text.h"
#include "rtkconf/step.h"

namespace rtkconf {
namespace {

using evidence_text::hex;

std::string hex32(uint32_t value) {
    char text[16];
    std::snprintf(text, sizeof text, "0x%08X", static_cast<unsigned>(value));
    return text;
}

// The Win32 errors RtWin32Errors.h names, by value: this library does not
// depend on the API headers.
constexpr std::array<std::pair<uint32_t, const char *>, 13> kErrorNames{{
    {0, "ERROR_SUCCESS"},
    {1, "ERROR_INVALID_FUNCTION"},
    {2, "ERROR_FILE_NOT_FOUND"},
    {6, "ERROR_INVALID_HANDLE"},
    {8, "ERROR_NOT_ENOUGH_MEMORY"},
    {31, "ERROR_GEN_FAILURE"},
    {55, "ERROR_DEV_NOT_EXIST"},
    {87, "ERROR_INVALID_PARAMETER"},
    {123, "ERROR_INVALID_NAME"},
    {183, "ERROR_ALREADY_EXISTS"},
    {206, "ERROR_FILENAME_EXCED_RANGE"},
    {1395, "ERROR_LICENSE_QUOTA_EXCEEDED"},
    {1450, "ERROR_NO_SYSTEM_RESOURCES"},
}};

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

bool returns_handle(const Step &step) {
    return step.op == StepOp::create || step.op == StepOp::open;
}

std::string last_error_text(uint32_t code) {
    const std::string name = win32_error_name(code);
    return "last error " + std::to_string(code) + (name.empty() ? "" : " (" + name + ")");
}

// A code written through pErrorCode: no page says in which vocabulary, so
// it is named as an NTSTATUS when it is one of the table's, else as a
// Win32 error when it is one of those.
std::string error_code_text(uint32_t code) {
    std::string text = "*pErrorCode=" + hex32(code);
    const std::string status = status_name(static_cast<int32_t>(code));
    if (status.rfind("STATUS_", 0) == 0) return text + " (" + status + ")";
    const std::string error = win32_error_name(code);
    return error.empty() ? text : text + " (" + error + ")";
}

}  // namespace

std::string win32_error_name(uint32_t error) {
    for (const auto &[value, name] : kErrorNames)
        if (value == error) return name;
    return "";
}

std::string raw_answer(const Step &step, const StepResult &result) {
    const bool ok = result.status >= 0;
    const std::string value = returns_handle(step)
                                  ? (ok ? "handle " + hex(result.handle) : std::string("NULL"))
                                  : (ok ? std::string("TRUE") : std::string("FALSE"));
    switch (result.flavour) {
        case Flavour::rtk:
            return status_text(result.status);
        case Flavour::rtapi:
            // A last error is defined after a failure, and after a create.
            if (!ok || step.op == StepOp::create)
                return value + ", " + last_error_text(result.code);
            return value;
        case Flavour::rtk_legacy:
            return value + ", " + error_code_text(result.code);
    }
    return value;
}

std::string describe(const Step &step, const StepResult &result) {
    std::string text = describe(step, result.flavour) + " -> ";
    if (!result.called) {
        text += result.expressible
                    ? "not called: "
                    : "not expressible in " + std::string(flavour_name(result.flavour)) + ": ";
        return text + result.detail;
    }
    if (is_api_call(step.op)) {
        text += raw_answer(step, result);
        // The suite's reading of another flavour's answer.
        if (result.flavour != Flavour::rtk && result.status != 0)
            text += ", read as " + status_name(result.status);
        if ((step.op == StepOp::attach || step.op == StepOp::attach_ex) && result.handle != 0)
            text += ", RtssInst=" + hex(result.handle);
        if (returns_handle(step) && result.status >= 0) {
            if (result.flavour == Flavour::rtk) text += ", handle=" + hex(result.handle);
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
