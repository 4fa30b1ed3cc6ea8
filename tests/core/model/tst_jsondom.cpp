// SPDX-License-Identifier: GPL-3.0-or-later
// jsondom against nlohmann::json: the same texts accepted (apart from the rarities it leaves to nlohmann), the same
// values with the same number types, the same lookups (last duplicate wins) and the same member order.
#include "core/model/jsondom.h"
#include "core/model/jsonread.h"

#include <QTest>

#include <string>

using namespace bulkhead::model;
using nlohmann::json;

namespace {

bool domParse(jsondom::Document& doc, const std::string& text, int maxDepth = 512)
{
    return doc.parse(text.data(), text.data() + text.size(), maxDepth);
}

} // namespace

class TestJsonDom : public QObject
{
    Q_OBJECT

private slots:
    void sameAsNlohmann_data();
    void sameAsNlohmann();
    void lookupsAndOrderMatch();
    void depthIsLimited();
};

void TestJsonDom::sameAsNlohmann_data()
{
    QTest::addColumn<QByteArray>("text");
    // Whether jsondom reads it itself; false only for invalid JSON and the rarities left to nlohmann.
    QTest::addColumn<bool>("domParses");
    const auto row = [](const char* name, const QByteArray& text, bool parses) {
        QTest::newRow(name) << text << parses;
    };
    row("object", R"({"b": 1, "a": [true, false, null], "c": {"d": "e"}})", true);
    row("scalars", R"([0, -0, 1, -1, 0.5, -0.5, 1e3, 1E+3, 1e-3, 2.5E-3, 4.0])", true);
    row("int edges", R"([9223372036854775807, -9223372036854775808, 18446744073709551615])", true);
    row("past int64/uint64", R"([-9223372036854775809, 18446744073709551616, 123456789012345678901234567890])", true);
    row("escapes", R"(["\"\\\/\b\f\n\r\t", "\u00e9\u4e2d\ud83d\ude00", "\u0000", "a\u0041"])", true);
    row("utf-8",
        "[\"\xc3\xa9\", \"\xe4\xb8\xad\", \"\xf0\x9f\x98\x80\", \"\xef\xbf\xbf\", \"\xf4\x8f\xbf\xbf\"]",
        true);
    row("duplicates", R"({"k": 1, "a": {"x": 1}, "k": [2], "a": 3})", true);
    row("unsorted keys", R"({"z": 1, "é": 2, "A": 3, "a": 4, "": 5, "aa": 6})", true);
    row("whitespace", " \t\r\n[ 1 , { \"a\" :\n2 } ]\n ", true);
    row("empty containers", R"([[], {}, [[]], {"a": {}}])", true);
    row("scalar root", "\"just a string\"", true);
    row("empty", "", false);
    row("bom", "\xef\xbb\xbf{}", false);
    row("trailing", "{} x", false);
    row("two values", "1 2", false);
    row("leading zero", "[01]", false);
    row("plus", "[+1]", false);
    row("dot only", "[1.]", false);
    row("exponent only", "[1e]", false);
    row("hex", "[0x10]", false);
    row("nan", "[NaN]", false);
    row("overflow", "[1e400]", false);
    row("negative overflow", "[-1e400]", false);
    row("underflow", "[1e-400]", false);
    row("single quotes", "['a']", false);
    row("trailing comma", "[1,]", false);
    row("missing colon", R"({"a" 1})", false);
    row("key not string", R"({1: 2})", false);
    row("unterminated string", "[\"abc", false);
    row("control char", "[\"a\x01\"]", false);
    row("raw newline", "[\"a\nb\"]", false);
    row("bad escape", R"(["\x"])", false);
    row("short unicode escape", R"(["\u12"])", false);
    row("lone high surrogate", R"(["\ud800"])", false);
    row("high then text", R"(["\ud800abcdef"])", false);
    row("high then high", R"(["\ud800\ud800"])", false);
    row("lone low surrogate", R"(["\udc00"])", false);
    row("invalid byte", "[\"\xff\"]", false);
    row("overlong", "[\"\xc0\x80\"]", false);
    row("overlong 3", "[\"\xe0\x80\x80\"]", false);
    row("utf-8 surrogate", "[\"\xed\xa0\x80\"]", false);
    row("past U+10FFFF", "[\"\xf4\x90\x80\x80\"]", false);
    row("cut sequence", "[\"\xe4\xb8\"]", false);
    row("tru", "[tru]", false);
    row("nul", QByteArray("[1]\0", 4), false);
    row("unclosed", R"({"a": [1, 2)", false);
}

