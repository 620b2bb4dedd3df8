// The runtime queries: the library's version and which algorithms this build has.
#include <gtest/gtest.h>

#include <precis/precis.h>

#include <cstring>
#include <set>
#include <string>

namespace {

TEST(Info, VersionNumberIsMajorMinorPatchAndMatchesTheString) {
    EXPECT_EQ(PRECIS_VERSION, PRECIS_VERSION_MAJOR * 10000L + PRECIS_VERSION_MINOR * 100L + PRECIS_VERSION_PATCH);
    std::string s = std::to_string(PRECIS_VERSION_MAJOR) + "." + std::to_string(PRECIS_VERSION_MINOR) + "." +
                    std::to_string(PRECIS_VERSION_PATCH);
    EXPECT_EQ(s, PRECIS_VERSION_STRING);
}

TEST(Info, LibraryVersionIsTheHeadersVersion) {
    EXPECT_EQ(static_cast<long>(precis_version()), PRECIS_VERSION);
}

TEST(Info, EveryAlgorithmHasADistinctLowerCaseName) {
    std::set<std::string> seen;
    for (int a = 0; a < PRECIS_ALGO_COUNT; ++a) {
        const char *name = precis_algorithm_name(a);
        ASSERT_NE(name, nullptr) << a;
        for (const char *c = name; *c; ++c) EXPECT_TRUE(*c >= 'a' && *c <= 'z') << name;
        EXPECT_TRUE(seen.insert(name).second) << name;
    }
    EXPECT_STREQ(precis_algorithm_name(PRECIS_ALGO_DEFAULT), "default");
    EXPECT_STREQ(precis_algorithm_name(PRECIS_ALGO_LEAD), "lead");
    EXPECT_STREQ(precis_algorithm_name(PRECIS_ALGO_CENTROID), "centroid");
}

TEST(Info, ValuesOutsideTheEnumHaveNoNameAndAreNotAvailable) {
    for (int a : {-1, PRECIS_ALGO_COUNT, 1000}) {
        EXPECT_EQ(precis_algorithm_name(a), nullptr) << a;
        EXPECT_EQ(precis_algorithm_available(a), 0) << a;
    }
}

TEST(Info, DefaultAndLeadAreInEveryBuild) {
    EXPECT_EQ(precis_algorithm_available(PRECIS_ALGO_DEFAULT), 1);
    EXPECT_EQ(precis_algorithm_available(PRECIS_ALGO_LEAD), 1);
}

TEST(Info, AvailableIsExactlyWhatSummarizeAccepts) {
    static const char text[] = "Floods hit towns. Snow closes roads.";
    precis_doc doc{text, sizeof text - 1};
    static unsigned char ws[1 << 16];
    precis_span spans[4];
    for (int a = 0; a < PRECIS_ALGO_COUNT; ++a) {
        precis_config c{};
        c.limits = precis_limits{256, 8, 32, 32, 1};
        c.algorithm = static_cast<uint32_t>(a);
        int n = precis_summarize(&doc, 1, &c, ws, sizeof ws, spans, 4, nullptr);
        EXPECT_EQ(n >= 0, precis_algorithm_available(a) == 1) << precis_algorithm_name(a) << ": " << n;
    }
}

}  // namespace
