#include "test_status.h"

#include <array>
#include <utility>

namespace rtkconf::runner {
namespace {

constexpr std::array<std::pair<Status, std::string_view>, 6> kNames{{
    {Status::pass, "pass"},
    {Status::fail, "fail"},
    {Status::skip, "skip"},
    {Status::crash, "crash"},
    {Status::timeout, "timeout"},
    {Status::error, "error"},
}};

}  // namespace

std::string_view to_string(Status status) {
    for (const auto &[value, name] : kNames)
        if (value == status) return name;
    return "error";
}

std::optional<Status> parse_status(std::string_view text) {
    for (const auto &[value, name] : kNames)
        if (name == text) return value;
    return std::nullopt;
}

int severity(Status status) {
    switch (status) {
        case Status::skip:
            return 0;
        case Status::pass:
            return 1;
        case Status::fail:
            return 2;
        case Status::error:
            return 3;
        case Status::timeout:
            return 4;
        case Status::crash:
            return 5;
    }
    return 3;
}

Status worst_of(std::span<const Status> statuses) {
    Status worst = Status::skip;
    for (Status s : statuses)
        if (severity(s) > severity(worst)) worst = s;
    return worst;
}

}  // namespace rtkconf::runner
