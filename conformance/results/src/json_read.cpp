// JSON -> the model, checking as it reads: the first field that is
// missing, of the wrong type or outside its vocabulary ends the read with
// its path. Fields the schema marks optional read as empty when absent
// (documents written before they were added); unknown fields are ignored.
#include <fstream>
#include <set>

#include "rtkconf/results/json.h"

namespace rtkconf::results {
namespace {

using nlohmann::json;

// A value as a message shows it: never throws on bad UTF-8, kept short.
std::string shown(const json &value) {
    std::string text = value.dump(-1, ' ', false, json::error_handler_t::replace);
    if (text.size() > 80) text = text.substr(0, 77) + "...";
    return text;
}

std::string join(const std::string &path, std::string_view key) {
    return path.empty() ? std::string(key) : path + "." + std::string(key);
}

std::string index(const std::string &path, std::size_t i) {
    return path + "[" + std::to_string(i) + "]";
}

[[noreturn]] void fail(const std::string &path, const std::string &what) {
    throw SchemaError((path.empty() ? std::string("value") : path) + ": " + what);
}

template <typename E, std::size_t N>
E read_word(const json &value, const std::string &path, const std::array<E, N> &all) {
    if (!value.is_string()) fail(path, std::string("expected a string, got ") + value.type_name());
    std::string list;
    for (const E e : all) {
        if (to_string(e) == value.get_ref<const std::string &>()) return e;
        list += (list.empty() ? "" : "|") + std::string(to_string(e));
    }
    fail(path, "expected one of " + list + ", got " + shown(value));
}

enum class Need { required, optional };

// An object of the document and where it is, read field by field.
class Fields {
  public:
    Fields(const json &object, std::string path) : object_(object), path_(std::move(path)) {
        if (!object.is_object())
            fail(path_, std::string("expected an object, got ") + object.type_name());
    }

    const std::string &path() const { return path_; }
    std::string path_of(std::string_view key) const { return join(path_, key); }

    // The field, or null when an optional one is absent.
    const json *find(std::string_view key, Need need) const {
        const auto it = object_.find(key);
        if (it != object_.end()) return &*it;
        if (need == Need::required) fail(path_of(key), "required field is missing");
        return nullptr;
    }

    std::string text(std::string_view key, Need need = Need::required,
                     bool non_empty = false) const {
        const json *value = find(key, need);
        if (!value) return {};
        if (!value->is_string())
            fail(path_of(key), std::string("expected a string, got ") + value->type_name());
        const auto &s = value->get_ref<const std::string &>();
        if (non_empty && s.empty()) fail(path_of(key), "must not be empty");
        return s;
    }

    template <typename E, std::size_t N>
    E word(std::string_view key, const std::array<E, N> &all) const {
        return read_word(*find(key, Need::required), path_of(key), all);
    }

    std::int64_t count(std::string_view key, Need need = Need::required) const {
        const json *value = find(key, need);
        if (!value) return 0;
        if (!value->is_number_integer() || value->get<std::int64_t>() < 0)
            fail(path_of(key), "expected a non-negative integer, got " + shown(*value));
        return value->get<std::int64_t>();
    }

    bool boolean(std::string_view key, Need need = Need::required) const {
        const json *value = find(key, need);
        if (!value) return false;
        if (!value->is_boolean())
            fail(path_of(key), std::string("expected true or false, got ") + value->type_name());
        return value->get<bool>();
    }

    Fields object(std::string_view key, Need need = Need::required) const {
        static const json empty = json::object();
        const json *value = find(key, need);
        return Fields(value ? *value : empty, path_of(key));
    }

    // Each item of an array field through `read(item, path)`.
    template <typename T, typename Read>
    std::vector<T> list(std::string_view key, Need need, Read read) const {
        std::vector<T> out;
        const json *items = find(key, need);
        if (!items) return out;
        if (!items->is_array())
            fail(path_of(key), std::string("expected an array, got ") + items->type_name());
        for (std::size_t i = 0; i < items->size(); ++i)
            out.push_back(read((*items)[i], index(path_of(key), i)));
        return out;
    }

    std::vector<std::string> texts(std::string_view key) const {
        return list<std::string>(key, Need::optional, [](const json &item, const std::string &at) {
            if (!item.is_string())
                fail(at, std::string("expected a string, got ") + item.type_name());
            return item.get<std::string>();
        });
    }

