// The host side of the plugin ABI: the rtkconf_host_t handed to every
// plugin. It feeds registrations into the rule catalogue, serves the run
// settings and collects the evidence of the running test. One instance
// lives for the whole process, since plugins keep the pointer.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "child_report.h"
#include "rtkconf/plugin_abi.h"
#include "rule_catalog.h"

namespace rtkconf::runner {

// A call that got no answer, with whose fault it was (RTKCONF_FAULT_*).
struct FaultRecord {
    uint32_t fault = 0;
    std::string peer, call, detail;
};

struct TestEvidence {
    std::vector<CallRecord> calls;
    std::vector<FaultRecord> faults;
    std::string observed;
    std::vector<std::u16string> names;
};

class PluginHost {
  public:
    explicit PluginHost(RuleCatalog &catalog);
    PluginHost(const PluginHost &) = delete;
    PluginHost &operator=(const PluginHost &) = delete;

    const rtkconf_host_t *c_host() const { return &c_; }
    void set_setting(const std::string &key, const std::string &value);

    // Registrations between begin_plugin and end_plugin are attributed to
    // that plugin; end_plugin returns the refusals.
    void begin_plugin(const std::string &plugin_name, const std::string &family);
    std::vector<std::string> end_plugin(int *registered);

    // The evidence recorded since the last call.
    TestEvidence take_evidence();

  private:
    static PluginHost &self(const rtkconf_host_t *host);
    static int32_t register_rule(const rtkconf_host_t *host, const rtkconf_rule_info_t *rule);
    static const char *setting(const rtkconf_host_t *host, const char *key);
    static void record_call(const rtkconf_host_t *host, const char *peer, const char *call,
                            int32_t status, const char *detail);
    static void observe(const rtkconf_host_t *host, const char *text);
    static void record_name(const rtkconf_host_t *host, const uint16_t *units, uint32_t count);
    static void record_fault(const rtkconf_host_t *host, uint32_t fault, const char *peer,
                             const char *call, const char *detail);

    rtkconf_host_t c_{};
    RuleCatalog &catalog_;
    std::map<std::string, std::string> settings_;
    std::string plugin_name_, plugin_family_;
    std::vector<std::string> refusals_;
    int registered_ = 0;
    std::mutex evidence_mutex_;
    TestEvidence evidence_;
};

}  // namespace rtkconf::runner
