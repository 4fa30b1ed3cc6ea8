// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/trcache.h"

#include <QCoreApplication>
#include <QHash>

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
}

} // namespace bulkhead::util
