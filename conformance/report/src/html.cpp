#include "html.h"

#include "escape.h"
#include "html_page.h"

namespace rtkconf::report::detail {

Html text(std::string_view untrusted) {
    return Html(Html::Made{}, escape_html(untrusted));
}

Html number(std::int64_t value) {
    return Html(Html::Made{}, std::to_string(value));
}

Html embedded_file(std::string_view name) {
    return Html(Html::Made{}, std::string(embedded_asset(name)));
}

Html script_json(const nlohmann::json &value) {
    return Html(Html::Made{}, json_for_script(value));
}

}  // namespace rtkconf::report::detail
