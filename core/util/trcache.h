// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// QCoreApplication::translate() returns QString::fromUtf8(sourceText) for every text no translator knows: a
// conversion and an allocation per message, ~30,000 times in a lint of 1,000 Dockerfiles (4 % of the run). This
// translator answers last, with the source text converted once per distinct text and shared from then on; the
// real translators (installed after it, so asked before it) are unaffected.

#include <QTranslator>

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

} // namespace bulkhead::util
