// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Checked readers over untrusted JSON (Engine payloads, snapshots, host facts). Nothing here throws: a missing key,
// a null or a wrong type yields nullopt/empty, and wrong types (and, where the caller says the field is expected,
// missing keys and nulls) are recorded as ParseIssues so that "unknown" is shown as unknown, never read as secure.

#include "core/model/inventory.h"
#include "core/model/jsondom.h"

#include <nlohmann/json.hpp>

#include <QMap>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>
#include <string_view>
#include <vector>

namespace bulkhead::model::jsonread {

// Whether a missing key / null is itself worth reporting.
enum class Presence
{
    Optional, // the Engine omits or nulls it routinely (CapAdd: null)
    Expected, // it should be there; its absence makes the result "unknown" and is reported
};

// Where issues go and how they are labelled ("container web"). J is nlohmann::json (Engine payloads as collected) or
// jsondom::Value (a snapshot read without building nlohmann trees); both give the same results and issues.
template<typename J> class BasicReader
{
public:
    BasicReader(QString where, std::vector<ParseIssue>* issues) : m_where(std::move(where)), m_issues(issues) {}

    // The member `key` of `obj`, or nullptr when obj is not an object, the key is missing or its value is null.
    // `path` names the field in issues ("HostConfig.CapAdd").
    const J* member(const J& obj, std::string_view key, QStringView path, Presence presence = Presence::Optional) const;

    // An object member (nullptr when absent/null/not an object; a non-object is reported).
    const J* object(const J& obj, std::string_view key, QStringView path, Presence presence = Presence::Optional) const;

    std::optional<QString>
    string(const J& obj, std::string_view key, QStringView path, Presence presence = Presence::Optional) const;
    // Integers in [min, max]; integral floats are accepted within range; anything else is rejected and reported,
    // never wrapped or truncated.
    std::optional<qint64> integer(const J& obj,
                                  std::string_view key,
                                  QStringView path,
                                  Presence presence = Presence::Optional,
                                  qint64 min = std::numeric_limits<qint64>::min(),
                                  qint64 max = std::numeric_limits<qint64>::max()) const;
    std::optional<bool>
    boolean(const J& obj, std::string_view key, QStringView path, Presence presence = Presence::Optional) const;
    // An array of strings; a bare string is accepted as a one-element list when `acceptString` (Cmd/Entrypoint in
    // older payloads). Non-string elements are skipped and reported.
    QStringList stringList(const J& obj,
                           std::string_view key,
                           QStringView path,
                           bool acceptString = false,
                           Presence presence = Presence::Optional) const;
    // An object of string values (Labels). Non-string values are skipped and reported.
    QMap<QString, QString> stringMap(const J& obj, std::string_view key, QStringView path) const;
    // The keys of an object (ExposedPorts, Volumes).
    QStringList objectKeys(const J& obj, std::string_view key, QStringView path) const;

    // Same checks on a value already in hand (array elements).
    std::optional<QString> asString(const J& v, QStringView path) const;
    std::optional<qint64> asInteger(const J& v,
                                    QStringView path,
                                    qint64 min = std::numeric_limits<qint64>::min(),
                                    qint64 max = std::numeric_limits<qint64>::max()) const;

    void issue(QStringView path, const QString& what) const;
    const QString& where() const { return m_where; }

private:
    QString m_where;
    std::vector<ParseIssue>* m_issues;
};

using Reader = BasicReader<nlohmann::json>;
using DomReader = BasicReader<jsondom::Value>;
extern template class BasicReader<nlohmann::json>;
extern template class BasicReader<jsondom::Value>;

// A JSON string as a QString; invalid UTF-8 becomes replacement characters (never an exception).
QString toQString(const std::string& s);
QString toQString(std::string_view s);
// Where nesting first goes deeper than maxDepth in a JSON text (brackets inside strings do not count), or -1. Checked
// before parsing so a hostile "[[[[..." costs no deep recursion in any parser.
qint64 nestingTooDeepAt(const QByteArray& bytes, int maxDepth);
// The JSON type's name for messages ("string", "array", ...).
QString typeName(const nlohmann::json& v);
QString typeName(const jsondom::Value& v);
// A string value's bytes (the value must be a string).
inline std::string_view text(const nlohmann::json& v)
{
    return v.get_ref<const std::string&>();
}
inline std::string_view text(const jsondom::Value& v)
{
    return v.str();
}
// Calls f(key, value) for each member of an object, in nlohmann's order (sorted by key, one per key).
template<typename F> void forEachMember(const nlohmann::json& obj, F&& f)
{
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        f(std::string_view(it.key()), *it);
    }
}
template<typename F> void forEachMember(const jsondom::Value& obj, F&& f)
{
    for (const auto& [key, value] : obj.sortedMembers()) {
        f(key, *value);
    }
}
// The same value as an nlohmann::json (what nlohmann::json::parse would have made of its text).
nlohmann::json toJson(const jsondom::Value& v);
// An empty object of the reader's JSON type.
inline const nlohmann::json& emptyObject(const nlohmann::json*)
{
    static const nlohmann::json kEmpty = nlohmann::json::object();
    return kEmpty;
}
inline const jsondom::Value& emptyObject(const jsondom::Value*)
{
    return jsondom::Value::emptyObject();
}
// Parses bytes without exceptions; nullopt for invalid JSON or nesting deeper than `maxDepth`.
std::optional<nlohmann::json> parseBytes(const QByteArray& bytes, int maxDepth = 512);
// RFC 3339 timestamps as the Engine writes them ("2024-01-02T03:04:05.123456789Z"); invalid when unparsable or the
// Engine's zero time ("0001-01-01T00:00:00Z").
QDateTime parseTimestamp(const QString& text);

} // namespace bulkhead::model::jsonread
