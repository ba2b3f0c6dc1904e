// The one loader, against a real library.
#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>

#include "rtkconf/platform/dynamic_library.h"

namespace {

using namespace rtkconf::platform;

TEST(DynamicLibrary, FindsAnExportAndOnlyExports) {
    const LibraryOpen opened = open_library(RTKCONF_PLATFORM_TEST_LIBRARY);
    ASSERT_NE(opened.handle, nullptr) << opened.error;
    void *answer = find_symbol(opened.handle, "rtkconf_platform_test_answer");
    ASSERT_NE(answer, nullptr);
    int (*function)() = nullptr;
    std::memcpy(&function, &answer, sizeof function);
    EXPECT_EQ(function(), 42);
    EXPECT_EQ(find_symbol(opened.handle, "no_such_export"), nullptr);
    close_library(opened.handle);
}

TEST(DynamicLibrary, AMissingFileIsAnErrorValueThatSaysWhy) {
    const LibraryOpen opened =
        open_library("no-such-dir/libmissing" + std::string(library_suffix()));
    EXPECT_EQ(opened.handle, nullptr);
    EXPECT_FALSE(opened.error.empty());
    close_library(nullptr);  // harmless
}

TEST(DynamicLibrary, SuffixIsThePlatforms) {
    EXPECT_EQ(std::filesystem::path(RTKCONF_PLATFORM_TEST_LIBRARY).extension().string(),
              library_suffix());
}

}  // namespace
