// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Memory bounds for child processes, with or without AddressSanitizer.
//
// The hardening tests run bulkhead-cli under an address-space limit (RLIMIT_AS, `ulimit -v`) so that an unbounded
// allocation ends the process instead of swapping the machine. AddressSanitizer reserves terabytes of shadow address
// space at start-up, so under ASan (scripts/test-sanitize.sh) that limit would kill every process before main();
// there the same bound is set as ASan's own resident-set limit (hard_rss_limit_mb), which a sanitizer thread checks,
// and resident-memory assertions allow for ASan's shadow memory and quarantine (kAsanRssFactor).

#include <QByteArray>
#include <QProcessEnvironment>

#include <cstdlib>

namespace bulkhead::test {

#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kAddressSanitizer = true;
#else
inline constexpr bool kAddressSanitizer = false;
#endif
#else
inline constexpr bool kAddressSanitizer = false;
#endif

// ASan's shadow (1/8 of the heap), redzones and the 256 MiB quarantine of freed blocks: a resident-set bound checked
// under ASan is this many times the plain one.
inline constexpr long kAsanRssFactor = 3;

inline long rssBoundKb(long plainKb)
{
    return kAddressSanitizer ? plainKb * kAsanRssFactor : plainKb;
}

// ASAN_OPTIONS for a child that must stay under `megabytes`: the inherited options plus hard_rss_limit_mb (a later
// option of the same name wins, so an inherited one is overridden).
inline QByteArray asanOptionsWithRssLimit(long megabytes)
{
    QByteArray options = qgetenv("ASAN_OPTIONS");
    if (!options.isEmpty())
        options += ':';
    return options + "hard_rss_limit_mb=" + QByteArray::number(qlonglong(megabytes));
}

// The environment for a child process bounded to `megabytes`: unchanged without ASan (the caller applies RLIMIT_AS),
// ASan's RSS limit with it.
inline QProcessEnvironment boundedEnvironment(long megabytes)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (kAddressSanitizer)
        env.insert(QStringLiteral("ASAN_OPTIONS"), QString::fromLatin1(asanOptionsWithRssLimit(megabytes)));
    return env;
}

} // namespace bulkhead::test
