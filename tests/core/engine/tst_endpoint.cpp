// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/dockerclient.h"
#include "core/engine/endpoint.h"
#include "core/engine/transport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bulkhead::engine;

namespace {

QString hashOf(const QString& name)
{
    return QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestEndpoint : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    // A ResolveInput that sees only the temporary HOME: nothing of the machine running the test leaks in.
    ResolveInput input() const
    {
        ResolveInput in;
        in.home = m_home.path();
        in.dockerConfigDir = m_home.path() + QStringLiteral("/.docker");
        in.defaultSocket = m_home.path() + QStringLiteral("/var-run/docker.sock");
        return in;
    }

    QString configDir() const { return m_home.path() + QStringLiteral("/.docker"); }

    void addContext(const QString& name,
                    const QByteArray& host,
                    const QByteArray& extra = {},
                    const QStringList& tlsFiles = {})
    {
        const QByteArray meta = "{\"Name\":\"" + name.toUtf8() + "\",\"Metadata\":{\"Description\":\"ctx " +
                                name.toUtf8() + "\"},\"Endpoints\":{\"docker\":{\"Host\":\"" + host + "\"" + extra +
                                "}}}";
        QVERIFY(writeFile(configDir() + "/contexts/meta/" + hashOf(name) + "/meta.json", meta));
        for (const QString& file : tlsFiles) {
            QVERIFY(writeFile(configDir() + "/contexts/tls/" + hashOf(name) + "/docker/" + file, "pem"));
        }
    }

    void setCurrentContext(const QByteArray& json) { QVERIFY(writeFile(configDir() + "/config.json", json)); }

private slots:
    void init()
    {
        QVERIFY(m_home.isValid());
        QDir(m_home.path()).removeRecursively();
        QDir().mkpath(m_home.path());
    }

    void parsesUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("scheme");
        QTest::addColumn<QString>("normalised");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("unix") << "unix:///var/run/docker.sock" << int(Scheme::Unix) << "unix:///var/run/docker.sock"
                              << "" << 0;
        QTest::newRow("tcp") << "tcp://127.0.0.1:2376" << int(Scheme::Tcp) << "tcp://127.0.0.1:2376"
                             << "127.0.0.1" << 2376;
        QTest::newRow("tcp default port") << "TCP://docker.example" << int(Scheme::Tcp) << "tcp://docker.example:2375"
                                          << "docker.example" << 2375;
        QTest::newRow("tcp ipv6") << "tcp://[::1]:2375/" << int(Scheme::Tcp) << "tcp://[::1]:2375"
                                  << "::1" << 2375;
        QTest::newRow("ssh") << "ssh://core@host-1.example:2222" << int(Scheme::Ssh) << "ssh://core@host-1.example:2222"
                             << "host-1.example" << 2222;
        QTest::newRow("ssh plain") << " ssh://host " << int(Scheme::Ssh) << "ssh://host"
                                   << "host" << 0;
        QTest::newRow("npipe") << "npipe:////./pipe/docker_engine" << int(Scheme::Npipe)
                               << "npipe:////./pipe/docker_engine"
                               << "" << 0;
    }

    void parsesUrls()
    {
        QFETCH(QString, url);
        QFETCH(int, scheme);
        QFETCH(QString, normalised);
        QFETCH(QString, host);
        QFETCH(int, port);
        const auto e = parseEndpointUrl(url);
        QVERIFY2(e.ok(), e.ok() ? "" : qPrintable(e.error().text()));
        QCOMPARE(int(e->scheme), scheme);
        QCOMPARE(e->url, normalised);
        QCOMPARE(e->host, host);
        QCOMPARE(e->port, port);
    }

    void sshUrlCarriesUserAndRemoteSocket()
    {
        const auto e = parseEndpointUrl(QStringLiteral("ssh://deploy@10.1.2.3/run/user/1000/docker.sock"));
        QVERIFY(e.ok());
        QCOMPARE(e->ssh.user, QStringLiteral("deploy"));
        QCOMPARE(e->ssh.host, QStringLiteral("10.1.2.3"));
        QCOMPARE(e->ssh.remoteSocketPath, QStringLiteral("/run/user/1000/docker.sock"));
        QVERIFY(!e->isLocal());
    }

