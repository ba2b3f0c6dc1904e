// results.json itself: the document every other output is derived from.
#include <ostream>

#include "rtkconf/report.h"

namespace rtkconf::report {

namespace {
class JsonWriter final : public ResultsWriter {
  public:
    std::string_view default_file_name() const override { return "results.json"; }
    void write(const nlohmann::json &results, std::ostream &out) const override {
        // Invalid UTF-8 from an implementation's output must not make the
        // run lose its results: replace it rather than throw.
        out << results.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    }
};
}  // namespace

std::unique_ptr<ResultsWriter> make_json_writer() {
    return std::make_unique<JsonWriter>();
}

}  // namespace rtkconf::report
