// What a test child (`rtkconf --run-one`) reports to the runner: its
// status, failure messages, call log, observation and the names it used.
// Travels as JSON in a file the parent names; a child that dies before
// writing it has, by definition, crashed.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "rtkconf/results/vocabulary.h"

namespace rtkconf::runner {

using results::Status;

struct CallRecord {
    std::string peer;
    std::string call;
    int32_t status = 0;
    std::string detail;
};

struct ChildReport {
    std::string test;  // "SHM_SIZE_001.RefusesHighNonZero"
    Status status = Status::error;
    int64_t duration_ms = 0;
    std::vector<std::string> messages;  // failure messages, skip reasons
    std::vector<CallRecord> calls;
    std::string observed;
    std::vector<std::u16string> names;  // for the leak probe
};

nlohmann::json to_json(const ChildReport &report);
// nullopt when the document is not a child report (message in `error`).
std::optional<ChildReport> child_report_from_json(const nlohmann::json &doc, std::string &error);

// Written to a temporary file and renamed, so the parent never reads half
// a report. Errors are returned, not thrown.
std::optional<std::string> write_child_report(const ChildReport &report,
                                              const std::filesystem::path &path);
// nullopt when the file is missing or unreadable (message in `error`).
std::optional<ChildReport> read_child_report(const std::filesystem::path &path, std::string &error);

}  // namespace rtkconf::runner
