// results.json itself: the document every other output is derived from.
#include <ostream>

#include "rtkconf/report.h"
#include "rtkconf/results/json.h"

namespace rtkconf::report {

namespace {
class JsonWriter final : public ResultsWriter {
  public:
    std::string_view default_file_name() const override { return "results.json"; }
    void write(const results::Results &results, std::ostream &out) const override {
        out << results::results_text(results);
    }
};
}  // namespace

std::unique_ptr<ResultsWriter> make_json_writer() {
    return std::make_unique<JsonWriter>();
}

}  // namespace rtkconf::report
