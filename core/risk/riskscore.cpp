// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/risk/riskscore.h"

#include <QCoreApplication>
#include <QMap>

#include <cmath>

namespace bulkhead::risk {

namespace {

QString rtr(const char* s)
{
    return QCoreApplication::translate("Risk", s);
}

// Worst unsuppressed finding per rule, in rule id order so the breakdown reads the same every time.
QMap<QString, const model::Finding*> worstPerRule(std::span<const model::Finding> findings)
{
    QMap<QString, const model::Finding*> worst;
    for (const model::Finding& f : findings) {
        if (f.suppressed) {
            continue;
        }
        const model::Finding*& w = worst[f.ruleId];
        if (w == nullptr || f.severity > w->severity || (f.severity == w->severity && f.confidence > w->confidence)) {
            w = &f;
        }
    }
    return worst;
}

struct Sum
{
    double total = 0;
    bool critical = false;
    bool high = false;
};

Sum addFindingTerms(std::span<const model::Finding> findings, std::vector<rules::ScoreTerm>* terms)
{
    Sum s;
    const QMap<QString, const model::Finding*> worst = worstPerRule(findings);
    for (auto it = worst.cbegin(); it != worst.cend(); ++it) {
        const model::Finding& f = **it;
        const double pts = severityPoints(f.severity) * std::clamp(f.confidence, 0.0, 1.0);
        if (pts <= 0) {
            continue;
        }
        s.critical = s.critical || (f.severity == model::Severity::Critical && f.confidence >= 0.99);
        s.high = s.high || (f.severity >= model::Severity::High && f.confidence >= 0.99);
        s.total += pts;
        terms->push_back(
            {rtr("%1 finding %2 (%3)").arg(model::severityName(f.severity), f.ruleId, f.message), f.ruleId, pts});
    }
    return s;
}

// Floors and the cap, as terms so the breakdown always adds up to the score.
int finish(double total, const Sum& s, std::vector<rules::ScoreTerm>* terms)
{
    if (s.critical && total < 70) {
        terms->push_back({rtr("a critical finding puts the score at 70 or more"), QString(), 70 - total});
        total = 70;
    } else if (s.high && total < 40) {
        terms->push_back({rtr("a high finding puts the score at 40 or more"), QString(), 40 - total});
        total = 40;
    }
    if (total > 100) {
        terms->push_back({rtr("capped at 100"), QString(), 100 - total});
        total = 100;
    }
    return static_cast<int>(std::lround(std::max(0.0, total)));
}

} // namespace

double severityPoints(model::Severity s)
{
    switch (s) {
    case model::Severity::Critical:
        return 40;
    case model::Severity::High:
        return 20;
    case model::Severity::Medium:
        return 8;
    case model::Severity::Low:
        return 3;
    case model::Severity::Info:
        return 0;
    }
    return 0;
}

QString gradeFor(int score)
{
    if (score <= 10) {
        return QStringLiteral("A");
    }
    if (score <= 25) {
        return QStringLiteral("B");
    }
    if (score <= 45) {
        return QStringLiteral("C");
    }
    if (score <= 65) {
        return QStringLiteral("D");
    }
    if (score <= 85) {
        return QStringLiteral("E");
    }
    return QStringLiteral("F");
}

rules::RiskScore containerRisk(const model::Container& c, std::span<const model::Finding> findings)
{
    rules::RiskScore r;
    const Sum s = addFindingTerms(findings, &r.breakdown);
    double total = s.total;
    if (!c.running && total > 0) {
        // A stopped or created container is one `docker start` away from running: discounted, not ignored.
        const double cut = -0.2 * total;
        r.breakdown.push_back({rtr("not running (state %1): findings count 80%").arg(c.state), QString(), cut});
        total += cut;
    }
    const bool allIfaces = std::any_of(c.ports.begin(), c.ports.end(), [](const model::PortBinding& p) {
        return p.published &&
               (p.hostIp.isEmpty() || p.hostIp == QLatin1String("0.0.0.0") || p.hostIp == QLatin1String("::"));
    });
    if (allIfaces || (c.publishAllPorts && !c.config.exposedPorts.isEmpty())) {
        r.breakdown.push_back({rtr("published on all interfaces"), QString(), 10});
        total += 10;
    }
    if (c.networkMode == QLatin1String("host")) {
        r.breakdown.push_back({rtr("uses the host network"), QString(), 10});
        total += 10;
    }
    r.score = finish(total, s, &r.breakdown);
    r.grade = gradeFor(r.score);
    return r;
}

rules::RiskScore hostRisk(std::span<const model::Finding> findings)
{
    rules::RiskScore r;
    const Sum s = addFindingTerms(findings, &r.breakdown);
    r.score = finish(s.total, s, &r.breakdown);
    r.grade = gradeFor(r.score);
    return r;
}

} // namespace bulkhead::risk
