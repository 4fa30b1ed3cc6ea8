// SPDX-License-Identifier: GPL-3.0-or-later
// bulkhead-cli runs lint without a QCoreApplication (app/cli/startup.h): the arguments it decodes itself must be the
// ones QCoreApplication::arguments() gives for the same argv, whatever the bytes, and it must skip setlocale() only
// where the call cannot change what lint prints.
#include "app/cli/startup.h"

#include <QCoreApplication>
#include <QTest>

#include <cerrno>
#include <clocale>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace {

using Argv = QList<QByteArray>;

// A writable, null-terminated argv of copies (QCoreApplication takes options out of it in place).
struct ArgvCopy
{
    explicit ArgvCopy(const Argv& args)
    {
        for (const QByteArray& a : args) {
            storage.push_back(std::vector<char>(a.constData(), a.constData() + a.size() + 1));
        }
        for (std::vector<char>& s : storage) {
            pointers.push_back(s.data());
        }
        pointers.push_back(nullptr);
        argc = int(args.size());
    }
    std::vector<std::vector<char>> storage;
    std::vector<char*> pointers;
    int argc = 0;
};

const char* const kLocaleVariables[] = {"LC_ALL",
                                        "LC_CTYPE",
                                        "LC_NUMERIC",
                                        "LC_TIME",
                                        "LC_COLLATE",
                                        "LC_MONETARY",
                                        "LC_MESSAGES",
                                        "LC_PAPER",
                                        "LC_NAME",
                                        "LC_ADDRESS",
                                        "LC_TELEPHONE",
                                        "LC_MEASUREMENT",
                                        "LC_IDENTIFICATION",
                                        "LANG",
                                        "LANGUAGE"};

} // namespace

class TstCliArguments : public QObject
{
    Q_OBJECT

private slots:
    void sameAsQCoreApplication_data()
    {
        QTest::addColumn<Argv>("args");
        QTest::newRow("plain") << Argv{"bulkhead-cli", "lint", "--format", "json", "a/Dockerfile"};
        QTest::newRow("program only") << Argv{"/usr/bin/bulkhead-cli"};
        QTest::newRow("UTF-8") << Argv{"cli", "lint", "\xc3\xa9t\xc3\xa9 \xe2\x9c\x93 \xf0\x9f\x98\x80.Dockerfile"};
        // Not UTF-8: stray continuation and lead bytes, an overlong '/', a surrogate, past U+10FFFF, a cut sequence.
        QTest::newRow("not UTF-8") << Argv{"cli",
                                           "lint",
                                           "bad\xff\xfename",
                                           "\xc0\xaf",
                                           "\xed\xa0\x80",
                                           "\xf4\x90\x80\x80",
                                           "cut \xe2\x82",
                                           "\x80",
                                           "latin-1 caf\xe9"};
        QTest::newRow("not UTF-8 program") << Argv{"/opt/b\xfc\x6ckhead/cli", "lint", "x"};
        QTest::newRow("empty and dashes") << Argv{"cli", "", "-", "--", "---", "-x", "--x"};
        QTest::newRow("qmljsdebugger=") << Argv{"cli", "lint", "-qmljsdebugger=port:1234,block", "a"};
        QTest::newRow("--qmljsdebugger=") << Argv{"cli", "lint", "--qmljsdebugger=port:1234", "a"};
        QTest::newRow("qmljsdebugger value") << Argv{"cli", "lint", "-qmljsdebugger", "port:1", "a"};
        QTest::newRow("--qmljsdebugger value") << Argv{"cli", "--qmljsdebugger", "port:1", "lint", "a"};
        QTest::newRow("qmljsdebugger last") << Argv{"cli", "lint", "a", "-qmljsdebugger"};
        QTest::newRow("--qmljsdebugger last") << Argv{"cli", "lint", "a", "--qmljsdebugger"};
        QTest::newRow("qmljsdebugger empty value") << Argv{"cli", "-qmljsdebugger=", "-qmljsdebugger", "", "a"};
        QTest::newRow("value like an option")
            << Argv{"cli", "-qmljsdebugger", "-qmljsdebugger=3", "-qmljsdebugger", "x"};
        QTest::newRow("near misses") << Argv{"cli",
                                             "-qmljsdebuggerx",
                                             "---qmljsdebugger=1",
                                             "-qmljsdebugger-x",
                                             "qmljsdebugger=1",
                                             "-QMLJSDEBUGGER=1",
                                             "- qmljsdebugger=1"};
        QTest::newRow("program like the option") << Argv{"-qmljsdebugger", "port:1", "lint"};
    }

