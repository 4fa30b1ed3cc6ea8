// SPDX-License-Identifier: GPL-3.0-or-later
// app/cli/jsonwriter.h writes `scan` and `inventory --format json` directly; their output must stay byte for byte what
// nlohmann::json::dump(2, ' ', false, replace) printed when those documents were built as trees.
#include "app/cli/jsonwriter.h"

#include <QTest>

using bulkhead::cli::JsonWriter;
using nlohmann::json;

namespace {

std::string dumped(const json& doc)
{
    return doc.dump(2, ' ', false, json::error_handler_t::replace);
}

} // namespace

class TestCliJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void stringsEscapeLikeNlohmann_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("plain") << QByteArray("web-1");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("quotes and backslash") << QByteArray("say \"hi\" C:\\dir");
        QTest::newRow("named escapes") << QByteArray("a\bb\fc\nd\re\tf");
        QTest::newRow("other controls") << QByteArray("\x01\x1f\x7f", 3);
        QTest::newRow("nul") << QByteArray("a\0b", 3);
        QTest::newRow("utf-8") << QByteArray("caf\xc3\xa9 \xe2\x82\xac \xf0\x9d\x84\x9e");
        QTest::newRow("invalid utf-8") << QByteArray("bad\xff\xfe tail");
        QTest::newRow("cut utf-8") << QByteArray("x\xc3");
        QTest::newRow("escape after utf-8") << QByteArray("\xc3\xa9\n\"");
    }
    void stringsEscapeLikeNlohmann()
    {
        QFETCH(QByteArray, text);
        const std::string bytes = text.toStdString();
        const QString qtext = QString::fromUtf8(text);

        std::string out;
        JsonWriter w(out);
        w.beginArray();
        w.string(std::string_view(bytes));
        w.string(qtext);
        w.endArray();
        QCOMPARE(out, dumped(json::array({bytes, qtext.toStdString()})));
    }

    void layoutMatchesDump()
    {
        // Keys in byte order, as a json tree (std::map) prints them.
        const json nested = {{"A", {1, 2.5, nullptr, true, json::object(), json::array()}}, {"m", {{"k", -3}}}};
        json doc = json::object();
        std::string out;
        JsonWriter w(out);
        w.beginObject();
        w.key("confidence").number(0.7);
        doc["confidence"] = 0.7;
        w.key("empty").beginArray();
        w.endArray();
        doc["empty"] = json::array();
        w.key("emptyObject").beginObject();
        w.endObject();
        doc["emptyObject"] = json::object();
        w.key("findings").beginArray();
        for (int i = 0; i < 2; ++i) {
            w.beginObject();
            w.field("id", QStringLiteral("x%1").arg(i));
            w.key("line").integer(i);
            w.key("n").null();
            w.key("ok").boolean(i == 0);
            w.endObject();
            doc["findings"].push_back({{"line", i}, {"n", nullptr}, {"ok", i == 0}, {"id", "x" + std::to_string(i)}});
        }
        w.endArray();
        w.key("nested").value(nested);
        doc["nested"] = nested;
        w.key("points").number(1.0);
        doc["points"] = 1.0;
        w.key("size").unsignedInteger(18446744073709551615ull);
        doc["size"] = 18446744073709551615ull;
        w.key("version").integer(-9223372036854775807ll);
        doc["version"] = -9223372036854775807ll;
        w.endObject();
        QCOMPARE(out, dumped(doc));
    }

    void emptyTopLevelObject()
    {
        std::string out;
        JsonWriter w(out);
        w.beginObject();
        w.endObject();
        QCOMPARE(out, dumped(json::object()));
    }
};

QTEST_GUILESS_MAIN(TestCliJsonWriter)
#include "tst_cli_jsonwriter.moc"
