// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/review/review.h"

#include "core/model/jsonread.h"
#include "core/util/atomicfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <string>

namespace bulkhead::review {

namespace {

using model::jsonread::typeName;
using nlohmann::json;

constexpr char kFormat[] = "bulkhead-review";
// The format is three levels deep (document, decisions, entry); anything much deeper is not a review file, and is
// refused before parsing so "[[[[..." costs no deep recursion anywhere.
constexpr int kMaxDepth = 16;

QString tr(const char* text)
{
    return QCoreApplication::translate("bulkhead::review::Review", text);
}

QString qs(const std::string& s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

std::string u8(const QString& s)
{
    return s.toStdString();
}

// A key as it may appear in a message: the file is untrusted, so it is cut short.
QString shown(const std::string& key)
{
    QString k = qs(key);
    if (k.size() > 40) {
        k = k.left(40) + QStringLiteral("…");
    }
    return k;
}

util::Error fieldError(const QString& where, const QString& what)
{
    return util::Error(tr("the review file is invalid: %1: %2").arg(where, what),
                       tr("fix that entry, or record decisions with: bulkhead-cli review set FILE ..."));
}

// An optional string member: absent and null give an empty string; any other type is an error.
util::Result<QString> optionalString(const json& obj, const char* key, const QString& where, int maxChars)
{
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) {
        return QString();
    }
    const QString path = where.isEmpty() ? QString::fromLatin1(key) : where + u'.' + QLatin1String(key);
    if (!it->is_string()) {
        return fieldError(path, tr("expected a string, found %1").arg(typeName(*it)));
    }
    QString value = qs(it->get_ref<const std::string&>());
    if (value.size() > maxChars) {
        return fieldError(path, tr("longer than %1 characters").arg(maxChars));
    }
    return value;
}

QDateTime toSeconds(const QDateTime& t)
{
    if (!t.isValid()) {
        return {};
    }
    QDateTime utc = t.toUTC();
    const QTime time = utc.time();
    utc.setTime(QTime(time.hour(), time.minute(), time.second()));
    return utc;
}

bool keyLess(const Decision& a, const Decision& b)
{
    return decisionKey(a) < decisionKey(b);
}

} // namespace

const QStringList& decisionIds()
{
    static const QStringList ids{QStringLiteral("open"),
                                 QStringLiteral("accepted-risk"),
                                 QStringLiteral("false-positive"),
                                 QStringLiteral("will-fix"),
                                 QStringLiteral("fixed")};
    return ids;
}

bool isDecisionId(QStringView id)
{
    return std::any_of(decisionIds().cbegin(), decisionIds().cend(), [id](const QString& d) { return d == id; });
}

bool suppresses(QStringView decision)
{
    return decision == u"accepted-risk" || decision == u"false-positive";
}

bool isFingerprint(QStringView text)
{
    if (text.size() != 32) {
        return false;
    }
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f');
    });
}

QString decisionKey(const Decision& d)
{
    if (!d.fingerprint.isEmpty()) {
        return d.fingerprint;
    }
    return d.ruleId + QChar(0x1f) + d.target;
}

