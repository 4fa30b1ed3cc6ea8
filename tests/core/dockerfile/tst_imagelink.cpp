// SPDX-License-Identifier: GPL-3.0-or-later
// Linking an image's findings back to the Dockerfile that built it (bulkhead-cli scan --dockerfile), on histories
// written the way the classic builder and BuildKit record them. The test daemon proof is in tst_rulesdaemon.
#include "core/dockerfile/imagelink.h"
#include "core/model/parse.h"
#include "core/rules/scan.h"

#include <QTest>

using namespace bulkhead;
using namespace bulkhead::dockerfile;
using nlohmann::json;

namespace {

// Line numbers are asserted below; keep them stable.
const char kDockerfile[] = "# syntax=docker/dockerfile:1\n"                      // 1
                           "ARG BASE=debian:12\n"                                // 2
                           "FROM ${BASE} AS build\n"                             // 3
                           "RUN apt-get update && \\\n"                          // 4
                           "    apt-get install -y gcc\n"                        // 5
                           "FROM debian:12-slim\n"                               // 6
                           "ARG TOKEN\n"                                         // 7
                           "ENV APP_HOME=/app \\\n"                              // 8
                           "    DB_PASSWORD=hunter2hunter2\n"                    // 9
                           "LABEL org.opencontainers.image.title=\"x\"\n"        // 10
                           "COPY --from=build /usr/bin/gcc /usr/local/bin/gcc\n" // 11
                           "RUN echo \"$TOKEN\" > /dev/null\n"                   // 12
                           "ADD https://example.com/x.tar.gz /opt/x.tar.gz\n"    // 13
                           "EXPOSE 8080 22\n"                                    // 14
                           "USER root\n"                                         // 15
                           "CMD [\"/app/run\"]\n";                               // 16

json historyOf(const std::vector<const char*>& createdBy)
{
    json h = json::array();
    for (const char* c : createdBy) {
        h.push_back({{"Id", "<missing>"}, {"Created", 1700000000}, {"CreatedBy", c}, {"Size", 0}, {"Comment", ""}});
    }
    return h;
}

model::RawImage rawImage(const json& history, const char* user = "root")
{
    model::RawImage ri;
    ri.id = QStringLiteral("sha256:1111111111111111111111111111111111111111111111111111111111111111");
    ri.inspect = {{"Id", ri.id.toStdString()},
                  {"RepoTags", {"app:1.0"}},
                  {"Created", "2026-11-01T00:00:00Z"},
                  {"Config",
                   {{"User", user},
                    {"Env", {"PATH=/usr/bin", "APP_HOME=/app", "DB_PASSWORD=hunter2hunter2"}},
                    {"ExposedPorts", {{"22/tcp", json::object()}, {"8080/tcp", json::object()}}},
                    {"Labels", {{"org.opencontainers.image.title", "x"}}},
                    {"Cmd", {"/app/run"}}}},
                  {"RootFS", {{"Type", "layers"}, {"Layers", json::array()}}}};
    ri.history = history;
    return ri;
}

const json kClassic = historyOf({
    "/bin/sh -c #(nop)  CMD [\"/app/run\"]",
    "/bin/sh -c #(nop)  USER root",
    "/bin/sh -c #(nop)  EXPOSE 22 8080",
    "/bin/sh -c #(nop) ADD https://example.com/x.tar.gz in /opt/x.tar.gz ",
    "|1 TOKEN=s3cr3t-value-123 /bin/sh -c echo \"$TOKEN\" > /dev/null",
    "/bin/sh -c #(nop) COPY file:0a1b2c in /usr/local/bin/gcc ",
    "/bin/sh -c #(nop)  LABEL org.opencontainers.image.title=x",
    "/bin/sh -c #(nop)  ENV APP_HOME=/app DB_PASSWORD=hunter2hunter2",
    "/bin/sh -c #(nop)  ARG TOKEN",
    "/bin/sh -c #(nop)  CMD [\"bash\"]",
    "/bin/sh -c #(nop) ADD file:base in / ",
});

const json kBuildKit = historyOf({
    "CMD [\"/app/run\"]",
    "USER root",
    "EXPOSE map[22/tcp:{} 8080/tcp:{}]",
    "ADD https://example.com/x.tar.gz /opt/x.tar.gz # buildkit",
    "RUN |1 TOKEN=s3cr3t-value-123 /bin/sh -c echo \"$TOKEN\" > /dev/null # buildkit",
    "COPY /usr/bin/gcc /usr/local/bin/gcc # buildkit",
    "LABEL org.opencontainers.image.title=x",
    "ENV APP_HOME=/app DB_PASSWORD=hunter2hunter2",
    "ARG TOKEN",
    "CMD [\"bash\"]",
    "ADD file:base in / ",
});

struct Scanned
{
    model::Inventory inventory;
    rules::ScanResult scan;
};

Scanned scanImage(const model::RawImage& ri)
{
    model::RawInventory raw;
    raw.images.push_back(ri);
    Scanned s;
    s.inventory = model::parseInventory(raw);
    rules::ScanOptions o;
    o.today = QDate(2026, 11, 29);
    s.scan = rules::scanInventory(s.inventory, o);
    return s;
}

const model::Finding* first(const model::Findings& fs, const char* ruleId, const QString& field = {})
{
    for (const model::Finding& f : fs) {
        if (f.ruleId == QLatin1String(ruleId) && (field.isEmpty() || f.location.field == field)) {
            return &f;
        }
    }
    return nullptr;
}

} // namespace

class TstImageLink : public QObject
{
    Q_OBJECT

private slots:
    void linksBothBuildersHistories_data()
    {
        QTest::addColumn<QString>("builder");
        QTest::newRow("classic") << QStringLiteral("classic");
        QTest::newRow("buildkit") << QStringLiteral("buildkit");
    }

