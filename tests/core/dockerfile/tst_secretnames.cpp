// SPDX-License-Identifier: GPL-3.0-or-later
// isSecretName() and looksLikeSecretValue() (core/dockerfile/lint.cpp) decide printable-ASCII names and most values
// without compiling their regular expressions. Their answers must stay those of the patterns: each is compared with
// the original patterns (copied here) over every name built from the patterns' own words, in mixed case, and over
// values of every known token shape.
#include "core/dockerfile/lintsupport.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <iterator>

using namespace bulkhead::dockerfile::detail;

namespace {

bool patternSecretName(const QString& name)
{
    static const QRegularExpression secret(
        QStringLiteral("(PASSW(OR)?D|PASSWD|PWD$|SECRET|TOKEN|API_?KEY|APIKEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL|"
                       "AUTH_?KEY|CLIENT_?SECRET|SESSION_?KEY|ENCRYPTION_?KEY|SIGNING_?KEY|CONN(ECTION)?_?STR|"
                       "DATABASE_URL|DSN$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression benign(
        QStringLiteral("(_FILE|_PATH|_DIR|_URL_FILE|_LENGTH|_LEN|_TTL|_EXPIRY|_TIMEOUT|_ENABLED|_POLICY|_HEADER|_NAME|"
                       "_TYPE|_ID|PUBLIC_?KEY|_VERSION|_VAR|_ENDPOINT)$|^(PWD)$"),
        QRegularExpression::CaseInsensitiveOption);
    return secret.match(name).hasMatch() && !benign.match(name).hasMatch();
}

bool patternKnownToken(const QString& value)
{
    static const QRegularExpression known(QStringLiteral(
        "^(AKIA|ASIA)[0-9A-Z]{16}$|^gh[pousr]_[A-Za-z0-9]{36,}$|^github_pat_[A-Za-z0-9_]{40,}$|^glpat-[A-Za-z0-9_\\-]{"
        "20,}$|"
        "^xox[baprs]-[A-Za-z0-9-]{10,}$|^sk_live_[A-Za-z0-9]{20,}$|^dckr_pat_[A-Za-z0-9_-]{27}$|^npm_[A-Za-z0-9]{36}$|"
        "^AIza[0-9A-Za-z_\\-]{35}$|^sk-[A-Za-z0-9_\\-]{20,}$|-----BEGIN [A-Z ]*PRIVATE KEY"));
    return known.match(value).hasMatch();
}

// looksLikeSecretValue() as it was, with the pattern always asked.
bool referenceSecretValue(QStringView value)
{
    if (value.size() < 16 || value.size() > 4096 || value.contains(u'$') || value.contains(u' ')) {
        return false;
    }
    if (patternKnownToken(value.toString())) {
        return true;
    }
    if (value.startsWith(u'/') || value.contains(u"://") || value.startsWith(u'.')) {
        return false;
    }
    bool lower = false;
    bool upper = false;
    bool digit = false;
    for (QChar c : value) {
        lower |= c.isLower();
        upper |= c.isUpper();
        digit |= c.isDigit();
    }
    const int classes = int(lower) + int(upper) + int(digit);
    return value.size() >= 20 && classes >= 3 && shannonEntropy(value) >= 4.0;
}

QString mixCase(QString s, QRandomGenerator& rng)
{
    for (QChar& c : s) {
        if (rng.bounded(2) == 0) {
            c = c.isUpper() ? c.toLower() : c.toUpper();
        }
    }
    return s;
}

} // namespace

class TstSecretNames : public QObject
{
    Q_OBJECT

private slots:
    void namesAsThePatternsSay()
    {
        // The patterns' words and pieces of them, separators, look-alikes and characters that take the slow path
        // (Kelvin sign and long s fold to k and s in the patterns; a newline before `$`).
        const QStringList words = {
            QString(),
            QStringLiteral("DB"),
            QStringLiteral("_"),
            QStringLiteral("PASSWORD"),
            QStringLiteral("PASSWD"),
            QStringLiteral("PASSW"),
            QStringLiteral("PWD"),
            QStringLiteral("SECRET"),
            QStringLiteral("TOKEN"),
            QStringLiteral("API"),
            QStringLiteral("KEY"),
            QStringLiteral("ACCESS"),
            QStringLiteral("PRIVATE"),
            QStringLiteral("PUBLIC"),
            QStringLiteral("CREDENTIALS"),
            QStringLiteral("AUTH"),
            QStringLiteral("CLIENT"),
            QStringLiteral("SESSION"),
            QStringLiteral("ENCRYPTION"),
            QStringLiteral("SIGNING"),
            QStringLiteral("CONN"),
            QStringLiteral("CONNECTION"),
            QStringLiteral("STR"),
            QStringLiteral("DATABASE"),
            QStringLiteral("URL"),
            QStringLiteral("DSN"),
            QStringLiteral("FILE"),
            QStringLiteral("PATH"),
            QStringLiteral("DIR"),
            QStringLiteral("LENGTH"),
            QStringLiteral("LEN"),
            QStringLiteral("TTL"),
            QStringLiteral("EXPIRY"),
            QStringLiteral("TIMEOUT"),
            QStringLiteral("ENABLED"),
            QStringLiteral("POLICY"),
            QStringLiteral("HEADER"),
            QStringLiteral("NAME"),
            QStringLiteral("TYPE"),
            QStringLiteral("ID"),
            QStringLiteral("VERSION"),
            QStringLiteral("VAR"),
            QStringLiteral("ENDPOINT"),
            QStringLiteral("-"),
            QStringLiteral("1"),
            QStringLiteral("x"),
            QStringLiteral("\u212A"),
            QStringLiteral("\u017F"),
            QStringLiteral("\n"),
            QStringLiteral("\u00e9"),
            QStringLiteral("E"),
            QStringLiteral("ION"),
        };
        QRandomGenerator rng(20261129);
        int secrets = 0;
        int checked = 0;
        const auto check = [&](const QString& name) {
            const bool expected = patternSecretName(name);
            QVERIFY2(
                isSecretName(name) == expected,
                qPrintable(QStringLiteral("'%1': patterns say %2").arg(name, expected ? u"secret"_qs : u"not"_qs)));
            secrets += expected ? 1 : 0;
            ++checked;
        };
        for (const QString& a : words) {
            for (const QString& b : words) {
                check(a + b);
                check(mixCase(a + u'_' + b, rng));
                for (int i = 0; i < 3; ++i) {
                    check(mixCase(a + b + words[rng.bounded(words.size())], rng));
                    check(mixCase(words[rng.bounded(words.size())] + u'_' + a + b, rng));
                }
            }
        }
        // Long names (past the fast path's buffer) and the plain cases.
        check(QString(200, u'A') + QStringLiteral("_PASSWORD"));
        check(QString(200, u'A') + QStringLiteral("_PASSWORD_FILE"));
        for (const char* n : {"PWD",
                              "pwd",
                              "OLDPWD",
                              "DB_PASSWORD",
                              "DB_PASSWORD_FILE",
                              "GITHUB_TOKEN",
                              "PUBLIC_KEY",
                              "SSH_PRIVATE_KEY",
                              "PATH",
                              "HOME",
                              "NODE_ENV",
                              "SENTRY_DSN",
                              "DATABASE_URL"}) {
            check(QString::fromLatin1(n));
        }
        QVERIFY(!isSecretName(u"PWD"));
        QVERIFY(isSecretName(u"db_Password"));
        QVERIFY(!isSecretName(u"DB_PASSWORD_FILE"));
        QVERIFY(isSecretName(u"\u017FECRET")); // long s folds to S in the pattern
        QVERIFY(secrets > 1000 && checked - secrets > 1000);
    }

