// SPDX-License-Identifier: GPL-3.0-or-later
// Detectors matched without RE2. Their patterns are fixed-shape (no choice a leftmost-first search could take
// differently), and RE2 spends more compiling the counted repetitions of SEC-088/089 ({1,64}, {3,128}: a state per
// count) than a whole lint run spends scanning: ~5.4 M instructions on the first URL in a LABEL or ENV. Each matcher
// is RE2::Match(text, pos, to, UNANCHORED, groups, 2) for its pattern with the engine's options (Latin-1): the
// match lies inside [pos, to), and \b looks at the bytes around it, inside the window or not, as RE2 does with a
// sub-range of a text. tst_nativematch holds every matcher to RE2 itself on random and adversarial inputs.
#include "core/secrets/detectors_p.h"

#include <array>
#include <cstring>

namespace bulkhead::secrets::detail {

namespace {

bool wordByte(unsigned char c) // RE2's \b word characters, ASCII only in Latin-1 too
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool upperOrDigit(unsigned char c) // [A-Z0-9]
{
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// \b before a word character at s: the byte before it (if any, window or not) is no word character.
bool boundaryBeforeWord(const unsigned char* p, std::size_t s)
{
    return s == 0 || !wordByte(p[s - 1]);
}

// \b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})\b -- every match is 20 bytes starting with 'A'.
bool matchAwsAccessKeyId(std::string_view text, std::size_t pos, std::size_t to, NativeMatch* m)
{
    constexpr std::size_t kLength = 20;
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    if (to > n || pos > to || to - pos < kLength) {
        return false;
    }
    const std::size_t last = to - kLength; // the last start a match fits from
    for (std::size_t s = pos; s <= last; ++s) {
        const void* a = std::memchr(p + s, 'A', last - s + 1);
        if (a == nullptr) {
            return false;
        }
        s = static_cast<std::size_t>(static_cast<const unsigned char*>(a) - p);
        if (!boundaryBeforeWord(p, s)) {
            continue;
        }
        const unsigned char b = p[s + 1];
        const unsigned char c = p[s + 2];
        const unsigned char d = p[s + 3];
        const bool prefix = (b == '3' && c == 'T' && upperOrDigit(d)) || (b == 'K' && c == 'I' && d == 'A') ||
                            (b == 'S' && c == 'I' && d == 'A') || (b == 'B' && c == 'I' && d == 'A') ||
                            (b == 'C' && c == 'C' && d == 'A');
        if (!prefix) {
            continue;
        }
        std::size_t k = 4;
        while (k < kLength && upperOrDigit(p[s + k])) {
            ++k;
        }
        if (k < kLength) {
            continue;
        }
        // \b after the last byte (a word character): the next byte, past the window or not, is none.
        if (s + kLength < n && wordByte(p[s + kLength])) {
            continue;
        }
        *m = {s, s + kLength, s, s + kLength};
        return true;
    }
    return false;
}

constexpr bool isSpace(unsigned char c) // RE2's \s: [\t\n\f\r ]
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

// [^\s:/@'"<>] and [^\s/@'"<>] as tables: the runs they scan are the matchers' inner loops.
constexpr std::array<bool, 256> byteTable(std::string_view excluded)
{
    std::array<bool, 256> t{};
    for (std::size_t c = 0; c < 256; ++c) {
        t[c] = !isSpace(static_cast<unsigned char>(c)) &&
               excluded.find(static_cast<char>(static_cast<unsigned char>(c))) == std::string_view::npos;
    }
    return t;
}
constexpr std::array<bool, 256> kUserByte = byteTable(":/@'\"<>");
constexpr std::array<bool, 256> kPasswordByte = byteTable("/@'\"<>");

bool userByte(unsigned char c) // [^\s:/@'"<>]
{
    return kUserByte[c];
}

bool passwordByte(unsigned char c) // [^\s/@'"<>]
{
    return kPasswordByte[c];
}

bool hostByte(unsigned char c) // [A-Za-z0-9.\-_\[\]]
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
           c == '_' || c == '[' || c == ']';
}

unsigned char foldAscii(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c + ('a' - 'A')) : c;
}

// (?i)\b(?:SCHEMES)://[^\s:/@'"<>]{minUser,64}:([^\s/@'"<>]{3,128})@[A-Za-z0-9.\-_\[\]]
// Nothing in it can be matched two ways: a scheme holds no ':', so it ends at a "://"; the user part holds no ':',
// so it ends at the first one; the password holds no '@', so it ends at the first one. A start has one match or
// none, and leftmost-first is the first start that has one: the "://"s in order, the longer schemes (earlier
// starts) first at each.
template<std::size_t N>
bool matchUrlPassword(std::string_view text,
                      std::size_t pos,
                      std::size_t to,
                      NativeMatch* m,
                      const std::string_view (&schemes)[N],
                      std::size_t minUser)
{
    constexpr std::size_t kMaxUser = 64;
    constexpr std::size_t kMinPassword = 3;
    constexpr std::size_t kMaxPassword = 128;
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    if (to > n || pos > to) {
        return false;
    }
    // The shortest match: a one-letter scheme never occurs, but "://" ":" + 3 + "@" + host byte need 9 bytes.
    for (std::size_t c = pos; c + 3 <= to; ++c) {
        const void* colon = std::memchr(p + c, ':', to - c);
        if (colon == nullptr) {
            return false;
        }
        c = static_cast<std::size_t>(static_cast<const unsigned char*>(colon) - p);
        if (c + 3 > to || p[c + 1] != '/' || p[c + 2] != '/') {
            continue;
        }
        // The rest is the same whatever scheme ends here: check it once.
        std::size_t i = c + 3;
        std::size_t user = 0;
        while (i < to && user <= kMaxUser && userByte(p[i])) {
            ++i;
            ++user;
        }
        if (user < minUser || user > kMaxUser || i >= to || p[i] != ':') {
            continue;
        }
        std::size_t j = i + 1;
        std::size_t password = 0;
        while (j < to && password <= kMaxPassword && passwordByte(p[j])) {
            ++j;
            ++password;
        }
        if (password < kMinPassword || password > kMaxPassword || j + 1 >= to || p[j] != '@' || !hostByte(p[j + 1])) {
            continue;
        }
        // The earliest start among the schemes that end at c.
        std::size_t best = c;
        for (const std::string_view scheme : schemes) {
            if (scheme.size() > c - pos) {
                continue;
            }
            const std::size_t s = c - scheme.size();
            if (s >= best || !boundaryBeforeWord(p, s)) {
                continue;
            }
            bool equal = true;
            for (std::size_t k = 0; k < scheme.size() && equal; ++k) {
                equal = foldAscii(p[s + k]) == static_cast<unsigned char>(scheme[k]);
            }
            if (equal) {
                best = s;
            }
        }
        if (best < c) {
            *m = {best, j + 2, i + 1, j};
            return true;
        }
    }
    return false;
}

constexpr std::string_view kUrlSchemes[] = {
    "http", "https", "ftp", "ftps", "git", "ssh", "svn", "smb", "ldap", "ldaps"};
constexpr std::string_view kDatabaseSchemes[] = {"postgres",
                                                 "postgresql",
                                                 "mysql",
                                                 "mariadb",
                                                 "mongodb",
                                                 "mongodb+srv",
                                                 "redis",
                                                 "rediss",
                                                 "amqp",
                                                 "amqps",
                                                 "mssql",
                                                 "sqlserver",
                                                 "clickhouse",
                                                 "cockroachdb",
                                                 "couchdb",
                                                 "neo4j",
                                                 "neo4j+s"};

bool matchUrlPasswordBasic(std::string_view text, std::size_t pos, std::size_t to, NativeMatch* m)
{
    return matchUrlPassword(text, pos, to, m, kUrlSchemes, 1);
}

bool matchDatabaseUriPassword(std::string_view text, std::size_t pos, std::size_t to, NativeMatch* m)
{
    return matchUrlPassword(text, pos, to, m, kDatabaseSchemes, 0);
}

} // namespace

NativeMatcher nativeMatcher(const char* pattern)
{
    if (std::strcmp(pattern, kAwsAccessKeyIdPattern) == 0) {
        return &matchAwsAccessKeyId;
    }
    if (std::strcmp(pattern, kUrlPasswordPattern) == 0) {
        return &matchUrlPasswordBasic;
    }
    if (std::strcmp(pattern, kDatabaseUriPasswordPattern) == 0) {
        return &matchDatabaseUriPassword;
    }
    return nullptr;
}

} // namespace bulkhead::secrets::detail
