#pragma once
// The small pieces every server-rendered web page needs: escaping text for
// HTML (the one place it is done; every value from a record goes through
// it), reading an HTML form body, and the security headers of a page.

#include <map>
#include <string>
#include <string_view>

#include "server/http/types.h"

namespace rtw::server::web {

/// `text` safe as HTML element content and as a quoted attribute value:
/// & < > " ' become character references. Invalid UTF-8 is replaced by
/// U+FFFD so a browser never guesses at it.
std::string escapeHtml(std::string_view text);

/// An application/x-www-form-urlencoded body: name -> value ('+' is a
/// space, %XX decoded; the last of repeated names wins). When a %-escape is
/// broken: no fields and `ok = false`.
struct Form {
    std::map<std::string, std::string> fields;
    bool ok = true;
    std::string get(const std::string& name) const;
};
Form parseForm(std::string_view body);

/// The start of every page, to the end of its banner: the document head
/// (title, viewport, no-referrer, noindex, the one stylesheet), a skip link
/// and the service banner. The caller adds <main id="main"> and the end.
std::string pageHead(const std::string& title);

/// "2026-05-04" -> "4 May 2026"; anything else as it is.
std::string longDate(const std::string& iso);

/// A text/html page with the headers every page here carries: a strict
/// Content-Security-Policy (no scripts at all; styles only from this
/// server; forms post only here; never framed), no referrer, no sniffing.
/// Cache-Control: no-store is added by the server to every answer.
Response htmlPage(int status, std::string body);

/// The Content-Security-Policy of every page.
inline constexpr const char* kContentSecurityPolicy =
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'";

}  // namespace rtw::server::web
