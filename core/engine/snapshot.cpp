// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/snapshot.h"

#include "core/model/jsonread.h"
#include "core/model/parse.h"
#include "core/util/atomicfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSysInfo>

#include <algorithm>
#include <optional>
#include <string>

namespace bulkhead::engine {

namespace {

using nlohmann::json;

constexpr char kFormat[] = "bulkhead-snapshot";
// Engine payloads are a few levels deep and sit three levels down in the envelope.
constexpr int kMaxDepth = 160;

QString tr(const char* text)
{
    return QCoreApplication::translate("bulkhead::engine::Snapshot", text);
}

std::string utf8(const QString& s)
{
    return s.toStdString();
}

// Invalid UTF-8 cannot come from a parsed payload, but a replacement beats an exception if it ever does.
void append(std::string& out, const json& value)
{
    out += value.dump(-1, ' ', false, json::error_handler_t::replace);
}

void appendKey(std::string& out, const char* key)
{
    out += ",\"";
    out += key;
    out += "\":";
}

QString str(const json& obj, const char* key)
{
    const auto it = obj.find(key);
    return it != obj.end() && it->is_string() ? model::jsonread::toQString(it->get_ref<const std::string&>())
                                              : QString();
}

QString str(const model::jsondom::Value& obj, const char* key)
{
    const auto it = obj.find(key);
    return it != obj.end() && it->is_string() ? model::jsonread::toQString(it->str()) : QString();
}

json payload(const json& obj, const char* key)
{
    const auto it = obj.find(key);
    return it != obj.end() ? *it : json();
}

// Moves a payload out of the parsed document: a snapshot of a big host holds hundreds of MB of JSON, copying it
// would double the memory and the time.
json take(json& obj, const char* key)
{
    const auto it = obj.find(key);
    return it != obj.end() ? std::move(*it) : json();
}

// The checks before any parse: blank input, nesting too deep.
std::optional<util::Error> precheck(const QByteArray& bytes)
{
    // Not bytes.trimmed(): on a const array that copies the whole file (20 MB for 10,000 containers) to test it.
    const bool blank = std::all_of(bytes.cbegin(), bytes.cend(), [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
    });
    if (blank) {
        return util::Error(tr("the snapshot file is empty"));
    }
    if (const qint64 at = model::jsonread::nestingTooDeepAt(bytes, kMaxDepth); at >= 0) {
        return util::Error(
            tr("the snapshot is corrupt: JSON nested more than %1 levels deep at byte %2").arg(kMaxDepth).arg(at));
    }
    return std::nullopt;
}

template<typename Raw>
void readItems(json& doc,
               const char* key,
               const char* secondKey,
               std::vector<Raw>& items,
               std::vector<model::CollectionIssue>& issues)
{
    const auto list = doc.find(key);
    if (list == doc.end() || list->is_null()) {
        return;
    }
    const QString where = QStringLiteral("snapshot: %1").arg(QLatin1String(key));
    if (!list->is_array()) {
        issues.push_back({where, tr("expected an array; the section was skipped")});
        return;
    }
    items.reserve(list->size());
    for (size_t i = 0; i < list->size(); ++i) {
        json& entry = (*list)[i];
        const QString id = entry.is_object() ? str(entry, "id") : QString();
        if (id.isEmpty()) {
            issues.push_back({where, tr("entry %1 has no id; skipped").arg(i)});
            continue;
        }
        Raw raw;
        raw.id = id;
        raw.summary = take(entry, "summary");
        raw.inspect = take(entry, "inspect");
        if constexpr (std::is_same_v<Raw, model::RawContainer>) {
            raw.top = take(entry, secondKey);
        } else {
            raw.history = take(entry, secondKey);
        }
        const auto status = entry.find("inspectStatus");
        raw.inspectStatus = status != entry.end() && status->is_number_integer() && status->get<qint64>() >= 0 &&
                                    status->get<qint64>() < 1000
                                ? static_cast<int>(status->get<qint64>())
                                : 0;
        raw.error = str(entry, "error");
        items.push_back(std::move(raw));
    }
}

// readItems over a jsondom document: the same entries, ids, statuses and issues; the payloads stay in the document.
template<typename Raw>
void readDomItems(const model::jsondom::Value& doc,
                  const char* key,
                  const char* secondKey,
                  std::vector<Raw>& items,
                  std::vector<model::DomPayloads::Item>& payloads,
                  std::vector<model::CollectionIssue>& issues)
{
    using model::jsondom::Value;
    const auto list = doc.find(key);
    if (list == doc.end() || list->is_null()) {
        return;
    }
    const QString where = QStringLiteral("snapshot: %1").arg(QLatin1String(key));
    if (!list->is_array()) {
        issues.push_back({where, tr("expected an array; the section was skipped")});
        return;
    }
    items.reserve(list->size());
    payloads.reserve(list->size());
    const auto member = [](const Value& obj, const char* name) -> const Value* {
        const auto it = obj.find(name);
        return it != obj.end() ? &*it : nullptr;
    };
    std::size_t i = 0;
    for (const Value& entry : *list) {
        const std::size_t index = i++;
        const QString id = entry.is_object() ? str(entry, "id") : QString();
        if (id.isEmpty()) {
            issues.push_back({where, tr("entry %1 has no id; skipped").arg(index)});
            continue;
        }
        Raw raw;
        raw.id = id;
        payloads.push_back({member(entry, "summary"), member(entry, "inspect"), member(entry, secondKey)});
        const Value* status = member(entry, "inspectStatus");
        raw.inspectStatus = status != nullptr && status->is_number_integer() && status->get<qint64>() >= 0 &&
                                    status->get<qint64>() < 1000
                                ? static_cast<int>(status->get<qint64>())
                                : 0;
        raw.error = str(entry, "error");
        items.push_back(std::move(raw));
    }
}

// The header both readers check (nlohmann's tree and jsondom), in this order: format, version, meta; then the meta
// fields into `raw`.
template<typename Doc> std::optional<util::Error> readHeader(const Doc& doc, model::RawInventory& raw)
{
    if (!doc.is_object() || str(doc, "format") != QLatin1String(kFormat)) {
        return util::Error(tr("not a Bulkhead snapshot (no \"format\": \"%1\" at the top)").arg(QLatin1String(kFormat)),
                           tr("create one with: bulkhead-cli snapshot -o FILE"));
    }
    const auto version = doc.find("version");
    if (version == doc.end() || !version->is_number_integer()) {
        return util::Error(tr("the snapshot has no valid format version"));
    }
    const qint64 v = version->template get<qint64>();
    if (v > kSnapshotVersion) {
        return util::Error(
            tr("the snapshot uses format version %1; this Bulkhead reads version %2").arg(v).arg(kSnapshotVersion),
            tr("it was written by a newer Bulkhead: upgrade to read it"));
    }
    if (v < 1) {
        return util::Error(tr("the snapshot has an unsupported format version %1").arg(v));
    }
    const auto meta = doc.find("meta");
    if (meta == doc.end() || !meta->is_object()) {
        return util::Error(tr("the snapshot has no \"meta\" section; the file is damaged"));
    }
    raw.endpoint = str(*meta, "endpoint");
    raw.endpointSource = str(*meta, "endpointSource");
    raw.collectedAt = QDateTime::fromString(str(*meta, "collectedAt"), Qt::ISODateWithMs).toUTC();
    raw.toolVersion = str(*meta, "toolVersion");
    raw.apiVersion = str(*meta, "apiVersion");
    const auto local = meta->find("local");
    raw.local = local != meta->end() && local->is_boolean() && local->template get<bool>();
    const auto partial = meta->find("partial");
    // Anything but an explicit false is partial: a damaged flag must not make a partial snapshot look complete.
    raw.partial = partial == meta->end() || !partial->is_boolean() || partial->template get<bool>();
    return std::nullopt;
}

// The collection issues the snapshot recorded; entries that are not objects are skipped.
template<typename Doc> void readIssues(const Doc& doc, model::RawInventory& raw)
{
    const auto issues = doc.find("issues");
    if (issues != doc.end() && issues->is_array()) {
        for (const auto& issue : *issues) {
            if (issue.is_object()) {
                raw.issues.push_back({str(issue, "where"), str(issue, "what")});
            }
        }
    }
}

util::Result<QByteArray> readSnapshotFile(const QString& path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return util::Error(tr("the snapshot file %1 does not exist").arg(path));
    }
    if (info.size() > maxBytes) {
        return util::Error(tr("the snapshot file %1 is too large (%2 bytes; the limit is %3)")
                               .arg(path)
                               .arg(info.size())
                               .arg(maxBytes));
    }
    return util::readFileCapped(path, maxBytes);
}

} // namespace