void TestJsonDom::sameAsNlohmann()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, domParses);
    const std::string s = text.toStdString();
    jsondom::Document doc;
    const bool parsed = domParse(doc, s);
    QCOMPARE(parsed, domParses);
    const json expected = json::parse(s, nullptr, false);
    if (!parsed) {
        // Everything jsondom refuses that nlohmann takes is listed: a BOM, a float underflow, and text after a NUL
        // byte (nlohmann's lexer takes a NUL for the end of the input).
        QVERIFY(expected.is_discarded() || text.startsWith("\xef\xbb\xbf") || text.contains("e-400") ||
                text.contains('\0'));
        QVERIFY(doc.root().is_null());
        return;
    }
    QVERIFY(!expected.is_discarded());
    const json got = jsonread::toJson(doc.root());
    QCOMPARE(QString::fromStdString(got.dump()), QString::fromStdString(expected.dump()));
    // dump() prints 1 for both 1 and 1u: compare the number types too.
    const auto sameTypes = [](const auto& self, const json& a, const json& b) -> bool {
        if (a.type() != b.type() || a.size() != b.size()) {
            return false;
        }
        if (a.is_array()) {
            for (std::size_t i = 0; i < a.size(); ++i) {
                if (!self(self, a[i], b[i])) {
                    return false;
                }
            }
        } else if (a.is_object()) {
            for (auto it = a.begin(); it != a.end(); ++it) {
                if (!b.contains(it.key()) || !self(self, *it, b.at(it.key()))) {
                    return false;
                }
            }
        }
        return true;
    };
    QVERIFY(sameTypes(sameTypes, got, expected));
}

void TestJsonDom::lookupsAndOrderMatch()
{
    const std::string text = R"({"b": 1, "a": 2, "c": {"x": [1, 2, 3]}, "b": "last", "": null})";
    jsondom::Document doc;
    QVERIFY(domParse(doc, text));
    const json expected = json::parse(text);
    const jsondom::Value& root = doc.root();
    QCOMPARE(root.size(), std::size_t(5)); // members as written, duplicates included
    for (const char* key : {"a", "b", "c", "", "missing"}) {
        const auto it = root.find(key);
        QCOMPARE(it != root.end(), expected.contains(key));
        if (it != root.end()) {
            QCOMPARE(QString::fromStdString(jsonread::toJson(*it).dump()),
                     QString::fromStdString(expected.at(key).dump()));
        }
    }
    QStringList order;
    jsonread::forEachMember(root, [&order](std::string_view key, const jsondom::Value&) {
        order << QString::fromUtf8(key.data(), qsizetype(key.size()));
    });
    QStringList expectedOrder;
    jsonread::forEachMember(expected, [&expectedOrder](std::string_view key, const json&) {
        expectedOrder << QString::fromUtf8(key.data(), qsizetype(key.size()));
    });
    QCOMPARE(order, expectedOrder);
    const jsondom::Value& list = *root.find("c")->find("x");
    QCOMPARE(list.size(), std::size_t(3));
    QCOMPARE(list[2].get<qint64>(), qint64(3));
    QVERIFY(root.find("a")->find("x") == root.find("a")->end()); // find on a non-object
}

void TestJsonDom::depthIsLimited()
{
    const std::string deep = std::string(100, '[') + std::string(100, ']');
    jsondom::Document doc;
    QVERIFY(domParse(doc, deep, 100));
    QVERIFY(!domParse(doc, deep, 99));
    QVERIFY(doc.root().is_null());
}

QTEST_GUILESS_MAIN(TestJsonDom)
#include "tst_jsondom.moc"
