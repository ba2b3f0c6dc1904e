/*
 * plugin_abi.h: the binary contract between the conformance runner
 * (rtkconf, "the host") and a rule plugin (a shared library).
 *
 * Plain C, POD structs, fixed-width integers: loading a plugin and
 * registering its rules speak only C.  A plugin exports exactly ONE
 * symbol, RTKCONF_PLUGIN_ENTRY_NAME, a const rtkconf_plugin_entry_t whose
 * first field is the ABI version.  Everything else travels through the
 * function pointers below.
 *
 * The tests are NOT behind this C ABI.  A plugin's tests are GoogleTest
 * TEST()s that register, when the library is loaded, with the one
 * GoogleTest registry rtkconf runs them from.  So a plugin must be built
 * against THIS build's GoogleTest (the shared library and headers rtkconf
 * itself uses, installed with its CMake package RtkConf) and this build's
 * plugin support library: in this tree (plugins/), or outside it with
 * find_package(RtkConf) and rtkconf_add_plugin().  A plugin linking
 * another GoogleTest (Debian's static libgtest.a, a newer release) would
 * register its tests where rtkconf never looks, or crash it.
 *
 * The loader checks this: the entry carries the build it was compiled
 * against (RTKCONF_PLUGIN_BUILD from rtkconf/plugin_build.h: rtkconf's
 * version, GoogleTest's version, and the compiler and system rtkconf was
 * built with), and rtkconf refuses a plugin whose build string differs
 * from its own, printing both.  The check is on the package a plugin was
 * compiled against, not on the plugin's own compiler: one compiled by
 * another compiler against this package loads, and is then only as
 * compatible as that compiler's C++ ABI (GCC and Clang with libstdc++
 * are).
 *
 * Why not list and run the tests through C calls, each plugin with its own
 * private test framework?  That would free plugins from our GoogleTest,
 * but it moves how every test is run, timed, skipped and reported into
 * each plugin and a wider C surface; the build check makes today's
 * contract explicit and enforced instead of promising more than it keeps.
 *
 * Published structs never change.  An incompatible revision gets a new
 * RTKCONF_PLUGIN_ABI_VERSION; the host refuses a plugin whose version it
 * does not know (and reports it) instead of guessing.
 *
 * Threads: the host loads plugins, calls register_rules and runs every
 * test on its main thread, one test at a time.  The host callbacks in
 * rtkconf_host_t may be called from any thread of the plugin while a test
 * runs (they serialise internally), but never after the test returned.
 *
 * Memory: strings passed to the host are copied before the call returns;
 * the plugin keeps ownership.  Strings returned by the host (setting) are
 * owned by the host and stay valid until the plugin is unloaded.
 *
 * Errors are values: no function here throws or longjmps across the
 * boundary; int32_t results are 0 on success, non-zero on failure.
 */
#ifndef RTKCONF_PLUGIN_ABI_H
#define RTKCONF_PLUGIN_ABI_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define RTKCONF_PLUGIN_ABI_VERSION 3u
#define RTKCONF_PLUGIN_ENTRY_NAME "rtkconf_plugin_entry"

#if defined(_WIN32) || defined(__CYGWIN__)
#define RTKCONF_PLUGIN_EXPORT __declspec(dllexport)
#elif defined(__GNUC__)
#define RTKCONF_PLUGIN_EXPORT __attribute__((visibility("default")))
#else
#define RTKCONF_PLUGIN_EXPORT
#endif

/* Rule levels (rtkconf_rule_info_t.level). */
#define RTKCONF_LEVEL_MUST 1u   /* stated by the seed page: counts in every profile */
#define RTKCONF_LEVEL_SHOULD 2u /* sibling page or safety: counts under strict only */
#define RTKCONF_LEVEL_INFO 3u   /* implementation-defined: observed, never counts */

/* One rule's metadata.  The GoogleTest suite holding its tests is the rule
 * ID with '-' replaced by '_' (SHM-SIZE-001 -> TEST(SHM_SIZE_001, ...)). */
