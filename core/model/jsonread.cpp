// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/jsonread.h"

#include <QTimeZone>

#include <cmath>

namespace bulkhead::model::jsonread {

namespace {

QString keyPath(QStringView path)
{
    return path.toString();
}

} // namespace

QString toQString(const std::string& s)
{
    // QString::fromUtf8 replaces invalid sequences instead of throwing, which is what untrusted input needs.
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QString typeName(const nlohmann::json& v)
{
    switch (v.type()) {
    case nlohmann::json::value_t::null:
        return QStringLiteral("null");
    case nlohmann::json::value_t::object:
        return QStringLiteral("an object");
    case nlohmann::json::value_t::array:
        return QStringLiteral("an array");
    case nlohmann::json::value_t::string:
        return QStringLiteral("a string");
    case nlohmann::json::value_t::boolean:
        return QStringLiteral("a boolean");
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float:
        return QStringLiteral("a number");
    case nlohmann::json::value_t::binary:
        return QStringLiteral("binary data");
    case nlohmann::json::value_t::discarded:
        return QStringLiteral("invalid data");
    }
    return QStringLiteral("unknown");
}

std::optional<nlohmann::json> parseBytes(const QByteArray& bytes, int maxDepth)
{
    // Depth is checked before parsing so a hostile "[[[[..." cannot cost deep recursion anywhere later.
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : bytes) {
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth) {
                return std::nullopt;
            }
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    nlohmann::json j = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (j.is_discarded()) {
        return std::nullopt;
    }
    return j;
}

QDateTime parseTimestamp(const QString& text)
{
    if (text.isEmpty() || text.startsWith(QLatin1String("0001-01-01"))) {
        return {};
    }
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        // Nanosecond fractions are beyond Qt's ISO parser: keep milliseconds.
        QString t = text;
        const qsizetype dot = t.indexOf(u'.');
        if (dot > 0) {
            qsizetype end = dot + 1;
            while (end < t.size() && t.at(end).isDigit()) {
                ++end;
            }
            t = t.left(dot) + t.mid(dot, qMin<qsizetype>(4, end - dot)) + t.mid(end);
            dt = QDateTime::fromString(t, Qt::ISODateWithMs);
        }
    }
    if (dt.isValid()) {
        dt = dt.toUTC();
    }
    return dt;
}

void Reader::issue(QStringView path, const QString& what) const
{
    if (m_issues != nullptr) {
        m_issues->push_back(ParseIssue{m_where + QStringLiteral(": ") + keyPath(path), what});
    }
}

const nlohmann::json*
Reader::member(const nlohmann::json& obj, std::string_view key, QStringView path, Presence presence) const
{
    if (!obj.is_object()) {
        if (presence == Presence::Expected) {
            issue(path, QStringLiteral("missing (parent is %1); treated as unknown").arg(typeName(obj)));
        }
        return nullptr;
    }
    const auto it = obj.find(key);
    if (it == obj.end()) {
        if (presence == Presence::Expected) {
            issue(path, QStringLiteral("missing; treated as unknown"));
        }
        return nullptr;
    }
    if (it->is_null()) {
        if (presence == Presence::Expected) {
            issue(path, QStringLiteral("null; treated as unknown"));
        }
        return nullptr;
    }
    return &*it;
}

const nlohmann::json*
Reader::object(const nlohmann::json& obj, std::string_view key, QStringView path, Presence presence) const
{
    const nlohmann::json* v = member(obj, key, path, presence);
    if (v != nullptr && !v->is_object()) {
        issue(path, QStringLiteral("expected an object, got %1; treated as unknown").arg(typeName(*v)));
        return nullptr;
    }
    return v;
}

std::optional<QString> Reader::asString(const nlohmann::json& v, QStringView path) const
{
    if (!v.is_string()) {
        issue(path, QStringLiteral("expected a string, got %1; treated as unknown").arg(typeName(v)));
        return std::nullopt;
    }
    return toQString(v.get_ref<const std::string&>());
}

