// SPDX-License-Identifier: GPL-3.0-or-later
// The detectors matched without RE2 (core/secrets/nativematch.cpp) against RE2 itself: for random and adversarial
// texts and windows [pos, to), the native matcher must give exactly what the engine's RE2 call gives,
// RE2::Match(text, pos, to, UNANCHORED, groups, 2) with the engine's options: match or not, the whole match and
// group 1. The texts are built from the pieces the patterns care about (key prefixes, schemes, "://", separators,
// runs at the repetition bounds, word and non-word neighbours, Latin-1 bytes) with the windows cut at and around
// every boundary. BULKHEAD_NATIVEMATCH_ROUNDS sets the rounds per pattern (default 50000) for longer runs by hand.
#include "core/secrets/detectors_p.h"

#include <QTest>

#include <re2/re2.h>

#include <cstring>
#include <random>
#include <string>

using namespace bulkhead::secrets;

namespace {

struct Differ
{
    std::mt19937_64 rng;
    const re2::RE2& re;
    detail::NativeMatcher native;
    long long calls = 0;
    long long matched = 0;

    std::size_t below(std::size_t n) { return n == 0 ? 0 : std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); }
    bool chance(int percent) { return below(100) < static_cast<std::size_t>(percent); }
    char from(std::string_view alphabet) { return alphabet[below(alphabet.size())]; }

    std::string run(std::string_view alphabet, std::size_t n)
    {
        std::string s;
        for (std::size_t i = 0; i < n; ++i) {
            s.push_back(from(alphabet));
        }
        return s;
    }

    // Bytes around and inside candidate matches: word and non-word, the classes' excluded bytes, Latin-1 letters.
    char noise()
    {
        static constexpr std::string_view kBytes = "aZz09_ -.\t\n\r\f\v:/@'\"<>[]+=,;\\";
        if (chance(10)) {
            return static_cast<char>(below(256)); // any byte, NUL and 0x80-0xFF included
        }
        if (chance(10)) {
            static constexpr unsigned char kLatin1[] = {
                0xC0, 0xC5, 0xD6, 0xDF, 0xE5, 0xFF, 0xB5, 0xAA, 0xBA, 0xA0, 0x85};
            return static_cast<char>(kLatin1[below(sizeof kLatin1)]);
        }
        return from(kBytes);
    }

    // A length near a repetition bound, or anywhere below it.
    std::size_t near(std::size_t bound)
    {
        if (chance(50)) {
            return bound + below(5) - std::min<std::size_t>(bound, 2);
        }
        return below(bound + 3);
    }

    std::string awsCandidate()
    {
        static constexpr std::string_view kPrefixes[] = {"AKIA",
                                                         "ASIA",
                                                         "ABIA",
                                                         "ACCA",
                                                         "A3T",
                                                         "A3TA",
                                                         "A3T9",
                                                         "Akia",
                                                         "akia",
                                                         "AKI",
                                                         "ASI",
                                                         "A3",
                                                         "A",
                                                         "ACC",
                                                         "AKIAA"};
        const bool wellFormed = chance(50); // half are keys, half near misses
        std::string s(kPrefixes[below(wellFormed ? 5 : std::size(kPrefixes))]);
        const std::size_t body = wellFormed ? 16 + 4 - s.size() : near(16);
        for (std::size_t i = 0; i < body; ++i) {
            s.push_back(wellFormed || chance(97) ? from("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") : noise());
        }
        return s;
    }

    std::string urlCandidate()
    {
        static constexpr std::string_view kSchemes[] = {
            "http",       "https",    "HTTPS",     "HtTp",       "ftp",         "ftps",    "git",      "ssh",
            "svn",        "smb",      "ldap",      "ldaps",      "sftp",        "httpss",  "postgres", "postgresql",
            "PostgreSQL", "mysql",    "mariadb",   "mongodb",    "mongodb+srv", "redis",   "rediss",   "amqp",
            "amqps",      "mssql",    "sqlserver", "clickhouse", "cockroachdb", "couchdb", "neo4j",    "neo4j+s",
            "neo4j+",     "mongodb+", "s",         "xhttp",      "ht"};
        const bool wellFormed = chance(50); // half have the shape, half are near misses
        std::string s(kSchemes[below(std::size(kSchemes))]);
        s += wellFormed || chance(90) ? "://" : (chance(50) ? ":/" : ":///");
        static constexpr std::string_view kUser = "abcXYZ019._-%!~+=";
        const std::size_t user = wellFormed ? 1 + below(64) : near(64);
        for (std::size_t i = 0; i < user; ++i) {
            s.push_back(wellFormed || chance(97) ? from(kUser) : noise());
        }
        if (wellFormed || chance(95)) {
            s.push_back(':');
        }
        static constexpr std::string_view kPassword = "pQ9:._-%!~+=#?&$";
        const std::size_t password = wellFormed ? 3 + below(126) : chance(50) ? near(3) : near(128);
        for (std::size_t i = 0; i < password; ++i) {
            s.push_back(wellFormed || chance(97) ? from(kPassword) : noise());
        }
        if (wellFormed || chance(95)) {
            s.push_back('@');
        }
        if (wellFormed || chance(85)) {
            s.push_back(from("aZ0.-_[]"));
        } else {
            s.push_back(noise());
        }
        return s;
    }

