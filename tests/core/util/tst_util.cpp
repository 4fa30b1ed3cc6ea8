// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/atomicfile.h"
#include "core/util/formatstring.h"
#include "core/util/redact.h"
#include "core/util/textescape.h"
#include "core/util/trcache.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstring>
#include <string_view>
#include <thread>

#include <sys/stat.h>

using namespace bulkhead::util;
using namespace Qt::StringLiterals;

// A class declaring its tr() the cached way, as the linter's rules do.
struct Texts
{
    BULKHEAD_DECLARE_CACHED_TR(TestCached)
};

class TestUtil : public QObject
{
    Q_OBJECT

private slots:
    // The cache answers with the source text, never with stale text from a reused buffer, and never instead of a
    // real translator; %n is still replaced.
    void sourceTextCacheIsTransparent()
    {
        bulkhead::util::installSourceTextCache();
        const char* literal = "a finding about %1";
        QCOMPARE(QCoreApplication::translate("Test", literal), QStringLiteral("a finding about %1"));
        QCOMPARE(QCoreApplication::translate("Test", literal), QStringLiteral("a finding about %1")); // cached
        char buffer[32];
        std::strcpy(buffer, "first text");
        QCOMPARE(QCoreApplication::translate("Test", buffer), QStringLiteral("first text"));
        std::strcpy(buffer, "other text");
        QCOMPARE(QCoreApplication::translate("Test", buffer), QStringLiteral("other text"));
        QCOMPARE(QCoreApplication::translate("Test", "\xc3\xa9t\xc3\xa9"), QString::fromUtf8("\xc3\xa9t\xc3\xa9"));
        QCOMPARE(QCoreApplication::translate("Test", "%n file(s)", nullptr, 3), QStringLiteral("3 file(s)"));

        class Upper : public QTranslator
        {
        public:
            QString translate(const char*, const char* source, const char*, int) const override
            {
                return qstrcmp(source, "yes") == 0 ? QStringLiteral("JA") : QString();
            }
            bool isEmpty() const override { return false; }
        } real;
        QCoreApplication::installTranslator(&real);
        QCOMPARE(QCoreApplication::translate("Test", "yes"), QStringLiteral("JA"));
        QCOMPARE(QCoreApplication::translate("Test", literal), QStringLiteral("a finding about %1"));
        QCoreApplication::removeTranslator(&real);
        QCOMPARE(QCoreApplication::translate("Test", "yes"), QStringLiteral("yes"));
    }

    void cachedTranslationsFollowTheTranslators()
    {
        QCOMPARE(Texts::tr("yes"), QStringLiteral("yes"));
        QCOMPARE(Texts::tr("yes"), QStringLiteral("yes")); // remembered
        class German : public QTranslator
        {
        public:
            QString translate(const char* context, const char* source, const char*, int) const override
            {
                return qstrcmp(context, "TestCached") == 0 && qstrcmp(source, "yes") == 0 ? QStringLiteral("ja")
                                                                                          : QString();
            }
            bool isEmpty() const override { return false; }
        } german;
        QCoreApplication::installTranslator(&german);
        bulkhead::util::translatorsChanged();
        QCOMPARE(Texts::tr("yes"), QStringLiteral("ja"));
        // Another context with the same literal is its own entry.
        const char* const literal = "yes";
        QCOMPARE(bulkhead::util::translateCached("Other", literal), QStringLiteral("yes"));
        QCOMPARE(bulkhead::util::translateCached("TestCached", literal), QStringLiteral("ja"));
        // Every thread has its own cache and sees the change.
        QString fromThread;
        std::thread([&fromThread] { fromThread = Texts::tr("yes"); }).join();
        QCOMPARE(fromThread, QStringLiteral("ja"));
        QCoreApplication::removeTranslator(&german);
        bulkhead::util::translatorsChanged();
        QCOMPARE(Texts::tr("yes"), QStringLiteral("yes"));
        std::thread([&fromThread] { fromThread = Texts::tr("yes"); }).join();
        QCOMPARE(fromThread, QStringLiteral("yes"));
    }

