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

QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QString typeName(const jsondom::Value& v)
{
    switch (v.type()) {
    case jsondom::Type::Null:
        return QStringLiteral("null");
    case jsondom::Type::Object:
        return QStringLiteral("an object");
    case jsondom::Type::Array:
        return QStringLiteral("an array");
    case jsondom::Type::String:
        return QStringLiteral("a string");
    case jsondom::Type::Boolean:
        return QStringLiteral("a boolean");
    case jsondom::Type::Integer:
    case jsondom::Type::Unsigned:
    case jsondom::Type::Float:
        return QStringLiteral("a number");
    }
    return QStringLiteral("unknown");
}

nlohmann::json toJson(const jsondom::Value& v)
{
    switch (v.type()) {
    case jsondom::Type::Null:
        return nullptr;
    case jsondom::Type::Boolean:
        return v.boolean();
    case jsondom::Type::Integer:
        return v.get<std::int64_t>();
    case jsondom::Type::Unsigned:
        return v.get<std::uint64_t>();
    case jsondom::Type::Float:
        return v.get<double>();
    case jsondom::Type::String:
        return std::string(v.str());
    case jsondom::Type::Array: {
        nlohmann::json out = nlohmann::json::array();
        for (const jsondom::Value& e : v) {
            out.push_back(toJson(e));
        }
        return out;
    }
    case jsondom::Type::Object: {
        nlohmann::json out = nlohmann::json::object();
        // In document order, so the last of duplicate keys wins as in nlohmann's parser.
        for (auto it = v.begin(); it != v.end(); ++it) {
            out[std::string(it.key())] = toJson(*it);
        }
        return out;
    }
    }
    return nullptr;
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

qint64 nestingTooDeepAt(const QByteArray& bytes, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qint64 i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth) {
                return i;
            }
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return -1;
}

std::optional<nlohmann::json> parseBytes(const QByteArray& bytes, int maxDepth)
{
    // Depth is checked before parsing so a hostile "[[[[..." cannot cost deep recursion anywhere later.
    if (nestingTooDeepAt(bytes, maxDepth) >= 0) {
        return std::nullopt;
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

template<typename J> void BasicReader<J>::issue(QStringView path, const QString& what) const
{
    if (m_issues != nullptr) {
        m_issues->push_back(ParseIssue{m_where + QStringLiteral(": ") + keyPath(path), what});
    }
}

template<typename J>
const J* BasicReader<J>::member(const J& obj, std::string_view key, QStringView path, Presence presence) const
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

template<typename J>
const J* BasicReader<J>::object(const J& obj, std::string_view key, QStringView path, Presence presence) const
{
    const J* v = member(obj, key, path, presence);
    if (v != nullptr && !v->is_object()) {
        issue(path, QStringLiteral("expected an object, got %1; treated as unknown").arg(typeName(*v)));
        return nullptr;
    }
    return v;
}

template<typename J> std::optional<QString> BasicReader<J>::asString(const J& v, QStringView path) const
{
    if (!v.is_string()) {
        issue(path, QStringLiteral("expected a string, got %1; treated as unknown").arg(typeName(v)));
        return std::nullopt;
    }
    return toQString(text(v));
}

template<typename J>
std::optional<QString>
BasicReader<J>::string(const J& obj, std::string_view key, QStringView path, Presence presence) const
{
    const J* v = member(obj, key, path, presence);
    if (v == nullptr) {
        return std::nullopt;
    }
    return asString(*v, path);
}

template<typename J>
std::optional<qint64> BasicReader<J>::asInteger(const J& v, QStringView path, qint64 min, qint64 max) const
{
    std::optional<qint64> out;
    if (v.is_number_integer() && !v.is_number_unsigned()) {
        out = v.template get<std::int64_t>();
    } else if (v.is_number_unsigned()) {
        const std::uint64_t u = v.template get<std::uint64_t>();
        if (u <= static_cast<std::uint64_t>(std::numeric_limits<qint64>::max())) {
            out = static_cast<qint64>(u);
        }
    } else if (v.is_number_float()) {
        const double d = v.template get<double>();
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

template<typename J>
std::optional<qint64> BasicReader<J>::integer(
    const J& obj, std::string_view key, QStringView path, Presence presence, qint64 min, qint64 max) const
{
    const J* v = member(obj, key, path, presence);
    if (v == nullptr) {
        return std::nullopt;
    }
    return asInteger(*v, path, min, max);
}

template<typename J>
std::optional<bool>
BasicReader<J>::boolean(const J& obj, std::string_view key, QStringView path, Presence presence) const
{
    const J* v = member(obj, key, path, presence);
    if (v == nullptr) {
        return std::nullopt;
    }
    if (!v->is_boolean()) {
        issue(path, QStringLiteral("expected a boolean, got %1; treated as unknown").arg(typeName(*v)));
        return std::nullopt;
    }
    return v->template get<bool>();
}

template<typename J>
QStringList BasicReader<J>::stringList(
    const J& obj, std::string_view key, QStringView path, bool acceptString, Presence presence) const
{
    QStringList out;
    const J* v = member(obj, key, path, presence);
    if (v == nullptr) {
        return out;
    }
    if (acceptString && v->is_string()) {
        out << toQString(text(*v));
        return out;
    }
    if (!v->is_array()) {
        issue(path, QStringLiteral("expected an array, got %1; treated as unknown").arg(typeName(*v)));
        return out;
    }
    out.reserve(static_cast<qsizetype>(v->size()));
    int index = 0;
    for (const J& e : *v) {
        if (e.is_string()) {
            out << toQString(text(e));
        } else {
            issue(QStringLiteral("%1[%2]").arg(path).arg(index),
                  QStringLiteral("expected a string, got %1; skipped").arg(typeName(e)));
        }
        ++index;
    }
    return out;
}

template<typename J>
QMap<QString, QString> BasicReader<J>::stringMap(const J& obj, std::string_view key, QStringView path) const
{
    QMap<QString, QString> out;
    const J* v = object(obj, key, path);
    if (v == nullptr) {
        return out;
    }
    forEachMember(*v, [&](std::string_view name, const J& value) {
        const QString k = toQString(name);
        if (value.is_string()) {
            out.insert(k, toQString(text(value)));
        } else {
            issue(QStringLiteral("%1[%2]").arg(path, k),
                  QStringLiteral("expected a string, got %1; skipped").arg(typeName(value)));
        }
    });
    return out;
}

template<typename J> QStringList BasicReader<J>::objectKeys(const J& obj, std::string_view key, QStringView path) const
{
    QStringList out;
    const J* v = object(obj, key, path);
    if (v == nullptr) {
        return out;
    }
    forEachMember(*v, [&out](std::string_view name, const J&) { out << toQString(name); });
    return out;
}

template class BasicReader<nlohmann::json>;
template class BasicReader<jsondom::Value>;

} // namespace bulkhead::model::jsonread