QByteArray serializeSnapshot(const model::RawInventory& raw)
{
    json meta = json::object();
    meta["endpoint"] = utf8(raw.endpoint);
    meta["endpointSource"] = utf8(raw.endpointSource);
    meta["collectedAt"] = utf8(raw.collectedAt.toUTC().toString(Qt::ISODateWithMs));
    meta["collectedOn"] = utf8(QSysInfo::machineHostName());
    meta["toolVersion"] = utf8(raw.toolVersion);
    meta["apiVersion"] = utf8(raw.apiVersion);
    meta["engineVersion"] = raw.version.is_object() ? payload(raw.version, "Version") : json();
    meta["local"] = raw.local;
    meta["partial"] = raw.partial;

    // Written piece by piece rather than as one json value, so the payloads are not copied a second time.
    std::string out;
    out += "{\"format\":\"";
    out += kFormat;
    out += "\",\"version\":" + std::to_string(kSnapshotVersion);
    appendKey(out, "meta");
    append(out, meta);
    // The daemon's payloads sit in their own object: the /version payload must not collide with the format version.
    out += ",\"daemon\":{\"ping\":";
    append(out, raw.ping);
    appendKey(out, "version");
    append(out, raw.version);
    appendKey(out, "info");
    append(out, raw.info);
    appendKey(out, "networks");
    append(out, raw.networks);
    out += '}';
    appendKey(out, "hostFacts");
    append(out, raw.hostFacts);

    appendKey(out, "containers");
    out += '[';
    for (size_t i = 0; i < raw.containers.size(); ++i) {
        const model::RawContainer& c = raw.containers[i];
        out += i == 0 ? "\n" : ",\n";
        out += "{\"id\":";
        append(out, json(utf8(c.id)));
        appendKey(out, "summary");
        append(out, c.summary);
        appendKey(out, "inspect");
        append(out, c.inspect);
        appendKey(out, "top");
        append(out, c.top);
        out += ",\"inspectStatus\":" + std::to_string(c.inspectStatus);
        appendKey(out, "error");
        append(out, json(utf8(c.error)));
        out += '}';
    }
    out += ']';

    appendKey(out, "images");
    out += '[';
    for (size_t i = 0; i < raw.images.size(); ++i) {
        const model::RawImage& image = raw.images[i];
        out += i == 0 ? "\n" : ",\n";
        out += "{\"id\":";
        append(out, json(utf8(image.id)));
        appendKey(out, "summary");
        append(out, image.summary);
        appendKey(out, "inspect");
        append(out, image.inspect);
        appendKey(out, "history");
        append(out, image.history);
        out += ",\"inspectStatus\":" + std::to_string(image.inspectStatus);
        appendKey(out, "error");
        append(out, json(utf8(image.error)));
        out += '}';
    }
    out += ']';

    json issues = json::array();
    for (const model::CollectionIssue& issue : raw.issues) {
        issues.push_back({{"where", utf8(issue.where)}, {"what", utf8(issue.what)}});
    }
    appendKey(out, "issues");
    append(out, issues);
    out += "}\n";
    return QByteArray(out.data(), static_cast<qsizetype>(out.size()));
}

