// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Measures how long the event loop of the thread it lives on stops turning: a 10 ms timer remembers the longest gap
// between two ticks. Used by the GUI tests that must prove the window stays responsive (hostile daemons, faults,
// load, event bursts).

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>

namespace bulkhead::test {

class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setInterval(kTickMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.elapsed();
            m_maxGap = std::max(m_maxGap, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    // The longest stall so far, beyond the tick interval itself.
    qint64 maxStallMs() const { return std::max<qint64>(0, m_maxGap - kTickMs); }

private:
    static constexpr int kTickMs = 10;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxGap = 0;
};

} // namespace bulkhead::test
