// The web pages' escaping and form reading (server/web/html.h).
#include <gtest/gtest.h>

#include "server/web/html.h"

namespace rtw::server::web {
namespace {

TEST(EscapeHtml, EscapesEveryCharacterThatCanEndTextOrAnAttribute) {
    EXPECT_EQ(escapeHtml("<script>alert('x')</script> & \"q\""),
              "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    EXPECT_EQ(escapeHtml("&amp;"), "&amp;amp;") << "already-escaped text is escaped again";
    EXPECT_EQ(escapeHtml("Siobhán Ó Ceallaigh – 10 kg"), "Siobhán Ó Ceallaigh – 10 kg");
    EXPECT_EQ(escapeHtml(""), "");
}

TEST(EscapeHtml, ReplacesInvalidUtf8) {
    EXPECT_EQ(escapeHtml(std::string("a\xFF<b")), "a\xEF\xBF\xBD&lt;b");
    EXPECT_EQ(escapeHtml(std::string("\xC0\xBC")), "\xEF\xBF\xBD\xEF\xBF\xBD")
        << "an overlong '<' is not let through";
    EXPECT_EQ(escapeHtml(std::string("\xE2\x82")), "\xEF\xBF\xBD\xEF\xBF\xBD") << "truncated";
    EXPECT_EQ(escapeHtml(std::string("\xED\xA0\x80")), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD")
        << "a surrogate";
}

TEST(ParseForm, DecodesPlusAndPercentAndKeepsTheLastOfARepeatedName) {
    const Form f = parseForm("action=comment&comment=Start+at+10%3A00%0D%0Aplease&x=1&x=2&flag");
    ASSERT_TRUE(f.ok);
    EXPECT_EQ(f.get("action"), "comment");
    EXPECT_EQ(f.get("comment"), "Start at 10:00\r\nplease");
    EXPECT_EQ(f.get("x"), "2");
    EXPECT_EQ(f.get("flag"), "");
    EXPECT_EQ(f.get("missing"), "");
}

TEST(ParseForm, ABrokenEscapeReadsNothing) {
    for (const char* body : {"a=%", "a=%4", "a=%zz", "a=1&b=%G0"}) {
        const Form f = parseForm(body);
        EXPECT_FALSE(f.ok) << body;
        EXPECT_TRUE(f.fields.empty()) << body;
    }
}

TEST(HtmlPage, CarriesTheSecurityHeaders) {
    const Response r = htmlPage(200, "<p>x</p>");
    EXPECT_EQ(r.contentType, "text/html; charset=utf-8");
    EXPECT_EQ(r.headers.at("Content-Security-Policy"), kContentSecurityPolicy);
    EXPECT_NE(std::string(kContentSecurityPolicy).find("frame-ancestors 'none'"),
              std::string::npos);
    EXPECT_EQ(std::string(kContentSecurityPolicy).find("script-src"), std::string::npos)
        << "default-src 'none' allows no script at all";
    EXPECT_EQ(r.headers.at("Referrer-Policy"), "no-referrer");
    EXPECT_EQ(r.headers.at("X-Content-Type-Options"), "nosniff");
}

}  // namespace
}  // namespace rtw::server::web