util::Result<model::RawInventory> parseSnapshot(const QByteArray& bytes)
{
    if (auto error = precheck(bytes)) {
        return *error;
    }
    json doc;
    try {
        doc = json::parse(bytes.constData(), bytes.constData() + bytes.size());
    } catch (const json::parse_error& e) {
        // nlohmann reports the byte after the last one read: at the end of the data means the file was cut short.
        if (e.byte >= static_cast<size_t>(bytes.size())) {
            return util::Error(
                tr("the snapshot file is truncated (the JSON document ends early, at byte %1)").arg(bytes.size()),
                tr("it was probably copied or written incompletely; create it again"));
        }
        // e.byte counts from 1, like a column.
        return util::Error(tr("the snapshot is corrupt: invalid JSON at byte %1").arg(e.byte),
                           QString::fromUtf8(e.what()));
    } catch (const json::exception& e) {
        return util::Error(tr("the snapshot is corrupt"), QString::fromUtf8(e.what()));
    }

    model::RawInventory raw;
    if (auto error = readHeader(doc, raw)) {
        return *error;
    }

    const auto daemon = doc.find("daemon");
    if (daemon != doc.end() && daemon->is_object()) {
        raw.ping = take(*daemon, "ping");
        raw.version = take(*daemon, "version");
        raw.info = take(*daemon, "info");
        raw.networks = take(*daemon, "networks");
    } else if (daemon != doc.end() && !daemon->is_null()) {
        raw.issues.push_back({QStringLiteral("snapshot: daemon"), tr("expected an object; the section was skipped")});
    }
    raw.hostFacts = take(doc, "hostFacts");

    readIssues(doc, raw);
    readItems(doc, "containers", "top", raw.containers, raw.issues);
    readItems(doc, "images", "history", raw.images, raw.issues);
    return raw;
}