    void linksBothBuildersHistories()
    {
        QFETCH(QString, builder);
        const ParsedDockerfile df = parseDockerfile(kDockerfile, QStringLiteral("app/Dockerfile"));
        Scanned s = scanImage(rawImage(builder == u"classic" ? kClassic : kBuildKit));
        QCOMPARE(s.inventory.images.size(), std::size_t(1));
        const model::Image& img = s.inventory.images[0];
        const ImageLink link = linkImageHistory(df, img);
        QVERIFY(link.linked());
        QCOMPARE(link.contentSteps, 3); // COPY, RUN, ADD of the final stage (the build stage is not its parent)
        QCOMPARE(link.contentMatched, 3);
        QCOMPARE(link.historyInstruction[9], -1); // the base image's own records
        QCOMPARE(link.historyInstruction[10], -1);

        QVERIFY(mapImageFindings(df, img, link, s.scan.findings) >= 5);
        const auto lineOf = [&s](const char* id, const QString& field = {}) {
            const model::Finding* f = first(s.scan.findings, id, field);
            return f == nullptr ? -1 : f->location.line;
        };
        QCOMPARE(lineOf("IMG-001"), 15); // USER root
        QCOMPARE(lineOf("IMG-002"), 6);  // no HEALTHCHECK: act on the final stage
        QCOMPARE(lineOf("IMG-004"), 7);  // the build argument's declaration
        QCOMPARE(lineOf("IMG-005"), 13); // ADD of a URL
        QCOMPARE(lineOf("IMG-007"), 14); // EXPOSE 22
        const model::Finding* arg = first(s.scan.findings, "IMG-004");
        QCOMPARE(arg->location.column, 5);
        QCOMPARE(arg->location.file, QStringLiteral("app/Dockerfile"));
        // The image's own tag is not decided by the Dockerfile.
        for (const model::Finding& f : s.scan.findings) {
            if (f.location.field == u"RepoTags") {
                QVERIFY(f.location.file.isEmpty());
            }
            QVERIFY(!f.evidence.contains(QLatin1String("s3cr3t-value-123")));
        }
        // A secret in the environment points at the ENV line that sets it (second line of the instruction).
        const model::Finding* env = nullptr;
        for (const model::Finding& f : s.scan.findings) {
            if (f.location.field == u"Config.Env[2]") {
                env = &f;
            }
        }
        QVERIFY2(env != nullptr, "the secret detector should flag DB_PASSWORD");
        QCOMPARE(env->location.line, 9);
        QCOMPARE(env->location.column, 5);
    }

    void inheritedSettingsPointAtFrom()
    {
        // No USER in the Dockerfile: the root user comes from the base image, so FROM is where to act.
        const QByteArray text = "FROM debian:12\nRUN apt-get update && apt-get install -y curl\nCMD [\"x\"]\n";
        const json h = historyOf({"/bin/sh -c #(nop)  CMD [\"x\"]",
                                  "/bin/sh -c apt-get update && apt-get install -y curl",
                                  "/bin/sh -c #(nop)  CMD [\"bash\"]"});
        const ParsedDockerfile df = parseDockerfile(text, QStringLiteral("Dockerfile"));
        Scanned s = scanImage(rawImage(h, ""));
        const ImageLink link = linkImageHistory(df, s.inventory.images[0]);
        QVERIFY(link.linked());
        mapImageFindings(df, s.inventory.images[0], link, s.scan.findings);
        QCOMPARE(first(s.scan.findings, "IMG-001")->location.line, 1);
        QCOMPARE(first(s.scan.findings, "IMG-006")->location.line, 2); // apt lists left behind: that RUN
    }

    void unrelatedDockerfileIsNotLinked()
    {
        const ParsedDockerfile other = parseDockerfile("FROM alpine:3.19\n"
                                                       "RUN apk add --no-cache python3\n"
                                                       "COPY app.py /srv/app.py\n"
                                                       "USER 1000\n",
                                                       QStringLiteral("Dockerfile"));
        Scanned s = scanImage(rawImage(kClassic));
        const ImageLink link = linkImageHistory(other, s.inventory.images[0]);
        QVERIFY(!link.linked());
        QCOMPARE(link.contentMatched, 0);
        // Only matching RUN text, not the keyword, ties a step: one RUN of four is not enough.
        const ParsedDockerfile partly = parseDockerfile("FROM debian:12-slim\n"
                                                        "RUN echo \"$TOKEN\" > /dev/null\n"
                                                        "RUN make\nRUN make install\nRUN make check\n",
                                                        QStringLiteral("Dockerfile"));
        QVERIFY(!linkImageHistory(partly, s.inventory.images[0]).linked());
    }

    void survivesHostileHistories()
    {
        const ParsedDockerfile df = parseDockerfile(kDockerfile, QStringLiteral("Dockerfile"));
        const json h = historyOf({"", "|", "|99999999999", "|3 A", "#(nop)", "/bin/sh -c", "RUN", "\x01\x02 garbage"});
        Scanned s = scanImage(rawImage(h));
        const ImageLink link = linkImageHistory(df, s.inventory.images[0]);
        QVERIFY(!link.linked());
        QCOMPARE(link.historyInstruction.size(), std::size_t(8));
        const ParsedDockerfile empty = parseDockerfile("", QStringLiteral("Dockerfile"));
        const ImageLink none = linkImageHistory(empty, s.inventory.images[0]);
        QVERIFY(!none.linked());
        QCOMPARE(mapImageFindings(empty, s.inventory.images[0], none, s.scan.findings), 0);
    }
};

QTEST_GUILESS_MAIN(TstImageLink)
#include "tst_imagelink.moc"
