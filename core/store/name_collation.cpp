#include "store/name_collation.h"

#include <sqlcipher/sqlite3.h>

#include <cstdint>
#include <cstring>

namespace rtw::store {
namespace {

// Base letter for U+00C0..U+00FF and U+0100..U+017F ('*' = not a letter).
constexpr char kLatin1[] = "AAAAAAACEEEEIIIIDNOOOOO*OUUUUYTsaaaaaaaceeeeiiiidnooooo*ouuuuyty";
constexpr char kExtendedA[] =
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOo"
    "RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
static_assert(sizeof kLatin1 == 65 && sizeof kExtendedA == 129);

char lower(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

int compareNames(void*, int lenA, const void* a, int lenB, const void* b) {
    const std::string fa = foldForSorting({static_cast<const char*>(a), static_cast<size_t>(lenA)});
    const std::string fb = foldForSorting({static_cast<const char*>(b), static_cast<size_t>(lenB)});
    if (int c = fa.compare(fb)) return c < 0 ? -1 : 1;
    // Equal when folded: fall back to the bytes so the order is still total.
    const int n = std::memcmp(a, b, static_cast<size_t>(lenA < lenB ? lenA : lenB));
    return n != 0 ? n : lenA - lenB;
}

}  // namespace

std::string foldForSorting(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            out += lower(static_cast<char>(c));
            continue;
        }
        // Two-byte UTF-8 sequences cover both tables.
        if ((c & 0xE0) == 0xC0 && i + 1 < s.size()) {
            const std::uint32_t cp =
                ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
            char base = 0;
            if (cp >= 0xC0 && cp <= 0xFF)
                base = kLatin1[cp - 0xC0];
            else if (cp >= 0x100 && cp <= 0x17F)
                base = kExtendedA[cp - 0x100];
            if (base && base != '*') {
                out += lower(base);
                ++i;
                continue;
            }
        }
        out += static_cast<char>(c);
    }
    return out;
}

int registerNameCollation(sqlite3* db) {
    return sqlite3_create_collation_v2(db, "NAME", SQLITE_UTF8, nullptr, compareNames, nullptr);
}

}  // namespace rtw::store
