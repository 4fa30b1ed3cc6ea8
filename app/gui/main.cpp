// SPDX-License-Identifier: GPL-3.0-or-later
// bulkhead: the desktop dashboard.
#include "core/util/trcache.h"
#include "ui/i18n.h"
#include "ui/mainwindow.h"
#include "ui/scancontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace {

// --bench: reports start-up to first paint, to the first painted scan, and the longest event-loop stall (a 10 ms
// timer that should tick every 10 ms; any extra delay is time the event loop could not run), then quits. The stall is
// reported twice: as wall time (what a person feels; on a loaded machine it includes time the GUI thread waited for a
// core) and as the GUI thread's own CPU time between two ticks (the work that held the loop, whatever the load).
qint64 threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

class BenchProbe final : public QObject
{
public:
    BenchProbe(QElapsedTimer* sinceStart, QWidget* window) : m_sinceStart(sinceStart), m_window(window)
    {
        m_tick.setInterval(10);
        QObject::connect(&m_tick, &QTimer::timeout, this, [this] {
            const qint64 gap = m_sinceTick.restart();
            const qint64 cpu = threadCpuMs();
            const qint64 busy = cpu - m_lastCpu;
            m_lastCpu = cpu;
            // Stalls count from the first paint on: window construction is the start-up figure, not a stall.
            if (m_armed) {
                m_maxStall = std::max(m_maxStall, gap - 10);
                m_maxBusy = std::max(m_maxBusy, busy);
            }
            m_armed = m_firstPaint >= 0;
        });
        m_sinceTick.start();
        m_lastCpu = threadCpuMs();
        m_tick.start();
    }
    void scanShown()
    {
        m_scanShownAt = m_sinceStart->elapsed();
        m_waitPaintAfterScan = true;
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType() &&
            static_cast<QWidget*>(watched)->window() == m_window) {
            if (m_firstPaint < 0)
                m_firstPaint = m_sinceStart->elapsed();
            if (m_waitPaintAfterScan) {
                m_waitPaintAfterScan = false;
                const qint64 shown = m_sinceStart->elapsed();
                // Keep ticking a little so a stall right after the data lands is measured too.
                QTimer::singleShot(300, this, [this, shown] {
                    std::printf("first_paint_ms=%lld\nscan_painted_ms=%lld\nscan_ready_ms=%lld\nmax_stall_ms=%lld\n"
                                "max_busy_ms=%lld\n",
                                static_cast<long long>(m_firstPaint),
                                static_cast<long long>(shown),
                                static_cast<long long>(m_scanShownAt),
                                static_cast<long long>(m_maxStall),
                                static_cast<long long>(m_maxBusy));
                    std::fflush(stdout);
                    QCoreApplication::quit();
                });
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer* m_sinceStart;
    QWidget* m_window;
    QTimer m_tick;
    QElapsedTimer m_sinceTick;
    bool m_armed = false;
    qint64 m_maxStall = 0;
    qint64 m_maxBusy = 0;
    qint64 m_lastCpu = 0;
    qint64 m_firstPaint = -1;
    qint64 m_scanShownAt = -1;
    bool m_waitPaintAfterScan = false;
};

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Bulkhead"));
    QApplication::setApplicationName(QStringLiteral("Bulkhead"));
    QApplication::setApplicationVersion(QStringLiteral(BULKHEAD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("bulkhead"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Bulkhead: a read-only security dashboard for Docker."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(
        QStringLiteral("lang"), QStringLiteral("User interface language (en, de, fr)."), QStringLiteral("code"));
    const QCommandLineOption host({QStringLiteral("H"), QStringLiteral("host")},
                                  QStringLiteral("Docker endpoint (unix://, tcp://, ssh://)."),
                                  QStringLiteral("url"));
    const QCommandLineOption snapshot(
        QStringLiteral("snapshot"), QStringLiteral("Open a snapshot file."), QStringLiteral("file"));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Open the bundled demo snapshot."));
    const QCommandLineOption bench(
        QStringLiteral("bench"), QStringLiteral("Print start-up and stall timings once the scan is shown, then quit."));
    parser.addOptions({lang, host, snapshot, demo, bench});
    parser.process(app);

    const QString language =
        parser.isSet(lang) ? parser.value(lang) : QSettings().value(QStringLiteral("language")).toString();
    bulkhead::util::installSourceTextCache(); // before the real translators: asked last
    bulkhead::ui::installTranslations(language);

    bulkhead::ui::MainWindow window;
    std::unique_ptr<BenchProbe> probe;
    if (parser.isSet(bench)) {
        probe = std::make_unique<BenchProbe>(&sinceStart, &window);
        app.installEventFilter(probe.get());
        QObject::connect(&window, &bulkhead::ui::MainWindow::scanShown, probe.get(), [&probe] { probe->scanShown(); });
        QObject::connect(window.controller(), &bulkhead::ui::ScanController::failed, &app, [](const QString& m) {
            std::fprintf(stderr, "bench: %s\n", qPrintable(m));
            QCoreApplication::exit(1);
        });
    }
    window.show();
    bulkhead::ui::MainWindow::StartOptions start;
    start.snapshot = parser.value(snapshot);
    start.host = parser.value(host);
    start.demo = parser.isSet(demo);
    window.startUp(start);
    return app.exec();
}
