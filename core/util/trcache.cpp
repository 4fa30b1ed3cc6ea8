// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/trcache.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

#include <array>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <functional>
#include <unordered_map>

namespace bulkhead::util {

namespace {

struct Entry
{
    QByteArray bytes; // the source text the entry was made from
    QString text;
};

} // namespace

QString SourceTextTranslator::translate(const char*, const char* sourceText, const char*, int) const
{
    if (sourceText == nullptr) {
        return {};
    }
    thread_local QHash<const char*, Entry> cache;
    const auto it = cache.constFind(sourceText);
    if (it != cache.constEnd() && std::strcmp(it->bytes.constData(), sourceText) == 0) {
        return it->text;
    }
    QString text = QString::fromUtf8(sourceText);
    if (cache.size() < kMaxEntries || it != cache.constEnd()) {
        cache.insert(sourceText, Entry{QByteArray(sourceText), text});
    }
    return text;
}

void installSourceTextCache()
{
    if (QCoreApplication* app = QCoreApplication::instance()) {
        QCoreApplication::installTranslator(new SourceTextTranslator(app));
    }
    translatorsChanged();
}

namespace {

std::atomic<unsigned> g_generation{1};

} // namespace

void translatorsChanged()
{
    g_generation.fetch_add(1, std::memory_order_acq_rel);
}

namespace {

// Every translation translateCached() has handed out, kept until the process ends: the strings it returns are views
// of these (QString::fromRawData), so copying and destroying them, thousands of times per lint run, costs no atomic
// reference count operations. Bounded by the literals asked for times the translator changes (a language switch
// in the GUI makes a new generation; the old one's texts stay, as views of them may still be held). Never destroyed
// (a view may be held by a static object destroyed at exit).
struct Translations
{
    struct Key
    {
        const char* context;
        const char* text;
        unsigned generation;
        bool operator==(const Key&) const = default;
    };
    struct KeyHash
    {
        std::size_t operator()(const Key& k) const noexcept
        {
            return std::hash<const void*>()(k.text) ^ (std::hash<const void*>()(k.context) * 31) ^ k.generation;
        }
    };
    QMutex mutex;
    std::unordered_map<Key, QString, KeyHash> texts; // node-based: a stored string never moves

    static Translations& instance()
    {
        static Translations* const t = new Translations; // see above: never destroyed
        return *t;
    }

    // The kept translation of `text`, made (outside the lock: translate() takes Qt's own) on first use.
    const QString& get(const char* context, const char* text, unsigned generation)
    {
        const Key key{context, text, generation};
        {
            const QMutexLocker lock(&mutex);
            if (const auto it = texts.find(key); it != texts.end()) {
                return it->second;
            }
        }
        // Its escapes are read here once, not by every arg() on the message (remembered for this thread).
        QString translated = FormatString::remembered(QCoreApplication::translate(context, text));
        const QMutexLocker lock(&mutex);
        return texts.try_emplace(key, std::move(translated)).first->second; // another thread's, if it was first
    }
};

} // namespace

QString translateCached(const char* context, const char* sourceText)
{
    // Direct-mapped by the literal's address: a hit is two pointer compares and a view of the kept translation.
    struct Entry
    {
        const char* context = nullptr;
        const char* text = nullptr;
        unsigned generation = 0;
        const QString* value = nullptr; // in Translations, which keeps it for good
    };
    thread_local std::array<Entry, 512> cache;
    Entry& e = cache[(reinterpret_cast<std::uintptr_t>(sourceText) >> 3) % cache.size()];
    const unsigned generation = g_generation.load(std::memory_order_acquire);
    if (e.text != sourceText || e.context != context || e.generation != generation || e.value == nullptr) {
        e.value = &Translations::instance().get(context, sourceText, generation);
        e.context = context;
        e.text = sourceText;
        e.generation = generation;
    }
    // A null or empty translation is returned as it is (no data to view; copying it touches no count).
    return e.value->isEmpty() ? *e.value : QString::fromRawData(e.value->constData(), e.value->size());
}

} // namespace bulkhead::util
