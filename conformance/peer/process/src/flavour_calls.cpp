#include "flavour_calls.h"

namespace rtkconf::peer {

std::unique_ptr<FlavourCalls> make_rtk_calls(const RtkApiTable &api);
std::unique_ptr<FlavourCalls> make_rtapi_calls(const RtApiTable &api);
std::unique_ptr<FlavourCalls> make_legacy_calls(const LegacyApiTable &api);

std::unique_ptr<FlavourCalls> make_flavour_calls(const LoadedIut &iut) {
    switch (iut.flavour()) {
        case Flavour::rtk:
            return make_rtk_calls(iut.api());
        case Flavour::rtapi:
            return make_rtapi_calls(iut.rtapi());
        case Flavour::rtk_legacy:
            return make_legacy_calls(iut.legacy());
    }
    return make_rtk_calls(iut.api());
}

}  // namespace rtkconf::peer
