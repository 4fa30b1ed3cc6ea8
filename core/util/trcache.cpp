// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/trcache.h"

#include <QCoreApplication>
#include <QHash>

#include <array>
#include <atomic>
#include <cstdint>
#include <cstring>

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

QString translateCached(const char* context, const char* sourceText)
{
    // Direct-mapped by the literal's address: a hit is two pointer compares and a shared copy.
    struct Entry
    {
        const char* context = nullptr;
        const char* text = nullptr;
        unsigned generation = 0;
        QString value;
    };
    thread_local std::array<Entry, 512> cache;
    Entry& e = cache[(reinterpret_cast<std::uintptr_t>(sourceText) >> 3) % cache.size()];
    const unsigned generation = g_generation.load(std::memory_order_acquire);
    if (e.text != sourceText || e.context != context || e.generation != generation) {
        // Its escapes are read here once, not by every arg() on the message.
        e.value = FormatString::remembered(QCoreApplication::translate(context, sourceText));
        e.context = context;
        e.text = sourceText;
        e.generation = generation;
    }
    return e.value;
}

} // namespace bulkhead::util
