// One call a peer process makes against the implementation under test,
// and what came back. Steps are plain data so they can be logged as the
// evidence of a rule and replayed in the report.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "rtkconf/flavour.h"

namespace rtkconf {

enum class ObjectKind { shared_memory, mutex, event, semaphore };

// Every kind, in a fixed order: the rows of a test that goes through them.
inline constexpr ObjectKind kObjectKinds[] = {ObjectKind::shared_memory, ObjectKind::mutex,
                                              ObjectKind::event, ObjectKind::semaphore};

// The kind in messages: "shared memory", "mutex", "event", "semaphore".
const char *kind_label(ObjectKind kind);

// How a test passes a name. `units` is the exact UTF-16 sequence; the
// overrides build malformed UNICODE_STRINGs on purpose.
struct NameArg {
    bool null_pointer = false;               // pass Name == NULL
    std::u16string units;                    // the code units in Buffer
    std::optional<uint16_t> length;          // override Length (bytes)
    std::optional<uint16_t> maximum_length;  // override MaximumLength (bytes)
    bool null_buffer = false;                // Buffer == NULL whatever Length says
};

enum class StepOp {
    attach,          // RtkRtssAttach(arg0 = MaxWFSO); stores the instance
    attach_bad,      // RtkRtssAttach with a NULL RtssInstPtr
    attach_ex,       // RtkRtssAttachEx(arg0 = MaxWFSO, no routine); stores the instance
    detach,          // RtkRtssDetach(instance)
    create,          // Rtk*Create* of `kind` -> slot `var`
    open,            // Rtk*Open* of `kind` -> slot `var`
    close,           // RtkCloseHandle(slot var) or (raw_handle if set)
    unmap,           // RtkUnMapSharedMemory(slot var's Location + offset)
    write,           // fill [offset, offset+length) of var's view from `seed`
    check,           // compare [offset, offset+length) with the `seed` pattern
    check_zero,      // [offset, offset+length) reads as zero
    resident,        // is var's view resident (Linux mincore; Windows QueryWorkingSetEx)
    writable_probe,  // would a write to var's view fault? (probed without crashing)
    exit,            // exit(arg0) without closing anything
    crash,           // abort() on purpose (tests of the harness)
    release_all,     // unmap and close what the peer still holds: how a test ends
};

struct Step {
    StepOp op = StepOp::attach;
    std::string var;  // slot name in the peer ("a", "m1", ...)
    ObjectKind kind = ObjectKind::shared_memory;
    NameArg name;
    uint32_t size_high = 0;                // create: MaximumSizeHigh
    uint32_t size_low = 0;                 // create: MaximumSizeLow
    uint32_t protect = 0x04;               // create: Protect (ignored by the spec)
    uint32_t desired_access = 2;           // open: SHM_MAP_WRITE
    uint64_t offset = 0, length = 0;       // write/check/check_zero
    uint32_t seed = 0;                     // write/check pattern seed
    int64_t arg0 = 1;                      // attach: MaxWFSO; exit: code; semaphore: initial
    int64_t arg1 = 1;                      // semaphore: maximum
    std::optional<uint64_t> raw_handle;    // close/use this value instead of var's handle
    bool null_handle_ptr = false;          // pass a NULL handle pointer
    bool null_location = false;            // pass a NULL Location pointer
    std::optional<uint64_t> raw_instance;  // use this RTSSINST instead of the attached one
    bool null_error_code = false;          // rtk-legacy: pass a NULL pErrorCode
};

// Who is to blame when a call was not answered. Set by the orchestrator
// (Peer), never by the peer process.
enum class StepFault {
    none,     // answered, or the test itself ended the peer
    crashed,  // the peer died during the call (a signal, or an exit nobody asked for)
    hung,     // the call did not return within the step timeout
    harness,  // the harness failed: no peer, broken pipe, unreadable answer
};

// What a peer puts in the last error (rtapi) or *pErrorCode (rtk-legacy)
// before each call, so a call that leaves it alone is seen to.
inline constexpr uint32_t kUntouchedCode = 0xDEADBEEFu;

// What a step got. `status` is in the suite's vocabulary (NTSTATUS) for
// every flavour, so a test reads one language; `code` is what the
// flavour's call itself answered, kept as the evidence and for exact-code
// checks (a last error is compared as a last error).
struct StepResult {
    int32_t status = 0;              // NTSTATUS: the call's, or the flavour's answer mapped to one
    bool called = false;             // false: the peer could not make the call (see detail)
    bool expressible = true;         // false: the peer's flavour has no such call or argument
    Flavour flavour = Flavour::rtk;  // which calls the peer made
    // rtk: the NTSTATUS again; rtapi: the thread's last error after the
    // call (0 for a successful call other than create, whose last error
    // no page defines); rtk-legacy: what the call wrote through pErrorCode.
    uint32_t code = 0;
    uint64_t handle = 0;    // create/open: the handle written
    uint64_t location = 0;  // create/open: the Location written
    bool ok = true;         // check/check_zero/resident/writable_probe verdict
    std::string detail;     // human-readable: mismatch offset, errors, ...
    StepFault fault = StepFault::none;
};

// One line of evidence: the call as the flavour makes it, and (with a
// result) what it answered: "RtkCreateSharedMemory(..) -> STATUS_... (0x...)",
// "RtCreateSharedMemory(..) -> NULL, last error 6 (ERROR_INVALID_HANDLE)".
std::string describe(const Step &step, Flavour flavour = Flavour::rtk);
std::string describe(const Step &step, const StepResult &result);
// Names come from the API header's list (RtkStatusName); a value not
// listed is shown in hex.
std::string status_name(int32_t status);  // "STATUS_INVALID_PARAMETER" or "0x..."
std::string status_hex(int32_t status);   // "0xC000000D"
std::string status_text(int32_t status);  // "STATUS_INVALID_PARAMETER (0xC000000D)" or "0x..."
std::string win32_error_name(uint32_t error);  // "ERROR_INVALID_HANDLE" or "" when unknown
// The flavour's own answer: "NULL, last error 6 (ERROR_INVALID_HANDLE)".
std::string raw_answer(const Step &step, const StepResult &result);

}  // namespace rtkconf
