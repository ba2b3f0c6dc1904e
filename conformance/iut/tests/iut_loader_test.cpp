// The loader against real shared libraries built for the purpose: which
// symbols it resolves, and that every failure is a value naming its cause.
#include <gtest/gtest.h>

#include <filesystem>

#include "rtkconf/iut.h"

namespace {

TEST(IutLoader, ResolvesCoreAndPresentOptionalExports) {
    auto loaded = rtkconf::load_iut(RTKCONF_FIXTURE_PARTIAL);
    ASSERT_TRUE(loaded) << loaded.error;
    EXPECT_TRUE(loaded.error.empty());
    const rtkconf::RtkApiTable &api = loaded.library->api();
    ASSERT_NE(api.RtkRtssAttach, nullptr);
    ASSERT_NE(api.RtkRtssDetach, nullptr);
    ASSERT_NE(api.RtkCreateSharedMemory, nullptr);
    ASSERT_NE(api.RtkOpenSharedMemory, nullptr);
    ASSERT_NE(api.RtkCloseHandle, nullptr);
    ASSERT_NE(api.RtkCreateMutex, nullptr);
    // The pointers reach the fixture's own code.
    RTSSINST instance = 0;
    EXPECT_EQ(api.RtkRtssAttach(7, &instance), 7);
    EXPECT_EQ(instance, 0x5151u);
    EXPECT_EQ(api.RtkRtssDetach(instance), STATUS_SUCCESS);
    EXPECT_EQ(api.RtkOpenSharedMemory(instance, nullptr, 0, 0, nullptr, nullptr),
              STATUS_OBJECT_NAME_NOT_FOUND);
}

TEST(IutLoader, AbsentOptionalExportsAreNull) {
    auto loaded = rtkconf::load_iut(RTKCONF_FIXTURE_PARTIAL);
    ASSERT_TRUE(loaded) << loaded.error;
    const rtkconf::RtkApiTable &api = loaded.library->api();
    EXPECT_EQ(api.RtkRtssAttachEx, nullptr);
    EXPECT_EQ(api.RtkUnMapSharedMemory, nullptr);
    EXPECT_EQ(api.RtkOpenMutex, nullptr);
    EXPECT_EQ(api.RtkCreateEvent, nullptr);
    EXPECT_EQ(api.RtkCreateSemaphore, nullptr);
    EXPECT_EQ(api.RtkWaitForMultipleObjects, nullptr);
}

TEST(IutLoader, MissingCoreExportsAreAnErrorNamingEachSymbol) {
    auto loaded = rtkconf::load_iut(RTKCONF_FIXTURE_NO_CLOSE);
    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.library, nullptr);
    EXPECT_NE(loaded.error.find("RtkCloseHandle"), std::string::npos) << loaded.error;
    EXPECT_NE(loaded.error.find("RtkOpenSharedMemory"), std::string::npos) << loaded.error;
    EXPECT_EQ(loaded.error.find("RtkRtssAttach"), std::string::npos) << loaded.error;
}

TEST(IutLoader, MissingFileIsAnErrorNamingThePath) {
    const std::filesystem::path missing =
        std::filesystem::temp_directory_path() / "rtkconf-no-such-library.so";
    auto loaded = rtkconf::load_iut(missing);
    ASSERT_FALSE(loaded);
    EXPECT_NE(loaded.error.find(missing.string()), std::string::npos) << loaded.error;
}

TEST(IutLoader, FileThatIsNotALibraryIsAnError) {
    // A directory exists but is not a loadable library.
    auto loaded = rtkconf::load_iut(std::filesystem::temp_directory_path());
    ASSERT_FALSE(loaded);
    EXPECT_FALSE(loaded.error.empty());
}

TEST(IutLoader, CoreExportNamesListsTheFiveCoreFunctions) {
    std::size_t count = 0;
    const char *const *names = rtkconf::core_export_names(&count);
    ASSERT_EQ(count, 5u);
    EXPECT_STREQ(names[0], "RtkRtssAttach");
    EXPECT_STREQ(names[4], "RtkCloseHandle");
}

}  // namespace