    void valuesAsThePatternSays_data()
    {
        QTest::addColumn<QString>("value");
        const QString alnum = QStringLiteral("aB3dE5gH7jK9mN1pQ2rS4tU6vW8xY0zA");
        const QString upper = QStringLiteral("ABCDEFGHIJKLMNOP0123456789ABCDEFGHIJ");
        QTest::newRow("aws") << QStringLiteral("AKIA") + upper.left(16);
        QTest::newRow("aws sts") << QStringLiteral("ASIA") + upper.left(16);
        QTest::newRow("aws short") << QStringLiteral("AKIA") + upper.left(15);
        QTest::newRow("github") << QStringLiteral("ghp_") + alnum + QStringLiteral("abcd");
        QTest::newRow("github fine") << QStringLiteral("github_pat_") + alnum + QStringLiteral("_abcdefgh");
        QTest::newRow("gitlab") << QStringLiteral("glpat-") + alnum.left(20);
        QTest::newRow("slack") << QStringLiteral("xoxb-") + alnum.left(12);
        QTest::newRow("stripe") << QStringLiteral("sk_live_") + alnum.left(24);
        QTest::newRow("docker") << QStringLiteral("dckr_pat_") + alnum.left(27);
        QTest::newRow("npm") << QStringLiteral("npm_") + alnum + QStringLiteral("abcd");
        QTest::newRow("google") << QStringLiteral("AIza") + alnum + QStringLiteral("abc");
        QTest::newRow("openai") << QStringLiteral("sk-") + alnum;
        // Shapes the entropy test alone would miss: only the pattern finds them.
        QTest::newRow("aws flat") << QStringLiteral("AKIA") + QString(16, u'A');
        QTest::newRow("aws sts flat") << QStringLiteral("ASIA") + QString(16, u'B');
        QTest::newRow("github flat") << QStringLiteral("ghp_") + QString(36, u'a');
        QTest::newRow("github fine flat") << QStringLiteral("github_pat_") + QString(40, u'a');
        QTest::newRow("gitlab flat") << QStringLiteral("glpat-") + QString(20, u'a');
        QTest::newRow("slack flat") << QStringLiteral("xoxp-") + QString(12, u'a');
        QTest::newRow("stripe flat") << QStringLiteral("sk_live_") + QString(20, u'a');
        QTest::newRow("docker flat") << QStringLiteral("dckr_pat_") + QString(27, u'a');
        QTest::newRow("npm flat") << QStringLiteral("npm_") + QString(36, u'a');
        QTest::newRow("google flat") << QStringLiteral("AIza") + QString(35, u'a');
        QTest::newRow("openai flat") << QStringLiteral("sk-") + QString(20, u'a');
        QTest::newRow("key block") << QStringLiteral("-----BEGIN RSA PRIVATE KEY-----");
        QTest::newRow("key block no space") << QStringLiteral("-----BEGIN_PRIVATE_KEY-----abcdef");
        QTest::newRow("prefix later") << QStringLiteral("x") + QStringLiteral("ghp_") + alnum + QStringLiteral("abcd");
        QTest::newRow("lower aws") << QStringLiteral("akia") + upper.left(16);
        QTest::newRow("trailing newline") << QStringLiteral("ghp_") + alnum + QStringLiteral("abcd\n");
        QTest::newRow("entropy") << QStringLiteral("q8ZtR2vLx9WmK4pN7sJd3Hf6");
        QTest::newRow("path") << QStringLiteral("/usr/local/lib/python3.11/site");
        QTest::newRow("url") << QStringLiteral("https://example.com/aB3dE5gH7jK9");
        QTest::newRow("word") << QStringLiteral("productionproduction");
        QTest::newRow("variable") << QStringLiteral("${GITHUB_TOKEN}xxxxxxxxxxxx");
    }

