// SPDX-License-Identifier: GPL-3.0-or-later
// HTML escaping, terminal sanitising and shell quoting: their output must never contain what they exist to remove.
#include "core/util/textescape.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString html = bulkhead::util::htmlEscape(input);
    for (const QChar c : html) {
        if (c == u'<' || c == u'>' || c == u'"' || c == u'\'') {
            std::abort();
        }
    }
    const QString terminal = bulkhead::util::terminalSafe(input);
    for (const QChar c : terminal) {
        if (bulkhead::util::isTerminalUnsafe(c.unicode())) {
            std::abort();
        }
    }
    std::string utf8; // lint's terminal writer: the same bytes as terminalSafe() encoded
    bulkhead::util::appendTerminalSafeUtf8(utf8, input);
    if (QByteArray::fromStdString(utf8) != terminal.toUtf8()) {
        std::abort();
    }
    // The same bytes read as UTF-16 units (lone surrogates and all): the pointer writers match Qt's encoder.
    std::u16string units(size / 2, u'\0');
    std::memcpy(units.data(), data, units.size() * 2);
    const QString raw = QString::fromUtf16(units.data(), static_cast<qsizetype>(units.size()));
    std::string bytes(units.size() * bulkhead::util::kMaxUtf8PerUnit, '\0');
    bytes.resize(static_cast<size_t>(bulkhead::util::writeUtf8(bytes.data(), raw) - bytes.data()));
    if (QByteArray::fromStdString(bytes) != raw.toUtf8()) {
        std::abort();
    }
    utf8.clear();
    bulkhead::util::appendTerminalSafeUtf8(utf8, raw);
    if (QByteArray::fromStdString(utf8) != bulkhead::util::terminalSafe(raw).toUtf8()) {
        std::abort();
    }
    const QString quoted = bulkhead::util::shellQuote(input);
    if (quoted.isEmpty()) {
        std::abort();
    }
    return 0;
}