    std::string text(bool aws, std::size_t maxPieces = 4)
    {
        std::string s;
        const std::size_t pieces = 1 + below(maxPieces);
        for (std::size_t k = 0; k < pieces; ++k) {
            const std::size_t gap = below(6);
            for (std::size_t i = 0; i < gap; ++i) {
                s.push_back(noise());
            }
            s += aws ? awsCandidate() : urlCandidate();
        }
        const std::size_t tail = below(4);
        for (std::size_t i = 0; i < tail; ++i) {
            s.push_back(noise());
        }
        return s;
    }

    // One window: anywhere, or cut at/around a byte the patterns care about.
    std::pair<std::size_t, std::size_t> window(const std::string& s)
    {
        const std::size_t n = s.size();
        auto aroundSpecial = [&]() -> std::size_t {
            for (int tries = 0; tries < 8; ++tries) {
                const std::size_t i = below(n + 1);
                if (i < n && std::strchr("A:@hHpPmMnNrRsSfFgGlLcCaA", s[i]) != nullptr && s[i] != '\0') {
                    const std::size_t shifted = i + below(3);
                    return std::min(n, shifted > 0 ? shifted - 1 : 0);
                }
            }
            return below(n + 1);
        };
        std::size_t pos = chance(50) ? 0 : (chance(50) ? aroundSpecial() : below(n + 1));
        std::size_t to = chance(60) ? n : (chance(50) ? aroundSpecial() : below(n + 1));
        if (pos > to) {
            std::swap(pos, to);
        }
        return {pos, to};
    }

    // Compares one call; on a difference, says where.
    bool same(const std::string& s, std::size_t pos, std::size_t to, QString* why)
    {
        ++calls;
        const re2::StringPiece whole(s.data(), s.size());
        re2::StringPiece groups[2];
        const bool want = re.Match(whole, pos, to, re2::RE2::UNANCHORED, groups, 2);
        detail::NativeMatch m{};
        const bool got = native(s, pos, to, &m);
        bool ok = want == got;
        if (ok && want) {
            ++matched;
            auto offset = [&](const char* p) { return static_cast<std::size_t>(p - s.data()); };
            ok = groups[1].data() != nullptr && offset(groups[0].data()) == m.begin &&
                 offset(groups[0].data()) + groups[0].size() == m.end && offset(groups[1].data()) == m.valueBegin &&
                 offset(groups[1].data()) + groups[1].size() == m.valueEnd;
        }
        if (!ok) {
            *why = QStringLiteral("text (hex) %1 window [%2, %3): RE2 %4, native %5")
                       .arg(QString::fromLatin1(QByteArray::fromStdString(s).toHex()),
                            QString::number(pos),
                            QString::number(to),
                            want ? QStringLiteral("matches") : QStringLiteral("does not match"),
                            got ? QStringLiteral("matches [%1, %2)").arg(m.begin).arg(m.end)
                                : QStringLiteral("does not match"));
        }
        return ok;
    }
};

long long rounds()
{
    bool ok = false;
    const long long n = qEnvironmentVariableIntValue("BULKHEAD_NATIVEMATCH_ROUNDS", &ok);
    return ok && n > 0 ? n : 50000;
}

} // namespace

class TestNativeMatch : public QObject
{
    Q_OBJECT

private:
    static re2::RE2::Options options() // the engine's (detector.cpp)
    {
        re2::RE2::Options o;
        o.set_encoding(re2::RE2::Options::EncodingLatin1);
        o.set_log_errors(false);
        o.set_max_mem(64 << 20);
        return o;
    }

