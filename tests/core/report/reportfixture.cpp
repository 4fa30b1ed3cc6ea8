// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/report/reportfixture.h"

#include "tests/common/testdaemon.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace bulkhead::test {

using model::Category;
using model::Finding;
using model::Severity;
using model::TargetKind;

namespace {

// A small catalogue in the shape of the real one; ids follow the house scheme.
const model::RuleInfo kRules[] = {
    {"CTR-001",
     Severity::Critical,
     Category::Privileges,
     TargetKind::Container,
     "Container runs privileged",
     "A privileged container has every capability and all devices: it can take over the host.",
     "Remove --privileged; add only the capabilities the process needs with --cap-add.",
     "",
     "5.4",
     "RULE #3",
     "4.4.3",
     "dockle:CIS-DI-0009,trivy:KSV017"},
    {"CTR-010",
     Severity::High,
     Category::Mounts,
     TargetKind::Container,
     "Docker socket mounted",
     "Access to the Docker socket is root on the host.",
     "Remove the bind mount of /var/run/docker.sock.",
     "",
     "5.31",
     "RULE #1",
     "4.4.3",
     ""},
    {"CTR-020",
     Severity::Medium,
     Category::Limits,
     TargetKind::Container,
     "No memory limit",
     "Without a memory limit one container can starve the host.",
     "Set --memory (compose: mem_limit).",
     "",
     "5.10",
     "RULE #7",
     "4.4.1",
     "trivy:KSV018"},
    {"DKF-002",
     Severity::Medium,
     Category::Dockerfile,
     TargetKind::Dockerfile,
     "Last USER is root",
     "Processes run as root inside the container.",
     "Add `USER app` after creating the user.",
     "",
     "4.1",
     "RULE #2",
     "",
     "hadolint:DL3002"},
    {"DMN-003",
     Severity::High,
     Category::Daemon,
     TargetKind::Daemon,
     "User namespace remapping disabled",
     "Root in a container is root on the host.",
     "Set \"userns-remap\": \"default\" in daemon.json.",
     "Existing images and volumes need re-pulling/chowning.",
     "2.8",
     "",
     "4.3.3",
     ""},
    {"IMG-004",
     Severity::Medium,
     Category::Image,
     TargetKind::Image,
     "Image has no HEALTHCHECK",
     "Orchestrators cannot tell a hung service from a healthy one.",
     "Add a HEALTHCHECK instruction.",
     "",
     "4.6",
     "",
     "",
     "dockle:CIS-DI-0006"},
    {"SEC-001",
     Severity::Critical,
     Category::Secrets,
     TargetKind::Image,
     "Secret in image environment",
     "Anyone who can pull the image can read the secret.",
     "Pass secrets at run time (docker secret, --env-file).",
     "",
     "4.10",
     "RULE #12",
     "4.1.4",
     "dockle:CIS-DI-0010"},
};

Finding finding(const char* rule,
                Severity sev,
                Category cat,
                TargetKind kind,
                const QString& id,
                const QString& name,
                const QString& message,
                const QString& evidence,
                const QString& field)
{
    Finding f;
    f.ruleId = QString::fromLatin1(rule);
    f.severity = sev;
    f.category = cat;
    f.targetKind = kind;
    f.targetId = id;
    f.targetName = name;
    f.message = message;
    f.evidence = evidence;
    f.location.field = field;
    return f;
}

model::Container container(const QString& id, const QString& name, const QString& image, const QString& imageId)
{
    model::Container c;
    c.id = id;
    c.name = name;
    c.imageRef = image;
    c.imageId = imageId;
    c.state = QStringLiteral("running");
    c.running = true;
    return c;
}

} // namespace

QStringList fixtureSecretAssignments()
{
    QFile f(sourcePath(QStringLiteral("tests/fixtures/secrets/fixture-secrets.env")));
    QStringList out;
    if (!f.open(QIODevice::ReadOnly)) {
        return out;
    }
    for (const QByteArray& raw : f.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#') && line.contains(u'=')) {
            out << line;
        }
    }
    return out;
}

QStringList fixtureSecrets()
{
    QStringList out;
    for (const QString& a : fixtureSecretAssignments()) {
        out << a.mid(a.indexOf(u'=') + 1);
    }
    return out;
}

