// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// QCoreApplication::translate() returns QString::fromUtf8(sourceText) for every text no translator knows: a
// conversion and an allocation per message, ~30,000 times in a lint of 1,000 Dockerfiles (4 % of the run). This
// translator answers last, with the source text converted once per distinct text and shared from then on; the
// real translators (installed after it, so asked before it) are unaffected.

#include "core/util/formatstring.h"

#include <QString>
#include <QTranslator>

#include <cstddef>

namespace bulkhead::util {

class SourceTextTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    // sourceText as a QString, from a per-thread cache keyed by the text's address and checked against its bytes
    // (a reused buffer with other text is converted again); at most kMaxEntries texts per thread are kept.
    QString translate(const char* context,
                      const char* sourceText,
                      const char* disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }

    static constexpr int kMaxEntries = 8192;
};

// Installs one SourceTextTranslator owned by the application object. Call it before installing real translators
// (QCoreApplication asks the most recently installed first).
void installSourceTextCache();

// QCoreApplication::translate(context, sourceText) for a string literal, remembered per literal (by its address)
// until translatorsChanged(): a rule that reports thousands of findings asks for its message thousands of times, and
// each translate() takes a lock and asks every translator. Only for literals (text at a fixed address that never
// changes); BULKHEAD_DECLARE_CACHED_TR's tr() accepts nothing else. The result is a QString::fromRawData() view of a
// translation kept until the process ends (no reference counting when it is copied); changing it copies as usual.
QString translateCached(const char* context, const char* sourceText);

// Call after installing or removing a translator (ui/i18n.cpp does): cached translations are asked for again.
void translatorsChanged();

} // namespace bulkhead::util

// Q_DECLARE_TR_FUNCTIONS(context) with translateCached(): a static tr(literal) in that translation context. lupdate
// reads it as Q_DECLARE_TR_FUNCTIONS (ui/CMakeLists.txt passes -tr-function-alias). The text comes back as a
// FormatString: a QString whose arg() is the same, faster for plain %1..%9 messages.
#define BULKHEAD_DECLARE_CACHED_TR(context)                                                                            \
public:                                                                                                                \
    template<std::size_t N> static ::bulkhead::util::FormatString tr(const char(&sourceText)[N])                       \
    {                                                                                                                  \
        return ::bulkhead::util::FormatString(::bulkhead::util::translateCached(#context, sourceText));                \
    }                                                                                                                  \
                                                                                                                       \
private:

namespace bulkhead::util {} // namespace bulkhead::util