std::optional<QString>
Reader::string(const nlohmann::json& obj, std::string_view key, QStringView path, Presence presence) const
{
    const nlohmann::json* v = member(obj, key, path, presence);
    if (v == nullptr) {
        return std::nullopt;
    }
    return asString(*v, path);
}

std::optional<qint64> Reader::asInteger(const nlohmann::json& v, QStringView path, qint64 min, qint64 max) const
{
    std::optional<qint64> out;
    if (v.is_number_integer() && !v.is_number_unsigned()) {
        out = v.get<std::int64_t>();
    } else if (v.is_number_unsigned()) {
        const std::uint64_t u = v.get<std::uint64_t>();
        if (u <= static_cast<std::uint64_t>(std::numeric_limits<qint64>::max())) {
            out = static_cast<qint64>(u);
        }
    } else if (v.is_number_float()) {
        const double d = v.get<double>();
        // Only whole numbers well inside the exact range of a double; 1e300 is not a memory limit.
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) <= 9007199254740992.0) {
            out = static_cast<qint64>(d);
        }
    } else {
        issue(path, QStringLiteral("expected a number, got %1; treated as unknown").arg(typeName(v)));
        return std::nullopt;
    }
    if (!out || *out < min || *out > max) {
        issue(path, QStringLiteral("number out of range; treated as unknown"));
        return std::nullopt;
    }
    return out;
}

std::optional<qint64> Reader::integer(
    const nlohmann::json& obj, std::string_view key, QStringView path, Presence presence, qint64 min, qint64 max) const
{
    const nlohmann::json* v = member(obj, key, path, presence);
    if (v == nullptr) {
        return std::nullopt;
    }
    return asInteger(*v, path, min, max);
}

std::optional<bool>
Reader::boolean(const nlohmann::json& obj, std::string_view key, QStringView path, Presence presence) const
{
    const nlohmann::json* v = member(obj, key, path, presence);
    if (v == nullptr) {
        return std::nullopt;
    }
    if (!v->is_boolean()) {
        issue(path, QStringLiteral("expected a boolean, got %1; treated as unknown").arg(typeName(*v)));
        return std::nullopt;
    }
    return v->get<bool>();
}

QStringList Reader::stringList(
    const nlohmann::json& obj, std::string_view key, QStringView path, bool acceptString, Presence presence) const
{
    QStringList out;
    const nlohmann::json* v = member(obj, key, path, presence);
    if (v == nullptr) {
        return out;
    }
    if (acceptString && v->is_string()) {
        out << toQString(v->get_ref<const std::string&>());
        return out;
    }
    if (!v->is_array()) {
        issue(path, QStringLiteral("expected an array, got %1; treated as unknown").arg(typeName(*v)));
        return out;
    }
    out.reserve(static_cast<qsizetype>(v->size()));
    int index = 0;
    for (const nlohmann::json& e : *v) {
        if (e.is_string()) {
            out << toQString(e.get_ref<const std::string&>());
        } else {
            issue(QStringLiteral("%1[%2]").arg(path).arg(index),
                  QStringLiteral("expected a string, got %1; skipped").arg(typeName(e)));
        }
        ++index;
    }
    return out;
}

QMap<QString, QString> Reader::stringMap(const nlohmann::json& obj, std::string_view key, QStringView path) const
{
    QMap<QString, QString> out;
    const nlohmann::json* v = object(obj, key, path);
    if (v == nullptr) {
        return out;
    }
    for (auto it = v->begin(); it != v->end(); ++it) {
        const QString k = toQString(it.key());
        if (it->is_string()) {
            out.insert(k, toQString(it->get_ref<const std::string&>()));
        } else {
            issue(QStringLiteral("%1[%2]").arg(path, k),
                  QStringLiteral("expected a string, got %1; skipped").arg(typeName(*it)));
        }
    }
    return out;
}

QStringList Reader::objectKeys(const nlohmann::json& obj, std::string_view key, QStringView path) const
{
    QStringList out;
    const nlohmann::json* v = object(obj, key, path);
    if (v == nullptr) {
        return out;
    }
    for (auto it = v->begin(); it != v->end(); ++it) {
        out << toQString(it.key());
    }
    return out;
}

} // namespace bulkhead::model::jsonread
