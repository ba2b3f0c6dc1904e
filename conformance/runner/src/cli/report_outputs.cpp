#include "report_outputs.h"

#include <fstream>
#include <iostream>

#include "rtkconf/report.h"

namespace rtkconf::runner {

std::optional<nlohmann::json> read_results(const std::filesystem::path &path, std::string &error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = path.string() + ": cannot read";
        return std::nullopt;
    }
    nlohmann::json doc = nlohmann::json::parse(in, nullptr, false);
    if (doc.is_discarded()) {
        error = path.string() + ": not JSON";
        return std::nullopt;
    }
    if (auto invalid = report::validate_results(doc)) {
        error = path.string() + ": " + *invalid;
        return std::nullopt;
    }
    return doc;
}

std::vector<std::string> write_run_outputs(const nlohmann::json &results,
                                           const std::filesystem::path &dir) {
    std::vector<std::string> errors;
    for (const auto &writer : {report::make_json_writer(), report::make_junit_writer(),
                               report::make_html_report_writer()}) {
        if (auto error = report::write_file(*writer, results, dir / writer->default_file_name()))
            errors.push_back(*error);
    }
    return errors;
}

int merge_reports(const std::vector<std::filesystem::path> &inputs,
                  const std::filesystem::path &output) {
    std::vector<nlohmann::json> documents;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const auto &path = inputs[i];
        std::string error;
        auto doc = read_results(path, error);
        if (!doc) {
            std::cerr << "rtkconf report: " << error << "\n";
            return 2;
        }
        // The same run twice would look like two implementations agreeing.
        for (std::size_t j = 0; j < documents.size(); ++j) {
            std::error_code ec;
            if (std::filesystem::equivalent(inputs[j], path, ec) || documents[j] == *doc) {
                std::cerr << "rtkconf report: " << path.string() << " is the same results as "
                          << inputs[j].string() << ": give each run once\n";
                return 2;
            }
        }
        documents.push_back(std::move(*doc));
    }
    std::ofstream out(output, std::ios::binary | std::ios::trunc);
    report::write_merge_matrix(documents, out);
    if (!out.flush()) {
        std::cerr << "rtkconf report: cannot write " << output.string() << "\n";
        return 2;
    }
    std::cout << "merged " << documents.size() << " results into " << output.string() << "\n";
    return 0;
}

int diff_reports(const std::filesystem::path &before, const std::filesystem::path &after) {
    std::string error;
    auto a = read_results(before, error);
    auto b = a ? read_results(after, error) : std::nullopt;
    if (!a || !b) {
        std::cerr << "rtkconf diff: " << error << "\n";
        return 2;
    }
    const report::ResultsDiff d = report::diff(*a, *b);
    std::cout << report::render_diff_text(d);
    return report::diff_exit_code(d);
}

}  // namespace rtkconf::runner
