#include "kernel_name.h"

namespace rtkref::win32_backend {

std::wstring kernel_object_name(const std::u16string &name) {
    std::wstring kernel = L"Local\\rtkref.";
    kernel.reserve(kernel.size() + name.size());
    for (char16_t unit : name) {
        if (unit == u'\0') {
            kernel += L"%00";
        } else if (unit == u'%') {
            kernel += L"%25";
        } else {
            kernel += static_cast<wchar_t>(unit);
        }
    }
    return kernel;
}

}  // namespace rtkref::win32_backend
