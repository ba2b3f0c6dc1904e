// validate_results: schema name/version, required fields and their types.
// The first problem found is reported, named by its path in the document.
#include <array>
#include <set>

#include "rtkconf/report.h"

namespace rtkconf::report {

namespace {

using nlohmann::json;

// A value as the message shows it: never throws on bad UTF-8, kept short.
std::string shown(const json &value) {
    std::string text = value.dump(-1, ' ', false, json::error_handler_t::replace);
    if (text.size() > 80) text = text.substr(0, 77) + "...";
    return text;
}

class Checker {
  public:
    std::optional<std::string> error;

    // Each check returns false (and records the first error) when it fails,
    // so callers can stop descending into a broken object.
    bool fail(const std::string &path, const std::string &what) {
        if (!error) error = path + ": " + what;
        return false;
    }

    const json *field(const json &object, const std::string &path, const char *key, bool required) {
        const auto it = object.find(key);
        if (it == object.end()) {
            if (required) fail(join(path, key), "required field is missing");
            return nullptr;
        }
        return &*it;
    }

    bool string_field(const json &object, const std::string &path, const char *key,
                      bool required = true, bool non_empty = false) {
        const json *value = field(object, path, key, required);
        if (!value) return !required;
        if (!value->is_string())
            return fail(join(path, key), "expected a string, got " + type_of(*value));
        if (non_empty && value->get_ref<const std::string &>().empty())
            return fail(join(path, key), "must not be empty");
        return true;
    }

    template <typename Names>
    bool one_of(const json &object, const std::string &path, const char *key,
                const Names &allowed) {
        if (!string_field(object, path, key)) return false;
        const auto &value = object.at(key).get_ref<const std::string &>();
        std::string list;
        for (const auto a : allowed) {
            if (a == value) return true;
            list += (list.empty() ? "" : "|") + std::string(a);
        }
        return fail(join(path, key), "expected one of " + list + ", got " + shown(object.at(key)));
    }

    bool count_field(const json &object, const std::string &path, const char *key,
                     bool required = true) {
        const json *value = field(object, path, key, required);
        if (!value) return !required;
        if (!value->is_number_integer() ||
            (value->is_number_integer() && value->get<std::int64_t>() < 0))
            return fail(join(path, key), "expected a non-negative integer, got " + shown(*value));
        return true;
    }

    bool boolean_field(const json &object, const std::string &path, const char *key) {
        const json *value = field(object, path, key, true);
        if (!value) return false;
        if (!value->is_boolean())
            return fail(join(path, key), "expected true or false, got " + type_of(*value));
        return true;
    }

    const json *object_field(const json &object, const std::string &path, const char *key) {
        const json *value = field(object, path, key, true);
        if (value && !value->is_object()) {
            fail(join(path, key), "expected an object, got " + type_of(*value));
            return nullptr;
        }
        return value;
    }

    const json *array_field(const json &object, const std::string &path, const char *key,
                            bool required) {
        const json *value = field(object, path, key, required);
        if (value && !value->is_array()) {
            fail(join(path, key), "expected an array, got " + type_of(*value));
            return nullptr;
        }
        return value;
    }

    void string_array(const json &object, const std::string &path, const char *key) {
        const json *items = array_field(object, path, key, false);
        if (!items) return;
        for (std::size_t i = 0; i < items->size(); ++i)
            if (!(*items)[i].is_string())
                fail(index(join(path, key), i), "expected a string, got " + type_of((*items)[i]));
    }

