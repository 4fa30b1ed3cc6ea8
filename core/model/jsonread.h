// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Checked readers over untrusted JSON (Engine payloads, snapshots, host facts). Nothing here throws: a missing key,
// a null or a wrong type yields nullopt/empty, and wrong types (and, where the caller says the field is expected,
// missing keys and nulls) are recorded as ParseIssues so that "unknown" is shown as unknown, never read as secure.

#include "core/model/inventory.h"

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

// Where issues go and how they are labelled ("container web").
class Reader
{
public:
    Reader(QString where, std::vector<ParseIssue>* issues) : m_where(std::move(where)), m_issues(issues) {}

    // The member `key` of `obj`, or nullptr when obj is not an object, the key is missing or its value is null.
    // `path` names the field in issues ("HostConfig.CapAdd").
    const nlohmann::json* member(const nlohmann::json& obj,
                                 std::string_view key,
                                 QStringView path,
                                 Presence presence = Presence::Optional) const;

    // An object member (nullptr when absent/null/not an object; a non-object is reported).
    const nlohmann::json* object(const nlohmann::json& obj,
                                 std::string_view key,
                                 QStringView path,
                                 Presence presence = Presence::Optional) const;

    std::optional<QString> string(const nlohmann::json& obj,
                                  std::string_view key,
                                  QStringView path,
                                  Presence presence = Presence::Optional) const;
    // Integers in [min, max]; integral floats are accepted within range; anything else is rejected and reported,
    // never wrapped or truncated.
    std::optional<qint64> integer(const nlohmann::json& obj,
                                  std::string_view key,
                                  QStringView path,
                                  Presence presence = Presence::Optional,
                                  qint64 min = std::numeric_limits<qint64>::min(),
                                  qint64 max = std::numeric_limits<qint64>::max()) const;
    std::optional<bool> boolean(const nlohmann::json& obj,
                                std::string_view key,
                                QStringView path,
                                Presence presence = Presence::Optional) const;
    // An array of strings; a bare string is accepted as a one-element list when `acceptString` (Cmd/Entrypoint in
    // older payloads). Non-string elements are skipped and reported.
    QStringList stringList(const nlohmann::json& obj,
                           std::string_view key,
                           QStringView path,
                           bool acceptString = false,
                           Presence presence = Presence::Optional) const;
    // An object of string values (Labels). Non-string values are skipped and reported.
    QMap<QString, QString> stringMap(const nlohmann::json& obj, std::string_view key, QStringView path) const;
    // The keys of an object (ExposedPorts, Volumes).
    QStringList objectKeys(const nlohmann::json& obj, std::string_view key, QStringView path) const;

    // Same checks on a value already in hand (array elements).
    std::optional<QString> asString(const nlohmann::json& v, QStringView path) const;
    std::optional<qint64> asInteger(const nlohmann::json& v,
                                    QStringView path,
                                    qint64 min = std::numeric_limits<qint64>::min(),
                                    qint64 max = std::numeric_limits<qint64>::max()) const;

    void issue(QStringView path, const QString& what) const;
    const QString& where() const { return m_where; }

private:
    QString m_where;
    std::vector<ParseIssue>* m_issues;
};

// A JSON string as a QString; invalid UTF-8 becomes replacement characters (never an exception).
QString toQString(const std::string& s);
// The JSON type's name for messages ("string", "array", ...).
QString typeName(const nlohmann::json& v);
// Parses bytes without exceptions; nullopt for invalid JSON or nesting deeper than `maxDepth`.
std::optional<nlohmann::json> parseBytes(const QByteArray& bytes, int maxDepth = 512);
// RFC 3339 timestamps as the Engine writes them ("2024-01-02T03:04:05.123456789Z"); invalid when unparsable or the
// Engine's zero time ("0001-01-01T00:00:00Z").
QDateTime parseTimestamp(const QString& text);

} // namespace bulkhead::model::jsonread
