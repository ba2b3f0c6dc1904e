#include "plugin_host.h"

#include <cstddef>
#include <utility>

namespace rtkconf::runner {
namespace {

std::string text_or_empty(const char *s) {
    return s ? s : "";
}

std::optional<Level> level_from_abi(uint32_t level) {
    switch (level) {
        case RTKCONF_LEVEL_MUST:
            return Level::must;
        case RTKCONF_LEVEL_SHOULD:
            return Level::should;
        case RTKCONF_LEVEL_INFO:
            return Level::info;
        default:
            return std::nullopt;
    }
}

}  // namespace

PluginHost::PluginHost(RuleCatalog &catalog) : catalog_(catalog) {
    c_.struct_size = sizeof c_;
    c_.abi_version = RTKCONF_PLUGIN_ABI_VERSION;
    c_.host_data = this;
    c_.register_rule = &PluginHost::register_rule;
    c_.setting = &PluginHost::setting;
    c_.record_call = &PluginHost::record_call;
    c_.observe = &PluginHost::observe;
    c_.record_name = &PluginHost::record_name;
    c_.record_fault = &PluginHost::record_fault;
}

void PluginHost::set_setting(const std::string &key, const std::string &value) {
    settings_[key] = value;
}

void PluginHost::begin_plugin(const std::string &plugin_name, const std::string &family) {
    plugin_name_ = plugin_name;
    plugin_family_ = family;
    refusals_.clear();
    registered_ = 0;
}

std::vector<std::string> PluginHost::end_plugin(int *registered) {
    if (registered) *registered = registered_;
    return std::move(refusals_);
}

TestEvidence PluginHost::take_evidence() {
    std::lock_guard lock(evidence_mutex_);
    return std::exchange(evidence_, {});
}

PluginHost &PluginHost::self(const rtkconf_host_t *host) {
    return *static_cast<PluginHost *>(host->host_data);
}

// The callbacks run behind the C ABI: they catch everything, since an
// exception must never unwind through a plugin's frames.
int32_t PluginHost::register_rule(const rtkconf_host_t *host, const rtkconf_rule_info_t *rule) {
    try {
        PluginHost &h = self(host);
        if (!rule || rule->struct_size < offsetof(rtkconf_rule_info_t, needs_exports) +
                                             sizeof(rule->needs_exports)) {
            h.refusals_.push_back(h.plugin_name_ + ": a rule with a too small struct_size");
            return 1;
        }
        const auto level = level_from_abi(rule->level);
        RuleInfo info;
        info.id = text_or_empty(rule->id);
        info.family = text_or_empty(rule->family);
        info.level = level.value_or(Level::info);
        info.title = text_or_empty(rule->title);
        info.source = text_or_empty(rule->source);
        info.needs_exports = split_exports(text_or_empty(rule->needs_exports));
        info.plugin = h.plugin_name_;
        // A plugin built before the field existed speaks rtk only.
        const bool has_flavours =
            rule->struct_size >= offsetof(rtkconf_rule_info_t, flavours) + sizeof(rule->flavours) &&
            rule->flavours != nullptr && *rule->flavours != '\0';
        std::string bad_flavour;
        info.across = has_flavours && std::string(rule->flavours) == "across";
        const auto flavours = info.across    ? std::optional(every_flavour())
                              : has_flavours ? flavours_from_list(rule->flavours, &bad_flavour)
                                             : std::nullopt;
        if (flavours && !flavours->empty()) info.flavours = *flavours;
        std::optional<std::string> refusal;
        if (has_flavours && (!flavours || flavours->empty()))
            refusal = "rule " + info.id + " names an unknown flavour '" + bad_flavour +
                      "' (rtk, rtapi, rtk-legacy)";
        else if (!level)
            refusal = "rule " + info.id + " has an unknown level " + std::to_string(rule->level);
        else if (info.family != h.plugin_family_)
            refusal = "rule " + info.id + " is of family '" + info.family + "', the plugin's is '" +
                      h.plugin_family_ + "'";
        else
            refusal = h.catalog_.add(std::move(info));
        if (refusal) {
            h.refusals_.push_back(*refusal);
            return 1;
        }
        ++h.registered_;
        return 0;
    } catch (...) {
        return 1;
    }
}

const char *PluginHost::setting(const rtkconf_host_t *host, const char *key) {
    if (!key) return nullptr;
    const auto &settings = self(host).settings_;
    auto it = settings.find(key);
    return it == settings.end() ? nullptr : it->second.c_str();
}

void PluginHost::record_call(const rtkconf_host_t *host, const char *peer, const char *call,
                             int32_t status, const char *detail) {
    try {
        PluginHost &h = self(host);
        std::lock_guard lock(h.evidence_mutex_);
        h.evidence_.calls.push_back(
            {text_or_empty(peer), text_or_empty(call), status, text_or_empty(detail)});
    } catch (...) {
    }
}

void PluginHost::observe(const rtkconf_host_t *host, const char *text) {
    try {
        PluginHost &h = self(host);
        std::lock_guard lock(h.evidence_mutex_);
        h.evidence_.observed = text_or_empty(text);
    } catch (...) {
    }
}

void PluginHost::record_name(const rtkconf_host_t *host, const uint16_t *units, uint32_t count) {
    try {
        if (!units && count) return;
        PluginHost &h = self(host);
        std::lock_guard lock(h.evidence_mutex_);
        h.evidence_.names.emplace_back(units, units + count);
    } catch (...) {
    }
}

void PluginHost::record_fault(const rtkconf_host_t *host, uint32_t fault, const char *peer,
                              const char *call, const char *detail) {
    try {
        PluginHost &h = self(host);
        std::lock_guard lock(h.evidence_mutex_);
        h.evidence_.faults.push_back(
            {fault, text_or_empty(peer), text_or_empty(call), text_or_empty(detail)});
    } catch (...) {
    }
}

}  // namespace rtkconf::runner