    static std::string join(const std::string &path, const char *key) {
        return path.empty() ? std::string(key) : path + "." + key;
    }
    static std::string index(const std::string &path, std::size_t i) {
        return path + "[" + std::to_string(i) + "]";
    }
    static std::string type_of(const json &value) { return value.type_name(); }
};

constexpr std::array<std::string_view, 7> kStatusNames{"pass",    "fail",  "skip", "crash",
                                                       "timeout", "error", "n/a"};

void check_call(Checker &c, const json &call, const std::string &path) {
    if (!call.is_object()) {
        c.fail(path, "expected an object");
        return;
    }
    for (const char *key : {"peer", "call", "status", "status_name", "detail"})
        c.string_field(call, path, key, false);
}

void check_test(Checker &c, const json &test, const std::string &path) {
    if (!test.is_object()) {
        c.fail(path, "expected an object");
        return;
    }
    c.string_field(test, path, "name", true, true);
    c.one_of(test, path, "status", kStatusNames);
    c.count_field(test, path, "duration_ms", false);
    c.string_array(test, path, "messages");
    if (const json *calls = c.array_field(test, path, "calls", false))
        for (std::size_t i = 0; i < calls->size(); ++i)
            check_call(c, (*calls)[i], Checker::index(path + ".calls", i));
}

void check_rule(Checker &c, const json &rule, const std::string &path) {
    if (!rule.is_object()) {
        c.fail(path, "expected an object");
        return;
    }
    c.string_field(rule, path, "id", true, true);
    c.string_field(rule, path, "family", true, true);
    c.one_of(rule, path, "level", std::array<std::string_view, 3>{"MUST", "SHOULD", "INFO"});
    c.string_field(rule, path, "title");
    c.one_of(rule, path, "status", kStatusNames);
    c.boolean_field(rule, path, "counts_for_verdict");
    c.string_field(rule, path, "source", false);
    c.string_field(rule, path, "observed", false);
    c.count_field(rule, path, "duration_ms", false);
    c.string_array(rule, path, "evidence");
    c.string_array(rule, path, "fixtures");
    if (const json *tests = c.array_field(rule, path, "tests", false))
        for (std::size_t i = 0; i < tests->size(); ++i)
            check_test(c, (*tests)[i], Checker::index(path + ".tests", i));
}

void check_plugin(Checker &c, const json &plugin, const std::string &path) {
    if (!plugin.is_object()) {
        c.fail(path, "expected an object");
        return;
    }
    c.string_field(plugin, path, "path");
    c.string_field(plugin, path, "status", true, true);
    c.count_field(plugin, path, "rules", false);
    c.string_field(plugin, path, "message", false);
}

}  // namespace

std::optional<std::string> validate_results(const nlohmann::json &results) {
    Checker c;
    if (!results.is_object())
        return "document: expected a JSON object, got " + Checker::type_of(results);
    if (!c.string_field(results, "", "schema")) return c.error;
    if (results.at("schema") != "rtkconf-results")
        return "schema: expected \"rtkconf-results\", got " + shown(results.at("schema"));
    const json *version = c.field(results, "", "schema_version", true);
    if (!version) return c.error;
    if (*version != 1) return "schema_version: this reader knows version 1, got " + shown(*version);

    if (const json *harness = c.object_field(results, "", "harness")) {
        c.string_field(*harness, "harness", "name", true, true);
        c.string_field(*harness, "harness", "version", true, true);
    }
    if (const json *impl = c.object_field(results, "", "implementation"))
        for (const char *key : {"path", "sha256", "platform", "label"})
            c.string_field(*impl, "implementation", key);
    c.string_field(results, "", "started");
    c.count_field(results, "", "duration_ms");
    c.one_of(results, "", "profile", std::array<std::string_view, 2>{"strict", "lenient"});
    c.boolean_field(results, "", "safe");
    c.one_of(results, "", "verdict",
             std::array<std::string_view, 3>{"conformant", "not-conformant", "incomplete"});
    // "n/a" came with the flavours: a results.json from before has none.
    if (const json *summary = c.object_field(results, "", "summary"))
        for (const auto name : kStatusNames)
            if (name != "n/a" || summary->contains("n/a"))
                c.count_field(*summary, "summary", std::string(name).c_str());

    if (const json *rules = c.array_field(results, "", "rules", true)) {
        std::set<std::string> seen;
        for (std::size_t i = 0; i < rules->size() && !c.error; ++i) {
            const std::string path = Checker::index("rules", i);
            check_rule(c, (*rules)[i], path);
            if (c.error) break;
            const auto &id = (*rules)[i].at("id").get_ref<const std::string &>();
            if (!seen.insert(id).second)
                c.fail(path + ".id", "duplicate rule ID " + shown((*rules)[i].at("id")));
        }
    }
    if (const json *plugins = c.array_field(results, "", "plugins", true))
        for (std::size_t i = 0; i < plugins->size(); ++i)
            check_plugin(c, (*plugins)[i], Checker::index("plugins", i));
    return c.error;
}

}  // namespace rtkconf::report