    void rejectsBadUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expect");
        QTest::newRow("tcp password") << "tcp://admin:secret@10.0.0.1:2375"
                                      << "credentials";
        QTest::newRow("tcp user") << "tcp://admin@10.0.0.1:2375"
                                  << "credentials";
        QTest::newRow("ssh password") << "ssh://root:hunter2@host"
                                      << "credentials";
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("no scheme") << "/var/run/docker.sock"
                                   << "not a Docker endpoint";
        QTest::newRow("http") << "http://localhost:2375"
                              << "unsupported";
        QTest::newRow("relative unix") << "unix://docker.sock"
                                       << "absolute";
        QTest::newRow("port range") << "tcp://host:70000"
                                    << "port";
        QTest::newRow("port text") << "tcp://host:abc"
                                   << "port";
        QTest::newRow("port sign") << "tcp://host:+80"
                                   << "port";
        QTest::newRow("empty port") << "tcp://host:"
                                    << "port";
        QTest::newRow("dash host") << "ssh://-oProxyCommand=x"
                                   << "host";
        QTest::newRow("dash user") << "ssh://-oProxyCommand=x@host"
                                   << "user";
        QTest::newRow("space") << "ssh://ho st"
                               << "spaces";
        QTest::newRow("newline") << "tcp://host\n:2375"
                                 << "control";
        QTest::newRow("shell") << "ssh://host;reboot"
                               << "host";
        QTest::newRow("tcp path") << "tcp://host:2375/prefix"
                                  << "path";
        QTest::newRow("query") << "tcp://host:2375?x=1"
                               << "query";
        QTest::newRow("bare ipv6") << "tcp://::1:2375"
                                   << "IPv6";
        QTest::newRow("bad ipv6") << "tcp://[nothex]:2375"
                                  << "IPv6";
    }

    void rejectsBadUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, expect);
        const auto e = parseEndpointUrl(url);
        QVERIFY2(!e.ok(), qPrintable(url));
        QVERIFY2(e.error().message.contains(expect, Qt::CaseInsensitive), qPrintable(e.error().message));
        QVERIFY2(!e.error().message.contains(QLatin1String("secret")) &&
                     !e.error().message.contains(QLatin1String("hunter2")),
                 "a rejected URL's password must not be echoed");
    }

    void knowsWhatIsLocal()
    {
        QVERIFY(parseEndpointUrl(QStringLiteral("unix:///x.sock"))->isLocal());
        QVERIFY(parseEndpointUrl(QStringLiteral("tcp://127.0.0.1:1"))->isLocal());
        QVERIFY(parseEndpointUrl(QStringLiteral("tcp://127.8.9.10:1"))->isLocal());
        QVERIFY(parseEndpointUrl(QStringLiteral("tcp://localhost:1"))->isLocal());
        QVERIFY(parseEndpointUrl(QStringLiteral("tcp://[::1]:1"))->isLocal());
        QVERIFY(!parseEndpointUrl(QStringLiteral("tcp://10.0.0.1:1"))->isLocal());
        QVERIFY(!parseEndpointUrl(QStringLiteral("tcp://localhost.evil.example:1"))->isLocal());
        QVERIFY(parseEndpointUrl(QStringLiteral("ssh://127.0.0.1"))->isLocal());
    }

    void plainRemoteTcpNeedsTheFlag()
    {
        Endpoint e = parseEndpointUrl(QStringLiteral("tcp://192.0.2.10:2375")).value();
        auto t = makeTransport(e);
        QVERIFY(!t.ok());
        QVERIFY2(t.error().text().contains(QLatin1String("--allow-plain-tcp")), qPrintable(t.error().text()));
        DockerClient client(e);
        const auto r = client.get(QStringLiteral("/version"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().text().contains(QLatin1String("--allow-plain-tcp")));
        e.allowPlainRemoteTcp = true;
        QVERIFY(makeTransport(e).ok());
        e.allowPlainRemoteTcp = false;
        e.tls.enabled = true;
        QVERIFY(makeTransport(e).ok());
        QVERIFY(makeTransport(parseEndpointUrl(QStringLiteral("tcp://127.0.0.1:2375")).value()).ok());
    }

    void sshArgumentsAreAListWithoutAShell()
    {
        Endpoint e = parseEndpointUrl(QStringLiteral("ssh://core@example.org:2222")).value();
        e.ssh.identityFile = QStringLiteral("/keys/id ed25519"); // a space stays inside one argument
        e.ssh.knownHostsFile = QStringLiteral("/keys/known_hosts");
        e.ssh.configFile = QStringLiteral("/keys/config");
        const auto args = sshArguments(e, 5000);
        QVERIFY(args.ok());
        const QStringList expected{QStringLiteral("-o"),
                                   QStringLiteral("BatchMode=yes"),
                                   QStringLiteral("-o"),
                                   QStringLiteral("ConnectTimeout=5"),
                                   QStringLiteral("-p"),
                                   QStringLiteral("2222"),
                                   QStringLiteral("-i"),
                                   QStringLiteral("/keys/id ed25519"),
                                   QStringLiteral("-F"),
                                   QStringLiteral("/keys/config"),
                                   QStringLiteral("-o"),
                                   QStringLiteral("UserKnownHostsFile=/keys/known_hosts"),
                                   QStringLiteral("--"),
                                   QStringLiteral("core@example.org"),
                                   QStringLiteral("docker"),
                                   QStringLiteral("system"),
                                   QStringLiteral("dial-stdio")};
        QCOMPARE(args.value(), expected);

        Endpoint remote = parseEndpointUrl(QStringLiteral("ssh://h/run/docker.sock")).value();
        QVERIFY(sshArguments(remote, 1000)->contains(QStringLiteral("unix:///run/docker.sock")));
        remote.ssh.remoteSocketPath = QStringLiteral("/x;reboot");
        QVERIFY(!sshArguments(remote, 1000).ok());
        Endpoint bad = e;
        bad.ssh.host = QStringLiteral("-oProxyCommand=touch /tmp/pwned");
        QVERIFY(!sshArguments(bad, 1000).ok());
        bad = e;
        bad.ssh.user = QStringLiteral("a b");
        QVERIFY(!sshArguments(bad, 1000).ok());
        bad.ssh.user = QStringLiteral("-l");
        QVERIFY(!sshArguments(bad, 1000).ok());
        bad.ssh.user = QStringLiteral("a\x01");
        QVERIFY(!sshArguments(bad, 1000).ok());
        QVERIFY(!isSafeSshWord(QStringLiteral("host\tname")));
        QVERIFY(isSafeSshWord(QStringLiteral("host-1.example")));
    }

    void defaultsToTheSystemSocket()
    {
        const ResolveInput in = input();
        const auto e = resolveEndpoint(in);
        QVERIFY(e.ok());
        QCOMPARE(e->scheme, Scheme::Unix);
        QCOMPARE(e->path, in.defaultSocket);
        QCOMPARE(e->source, QStringLiteral("default"));
    }

    void findsRootlessSockets()
    {
        ResolveInput in = input();
        in.xdgRuntimeDir = m_home.path() + QStringLiteral("/run-user");
        // ~/.docker/run/docker.sock only.
        QVERIFY(writeFile(m_home.path() + "/.docker/run/docker.sock", {}));
        auto e = resolveEndpoint(in);
        QCOMPARE(e->path, m_home.path() + "/.docker/run/docker.sock");
        QCOMPARE(e->source, QStringLiteral("rootless socket"));
        // $XDG_RUNTIME_DIR/docker.sock comes before it.
        QVERIFY(writeFile(in.xdgRuntimeDir + "/docker.sock", {}));
        e = resolveEndpoint(in);
        QCOMPARE(e->path, in.xdgRuntimeDir + "/docker.sock");
        // The system socket, once there, wins; the others are still listed.
        QVERIFY(writeFile(in.defaultSocket, {}));
        e = resolveEndpoint(in);
        QCOMPARE(e->path, in.defaultSocket);
        const auto list = listEndpoints(in);
        int rootless = 0;
        for (const auto& c : list) {
            rootless += c.name == QLatin1String("rootless") ? 1 : 0;
            if (c.name == QLatin1String("default")) {
                QVERIFY(c.current);
            }
        }
        QCOMPARE(rootless, 2);
    }

    void dockerHostAndTlsEnvironment()
    {
        ResolveInput in = input();
        in.dockerHost = QStringLiteral("tcp://docker.example");
        auto e = resolveEndpoint(in);
        QVERIFY(e.ok());
        QCOMPARE(e->source, QStringLiteral("DOCKER_HOST"));
        QCOMPARE(e->port, 2375);
        QVERIFY(!e->tls.enabled);

        const QString certs = m_home.path() + QStringLiteral("/certs");
        for (const char* f : {"ca.pem", "cert.pem", "key.pem"}) {
            QVERIFY(writeFile(certs + u'/' + QLatin1String(f), "pem"));
        }
        in.dockerTlsVerify = QStringLiteral("1");
        in.dockerCertPath = certs;
        e = resolveEndpoint(in);
        QVERIFY(e->tls.enabled);
        QVERIFY(e->tls.verify);
        QCOMPARE(e->port, 2376); // the TLS port when none is given
        QCOMPARE(e->url, QStringLiteral("tcp://docker.example:2376"));
        QCOMPARE(e->tls.caFile, certs + QStringLiteral("/ca.pem"));
        QCOMPARE(e->tls.certFile, certs + QStringLiteral("/cert.pem"));
        QCOMPARE(e->tls.keyFile, certs + QStringLiteral("/key.pem"));

        in.dockerHost = QStringLiteral("tcp://docker.example:12345");
        e = resolveEndpoint(in);
        QCOMPARE(e->port, 12345);
        in.tlsNoVerifyFlag = true;
        QVERIFY(!resolveEndpoint(in)->tls.verify);

        // Without DOCKER_CERT_PATH the files come from the config folder.
        in = input();
        in.dockerHost = QStringLiteral("tcp://docker.example:2376");
        in.dockerTlsVerify = QStringLiteral("1");
        QVERIFY(writeFile(configDir() + "/ca.pem", "pem"));
        e = resolveEndpoint(in);
        QCOMPARE(e->tls.caFile, configDir() + "/ca.pem");
        QVERIFY(e->tls.certFile.isEmpty());

        in.dockerHost = QStringLiteral("tcp://user:pw@docker.example");
        QVERIFY(!resolveEndpoint(in).ok());
    }

    void contextFromConfigJson()
    {
        addContext(QStringLiteral("prod"),
                   "tcp://prod.example:2376",
                   {},
                   {QStringLiteral("ca.pem"), QStringLiteral("cert.pem"), QStringLiteral("key.pem")});
        setCurrentContext(R"({"auths":{},"currentContext":"prod"})");
        const auto e = resolveEndpoint(input());
        QVERIFY2(e.ok(), e.ok() ? "" : qPrintable(e.error().text()));
        QCOMPARE(e->url, QStringLiteral("tcp://prod.example:2376"));
        QCOMPARE(e->contextName, QStringLiteral("prod"));
        QCOMPARE(e->source, QStringLiteral("context prod (config.json)"));
        QVERIFY(e->tls.enabled);
        QVERIFY(e->tls.verify);
        const QString tlsDir = configDir() + "/contexts/tls/" + hashOf(QStringLiteral("prod")) + "/docker/";
        QCOMPARE(e->tls.caFile, tlsDir + "ca.pem");
        QCOMPARE(e->tls.certFile, tlsDir + "cert.pem");
        QCOMPARE(e->tls.keyFile, tlsDir + "key.pem");
    }

    void contextSkipTlsVerify()
    {
        addContext(QStringLiteral("lab"), "tcp://lab.example:2376", ",\"SkipTLSVerify\":true");
        ResolveInput in = input();
        in.dockerContext = QStringLiteral("lab");
        const auto e = resolveEndpoint(in);
        QVERIFY(e.ok());
        QCOMPARE(e->source, QStringLiteral("DOCKER_CONTEXT=lab"));
        QVERIFY(e->tls.enabled);
        QVERIFY(!e->tls.verify);

        // A value we cannot read is an error, never read as "verify" or "skip".
        addContext(QStringLiteral("odd"), "tcp://odd.example:2376", ",\"SkipTLSVerify\":\"yes\"");
        in.dockerContext = QStringLiteral("odd");
        QVERIFY(!resolveEndpoint(in).ok());

        // No TLS data and no skip: plain TCP, like the docker CLI.
        addContext(QStringLiteral("plain"), "tcp://127.0.0.1:2375");
        in.dockerContext = QStringLiteral("plain");
        QVERIFY(!resolveEndpoint(in)->tls.enabled);
    }

    void precedence()
    {
        addContext(QStringLiteral("a"), "unix:///a.sock");
        addContext(QStringLiteral("b"), "unix:///b.sock");
        addContext(QStringLiteral("c"), "unix:///c.sock");
        setCurrentContext(R"({"currentContext":"c"})");
        ResolveInput in = input();
        QCOMPARE(resolveEndpoint(in)->path, QStringLiteral("/c.sock"));
        in.dockerContext = QStringLiteral("b");
        QCOMPARE(resolveEndpoint(in)->path, QStringLiteral("/b.sock"));
        in.dockerHost = QStringLiteral("unix:///env.sock");
        QCOMPARE(resolveEndpoint(in)->path, QStringLiteral("/env.sock"));
        // As in the docker CLI, an explicit --context wins over the DOCKER_HOST variable.
        in.contextFlag = QStringLiteral("a");
        QCOMPARE(resolveEndpoint(in)->path, QStringLiteral("/a.sock"));
        QCOMPARE(resolveEndpoint(in)->source, QStringLiteral("--context a"));
        in.contextFlag.clear();
        in.hostFlag = QStringLiteral("unix:///flag.sock");
        QCOMPARE(resolveEndpoint(in)->path, QStringLiteral("/flag.sock"));
        QCOMPARE(resolveEndpoint(in)->source, QStringLiteral("--host"));
        in.contextFlag = QStringLiteral("a");
        const auto conflict = resolveEndpoint(in);
        QVERIFY(!conflict.ok());
        QVERIFY(conflict.error().message.contains(QLatin1String("conflicting")));
        // "default" means no context at all.
        in = input();
        in.dockerContext = QStringLiteral("default");
        QCOMPARE(resolveEndpoint(in)->path, in.defaultSocket);
    }

    void badContextsAreErrors()
    {
        ResolveInput in = input();
        in.dockerContext = QStringLiteral("missing");
        auto e = resolveEndpoint(in);
        QVERIFY(!e.ok());
        QVERIFY(e.error().message.contains(QLatin1String("not found")));

        const QString broken = configDir() + "/contexts/meta/" + hashOf(QStringLiteral("broken")) + "/meta.json";
        QVERIFY(writeFile(broken, "{\"Name\":\"broken\",\"Endpoints\":"));
        in.dockerContext = QStringLiteral("broken");
        e = resolveEndpoint(in);
        QVERIFY(!e.ok());
        QVERIFY(e.error().message.contains(QLatin1String("not valid JSON")));

        addContext(QStringLiteral("creds"), "tcp://u:p@host:2376");
        in.dockerContext = QStringLiteral("creds");
        QVERIFY(!resolveEndpoint(in).ok());

        QVERIFY(writeFile(configDir() + "/contexts/meta/" + hashOf(QStringLiteral("nohost")) + "/meta.json",
                          R"({"Name":"nohost","Endpoints":{"docker":{"Host":42}}})"));
        in.dockerContext = QStringLiteral("nohost");
        QVERIFY(!resolveEndpoint(in).ok());

        // A huge meta.json is not read.
        QVERIFY(writeFile(configDir() + "/contexts/meta/" + hashOf(QStringLiteral("huge")) + "/meta.json",
                          QByteArray(2 << 20, ' ')));
        in.dockerContext = QStringLiteral("huge");
        QVERIFY(!resolveEndpoint(in).ok());

        // A broken config.json is reported by listEndpoints and otherwise ignored, like the docker CLI does.
        QVERIFY(writeFile(configDir() + "/config.json", "{not json"));
        in = input();
        QCOMPARE(resolveEndpoint(in)->path, in.defaultSocket);
        bool reported = false;
        int errors = 0;
        for (const auto& c : listEndpoints(in)) {
            reported = reported || (c.name == QLatin1String("config.json") && !c.error.isEmpty());
            errors += c.error.isEmpty() ? 0 : 1;
        }
        QVERIFY(reported);
        QVERIFY(errors >= 5); // broken, creds, nohost, huge, config.json (+ the missing default socket)
    }

    void listsEverythingAndMarksTheCurrentOne()
    {
        addContext(QStringLiteral("prod"), "tcp://prod.example:2376", {}, {QStringLiteral("ca.pem")});
        addContext(QStringLiteral("local"), "unix:///run/docker.sock");
        setCurrentContext(R"({"currentContext":"prod"})");
        ResolveInput in = input();
        QVERIFY(writeFile(in.defaultSocket, {}));
        auto list = listEndpoints(in);
        QStringList names;
        QString current;
        for (const auto& c : list) {
            names << c.name;
            if (c.current) {
                QVERIFY(current.isEmpty());
                current = c.name;
            }
            if (c.name == QLatin1String("prod")) {
                QVERIFY(c.tls);
                QCOMPARE(c.description, QStringLiteral("ctx prod"));
                QCOMPARE(c.url, QStringLiteral("tcp://prod.example:2376"));
            }
        }
        QCOMPARE(names, (QStringList{"default", "local", "prod"}));
        QCOMPARE(current, QStringLiteral("prod"));

        in.dockerHost = QStringLiteral("tcp://127.0.0.1:2375");
        list = listEndpoints(in);
        QCOMPARE(list.front().name, QStringLiteral("DOCKER_HOST"));
        QVERIFY(list.front().current);

        // A rejected URL is listed with its error, its password masked.
        in.dockerHost = QStringLiteral("tcp://admin:s3cr3t@10.0.0.1:2376");
        list = listEndpoints(in);
        QVERIFY(!list.front().error.isEmpty());
        QVERIFY2(!list.front().url.contains(QLatin1String("s3cr3t")), qPrintable(list.front().url));
        QVERIFY(!list.front().error.contains(QLatin1String("s3cr3t")));

        in.dockerHost.clear();
        in.contextFlag = QStringLiteral("ghost");
        list = listEndpoints(in);
        QVERIFY(list.back().current);
        QCOMPARE(list.back().name, QStringLiteral("ghost"));
        QVERIFY(!list.back().error.isEmpty());
    }

    void fromEnvironmentReadsTheVariables()
    {
        qputenv("DOCKER_HOST", "tcp://1.2.3.4:5");
        qputenv("DOCKER_CONTEXT", "ctx");
        qputenv("DOCKER_TLS_VERIFY", "1");
        qputenv("DOCKER_CERT_PATH", "/certs");
        qputenv("DOCKER_CONFIG", "/cfg");
        qputenv("XDG_RUNTIME_DIR", "/run/user/7");
        const ResolveInput in = ResolveInput::fromEnvironment();
        QCOMPARE(in.dockerHost, QStringLiteral("tcp://1.2.3.4:5"));
        QCOMPARE(in.dockerContext, QStringLiteral("ctx"));
        QCOMPARE(in.dockerTlsVerify, QStringLiteral("1"));
        QCOMPARE(in.dockerCertPath, QStringLiteral("/certs"));
        QCOMPARE(in.dockerConfigDir, QStringLiteral("/cfg"));
        QCOMPARE(in.xdgRuntimeDir, QStringLiteral("/run/user/7"));
        QCOMPARE(in.defaultSocket, QStringLiteral("/var/run/docker.sock"));
        qunsetenv("DOCKER_CONFIG");
        QCOMPARE(ResolveInput::fromEnvironment().dockerConfigDir, in.home + QStringLiteral("/.docker"));
        for (const char* v :
             {"DOCKER_HOST", "DOCKER_CONTEXT", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH", "XDG_RUNTIME_DIR"}) {
            qunsetenv(v);
        }
    }
};

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
