// The flavours of the API a peer can speak (CONFORMANCE.md, "Flavours"):
// the same objects and the same steps, through different calls.
//
//   rtk         the Rtk calls of RtkApi.h: NTSTATUS returns, counted
//               names, an RtssInst from attach
//   rtapi       the user-mode calls of RtApi.h: a handle or BOOL, the
//               reason as the thread's last error, NUL-terminated names,
//               no RtssInst
//   rtk-legacy  the older Rtk shape of RtkLegacyApi.h: a handle or BOOL
//               plus an error code written through pErrorCode
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rtkconf {

enum class Flavour { rtk, rtapi, rtk_legacy };

const char *flavour_name(Flavour flavour);  // "rtk", "rtapi", "rtk-legacy"
std::optional<Flavour> flavour_from_name(std::string_view name);

// Every flavour, in the order the report lists them.
const std::vector<Flavour> &every_flavour();

// "rtk,rtapi" -> {rtk, rtapi}; nullopt and `bad` set on an unknown name.
std::optional<std::vector<Flavour>> flavours_from_list(std::string_view list, std::string *bad);
std::string flavour_list(const std::vector<Flavour> &flavours);  // "rtk,rtapi"

}  // namespace rtkconf