    // translateCached() returns views (QString::fromRawData) of translations it keeps until the process ends: a view
    // stays valid after the translator changes, after its cache slot is taken by other literals, and after the
    // thread that made it has ended; copying one touches no reference count.
    void cachedTranslationsAreViewsThatStayValid()
    {
        static char texts[64][24]; // fixed addresses whose text never changes once written, as literals
        for (int k = 0; k < 64; ++k) {
            std::snprintf(texts[k], sizeof texts[k], "text number %d", k);
        }
        const QString first = bulkhead::util::translateCached("Views", texts[0]);
        QCOMPARE(first, u"text number 0"_s);
        QCOMPARE(first.capacity(), 0);          // a view: no block of its own, no reference count
        QCOMPARE(QString(first).capacity(), 0); // and so is a copy of it
        // The same literal again: the same kept text.
        QCOMPARE(bulkhead::util::translateCached("Views", texts[0]).constData(), first.constData());
        // Other literals everywhere in the per-thread cache (its 512 slots are indexed by address): the first view is
        // still the text.
        QList<QString> views;
        for (int k = 1; k < 64; ++k) {
            views << bulkhead::util::translateCached("Views", texts[k]);
        }
        QCOMPARE(first, u"text number 0"_s);
        // A new generation makes new texts; the old views stay valid.
        bulkhead::util::translatorsChanged();
        const QString again = bulkhead::util::translateCached("Views", texts[0]);
        QCOMPARE(again, first);
        QCOMPARE(first, u"text number 0"_s);
        // A view made on a thread that has ended.
        QString fromThread;
        std::thread([&fromThread] { fromThread = bulkhead::util::translateCached("Views", texts[5]); }).join();
        QCOMPARE(fromThread, u"text number 5"_s);
        for (int k = 1; k < 64; ++k) {
            QCOMPARE(views[k - 1], u"text number "_s + QString::number(k));
        }
        // Changing a view copies it; the kept text is unchanged.
        QString changed = first;
        changed += u'!';
        QCOMPARE(changed, u"text number 0!"_s);
        QCOMPARE(bulkhead::util::translateCached("Views", texts[0]), u"text number 0"_s);
        // An empty literal comes back empty.
        QVERIFY(bulkhead::util::translateCached("Views", "").isEmpty());
    }