QStringList leakedSecrets(const QByteArray& data)
{
    QStringList leaked;
    for (const QString& s : fixtureSecrets()) {
        if (data.contains(s.toUtf8())) {
            leaked << s;
        }
    }
    return leaked;
}

QString validateJsonSchema(const QString& schemaPath, const QString& instancePath)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        return QStringLiteral("SKIP:python3 not found");
    }
    // Draft 7 for both our schema and SARIF's; format checks on so "date-time"/"uri" are enforced where supported.
    const QString script =
        QStringLiteral("import json,sys\n"
                       "try:\n import jsonschema\nexcept ImportError:\n print('SKIP:jsonschema missing'); sys.exit(3)\n"
                       "schema=json.load(open(sys.argv[1])); inst=json.load(open(sys.argv[2]))\n"
                       "cls=jsonschema.validators.validator_for(schema)\n"
                       "v=cls(schema, format_checker=cls.FORMAT_CHECKER)\n"
                       "errs=sorted(v.iter_errors(inst), key=lambda e: list(e.path))\n"
                       "for e in errs[:5]: print('/'.join(map(str,e.path)), ':', e.message[:300])\n"
                       "sys.exit(1 if errs else 0)\n");
    QProcess p;
    p.start(python, {QStringLiteral("-c"), script, schemaPath, instancePath});
    if (!p.waitForFinished(120000)) {
        p.kill();
        return QStringLiteral("validator timed out");
    }
    const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed();
    if (p.exitCode() == 3) {
        return out;
    }
    return p.exitCode() == 0 ? QString() : (out.isEmpty() ? QStringLiteral("validator failed") : out);
}