util::Result<SnapshotInventory> parseSnapshotInventory(const QByteArray& bytes)
{
    using model::jsondom::Value;
    // No precheck() here: a document jsondom reads is neither blank nor nested deeper than kMaxDepth (it refuses
    // those), and everything it refuses goes through parseSnapshot, which checks. Saves a pass over the file.
    model::jsondom::Document dom;
    if (!dom.parse(bytes.constData(), bytes.constData() + bytes.size(), kMaxDepth)) {
        // Not JSON (or one of the rarities jsondom leaves to nlohmann): the nlohmann path gives the same result or the
        // exact error.
        auto raw = parseSnapshot(bytes);
        if (!raw.ok()) {
            return raw.error();
        }
        SnapshotInventory out;
        out.inventory = model::parseInventory(*raw);
        model::releasePayloads(*raw);
        out.raw = std::move(*raw);
        return out;
    }

    // From here on the same checks, in the same order, as parseSnapshot.
    const Value& doc = dom.root();
    SnapshotInventory out;
    model::RawInventory& raw = out.raw;
    if (auto error = readHeader(doc, raw)) {
        return *error;
    }

    model::DomPayloads payloads;
    const auto member = [](const Value& obj, const char* name) -> const Value* {
        const auto it = obj.find(name);
        return it != obj.end() ? &*it : nullptr;
    };
    const auto daemon = doc.find("daemon");
    if (daemon != doc.end() && daemon->is_object()) {
        payloads.version = member(*daemon, "version");
        payloads.info = member(*daemon, "info");
        payloads.networks = member(*daemon, "networks");
    } else if (daemon != doc.end() && !daemon->is_null()) {
        raw.issues.push_back({QStringLiteral("snapshot: daemon"), tr("expected an object; the section was skipped")});
    }
    payloads.hostFacts = member(doc, "hostFacts");

    readIssues(doc, raw);
    readDomItems(doc, "containers", "top", raw.containers, payloads.containers, raw.issues);
    readDomItems(doc, "images", "history", raw.images, payloads.images, raw.issues);
    out.inventory = model::parseInventory(raw, payloads);
    return out;
}

// Reads the file and parses it with `parse`; a parse error names the file.
template<typename Parse>
auto loadWith(const QString& path, qint64 maxBytes, Parse parse) -> decltype(parse(QByteArray()))
{
    auto bytes = readSnapshotFile(path, maxBytes);
    if (!bytes.ok()) {
        return bytes.error();
    }
    auto parsed = parse(*bytes);
    if (!parsed.ok()) {
        util::Error e = parsed.error();
        e.message = path + QStringLiteral(": ") + e.message;
        return e;
    }
    return parsed;
}

util::Result<SnapshotInventory> loadSnapshotInventory(const QString& path, qint64 maxBytes)
{
    return loadWith(path, maxBytes, parseSnapshotInventory);
}

util::Result<void> saveSnapshot(const model::RawInventory& raw, const QString& path)
{
    return util::writeFileAtomically(path, serializeSnapshot(raw), true);
}

util::Result<model::RawInventory> loadSnapshot(const QString& path, qint64 maxBytes)
{
    return loadWith(path, maxBytes, parseSnapshot);
}

} // namespace bulkhead::engine