    static void differ(const char* pattern, bool aws, std::uint64_t seed)
    {
        const re2::RE2 re(pattern, options());
        QVERIFY2(re.ok(), re.error().c_str());
        const detail::NativeMatcher native = detail::nativeMatcher(pattern);
        QVERIFY(native != nullptr);
        Differ d{std::mt19937_64(seed), re, native};
        const long long n = rounds();
        QString why;
        for (long long r = 0; r < n; ++r) {
            const std::string s = d.text(aws);
            // Several windows per text, and every suffix/prefix cut once in a while.
            for (int w = 0; w < 3; ++w) {
                const auto [pos, to] = d.window(s);
                QVERIFY2(d.same(s, pos, to, &why), qPrintable(why));
            }
        }
        // The generators must reach matches often, or the comparison proves little.
        qInfo("%s: %lld random windows, %lld matches", pattern, d.calls, d.matched);
        QVERIFY(d.matched * 8 > d.calls);
        // Every window of 50 one-candidate texts.
        for (int t = 0; t < 50; ++t) {
            const std::string s = d.text(aws, 1);
            for (std::size_t pos = 0; pos <= s.size(); ++pos) {
                for (std::size_t to = pos; to <= s.size(); ++to) {
                    QVERIFY2(d.same(s, pos, to, &why), qPrintable(why));
                }
            }
        }
        qInfo("with every window of 50 texts: %lld calls, %lld matches", d.calls, d.matched);
    }

private slots:
    void detectorsUseTheNativeMatchers()
    {
        // The three patterns whose RE2 costs the most to compile are matched natively; a changed pattern would
        // silently fall back to RE2 (correct, but ~5 M instructions slower on first use).
        int found = 0;
        for (const detail::Detector& d : detail::detectors()) {
            const bool native = detail::nativeMatcher(d.pattern) != nullptr;
            const bool expected = qstrcmp(d.info.id, "SEC-001") == 0 || qstrcmp(d.info.id, "SEC-088") == 0 ||
                                  qstrcmp(d.info.id, "SEC-089") == 0;
            QCOMPARE(native, expected);
            found += native ? 1 : 0;
        }
        QCOMPARE(found, 3);
        QVERIFY(detail::nativeMatcher("\\bAKIA[A-Z0-9]{16}\\b") == nullptr);
    }

    void handPicked_data()
    {
        QTest::addColumn<QByteArray>("pattern");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("matches"); // in some window
        const QByteArray aws(detail::kAwsAccessKeyIdPattern);
        const QByteArray url(detail::kUrlPasswordPattern);
        const QByteArray db(detail::kDatabaseUriPasswordPattern);
        QTest::newRow("aws plain") << aws << QByteArray("AKIAIOSFODNN7EXAMPLE") << true;
        QTest::newRow("aws word before") << aws << QByteArray("xAKIAIOSFODNN7EXAMPLE AKIAIOSFODNN7EXAMPLF") << true;
        QTest::newRow("aws word after") << aws << QByteArray("AKIAIOSFODNN7EXAMPLE_ ASIAIOSFODNN7EXAMPLE") << true;
        QTest::newRow("aws latin1 around") << aws
                                           << QByteArray("\xe9"
                                                         "AKIAIOSFODNN7EXAMPLE\xe9")
                                           << true;
        QTest::newRow("aws a3t") << aws << QByteArray("=A3TXIOSFODNN7EXAMPLE;") << true;
        QTest::newRow("url") << url << QByteArray("see https://user:pa:ss@host/x") << true;
        QTest::newRow("url upper") << url << QByteArray("HTTPS://u:secret@[::1]") << true;
        QTest::newRow("url no user") << url << QByteArray("https://:secret@host http://u:sec@h") << true;
        QTest::newRow("url word before") << url << QByteArray("xhttp://u:secret@h sftp://u:secret@h") << false;
        QTest::newRow("db empty user") << db << QByteArray("postgres://:secret@db mongodb+srv://a:bcd@e") << true;
        QTest::newRow("db plus") << db << QByteArray("x+neo4j+s://u:secret@h") << true;
    }

    void handPicked()
    {
        QFETCH(QByteArray, pattern);
        QFETCH(QByteArray, text);
        const re2::RE2 re(pattern.constData(), options());
        Differ d{std::mt19937_64(1), re, detail::nativeMatcher(pattern.constData())};
        QVERIFY(d.native != nullptr);
        const std::string s = text.toStdString();
        QString why;
        for (std::size_t pos = 0; pos <= s.size(); ++pos) {
            for (std::size_t to = pos; to <= s.size(); ++to) {
                QVERIFY2(d.same(s, pos, to, &why), qPrintable(why));
            }
        }
        QFETCH(bool, matches);
        QCOMPARE(d.matched > 0, matches);
    }

    void awsAccessKeyId() { differ(detail::kAwsAccessKeyIdPattern, true, 0xA75001); }
    void urlPassword() { differ(detail::kUrlPasswordPattern, false, 0xA75089); }
    void databaseUriPassword() { differ(detail::kDatabaseUriPasswordPattern, false, 0xA75088); }
};

QTEST_GUILESS_MAIN(TestNativeMatch)
#include "tst_nativematch.moc"