ReportFixture makeReportFixture()
{
    ReportFixture fx;
    model::Inventory& inv = fx.inventory;
    inv.endpoint = QStringLiteral("unix:///var/run/docker.sock");
    inv.endpointSource = QStringLiteral("default");
    inv.collectedAt = QDateTime(QDate(2026, 11, 29), QTime(6, 0), Qt::UTC);
    inv.toolVersion = QStringLiteral("0.1.0");
    inv.local = true;
    inv.daemon.name = QStringLiteral("prod-docker-01");
    inv.daemon.version = QStringLiteral("20.10.24");
    inv.daemon.apiVersion = QStringLiteral("1.41");
    inv.daemon.operatingSystem = QStringLiteral("Debian GNU/Linux 12 (bookworm)");
    inv.daemon.osType = QStringLiteral("linux");
    inv.daemon.kernelVersion = QStringLiteral("6.1.0-13-amd64");
    inv.daemon.arch = QStringLiteral("x86_64");

    const QString webImg = QStringLiteral("sha256:1111111111111111111111111111111111111111111111111111111111111111");
    const QString dbImg = QStringLiteral("sha256:2222222222222222222222222222222222222222222222222222222222222222");
    model::Image web;
    web.id = webImg;
    web.repoTags = {QStringLiteral("nginx:1.25")};
    web.size = 187'000'000;
    web.created = QDateTime(QDate(2026, 10, 1), QTime(12, 0), Qt::UTC);
    model::Image db;
    db.id = dbImg;
    db.repoTags = {QStringLiteral("registry.example.com/app/db:2")};
    db.size = 412'000'000;
    const QStringList secrets = fixtureSecretAssignments();
    db.config.env = secrets.mid(0, 3); // AWS keys, GitHub token baked into the image
    inv.images = {web, db};

    model::Container c1 = container(QStringLiteral("aaaaaaaaaaaa0000000000000000000000000000000000000000000000000001"),
                                    QStringLiteral("web-frontend"),
                                    QStringLiteral("nginx:1.25"),
                                    webImg);
    c1.privileged = true;
    model::Container c2 = container(QStringLiteral("bbbbbbbbbbbb0000000000000000000000000000000000000000000000000002"),
                                    QStringLiteral("billing-db"),
                                    QStringLiteral("registry.example.com/app/db:2"),
                                    dbImg);
    c2.config.env = secrets; // every fixture secret, as a careless compose file would
    model::Container c3 = container(QStringLiteral("cccccccccccc0000000000000000000000000000000000000000000000000003"),
                                    kInjectedName,
                                    QStringLiteral("nginx:1.25"),
                                    webImg);
    c3.config.labels.insert(QStringLiteral("title"), QStringLiteral("<script>alert(2)</script>"));
    model::Container c4 = container(QStringLiteral("dddddddddddd0000000000000000000000000000000000000000000000000004"),
                                    QStringLiteral("idle-worker"),
                                    QStringLiteral("nginx:1.25"),
                                    webImg);
    c4.state = QStringLiteral("exited");
    c4.running = false;
    inv.containers = {c1, c2, c3, c4};

    rules::ScanResult& scan = fx.scan;
    const QString dbPassword = secrets.value(6).mid(secrets.value(6).indexOf(u'=') + 1);
    const QString awsSecret = secrets.value(1).mid(secrets.value(1).indexOf(u'=') + 1);
    scan.findings = {
        finding("CTR-001",
                Severity::Critical,
                Category::Privileges,
                TargetKind::Container,
                c1.id,
                c1.name,
                QStringLiteral("runs privileged"),
                QStringLiteral("HostConfig.Privileged = true"),
                QStringLiteral("HostConfig.Privileged")),
        finding("CTR-020",
                Severity::Medium,
                Category::Limits,
                TargetKind::Container,
                c1.id,
                c1.name,
                QStringLiteral("no memory limit"),
                QStringLiteral("HostConfig.Memory = 0"),
                QStringLiteral("HostConfig.Memory")),
        // A sloppy message that quotes an environment value: the report must scrub it.
        finding("CTR-010",
                Severity::High,
                Category::Mounts,
                TargetKind::Container,
                c2.id,
                c2.name,
                QStringLiteral("mounts the Docker socket (connects with password %1)").arg(dbPassword),
                QStringLiteral("Mounts[0] = /var/run/docker.sock"),
                QStringLiteral("Mounts[0]")),
        finding("CTR-020",
                Severity::Medium,
                Category::Limits,
                TargetKind::Container,
                c2.id,
                c2.name,
                QStringLiteral("no memory limit"),
                QStringLiteral("HostConfig.Memory = 0"),
                QStringLiteral("HostConfig.Memory")),
        finding("CTR-001",
                Severity::Critical,
                Category::Privileges,
                TargetKind::Container,
                c3.id,
                c3.name,
                QStringLiteral("runs privileged as %1").arg(kInjectedName),
                QStringLiteral("HostConfig.Privileged = true"),
                QStringLiteral("HostConfig.Privileged")),
        finding("DMN-003",
                Severity::High,
                Category::Daemon,
                TargetKind::Daemon,
                QStringLiteral("daemon"),
                QStringLiteral("daemon"),
                QStringLiteral("user namespace remapping is off"),
                QStringLiteral("SecurityOptions lacks name=userns"),
                QStringLiteral("SecurityOptions")),
        finding("IMG-004",
                Severity::Medium,
                Category::Image,
                TargetKind::Image,
                webImg,
                QStringLiteral("nginx:1.25"),
                QStringLiteral("no HEALTHCHECK"),
                QStringLiteral("Config.Healthcheck = null"),
                QStringLiteral("Config.Healthcheck")),
        finding("SEC-001",
                Severity::Critical,
                Category::Secrets,
                TargetKind::Image,
                dbImg,
                QStringLiteral("registry.example.com/app/db:2"),
                QStringLiteral("AWS secret key in Config.Env"),
                QStringLiteral("AWS_SECRET_ACCESS_KEY=") + awsSecret, // unredacted on purpose: scrubbed by the report
                QStringLiteral("Config.Env[1]")),
        finding("RUL-999",
                Severity::Low,
                Category::Image,
                TargetKind::Image,
                webImg,
                QStringLiteral("nginx:1.25"),
                QStringLiteral("a rule this catalogue does not know"),
                QString(),
                QStringLiteral("History[2].CreatedBy")),
    };
    scan.findings[1].suppressed = true;
    scan.findings[1].suppressionReason = QStringLiteral("frontend is memory-capped by its cgroup parent");

    auto risk = [](int score, const QString& grade, const QString& rule, double points) {
        rules::RiskScore r;
        r.score = score;
        r.grade = grade;
        r.breakdown.push_back({QStringLiteral("finding %1").arg(rule), rule, points});
        r.breakdown.push_back({QStringLiteral("running"), QString(), 5});
        return r;
    };
    scan.containers = {
        {c1.id,
         risk(92, QStringLiteral("F"), QStringLiteral("CTR-001"), 87),
         QStringLiteral("docker run --cap-drop ALL nginx:1.25"),
         QStringLiteral("services:\n  web-frontend:\n    image: nginx:1.25\n    cap_drop: [ALL]\n")},
        {c2.id,
         risk(64, QStringLiteral("D"), QStringLiteral("CTR-010"), 59),
         // A hardened command that passes the environment through: values must be redacted in every report.
         QStringLiteral("docker run --read-only -e %1 -e %2 registry.example.com/app/db:2")
             .arg(secrets.value(6), secrets.value(3)),
         QStringLiteral("services:\n  billing-db:\n    environment:\n      - %1\n").arg(secrets.value(5))},
        {c3.id,
         risk(90, QStringLiteral("F"), QStringLiteral("CTR-001"), 85),
         QStringLiteral("docker run --cap-drop ALL nginx:1.25"),
         QString()},
        {c4.id, rules::RiskScore{}, QString(), QString()},
    };
    scan.hostPosture = risk(40, QStringLiteral("C"), QStringLiteral("DMN-003"), 40);
    scan.rulesRun = {QStringLiteral("CTR-001"),
                     QStringLiteral("CTR-010"),
                     QStringLiteral("CTR-020"),
                     QStringLiteral("DMN-003"),
                     QStringLiteral("IMG-004"),
                     QStringLiteral("SEC-001")};
    scan.expiredIgnores = {QStringLiteral("CTR-020 idle-worker (expired 2026-01-01)")};

    Finding lint = finding("DKF-002",
                           Severity::Medium,
                           Category::Dockerfile,
                           TargetKind::Dockerfile,
                           QStringLiteral("docker/app/Dockerfile"),
                           QStringLiteral("docker/app/Dockerfile"),
                           QStringLiteral("last USER is root"),
                           QStringLiteral("USER root"),
                           QString());
    lint.location.file = QStringLiteral("docker/app/Dockerfile");
    lint.location.line = 14;
    lint.location.column = 1;
    lint.suggestion = QStringLiteral("USER app");
    fx.options.lintFindings = {lint};

    report::ReviewDecision review;
    review.ruleId = QStringLiteral("CTR-010");
    review.target = QStringLiteral("billing-db");
    review.decision = QStringLiteral("will-fix");
    review.note = QStringLiteral("Ticket OPS-1234: move to the socket proxy <b>next sprint</b>");
    review.reviewer = QStringLiteral("A. Auditor");
    review.decidedAt = QDateTime(QDate(2026, 11, 28), QTime(15, 30), Qt::UTC);
    fx.options.reviews = {review};
    fx.options.catalogue = kRules;
    fx.options.generatedAt = QDateTime(QDate(2026, 11, 29), QTime(7, 0), Qt::UTC);
    return fx;
}

ReportFixture makeLargeReportFixture(int containers)
{
    ReportFixture fx = makeReportFixture();
    const model::Container templ = fx.inventory.containers[1]; // the one with secrets
    const rules::ContainerResult templResult = fx.scan.containers[1];
    std::vector<Finding> templFindings;
    for (const Finding& f : fx.scan.findings) {
        if (f.targetId == templ.id || f.targetId == fx.inventory.containers[0].id) {
            templFindings.push_back(f);
        }
    }
    for (int i = 0; i < containers; ++i) {
        model::Container c = templ;
        c.id = QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('e'));
        c.name = QStringLiteral("svc-%1").arg(i, 4, 10, QLatin1Char('0'));
        fx.inventory.containers.push_back(c);
        rules::ContainerResult r = templResult;
        r.containerId = c.id;
        r.risk.score = (i * 37) % 101;
        fx.scan.containers.push_back(r);
        for (Finding f : templFindings) {
            f.targetId = c.id;
            f.targetName = c.name;
            fx.scan.findings.push_back(f);
        }
    }
    return fx;
}

} // namespace bulkhead::test