  private:
    const json &object_;
    std::string path_;
};

Call read_call(const json &value, const std::string &path) {
    const Fields f(value, path);
    return {f.text("peer", Need::optional), f.text("call", Need::optional),
            f.text("status", Need::optional), f.text("status_name", Need::optional),
            f.text("detail", Need::optional)};
}

Test read_test(const json &value, const std::string &path) {
    const Fields f(value, path);
    Test t;
    t.name = f.text("name", Need::required, true);
    t.status = f.word("status", kAllStatuses);
    t.duration_ms = f.count("duration_ms", Need::optional);
    t.messages = f.texts("messages");
    t.calls = f.list<Call>("calls", Need::optional, read_call);
    return t;
}

Expectation read_expectation(const json &value, const std::string &path) {
    const Fields f(value, path);
    Expectation e;
    e.reason = f.text("reason");
    e.link = f.text("link", Need::optional);
    e.outcome = f.word("outcome", kAllOutcomes);
    return e;
}

Rule read_rule(const json &value, const std::string &path) {
    const Fields f(value, path);
    Rule r;
    r.id = f.text("id", Need::required, true);
    r.family = f.text("family", Need::required, true);
    r.level = f.word("level", kAllLevels);
    r.title = f.text("title");
    r.status = f.word("status", kAllStatuses);
    r.counts_for_verdict = f.boolean("counts_for_verdict");
    r.source = f.text("source", Need::optional);
    r.observed = f.text("observed", Need::optional);
    r.duration_ms = f.count("duration_ms", Need::optional);
    r.evidence = f.texts("evidence");
    r.fixtures = f.texts("fixtures");
    r.rerun = f.text("rerun", Need::optional);
    if (const json *e = f.find("expected_failure", Need::optional))
        r.expected_failure = read_expectation(*e, f.path_of("expected_failure"));
    r.tests = f.list<Test>("tests", Need::optional, read_test);
    return r;
}

Plugin read_plugin(const json &value, const std::string &path) {
    const Fields f(value, path);
    Plugin p;
    p.path = f.text("path");
    p.status = f.text("status", Need::required, true);
    p.rules = f.count("rules", Need::optional);
    p.message = f.text("message", Need::optional);
    return p;
}

Shard read_shard(const json &value, const std::string &path) {
    const Fields f(value, path);
    const std::int64_t count = f.count("count");
    const std::int64_t k = f.count("index");
    if (count < 1 || count > 10000)
        fail(f.path_of("count"), "expected 1 to 10000 shards, got " + std::to_string(count));
    if (k < 1 || k > count)
        fail(f.path_of("index"),
             "expected 1 to " + std::to_string(count) + ", got " + std::to_string(k));
    return {static_cast<int>(k), static_cast<int>(count)};
}

void check_summary(const Fields &summary, const std::vector<Rule> &rules) {
    const StatusCounts counted = count_statuses(rules);
    for (const Status s : kAllStatuses) {
        const std::int64_t stated = summary.count(to_string(s));
        if (stated != counted[s])
            fail(summary.path_of(to_string(s)),
                 std::to_string(stated) + ", but " + std::to_string(counted[s]) +
                     " rules have status " + std::string(to_string(s)));
    }
}

Results read_results(const json &document) {
    if (!document.is_object())
        throw SchemaError(std::string("document: expected a JSON object, got ") +
                          document.type_name());
    const Fields f(document, "");
    if (f.text("schema") != kSchemaName)
        fail("schema",
             "expected \"" + std::string(kSchemaName) + "\", got " + shown(document.at("schema")));
    if (const json &version = *f.find("schema_version", Need::required); version != kSchemaVersion)
        fail("schema_version", "this reader knows version " + std::to_string(kSchemaVersion) +
                                   ", got " + shown(version));
    Results r;
    const Fields harness = f.object("harness");
    r.harness = {harness.text("name", Need::required, true),
                 harness.text("version", Need::required, true)};
    const Fields impl = f.object("implementation");
    r.implementation = {impl.text("path"), impl.text("sha256"), impl.text("platform"),
                        impl.text("label")};
    r.started = f.text("started");
    r.duration_ms = f.count("duration_ms");
    r.profile = f.word("profile", kAllProfiles);
    r.safe = f.boolean("safe");
    r.verdict = f.word("verdict", kAllVerdicts);
    const Fields summary = f.object("summary");
    for (const Status s : kAllStatuses) summary.count(to_string(s));
    r.rules = f.list<Rule>("rules", Need::required, read_rule);
    std::set<std::string> seen;
    for (std::size_t i = 0; i < r.rules.size(); ++i)
        if (!seen.insert(r.rules[i].id).second)
            fail(index("rules", i) + ".id", "duplicate rule ID " + shown(r.rules[i].id));
    check_summary(summary, r.rules);
    r.plugins = f.list<Plugin>("plugins", Need::required, read_plugin);
    r.rule_filter = f.text("rule_filter", Need::optional);
    if (f.find("transport", Need::optional))
        r.transport = f.text("transport", Need::required, true);
    r.heavy = f.boolean("heavy", Need::optional);
    r.settle_ms = f.count("settle_ms", Need::optional);
    r.remaining_names = f.texts("remaining_names");
    if (const json *shard = f.find("shard", Need::optional)) r.shard = read_shard(*shard, "shard");
    return r;
}

}  // namespace

void from_json(const json &j, Status &value) {
    value = read_word(j, "", kAllStatuses);
}
void from_json(const json &j, Level &value) {
    value = read_word(j, "", kAllLevels);
}
void from_json(const json &j, Profile &value) {
    value = read_word(j, "", kAllProfiles);
}
void from_json(const json &j, Verdict &value) {
    value = read_word(j, "", kAllVerdicts);
}
void from_json(const json &j, Outcome &value) {
    value = read_word(j, "", kAllOutcomes);
}
void from_json(const json &j, Call &value) {
    value = read_call(j, "");
}
void from_json(const json &j, Test &value) {
    value = read_test(j, "");
}
void from_json(const json &j, Expectation &value) {
    value = read_expectation(j, "");
}
void from_json(const json &j, Rule &value) {
    value = read_rule(j, "");
}
void from_json(const json &j, Plugin &value) {
    value = read_plugin(j, "");
}
void from_json(const json &j, Shard &value) {
    value = read_shard(j, "");
}
void from_json(const json &j, Results &value) {
    value = read_results(j);
}

std::optional<Results> parse_results(const json &document, std::string &error) {
    try {
        return read_results(document);
    } catch (const SchemaError &e) {
        error = e.what();
        return std::nullopt;
    }
}

std::optional<std::string> validate_results(const json &document) {
    std::string error;
    if (parse_results(document, error)) return std::nullopt;
    return error;
}

std::optional<Results> load_results(const std::filesystem::path &path, std::string &error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = path.string() + ": cannot read";
        return std::nullopt;
    }
    const json document = json::parse(in, nullptr, false);
    if (document.is_discarded()) {
        error = path.string() + ": not JSON";
        return std::nullopt;
    }
    auto results = parse_results(document, error);
    if (!results) error = path.string() + ": " + error;
    return results;
}

}  // namespace rtkconf::results