    void valuesAsThePatternSays()
    {
        QFETCH(QString, value);
        QCOMPARE(looksLikeSecretValue(value), referenceSecretValue(value));
    }

    void randomValuesAsThePatternSays()
    {
        // Every token prefix (and near misses) followed by random runs of the shapes' alphabets.
        const QStringList prefixes = {
            QStringLiteral("AKIA"),
            QStringLiteral("ASIA"),
            QStringLiteral("ghp_"),
            QStringLiteral("gho_"),
            QStringLiteral("ghx_"),
            QStringLiteral("github_pat_"),
            QStringLiteral("glpat-"),
            QStringLiteral("xoxb-"),
            QStringLiteral("xoxz-"),
            QStringLiteral("sk_live_"),
            QStringLiteral("dckr_pat_"),
            QStringLiteral("npm_"),
            QStringLiteral("AIza"),
            QStringLiteral("sk-"),
            QStringLiteral("Sk-"),
            QStringLiteral("gh"),
            QString(),
            QStringLiteral("-----BEGIN"),
            QStringLiteral("/"),
            QStringLiteral("."),
        };
        const QString alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-");
        const QString upperDigits = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
        QRandomGenerator rng(1129);
        int secrets = 0;
        for (int i = 0; i < 20000; ++i) {
            QString v = prefixes[rng.bounded(prefixes.size())];
            const QString& from = rng.bounded(3) == 0 ? upperDigits : alphabet;
            // The shapes' exact lengths often, one repeated character sometimes (low entropy: only the pattern).
            static constexpr int kLengths[] = {10, 12, 16, 20, 27, 35, 36, 40, 41};
            const int n = rng.bounded(2) == 0 ? kLengths[rng.bounded(int(std::size(kLengths)))] : rng.bounded(60);
            if (rng.bounded(3) == 0) {
                v += QString(n, from[rng.bounded(from.size())]);
                const bool expected = referenceSecretValue(v);
                QVERIFY2(looksLikeSecretValue(v) == expected, qPrintable(v));
                secrets += expected ? 1 : 0;
                continue;
            }
            for (int k = 0; k < n; ++k) {
                v += from[rng.bounded(from.size())];
            }
            const bool expected = referenceSecretValue(v);
            QVERIFY2(looksLikeSecretValue(v) == expected, qPrintable(v));
            secrets += expected ? 1 : 0;
        }
        QVERIFY(secrets > 1000);
    }
};

QTEST_GUILESS_MAIN(TstSecretNames)
#include "tst_secretnames.moc"
