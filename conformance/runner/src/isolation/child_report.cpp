#include "child_report.h"

#include <fstream>
#include <system_error>

namespace rtkconf::runner {

nlohmann::json to_json(const ChildReport &report) {
    nlohmann::json calls = nlohmann::json::array();
    for (const CallRecord &c : report.calls)
        calls.push_back(
            {{"peer", c.peer}, {"call", c.call}, {"status", c.status}, {"detail", c.detail}});
    nlohmann::json names = nlohmann::json::array();
    for (const std::u16string &name : report.names)
        names.push_back(std::vector<uint16_t>(name.begin(), name.end()));
    return {{"test", report.test},
            {"status", std::string(to_string(report.status))},
            {"duration_ms", report.duration_ms},
            {"messages", report.messages},
            {"calls", calls},
            {"observed", report.observed},
            {"names", names}};
}

std::optional<ChildReport> child_report_from_json(const nlohmann::json &doc, std::string &error) {
    try {
        ChildReport report;
        report.test = doc.at("test").get<std::string>();
        auto status = results::parse_status(doc.at("status").get<std::string>());
        if (!status) {
            error = "unknown status " + doc.at("status").dump();
            return std::nullopt;
        }
        report.status = *status;
        report.duration_ms = doc.at("duration_ms").get<int64_t>();
        report.messages = doc.at("messages").get<std::vector<std::string>>();
        for (const auto &c : doc.at("calls"))
            report.calls.push_back({c.at("peer").get<std::string>(),
                                    c.at("call").get<std::string>(), c.at("status").get<int32_t>(),
                                    c.at("detail").get<std::string>()});
        report.observed = doc.at("observed").get<std::string>();
        for (const auto &n : doc.at("names")) {
            auto units = n.get<std::vector<uint16_t>>();
            report.names.emplace_back(units.begin(), units.end());
        }
        return report;
    } catch (const nlohmann::json::exception &e) {
        error = std::string("malformed child report: ") + e.what();
        return std::nullopt;
    }
}

std::optional<std::string> write_child_report(const ChildReport &report,
                                              const std::filesystem::path &path) {
    std::filesystem::path temporary = path;
    temporary += ".partial";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        // Names may hold unpaired surrogates: they travel as code units, and
        // any odd bytes in messages are replaced rather than refused.
        out << to_json(report).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        if (!out.flush()) return "cannot write " + temporary.string();
    }
    std::error_code ec;
    std::filesystem::rename(temporary, path, ec);
    if (ec) return "cannot rename " + temporary.string() + ": " + ec.message();
    return std::nullopt;
}

std::optional<ChildReport> read_child_report(const std::filesystem::path &path,
                                             std::string &error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "no report file";
        return std::nullopt;
    }
    nlohmann::json doc = nlohmann::json::parse(in, nullptr, false);
    if (doc.is_discarded()) {
        error = "report is not JSON";
        return std::nullopt;
    }
    return child_report_from_json(doc, error);
}

}  // namespace rtkconf::runner
