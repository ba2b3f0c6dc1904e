#include "rtkconf/flavour.h"

#include <algorithm>
#include <array>
#include <utility>

namespace rtkconf {
namespace {

constexpr std::array<std::pair<Flavour, const char *>, 3> kNames{{
    {Flavour::rtk, "rtk"},
    {Flavour::rtapi, "rtapi"},
    {Flavour::rtk_legacy, "rtk-legacy"},
}};

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    return text;
}

}  // namespace

const char *flavour_name(Flavour flavour) {
    for (const auto &[value, name] : kNames)
        if (value == flavour) return name;
    return "rtk";
}

std::optional<Flavour> flavour_from_name(std::string_view name) {
    for (const auto &[value, text] : kNames)
        if (name == text) return value;
    return std::nullopt;
}

const std::vector<Flavour> &every_flavour() {
    static const std::vector<Flavour> all{Flavour::rtk, Flavour::rtapi, Flavour::rtk_legacy};
    return all;
}

std::optional<std::vector<Flavour>> flavours_from_list(std::string_view list, std::string *bad) {
    std::vector<Flavour> out;
    while (!list.empty()) {
        const std::size_t comma = list.find(',');
        const std::string_view item = trimmed(list.substr(0, comma));
        list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
        if (item.empty()) continue;
        const auto flavour = flavour_from_name(item);
        if (!flavour) {
            if (bad) *bad = std::string(item);
            return std::nullopt;
        }
        if (std::find(out.begin(), out.end(), *flavour) == out.end()) out.push_back(*flavour);
    }
    return out;
}

std::string flavour_list(const std::vector<Flavour> &flavours) {
    std::string text;
    for (Flavour f : flavours) text += (text.empty() ? "" : ",") + std::string(flavour_name(f));
    return text;
}

}  // namespace rtkconf