    // FormatString::arg() is QString::arg(): generated formats (escapes of every kind, %L1, %12, %0, Unicode digits,
    // lone and doubled '%') with string and integer arguments, one to three at a time, and chains of single calls
    // whose arguments themselves hold escapes.
    void formatStringArgIsQStringArg()
    {
        const QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {
            }); // QString::arg's "argument missing" warnings, wanted here
        const char16_t* pieces[] = {u"%",
                                    u"%1",
                                    u"%2",
                                    u"%3",
                                    u"%9",
                                    u"%0",
                                    u"%L1",
                                    u"%12",
                                    u"%1"
                                    u"0",
                                    u"%%",
                                    u"a",
                                    u" ",
                                    u"1",
                                    u"L",
                                    u"é",
                                    u"\u0663",
                                    u"%\u0663",
                                    u"%1\u0663",
                                    u"%1é",
                                    u"%x",
                                    u"\U0001F600"};
        const char16_t* args[] = {u"", u"x", u"%1", u"%2%1", u"long argument text", u"%", u"\u0663", u"50%"};
        QRandomGenerator rng(20261129);
        const auto piece = [&] { return QString::fromUtf16(pieces[rng.bounded(int(std::size(pieces)))]); };
        const auto arg = [&] { return QString::fromUtf16(args[rng.bounded(int(std::size(args)))]); };
        int fast = 0;
        for (int round = 0; round < 60000; ++round) {
            QString format;
            for (int k = rng.bounded(7); k >= 0; --k) {
                format += piece();
            }
            const FormatString f(format);
            const QString a = arg();
            const QString b = arg();
            const QString c = arg();
            const long long n = qint64(rng.generate64()) >> rng.bounded(64);
            const int small = int(rng.bounded(-20, 20));
            QCOMPARE(QString(f.arg(a)), format.arg(a));
            QCOMPARE(QString(f.arg(QStringView(a))), format.arg(QStringView(a)));
            QCOMPARE(QString(f.arg(a, b)), format.arg(a, b));
            QCOMPARE(QString(f.arg(a, b, c)), format.arg(a, b, c));
            QCOMPARE(QString(f.arg(a).arg(b)), format.arg(a).arg(b));
            QCOMPARE(QString(f.arg(n)), format.arg(n));
            QCOMPARE(QString(f.arg(small)), format.arg(small));
            QCOMPARE(QString(f.arg(unsigned(small))), format.arg(unsigned(small)));
            QCOMPARE(QString(f.arg(small).arg(a)), format.arg(small).arg(a));
            QCOMPARE(QString(f.arg(a, 6)), format.arg(a, 6)); // a field width: QString::arg itself
            QCOMPARE(QString(f.arg(QChar(u'q'))), format.arg(QChar(u'q')));
            QCOMPARE(QString(f.arg(2.5)), format.arg(2.5));
            // Remembered (as translated messages are): the escapes read once, the same results; sixty thousand
            // formats go through the table's slots, replacing one another.
            const FormatString r = FormatString::remembered(format);
            QCOMPARE(QString(r), format);
            QCOMPARE(QString(r.arg(a)), format.arg(a));
            QCOMPARE(QString(r.arg(a, b, c)), format.arg(a, b, c));
            QCOMPARE(QString(r.arg(a).arg(b)), format.arg(a).arg(b));
            QCOMPARE(QString(FormatString(QString(r)).arg(small)), format.arg(small));
            fast += format.contains(u"%1") && !format.contains(u"%L") && !format.contains(u"%0");
        }
        qInstallMessageHandler(previous);
        QVERIFY(fast > 10000); // the generated formats do reach the fast path
        QCOMPARE(QString(FormatString(u"%1 of %2 (%1)"_s).arg(u"a"_s, u"b"_s)), u"a of b (a)"_s);
        QCOMPARE(QString(FormatString(u"line %1"_s).arg(qsizetype(-9223372036854775807LL - 1))),
                 u"line -9223372036854775808"_s);
        // Around the fast path's room for escapes (16): more take the general way, with the same result.
        for (const int escapes : {15, 16, 17, 40}) {
            QString format;
            for (int k = 0; k < escapes; ++k) {
                format += u'%' + QString::number(1 + k % 3) + u" x "_s;
            }
            const FormatString f(format);
            QCOMPARE(QString(f.arg(u"a"_s)), format.arg(u"a"_s));
            QCOMPARE(QString(f.arg(u"a"_s, u"b"_s, u"c"_s)), format.arg(u"a"_s, u"b"_s, u"c"_s));
            QCOMPARE(QString(f.arg(7)), format.arg(7));
        }
        // A remembered format owns its characters: text made with fromRawData() changes under it to no effect, and
        // a string at the same address with other characters is read afresh.
        {
            char16_t buffer[] = u"%1 and %2";
            const FormatString r = FormatString::remembered(QString::fromRawData(reinterpret_cast<QChar*>(buffer), 9));
            buffer[1] = u'2';
            buffer[8] = u'1';
            QCOMPARE(QString(r.arg(u"a"_s, u"b"_s)), u"a and b"_s);
            const QString changed = QString::fromRawData(reinterpret_cast<QChar*>(buffer), 9);
            QCOMPARE(QString(FormatString(changed).arg(u"a"_s, u"b"_s)), u"b and a"_s);
            QCOMPARE(QString(FormatString::remembered(QString()).arg(u"a"_s)), QString().arg(u"a"_s));
            QCOMPARE(QString(FormatString::remembered(u"%L1 %12"_s).arg(u"a"_s)), u"%L1 %12"_s.arg(u"a"_s));
        }
        // Texts::tr() gives a FormatString.
        const FormatString t = Texts::tr("%2 after %1");
        QCOMPARE(QString(t.arg(u"one"_s).arg(u"two"_s)), u"two after one"_s);
    }

    void redactsWithShortPrefixAndLength()
    {
        QCOMPARE(redactSecret(QStringLiteral("AKIAB3SKCZTKMBF6JDPY")), QStringLiteral("AKIA…[20 chars]"));
        // Short values show no prefix: a 6-character password must not lose a third of itself.
        QCOMPARE(redactSecret(QStringLiteral("hunter")), QStringLiteral("…[6 chars]"));
        QCOMPARE(redactSecret(QString()), QStringLiteral("…[0 chars]"));
        const QString out = redactAssignment(QStringLiteral("DB_PASSWORD=PBACZMzla6#MkXpsaCo"));
        QVERIFY(out.startsWith(QStringLiteral("DB_PASSWORD=")));
        QVERIFY(!out.contains(QStringLiteral("zla6")));
        QCOMPARE(redactAssignment(QStringLiteral("NO_EQUALS")), QStringLiteral("NO_EQUALS"));
    }

    // redactSecret() writes the text itself; it must be what its first form, QString::arg() of the length, wrote:
    // every length around the prefix steps (15/16, 19/20) and the digit counts, and values with non-ASCII prefixes.
    void redactSecretMatchesArgForm()
    {
        const auto reference = [](QStringView value) {
            const qsizetype length = value.size();
            const qsizetype prefix = length >= 16 ? std::min<qsizetype>(4, length / 4) : 0;
            return value.left(prefix).toString() + QStringLiteral("…[%1 chars]").arg(length);
        };
        QString value;
        for (int length = 0; length <= 1200; ++length) {
            QCOMPARE(redactSecret(value), reference(value));
            value += QChar(char16_t(length % 3 == 0 ? u'\u00e9' : length % 3 == 1 ? u'a' + length % 26 : u'\u20ac'));
        }
        for (const qsizetype length : {9999, 10000, 10001, 123456}) {
            const QString big(length, u'k');
            QCOMPARE(redactSecret(big), reference(big));
        }
        QCOMPARE(redactSecret(QStringLiteral("\U0001F600\U0001F600abcdefghijklmn")),
                 reference(u"\U0001F600\U0001F600abcdefghijklmn"));
    }

    void escapesHtml()
    {
        QCOMPARE(htmlEscape(u"<img src=x onerror=alert(1)>"), QStringLiteral("&lt;img src=x onerror=alert(1)&gt;"));
        QCOMPARE(htmlEscape(u"a&b\"c'd"), QStringLiteral("a&amp;b&quot;c&#39;d"));
        QVERIFY(!htmlEscape(QStringLiteral("x\x1b[31m")).contains(QChar(0x1b)));
    }

    void makesTerminalOutputSafe()
    {
        const QString hostile = QStringLiteral("name\x1b]0;pwned\x07\r\n");
        const QString safe = terminalSafe(hostile);
        for (const QChar c : safe) {
            QVERIFY2(c.unicode() >= 0x20, qPrintable(safe));
        }
        QVERIFY(safe.contains(QStringLiteral("\\x1b")));
    }

    void terminalSafeEscapesExactlyTheControlCharacters()
    {
        // C0 controls, DEL and C1 controls become \xNN (lower-case hex); everything else, other non-ASCII
        // included, stays as it is. appendTerminalSafe appends the same text after what `out` holds.
        using namespace std::string_view_literals;
        constexpr std::u16string_view raw =
            u"a\u0000b\u001fc\u007fd\u0080e\u009ff\u00a0g\u00e9\u2713\U0001F600\u001b"sv;
        const QString input = QString::fromUtf16(raw.data(), qsizetype(raw.size())); // with its NUL
        const QString expected =
            QString::fromUtf16(u"a\\x00b\\x1fc\\x7fd\\x80e\\x9ff\u00a0g\u00e9\u2713\U0001F600\\x1b");
        QCOMPARE(terminalSafe(input), expected);
        QString out = QStringLiteral("prefix ");
        appendTerminalSafe(out, input);
        QCOMPARE(out, QStringLiteral("prefix ") + expected);
        QCOMPARE(terminalSafe(u""), QString());
        QCOMPARE(terminalSafe(u"plain text"), QStringLiteral("plain text"));
        // The UTF-8 writer gives the same bytes as terminalSafe() encoded, lone surrogates included.
        for (const std::u16string_view t : {raw,
                                            u"\u202eabc\u00e9\x1b[0m\U0001F600"sv,
                                            u"\xd800x\xdc00\x07\xd83d"sv,
                                            u"caf\u00e9 \u0627\u0644\u0639\u0631\u0628\u064a\u0629\u200f!"sv}) {
            const QString in = QString::fromUtf16(t.data(), qsizetype(t.size()));
            std::string utf8 = "prefix ";
            appendTerminalSafeUtf8(utf8, in);
            QCOMPARE(QByteArray::fromStdString(utf8), "prefix " + terminalSafe(in).toUtf8());
        }
        // The plain UTF-8 writer gives toUtf8()'s bytes: pairs, a lone high or low surrogate ('?'), one at the end.
        for (const std::u16string_view t : {raw,
                                            u"\xd800x\xdc00\x07\xd83d"sv,
                                            u"\xd83d\xde00\xdbff\xdfff\xd800\xd800\xdc00\uffff\u07ff\u0800"sv,
                                            u"\xdc00"sv,
                                            u""sv}) {
            const QString in = QString::fromUtf16(t.data(), qsizetype(t.size()));
            std::string utf8(size_t(in.size() * kMaxUtf8PerUnit), '\0');
            utf8.resize(size_t(writeUtf8(utf8.data(), in) - utf8.data()));
            QCOMPARE(QByteArray::fromStdString(utf8), in.toUtf8());
        }
        // Bidirectional formatting characters become \uNNNN: a line cannot be shown in another order than it has.
        // Right-to-left text itself (Hebrew, Arabic) and neighbours of the escaped ranges stay as they are.
        QCOMPARE(terminalSafe(u"echo safe\u202e;rm -rf /\u202c"), QStringLiteral("echo safe\\u202e;rm -rf /\\u202c"));
        QCOMPARE(terminalSafe(u"\u061c\u200e\u200f\u202a\u202b\u202d\u2066\u2067\u2068\u2069"),
                 QStringLiteral("\\u061c\\u200e\\u200f\\u202a\\u202b\\u202d\\u2066\\u2067\\u2068\\u2069"));
        QCOMPARE(terminalSafe(u"\u05e9\u05dc\u05d5\u05dd \u061b\u200d\u2029\u202f\u2065\u206a"),
                 QString::fromUtf16(u"\u05e9\u05dc\u05d5\u05dd \u061b\u200d\u2029\u202f\u2065\u206a"));
    }

    // The UTF-8 writers copy (printable) ASCII several units at a time: each kind of unit at every position of strings
    // of 0..40 units gives terminalSafe()'s (toUtf8()'s) bytes, and nothing is written past kMaxUtf8PerUnit bytes per
    // unit.
    void terminalSafeUtf8AtEveryPosition()
    {
        const char16_t specials[] = {0x00,   0x1b,   0x1f,   0x20,   0x7e,   0x7f,   0x80,   0x9f,
                                     0xa0,   0xe9,   0x120,  0x17f,  0x7ff,  0x800,  0x202e, 0x2069,
                                     0x7fff, 0x8000, 0xd83d, 0xdc00, 0xff20, 0xffff, u'"',   u'\\'};
        for (qsizetype length = 0; length <= 40; ++length) {
            for (qsizetype at = 0; at <= length; ++at) {
                for (const char16_t special : specials) {
                    QString in(length, u'a');
                    for (qsizetype k = 0; k < length; ++k) {
                        in[k] = QChar(char16_t(u'!' + (k * 7) % 94)); // printable ASCII, '"' and '\\' included
                    }
                    if (at < length) {
                        in[at] = QChar(special);
                    }
                    const std::string canary(16, '#');
                    std::string buf(size_t(length * kMaxUtf8PerUnit), '\0');
                    buf += canary;
                    const char* end = writeTerminalSafeUtf8(buf.data(), in);
                    QCOMPARE(buf.substr(buf.size() - canary.size()), canary);
                    QCOMPARE(QByteArray(buf.data(), end - buf.data()), terminalSafe(in).toUtf8());
                    std::string plain(size_t(length * kMaxUtf8PerUnit), '\0');
                    plain += canary;
                    const char* plainEnd = writeUtf8(plain.data(), in);
                    QCOMPARE(plain.substr(plain.size() - canary.size()), canary);
                    QCOMPARE(QByteArray(plain.data(), plainEnd - plain.data()), in.toUtf8());
                }
            }
        }
    }

    void shellQuotesSurviveARealShell_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("plain") << QStringLiteral("nginx:1.25");
        QTest::newRow("space") << QStringLiteral("a b");
        QTest::newRow("quote") << QStringLiteral("it's");
        QTest::newRow("subst") << QStringLiteral("$(touch /tmp/pwned)`id`");
        QTest::newRow("empty") << QString();
        QTest::newRow("newline") << QStringLiteral("a\nb");
        QTest::newRow("glob") << QStringLiteral("*;&|<>");
    }

    void shellQuotesSurviveARealShell()
    {
        QFETCH(QString, word);
        // The quoted word, given to a real /bin/sh, must come back as exactly one unchanged argument.
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"),
                 {QStringLiteral("-c"), QStringLiteral("printf '%s|' ") + shellQuote(word) + QStringLiteral(" x")});
        QVERIFY(sh.waitForFinished(10000));
        QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()), word + QStringLiteral("|x|"));
    }

    void writesAtomicallyWithPrivateMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("review.json"));
        QVERIFY(writeFileAtomically(path, "first").ok());
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        QVERIFY(writeFileAtomically(path, "second").ok());
        QCOMPARE(readFileCapped(path, 100).value(), QByteArray("second"));
    }

    void failedWriteKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.json"));
        QVERIFY(writeFileAtomically(path, "keep me").ok());
        // A folder that cannot be written: the new content cannot land, the old file must survive untouched.
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const bool root = ::geteuid() == 0;
        const auto result = writeFileAtomically(path, "lost");
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        if (!root) {
            QVERIFY(!result.ok());
        }
        QCOMPARE(readFileCapped(path, 100).value(), root ? QByteArray("lost") : QByteArray("keep me"));
    }

    void capsReads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big"));
        QVERIFY(writeFileAtomically(path, QByteArray(1000, 'x')).ok());
        QVERIFY(!readFileCapped(path, 999).ok());
        QVERIFY(readFileCapped(path, 1000).ok());
        QVERIFY(!readFileCapped(dir.filePath(QStringLiteral("missing")), 10).ok());
    }
};

QTEST_GUILESS_MAIN(TestUtil)
#include "tst_util.moc"