typedef struct rtkconf_rule_info {
    uint32_t struct_size;      /* sizeof(rtkconf_rule_info_t): lets the struct grow at the end */
    const char *id;            /* "SHM-SIZE-001": [A-Z0-9-], unique across all plugins */
    const char *family;        /* "size": the plugin's family */
    uint32_t level;            /* RTKCONF_LEVEL_* */
    const char *title;         /* one line, what an implementation must do */
    const char *source;        /* the exact sentence the rule comes from, with its page */
    const char *needs_exports; /* comma-separated optional Rtk exports the rule calls; "" if none */
} rtkconf_rule_info_t;

/* Why a call of a test got no answer (rtkconf_host_t.record_fault). */
#define RTKCONF_FAULT_CRASH 1u   /* the implementation ended the peer during a call */
#define RTKCONF_FAULT_HANG 2u    /* a call did not return within the step timeout */
#define RTKCONF_FAULT_HARNESS 3u /* the harness failed: peer not started, broken pipe */

/* Services the host gives a plugin.  The struct and its function pointers
 * stay valid until the plugin is unloaded; a plugin may keep the pointer.
 * Fields are only ever added at the end: a plugin reads a field only when
 * struct_size covers it. */
typedef struct rtkconf_host {
    uint32_t struct_size; /* sizeof(rtkconf_host_t) as the host was built */
    uint32_t abi_version; /* RTKCONF_PLUGIN_ABI_VERSION of the host */
    void *host_data;      /* opaque to the plugin */

    /* Adds one rule to the catalogue.  Main thread, during register_rules
     * only.  Non-zero: refused (duplicate ID, bad level, missing field);
     * the host reports why. */
    int32_t (*register_rule)(const struct rtkconf_host *host, const rtkconf_rule_info_t *rule);

    /* Reads one run setting by key; NULL for an unknown key.  Keys:
     * "iut_path", "peer_path", "profile" ("strict"/"lenient"),
     * "step_timeout_ms", "name_prefix" (UTF-8, ASCII in practice),
     * "safe" ("1": rtkconf run --safe, skip every probe that could crash a
     * kernel-mode implementation; "0" or NULL: run them), "transport"
     * (how peers reach the implementation: "process", "agent-loopback",
     * "agent-device"; NULL: "process"). */
    const char *(*setting)(const struct rtkconf_host *host, const char *key);

    /* Evidence of the running test.  Any thread, during a test only. */
    /* One call a peer made: label, call text, NTSTATUS, detail (may be ""). */
    void (*record_call)(const struct rtkconf_host *host, const char *peer, const char *call,
                        int32_t status, const char *detail);
    /* What an INFO rule saw (the implementation's profile); the last wins. */
    void (*observe)(const struct rtkconf_host *host, const char *text);
    /* An object name the test used (UTF-16 code units): the leak probe
     * checks after the test that no object of any kind still has it. */
    void (*record_name)(const struct rtkconf_host *host, const uint16_t *units, uint32_t count);
    /* A call that got no answer, and whose fault it was (RTKCONF_FAULT_*):
     * a crash or hang becomes the test's status, whatever its assertions
     * said; a harness fault makes it an error.  Any thread, during a test. */
    void (*record_fault)(const struct rtkconf_host *host, uint32_t fault, const char *peer,
                         const char *call, const char *detail);
} rtkconf_host_t;

/* The one exported symbol of a plugin.  Fields are only ever added at the
 * end: the host reads a field only when struct_size covers it. */
typedef struct rtkconf_plugin_entry {
    uint32_t abi_version; /* RTKCONF_PLUGIN_ABI_VERSION the plugin was built for: always first */
    uint32_t struct_size; /* sizeof(rtkconf_plugin_entry_t) as the plugin was built */
    const char *name;     /* "rtkconf-plugin-size" */
    const char *family;   /* "size" */
    const char *build;    /* RTKCONF_PLUGIN_BUILD it was compiled against: must equal the host's */
    /* Registers every rule of the plugin through host->register_rule.
     * Main thread, once, right after loading; the host pointer stays valid
     * for the plugin's lifetime.  Non-zero: the plugin refuses to run. */
    int32_t (*register_rules)(const rtkconf_host_t *host);
} rtkconf_plugin_entry_t;

#ifdef __cplusplus
}
#endif

#endif /* RTKCONF_PLUGIN_ABI_H */