util::Result<void> validateDecision(const Decision& d, const QString& where)
{
    auto at = [&where](const char* field) {
        return where.isEmpty() ? QString::fromLatin1(field) : where + u'.' + QLatin1String(field);
    };
    if (!d.fingerprint.isEmpty() && !isFingerprint(d.fingerprint)) {
        return fieldError(at("fingerprint"),
                          tr("\"%1\" is not a finding fingerprint (32 lower-case hex digits, as reports show it)")
                              .arg(d.fingerprint.left(40)));
    }
    if (d.fingerprint.isEmpty() && (d.ruleId.isEmpty() || d.target.isEmpty())) {
        return fieldError(where.isEmpty() ? tr("decision") : where,
                          tr("names no finding: give \"fingerprint\", or both \"ruleId\" and \"target\""));
    }
    if (d.decision.isEmpty()) {
        return fieldError(at("decision"), tr("missing; one of %1").arg(decisionIds().join(QStringLiteral(", "))));
    }
    if (!isDecisionId(d.decision)) {
        return fieldError(at("decision"),
                          tr("\"%1\" is not a decision; one of %2")
                              .arg(d.decision.left(40), decisionIds().join(QStringLiteral(", "))));
    }
    const std::array<std::pair<const char*, const QString*>, 3> fields{
        {{"ruleId", &d.ruleId}, {"target", &d.target}, {"reviewer", &d.reviewer}}};
    for (const auto& [name, value] : fields) {
        if (value->size() > kMaxFieldChars) {
            return fieldError(at(name), tr("longer than %1 characters").arg(kMaxFieldChars));
        }
    }
    if (d.note.size() > kMaxNoteChars) {
        return fieldError(at("note"), tr("longer than %1 characters").arg(kMaxNoteChars));
    }
    if (d.decidedAt.isValid() &&
        (d.decidedAt.toUTC().date().year() < 1970 || d.decidedAt.toUTC().date().year() > 9999)) {
        return fieldError(at("decidedAt"), tr("the year must be between 1970 and 9999"));
    }
    return {};
}

const Decision* ReviewFile::find(const QString& key) const
{
    const auto it = std::lower_bound(decisions.begin(), decisions.end(), key, [](const Decision& d, const QString& k) {
        return decisionKey(d) < k;
    });
    return it != decisions.end() && decisionKey(*it) == key ? &*it : nullptr;
}

const Decision* ReviewFile::match(const model::Finding& finding, const QString& fingerprint) const
{
    if (!fingerprint.isEmpty()) {
        if (const Decision* d = find(fingerprint)) {
            return d;
        }
    }
    const QString name = finding.targetName;
    if (!name.isEmpty()) {
        if (const Decision* d = find(finding.ruleId + QChar(0x1f) + name)) {
            return d;
        }
    }
    if (!finding.targetId.isEmpty()) {
        if (const Decision* d = find(finding.ruleId + QChar(0x1f) + finding.targetId)) {
            return d;
        }
    }
    return nullptr;
}

util::Result<void> ReviewFile::set(Decision d)
{
    d.decidedAt = toSeconds(d.decidedAt);
    if (const auto ok = validateDecision(d, QString()); !ok.ok()) {
        return ok.error();
    }
    const QString key = decisionKey(d);
    const auto it = std::lower_bound(decisions.begin(), decisions.end(), d, keyLess);
    if (it != decisions.end() && decisionKey(*it) == key) {
        *it = std::move(d);
    } else {
        decisions.insert(it, std::move(d));
    }
    return {};
}

bool ReviewFile::clear(const QString& key)
{
    const auto it = std::lower_bound(decisions.begin(), decisions.end(), key, [](const Decision& d, const QString& k) {
        return decisionKey(d) < k;
    });
    if (it == decisions.end() || decisionKey(*it) != key) {
        return false;
    }
    decisions.erase(it);
    return true;
}

int ReviewFile::merge(const ReviewFile& other)
{
    if (&other == this) {
        return 0; // inserting while iterating our own list would invalidate it
    }
    if (endpoint.isEmpty()) {
        endpoint = other.endpoint;
    }
    if (hostName.isEmpty()) {
        hostName = other.hostName;
    }
    int changed = 0;
    for (const Decision& theirs : other.decisions) {
        const QString key = decisionKey(theirs);
        const auto it = std::lower_bound(decisions.begin(), decisions.end(), theirs, keyLess);
        if (it == decisions.end() || decisionKey(*it) != key) {
            decisions.insert(it, theirs);
            ++changed;
            continue;
        }
        // Ours stays only when it is strictly newer.
        const bool oursNewer =
            it->decidedAt.isValid() && (!theirs.decidedAt.isValid() || it->decidedAt > theirs.decidedAt);
        if (oursNewer) {
            continue;
        }
        const bool same = it->decision == theirs.decision && it->note == theirs.note &&
                          it->reviewer == theirs.reviewer && it->decidedAt == theirs.decidedAt &&
                          it->ruleId == theirs.ruleId && it->target == theirs.target;
        if (!same) {
            *it = theirs;
            ++changed;
        }
    }
    return changed;
}

