// Running a writer into a string or a file; I/O errors are returned.
#include <fstream>
#include <sstream>
#include <system_error>

#include "rtkconf/report.h"

namespace rtkconf::report {

std::string render(const ResultsWriter &writer, const results::Results &results) {
    std::ostringstream out;
    writer.write(results, out);
    return out.str();
}

std::optional<std::string> write_file(const ResultsWriter &writer, const results::Results &results,
                                      const std::filesystem::path &path) {
    // Render first so a half-written file never replaces a good one.
    const std::string content = render(writer, results);
    std::error_code ec;
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
    if (ec) return "cannot create " + path.parent_path().string() + ": " + ec.message();
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    if (!file) return "cannot open " + path.string() + " for writing";
    file << content;
    file.close();
    if (!file) return "cannot write " + path.string();
    return std::nullopt;
}

}  // namespace rtkconf::report
