#include "iut_check.h"

#include "rtkconf/iut.h"

namespace rtkconf::runner {

IutCheck check_iut(const std::filesystem::path &path, Flavour flavour) {
    IutCheck check;
    const IutLoadResult loaded = load_iut(path, flavour);
    if (!loaded) {
        check.error = loaded.error;
        return check;
    }
    check.missing_optional = loaded.library->missing_optional();
    return check;
}

}  // namespace rtkconf::runner