util::Result<LoadedReview> parseReview(const QByteArray& bytes)
{
    const bool blank = std::all_of(
        bytes.cbegin(), bytes.cend(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
    if (blank) {
        return util::Error(tr("the review file is empty"));
    }
    if (bytes.size() > kMaxReviewBytes) {
        return util::Error(
            tr("the review file is too large (%1 bytes; the limit is %2)").arg(bytes.size()).arg(kMaxReviewBytes));
    }
    if (const qint64 at = model::jsonread::nestingTooDeepAt(bytes, kMaxDepth); at >= 0) {
        return util::Error(
            tr("the review file is invalid: JSON nested more than %1 levels deep at byte %2").arg(kMaxDepth).arg(at));
    }
    json doc;
    try {
        doc = json::parse(bytes.constData(), bytes.constData() + bytes.size());
    } catch (const json::parse_error& e) {
        if (e.byte >= static_cast<size_t>(bytes.size())) {
            return util::Error(
                tr("the review file is truncated (the JSON document ends early, at byte %1)").arg(bytes.size()),
                tr("restore it from a backup, or record the decisions again"));
        }
        return util::Error(tr("the review file is not valid JSON (at byte %1)").arg(e.byte),
                           QString::fromUtf8(e.what()));
    } catch (const json::exception& e) {
        return util::Error(tr("the review file is not valid JSON"), QString::fromUtf8(e.what()));
    }

    if (!doc.is_object()) {
        return util::Error(tr("not a Bulkhead review file (expected a JSON object with \"format\": \"%1\")")
                               .arg(QLatin1String(kFormat)));
    }
    const auto format = doc.find("format");
    if (format == doc.end() || !format->is_string() || format->get_ref<const std::string&>() != kFormat) {
        return util::Error(
            tr("not a Bulkhead review file (no \"format\": \"%1\" at the top)").arg(QLatin1String(kFormat)),
            tr("create one with: bulkhead-cli review set FILE --finding FINGERPRINT --decision ..."));
    }
    const auto version = doc.find("version");
    if (version == doc.end() || !version->is_number_integer()) {
        return fieldError(QStringLiteral("version"), tr("missing or not an integer"));
    }
    const qint64 v = version->get<qint64>();
    if (v > kReviewVersion) {
        return util::Error(
            tr("the review file uses format version %1; this Bulkhead reads version %2").arg(v).arg(kReviewVersion),
            tr("it was written by a newer Bulkhead: upgrade to read it"));
    }
    if (v < 1) {
        return fieldError(QStringLiteral("version"), tr("unsupported version %1").arg(v));
    }
    // Iterators, not structured bindings: clang 14 (the fuzz build) cannot capture those in a lambda.
    for (auto it = doc.cbegin(); it != doc.cend(); ++it) {
        static const std::array<const char*, 5> known{"format", "version", "endpoint", "hostName", "decisions"};
        const std::string& key = it.key();
        if (std::none_of(known.begin(), known.end(), [&key](const char* k) { return key == k; })) {
            return fieldError(tr("top level"), tr("unknown field \"%1\"").arg(shown(key)));
        }
    }

    LoadedReview out;
    auto endpoint = optionalString(doc, "endpoint", QString(), kMaxFieldChars);
    if (!endpoint.ok()) {
        return endpoint.error();
    }
    out.file.endpoint = std::move(*endpoint);
    auto hostName = optionalString(doc, "hostName", QString(), kMaxFieldChars);
    if (!hostName.ok()) {
        return hostName.error();
    }
    out.file.hostName = std::move(*hostName);

    const auto list = doc.find("decisions");
    if (list == doc.end()) {
        return fieldError(QStringLiteral("decisions"), tr("missing (an empty review has \"decisions\": [])"));
    }
    if (!list->is_array()) {
        return fieldError(QStringLiteral("decisions"), tr("expected an array, found %1").arg(typeName(*list)));
    }
    if (list->size() > static_cast<size_t>(kMaxDecisions)) {
        return fieldError(QStringLiteral("decisions"),
                          tr("%1 entries; the limit is %2").arg(list->size()).arg(kMaxDecisions));
    }

    QHash<QString, qsizetype> byKey; // key -> index in out.file.decisions
    std::vector<int> sourceIndex;    // out.file.decisions[i] came from decisions[sourceIndex[i]]
    out.file.decisions.reserve(list->size());
    for (size_t i = 0; i < list->size(); ++i) {
        const json& entry = (*list)[i];
        const QString where = QStringLiteral("decisions[%1]").arg(i);
        if (!entry.is_object()) {
            return fieldError(where, tr("expected an object, found %1").arg(typeName(entry)));
        }
        for (auto it = entry.cbegin(); it != entry.cend(); ++it) {
            static const std::array<const char*, 7> known{
                "fingerprint", "ruleId", "target", "decision", "note", "reviewer", "decidedAt"};
            const std::string& key = it.key();
            if (std::none_of(known.begin(), known.end(), [&key](const char* k) { return key == k; })) {
                return fieldError(where, tr("unknown field \"%1\"").arg(shown(key)));
            }
        }
        Decision d;
        struct Field
        {
            const char* name;
            QString* target;
            int maxChars;
        };
        const std::array<Field, 6> fields{{{"fingerprint", &d.fingerprint, 64},
                                           {"ruleId", &d.ruleId, kMaxFieldChars},
                                           {"target", &d.target, kMaxFieldChars},
                                           {"decision", &d.decision, 64},
                                           {"note", &d.note, kMaxNoteChars},
                                           {"reviewer", &d.reviewer, kMaxFieldChars}}};
        for (const Field& f : fields) {
            auto value = optionalString(entry, f.name, where, f.maxChars);
            if (!value.ok()) {
                return value.error();
            }
            *f.target = std::move(*value);
        }
        const auto decidedAt = entry.find("decidedAt");
        if (decidedAt != entry.end() && !decidedAt->is_null()) {
            const QString path = where + QStringLiteral(".decidedAt");
            if (!decidedAt->is_string()) {
                return fieldError(path, tr("expected a date and time as a string, found %1").arg(typeName(*decidedAt)));
            }
            const QString text = qs(decidedAt->get_ref<const std::string&>());
            const QDateTime t = text.size() <= 64 ? QDateTime::fromString(text, Qt::ISODateWithMs) : QDateTime();
            if (!t.isValid()) {
                return fieldError(path, tr("\"%1\" is not an ISO 8601 date and time").arg(text.left(40)));
            }
            if (t.timeSpec() == Qt::LocalTime) {
                return fieldError(path, tr("\"%1\" has no time zone (end it in Z for UTC)").arg(text.left(40)));
            }
            d.decidedAt = toSeconds(t);
        }
        if (const auto ok = validateDecision(d, where); !ok.ok()) {
            return ok.error();
        }
        const QString key = decisionKey(d);
        const auto seen = byKey.constFind(key);
        if (seen != byKey.constEnd()) {
            const qsizetype at = *seen;
            const QString what = d.fingerprint.isEmpty() ? tr("rule %1 on %2").arg(d.ruleId, d.target.left(80))
                                                         : tr("finding %1").arg(d.fingerprint);
            out.warnings << tr("decisions[%1] and decisions[%2] are both about %3; the later one (decisions[%2]) "
                               "is kept")
                                .arg(sourceIndex[static_cast<size_t>(at)])
                                .arg(i)
                                .arg(what);
            out.file.decisions[static_cast<size_t>(at)] = std::move(d);
            sourceIndex[static_cast<size_t>(at)] = static_cast<int>(i);
            continue;
        }
        byKey.insert(key, static_cast<qsizetype>(out.file.decisions.size()));
        out.file.decisions.push_back(std::move(d));
        sourceIndex.push_back(static_cast<int>(i));
    }
    std::sort(out.file.decisions.begin(), out.file.decisions.end(), keyLess);
    return out;
}

QByteArray serializeReview(const ReviewFile& file)
{
    // ordered_json keeps the fields in the order written here; the decisions are sorted by key: one document, one
    // byte sequence, so a re-save is identical and a diff shows only real changes.
    using ordered = nlohmann::ordered_json;
    std::vector<const Decision*> sorted;
    sorted.reserve(file.decisions.size());
    for (const Decision& d : file.decisions) {
        sorted.push_back(&d);
    }
    std::stable_sort(
        sorted.begin(), sorted.end(), [](const Decision* a, const Decision* b) { return keyLess(*a, *b); });
    ordered decisions = ordered::array();
    for (const Decision* d : sorted) {
        ordered e = ordered::object();
        e["fingerprint"] = u8(d->fingerprint);
        e["ruleId"] = u8(d->ruleId);
        e["target"] = u8(d->target);
        e["decision"] = u8(d->decision);
        e["note"] = u8(d->note);
        e["reviewer"] = u8(d->reviewer);
        const QDateTime t = toSeconds(d->decidedAt);
        e["decidedAt"] = t.isValid() ? ordered(u8(t.toString(Qt::ISODate))) : ordered(nullptr);
        decisions.push_back(std::move(e));
    }
    ordered doc = ordered::object();
    doc["format"] = kFormat;
    doc["version"] = kReviewVersion;
    doc["endpoint"] = u8(file.endpoint);
    doc["hostName"] = u8(file.hostName);
    doc["decisions"] = std::move(decisions);
    const std::string text = doc.dump(2, ' ', false, ordered::error_handler_t::replace) + '\n';
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

util::Result<LoadedReview> loadReview(const QString& path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return util::Error(tr("the review file %1 does not exist").arg(path),
                           tr("record a decision with: bulkhead-cli review set %1 --finding FINGERPRINT --decision "
                              "...")
                               .arg(path));
    }
    if (info.isDir()) {
        return util::Error(tr("%1 is a folder, not a review file").arg(path));
    }
    auto bytes = util::readFileCapped(path, std::min(maxBytes, kMaxReviewBytes));
    if (!bytes.ok()) {
        return bytes.error();
    }
    auto parsed = parseReview(*bytes);
    if (!parsed.ok()) {
        util::Error e = parsed.error();
        e.message = path + QStringLiteral(": ") + e.message;
        return e;
    }
    return parsed;
}

util::Result<void> saveReview(const ReviewFile& file, const QString& path)
{
    return util::writeFileAtomically(path, serializeReview(file), true);
}

util::Result<LoadedReview> updateReviewFile(const QString& path,
                                            const std::function<util::Result<void>(ReviewFile&)>& change,
                                            bool create,
                                            int lockWaitMs)
{
    QLockFile lock(path + QStringLiteral(".lock"));
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(lockWaitMs)) {
        const QString reason = lock.error() == QLockFile::LockFailedError
                                   ? tr("another program is writing it")
                                   : tr("cannot create the lock file %1.lock").arg(path);
        return util::Error(tr("cannot update the review file %1: %2").arg(path, reason));
    }
    LoadedReview loaded;
    if (QFileInfo::exists(path) || !create) {
        auto read = loadReview(path);
        if (!read.ok()) {
            return read.error();
        }
        loaded = std::move(*read);
    }
    if (const auto changed = change(loaded.file); !changed.ok()) {
        return changed.error();
    }
    if (const auto saved = saveReview(loaded.file, path); !saved.ok()) {
        return saved.error();
    }
    return loaded;
}

} // namespace bulkhead::review