    void sameAsQCoreApplication()
    {
        QFETCH(Argv, args);
        QStringList expected;
        {
            ArgvCopy copy(args);
            QCoreApplication app(copy.argc, copy.pointers.data());
            expected = QCoreApplication::arguments();
        }
        ArgvCopy copy(args);
        const QStringList actual = bulkhead::cli::applicationArguments(copy.argc, copy.pointers.data());
        QCOMPARE(actual, expected);
        for (int i = 0; i < actual.size(); ++i) { // null and empty compare equal above; Qt gives no null one
            QCOMPARE(actual.at(i).isNull(), expected.at(i).isNull());
        }
    }

    void setlocaleOnlyWhereItCanShow_data()
    {
        QTest::addColumn<QStringList>("environment"); // NAME=value
        QTest::addColumn<bool>("calls");
        QTest::newRow("none") << QStringList{} << false;
        QTest::newRow("LANG=C.UTF-8") << QStringList{"LANG=C.UTF-8"} << false;
        QTest::newRow("LANG=C.utf8") << QStringList{"LANG=C.utf8"} << false;
        QTest::newRow("LANG=C") << QStringList{"LANG=C"} << false;
        QTest::newRow("LC_ALL=POSIX") << QStringList{"LC_ALL=POSIX"} << false;
        QTest::newRow("empty values") << QStringList{"LANG=", "LC_ALL=", "LANGUAGE="} << false;
        QTest::newRow("every category C") << QStringList{"LC_ALL=C", "LC_MESSAGES=C.UTF-8", "LANG=POSIX"} << false;
        QTest::newRow("LANG=de_DE.UTF-8") << QStringList{"LANG=de_DE.UTF-8"} << true;
        QTest::newRow("LANG=en_US.UTF-8") << QStringList{"LANG=en_US.UTF-8"} << true;
        QTest::newRow("LC_MESSAGES=fr_FR") << QStringList{"LANG=C.UTF-8", "LC_MESSAGES=fr_FR"} << true;
        QTest::newRow("LC_NUMERIC=de_DE") << QStringList{"LANG=C", "LC_NUMERIC=de_DE.UTF-8"} << true;
        QTest::newRow("LC_ALL=C, LANG=de") << QStringList{"LC_ALL=C", "LANG=de_DE.UTF-8"} << true; // not worth a rule
        QTest::newRow("LANGUAGE=de") << QStringList{"LANG=C.UTF-8", "LANGUAGE=de"} << true;
        QTest::newRow("Cyrillic C") << QStringList{"LANG=\xd0\xa1.UTF-8"} << true;
        QTest::newRow("CC") << QStringList{"LANG=CC"} << true;
    }

    void setlocaleOnlyWhereItCanShow()
    {
        QFETCH(QStringList, environment);
        QFETCH(bool, calls);
        for (const char* name : kLocaleVariables) {
            qunsetenv(name);
        }
        for (const QString& assignment : environment) {
            const qsizetype eq = assignment.indexOf(u'=');
            qputenv(assignment.left(eq).toUtf8().constData(), assignment.mid(eq + 1).toUtf8());
        }
        std::setlocale(LC_ALL, "C");
        QCOMPARE(bulkhead::cli::setLocaleUnlessC(), calls);
        if (!calls) {
            // What the skipped call would have changed: the C library's messages are the C locale's.
            QByteArrayList c;
            for (int e = 1; e < 134; ++e) {
                c << QByteArray(std::strerror(e));
            }
            std::setlocale(LC_ALL, "");
            for (int e = 1; e < 134; ++e) {
                QCOMPARE(QByteArray(std::strerror(e)), c.at(e - 1));
            }
        }
        std::setlocale(LC_ALL, "C");
        for (const char* name : kLocaleVariables) {
            qunsetenv(name);
        }
    }
};

QTEST_APPLESS_MAIN(TstCliArguments)
#include "tst_cli_arguments.moc"
