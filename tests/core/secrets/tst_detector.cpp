// SPDX-License-Identifier: GPL-3.0-or-later
// The detector against a labelled corpus: generated true positives for every detector (realistic values in the
// places they show up: env files, YAML, JSON, shell, URLs, PEM blocks) and true negatives (placeholders, documented
// example keys, lookalikes, hashes, UUIDs, base64 that is no key, prose). Precision and recall are computed per
// detector and printed; the test fails when a detector's recall drops under kMinRecall or its precision under
// kMinPrecision, or when any hand-written negative fires.
#include "core/secrets/detector.h"
#include "core/secrets/detectors_p.h"
#include "core/util/redact.h"
#include "tests/common/testdaemon.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <map>
#include <random>
#include <string>
#include <utility>
#include <vector>

using namespace bulkhead;

namespace {

constexpr double kMinRecall = 0.95;    // per detector, on its generated positives
constexpr double kMinPrecision = 0.95; // per detector, over positives of all detectors and every negative
constexpr int kSamplesPerDetector = 25;

// Template placeholders: {A:n} upper+digits, {a:n} lower+digits, {x:n} alphanumeric, {L:n} letters, {h:n} hex,
// {H:n} upper hex, {d:n} digits, {u:n} url-safe, {b:n} base64 alphabet, {B:n} base32 lower, {Q:n} bech32 upper,
// {p:n} password characters, {g} UUID, {auth} base64("user:password"), {pem:LABEL} a PEM block.
struct Generator
{
    std::mt19937 rng{20261129};

    std::string pick(std::string_view alphabet, int n)
    {
        std::string out;
        std::uniform_int_distribution<std::size_t> d(0, alphabet.size() - 1);
        for (int i = 0; i < n; ++i) {
            out.push_back(alphabet[d(rng)]);
        }
        return out;
    }
    std::string uuid()
    {
        return pick("0123456789abcdef", 8) + '-' + pick("0123456789abcdef", 4) + '-' + pick("0123456789abcdef", 4) +
               '-' + pick("0123456789abcdef", 4) + '-' + pick("0123456789abcdef", 12);
    }
    static std::string base64(const std::string& in) { return QByteArray::fromStdString(in).toBase64().toStdString(); }
    std::string pem(const std::string& label)
    {
        std::string body;
        for (int i = 0; i < 12; ++i) {
            body += pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 64) + "\n";
        }
        return "-----BEGIN " + label + "-----\n" + body + "-----END " + label + "-----";
    }

    std::string expand(std::string_view tpl)
    {
        static constexpr std::string_view kUpper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        static constexpr std::string_view kLower = "abcdefghijklmnopqrstuvwxyz";
        static constexpr std::string_view kDigits = "0123456789";
        std::string out;
        std::size_t i = 0;
        while (i < tpl.size()) {
            if (tpl[i] != '{') {
                out.push_back(tpl[i++]);
                continue;
            }
            const std::size_t close = tpl.find('}', i);
            const std::string_view spec =
                close == std::string_view::npos ? std::string_view() : tpl.substr(i + 1, close - i - 1);
            static const QRegularExpression kSpec(QStringLiteral("^(g|auth|pem:[A-Z ]+|[AaxLhHdubBQp]:\\d+)$"));
            if (!kSpec.match(QString::fromStdString(std::string(spec))).hasMatch()) {
                out.push_back(tpl[i++]); // a literal brace (JSON)
                continue;
            }
            i = close + 1;
            if (spec == "g") {
                out += uuid();
                continue;
            }
            if (spec == "auth") {
                out += base64("deploy:" + pick("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 18));
                continue;
            }
            if (spec.starts_with("pem:")) {
                out += pem(std::string(spec.substr(4)));
                continue;
            }
            const char kind = spec[0];
            const int n = std::stoi(std::string(spec.substr(2)));
            std::string alphabet;
            switch (kind) {
            case 'A':
                alphabet = std::string(kUpper) + std::string(kDigits);
                break;
            case 'a':
                alphabet = std::string(kLower) + std::string(kDigits);
                break;
            case 'x':
                alphabet = std::string(kUpper) + std::string(kLower) + std::string(kDigits);
                break;
            case 'L':
                alphabet = std::string(kUpper) + std::string(kLower);
                break;
            case 'h':
                alphabet = "0123456789abcdef";
                break;
            case 'H':
                alphabet = "0123456789ABCDEF";
                break;
            case 'd':
                alphabet = std::string(kDigits);
                break;
            case 'u':
                alphabet = std::string(kUpper) + std::string(kLower) + std::string(kDigits) + "_-";
                break;
            case 'b':
                alphabet = std::string(kUpper) + std::string(kLower) + std::string(kDigits) + "+/";
                break;
            case 'B':
                alphabet = "abcdefghijklmnopqrstuvwxyz234567";
                break;
            case 'Q':
                alphabet = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L";
                break;
            case 'p':
                alphabet = std::string(kUpper) + std::string(kLower) + std::string(kDigits) + "!#%^&*+-_";
                break;
            }
            out += pick(alphabet, n);
        }
        return out;
    }
};

// One or more templates per detector; every detector in the table must have at least one.
const std::map<std::string, std::vector<const char*>> kPositives = {
    {"SEC-001", {"AWS_ACCESS_KEY_ID=AKIA{A:16}", "aws_access_key_id = ASIA{A:16}"}},
    {"SEC-002", {"aws_secret_access_key = {b:40}", "AWS_SECRET_ACCESS_KEY=\"{b:40}\""}},
    {"SEC-003", {"{\n  \"type\": \"service_account\",\n  \"private_key_id\": \"{h:40}\",\n}"}},
    {"SEC-004", {"GOOGLE_API_KEY=AIza{x:35}", "key: AIza{u:34}Q"}},
    {"SEC-005", {"client_secret: GOCSPX-{x:28}"}},
    {"SEC-006", {"Authorization: Bearer ya29.{u:60}X"}},
    {"SEC-007",
     {"DefaultEndpointsProtocol=https;AccountName=prodstore;AccountKey={b:86}==;EndpointSuffix=core.windows.net"}},
    {"SEC-008", {"Endpoint=sb://bus.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey={b:43}="}},
    {"SEC-009", {"https://acct.blob.core.windows.net/c?sv=2021-08-06&ss=b&srt=sco&sp=rl&sig={b:43}%3D"}},
    {"SEC-010", {"AZURE_CLIENT_SECRET={x:3}{d:1}Q~{x:34}"}},
    {"SEC-011", {"AZURE_DEVOPS_EXT_PAT={B:52}"}},
    {"SEC-012", {"ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI{x:20}"}},
    {"SEC-013", {"DIGITALOCEAN_TOKEN=dop_v1_{h:64}"}},
    {"SEC-014", {"token: doo_v1_{h:64}"}},
    {"SEC-015", {"HEROKU_API_KEY={g}"}},
    {"SEC-016", {"HEROKU_API_KEY=HRKU-{x:60}"}},
    {"SEC-017", {"GITHUB_TOKEN=ghp_{x:36}", "git config http.extraheader \"AUTHORIZATION: bearer ghp_{x:36}\""}},
    {"SEC-018", {"export GH_TOKEN=github_pat_{x:22}_{x:59}"}},
    {"SEC-019", {"oauth_token: gho_{x:36}"}},
    {"SEC-020", {"ghs_{x:36}"}},
    {"SEC-021", {"refresh=ghr_{x:36}"}},
    {"SEC-022", {"GITLAB_TOKEN=glpat-{x:20}"}},
    {"SEC-023", {"curl -F token=glptt-{h:40} -F ref=main https://gitlab.com/api/v4/projects/1/trigger/pipeline"}},
    {"SEC-024", {"registration-token: GR1348941{x:20}"}},
    {"SEC-025", {"CI_DEPLOY_PASSWORD=gldt-{x:20}"}},
    {"SEC-026", {"JIRA_API_TOKEN=ATATT3{x:180}"}},
    {"SEC-027", {"SLACK_BOT_TOKEN=xoxb-{d:12}-{d:13}-{x:24}"}},
    {"SEC-028", {"slack_token: xoxp-{d:12}-{d:12}-{d:13}-{h:32}"}},
    {"SEC-029", {"SLACK_APP_TOKEN=xapp-1-A{A:10}-{d:13}-{a:64}"}},
    {"SEC-030", {"SLACK_WEBHOOK=https://hooks.slack.com/services/T{A:8}/B{A:8}/{x:24}"}},
    {"SEC-031", {"webhook: https://discord.com/api/webhooks/{d:18}/{x:68}"}},
    {"SEC-032", {"url = \"https://contoso.webhook.office.com/webhookb2/{g}@{g}/IncomingWebhook/{h:32}/{g}\""}},
    {"SEC-033", {"TELEGRAM_BOT_TOKEN={d:10}:AA{x:33}"}},
    {"SEC-034", {"TWILIO_API_KEY=SK{h:32}"}},
    {"SEC-035", {"SENDGRID_API_KEY=SG.{x:22}.{x:43}"}},
    {"SEC-036", {"MAILGUN_API_KEY=key-{h:32}"}},
    {"SEC-037", {"MAILCHIMP_KEY={h:32}-us14"}},
    {"SEC-038", {"STRIPE_SECRET_KEY=sk_live_{x:24}", "Stripe.api_key = \"sk_live_{x:99}\""}},
    {"SEC-039", {"stripe_restricted: rk_live_{x:24}"}},
    {"SEC-040", {"STRIPE_KEY=sk_test_{x:24}"}},
    {"SEC-041", {"SHOPIFY_ACCESS_TOKEN=shpat_{h:32}"}},
    {"SEC-042", {"shopify_secret: shpss_{h:32}"}},
    {"SEC-043", {"SQUARE_ACCESS_TOKEN=sq0atp-{x:22}"}},
    {"SEC-044", {"{pem:RSA PRIVATE KEY}"}},
    {"SEC-045", {"{pem:EC PRIVATE KEY}"}},
    {"SEC-046", {"{pem:DSA PRIVATE KEY}"}},
    {"SEC-047", {"{pem:OPENSSH PRIVATE KEY}"}},
    {"SEC-048", {"{pem:PRIVATE KEY}", "{pem:ENCRYPTED PRIVATE KEY}"}},
    {"SEC-049", {"{pem:PGP PRIVATE KEY BLOCK}"}},
    {"SEC-050",
     {"PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: deploy\nPublic-Lines: 1\n{b:64}\nPrivate-Lines: 3\n"
      "{b:64}\n{b:64}\n{b:40}\nPrivate-MAC: {h:40}"}},
    {"SEC-051", {"# created: 2024-01-01\nAGE-SECRET-KEY-1{Q:58}"}},
    {"SEC-052", {"Authorization: Bearer eyJ{u:20}.eyJ{u:40}.{x:43}"}},
    {"SEC-053", {"users:\n- name: admin\n  user:\n    client-key-data: {b:120}"}},
    {"SEC-054", {"users:\n- name: ci\n  user:\n    token: {x:40}"}},
    {"SEC-055", {"VAULT_TOKEN=hvs.{x:95}"}},
    {"SEC-056", {"X-Vault-Token: hvb.{x:150}"}},
    {"SEC-057", {"VAULT_TOKEN=s.{x:24}"}},
    {"SEC-058", {"TFE_TOKEN={x:14}.atlasv1.{x:67}"}},
    {"SEC-059", {"PULUMI_ACCESS_TOKEN=pul-{h:40}"}},
    {"SEC-060", {"DOPPLER_TOKEN=dp.st.{x:43}"}},
    {"SEC-061", {"NPM_TOKEN=npm_{x:36}", "//registry.npmjs.org/:_authToken=npm_{x:36}"}},
    {"SEC-062", {"//npm.internal.corp/:_authToken={g}"}},
    {"SEC-063", {"[pypi]\nusername = __token__\npassword = pypi-AgEIcHlwaS5vcmc{x:70}"}},
    {"SEC-064", {"DOCKERHUB_TOKEN=dckr_pat_{x:27}"}},
    {"SEC-065", {"{\"auths\": {\"registry.internal.corp\": {\"auth\": \"{auth}\"}}}"}},
    {"SEC-066", {"GEM_HOST_API_KEY=rubygems_{h:48}"}},
    {"SEC-067", {"NUGET_API_KEY=oy2{a:43}"}},
    {"SEC-068", {"ARTIFACTORY_API_KEY=AKCp{x:69}"}},
    {"SEC-069", {"OPENAI_API_KEY=sk-proj-{x:48}", "openai.api_key = \"sk-{x:20}T3BlbkFJ{x:20}\""}},
    {"SEC-070", {"ANTHROPIC_API_KEY=sk-ant-api03-{x:93}AA"}},
    {"SEC-071", {"HF_TOKEN=hf_{L:34}"}},
    {"SEC-072", {"GROQ_API_KEY=gsk_{x:52}"}},
    {"SEC-073", {"PERPLEXITY_API_KEY=pplx-{x:48}"}},
    {"SEC-074", {"REPLICATE_API_TOKEN=r8_{x:37}"}},
    {"SEC-075", {"XAI_API_KEY=xai-{x:80}"}},
    {"SEC-076", {"COHERE_API_KEY={x:40}", "MISTRAL_API_KEY={x:32}"}},
    {"SEC-077", {"LANGSMITH_API_KEY=lsv2_pt_{h:32}_{h:10}"}},
    {"SEC-078", {"DD_API_KEY={h:32}"}},
    {"SEC-079", {"NEW_RELIC_API_KEY=NRAK-{A:27}"}},
    {"SEC-080", {"SENTRY_AUTH_TOKEN=sntrys_{b:80}"}},
    {"SEC-081", {"GRAFANA_TOKEN=glsa_{x:32}_{h:8}"}},
    {"SEC-082", {"LINEAR_API_KEY=lin_api_{x:40}"}},
    {"SEC-083", {"POSTMAN_API_KEY=PMAK-{h:24}-{h:34}"}},
    {"SEC-084", {"DATABRICKS_TOKEN=dapi{h:32}"}},
    {"SEC-085", {"SUPABASE_ACCESS_TOKEN=sbp_{h:40}"}},
    {"SEC-086", {"DT_API_TOKEN=dt0c01.{A:24}.{A:64}"}},
    {"SEC-087", {"FIGMA_TOKEN=figd_{x:40}"}},
    {"SEC-088",
     {"DATABASE_URL=postgres://app:{x:16}@db.internal:5432/app", "mongodb+srv://svc:{x:20}@cluster0.mongo.net/db"}},
    {"SEC-089", {"git clone https://deploy:{x:20}@git.internal.corp/team/repo.git"}},
    {"SEC-090", {"machine api.internal.corp login deploy password {x:20}"}},
    {"SEC-091", {"DB_PASSWORD={p:16}1", "  password: \"{p:14}9\""}},
    {"SEC-092", {"SESSION_SECRET={x:40}", "jwt_secret: '{x:32}'"}},
};

// Prose and config noise the positives are embedded in (so matches have to work mid-file).
const char* const kPreambles[] = {"# service configuration\n",
                                  "",
                                  "APP_ENV=production\nLOG_LEVEL=info\n",
                                  "version: '3.9'\nservices:\n  app:\n    environment:\n"};

struct Counts
{
    int tp = 0;
    int fn = 0;
    int fp = 0;
};

std::string readFixture(const QString& relative)
{
    QFile f(test::sourcePath(relative));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return f.readAll().toStdString();
}

// What the keyword automaton must report for `text`, by brute force: every keyword (ASCII case-insensitive) ending at
// each position, positions in order, longer keywords first at one position.
std::vector<std::pair<int, std::size_t>> bruteForceKeywordHits(const std::vector<std::string>& keywords,
                                                               const std::string& text)
{
    std::vector<std::pair<int, std::size_t>> hits;
    for (std::size_t end = 1; end <= text.size(); ++end) {
        std::vector<int> here;
        for (std::size_t k = 0; k < keywords.size(); ++k) {
            const std::string& w = keywords[k];
            bool match = w.size() <= end;
            for (std::size_t i = 0; i < w.size() && match; ++i) {
                char c = text[end - w.size() + i];
                c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
                match = c == w[i];
            }
            if (match) {
                here.push_back(static_cast<int>(k));
            }
        }
        std::stable_sort(here.begin(), here.end(), [&](int a, int b) {
            return keywords[static_cast<std::size_t>(a)].size() > keywords[static_cast<std::size_t>(b)].size();
        });
        for (int k : here) {
            hits.emplace_back(k, end);
        }
    }
    return hits;
}

} // namespace

class TestDetector : public QObject
{
    Q_OBJECT

private slots:
    void everyPatternCompiles()
    {
        const QStringList broken = secrets::detail::brokenPatterns();
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u'\n')));
    }

    void catalogueIsComplete()
    {
        QSet<QString> ids;
        int content = 0;
        for (const model::RuleInfo& r : secrets::secretRules()) {
            const QString id = QString::fromLatin1(r.id);
            QVERIFY2(QRegularExpression(QStringLiteral("^SEC-\\d{3}$")).match(id).hasMatch(), r.id);
            QVERIFY2(!ids.contains(id), r.id);
            ids.insert(id);
            QVERIFY(r.category == model::Category::Secrets);
            QVERIFY(r.title && *r.title);
            QVERIFY(r.rationale && *r.rationale);
            QVERIFY(r.remediation && *r.remediation);
            content += id < QLatin1String("SEC-100") ? 1 : 0;
        }
        QVERIFY2(content >= 60, qPrintable(QString::number(content)));
        QVERIFY(ids.contains(QLatin1String(secrets::kSensitiveFileRule)));
        QVERIFY(ids.contains(QLatin1String(secrets::kDeletedSecretFileRule)));
        // Bind-mounted host credential files are CTR-022's (one rule for one configuration, not two).
        QVERIFY(!ids.contains(QStringLiteral("SEC-102")));
        for (const secrets::detail::Detector& d : secrets::detail::detectors()) {
            QVERIFY2(kPositives.count(d.info.id),
                     qPrintable(QStringLiteral("no positive sample for %1").arg(d.info.id)));
        }
    }

    void findsEveryFixtureSecretAndNeverShowsIt()
    {
        const std::string env = readFixture(QStringLiteral("tests/fixtures/secrets/fixture-secrets.env"));
        QVERIFY(!env.empty());
        int lines = 0;
        for (const QString& line : QString::fromStdString(env).split(u'\n')) {
            if (line.isEmpty() || line.startsWith(u'#')) {
                continue;
            }
            ++lines;
            const std::string text = line.toStdString();
            secrets::ScanContext ctx;
            ctx.location.field = QStringLiteral("Config.Env[0]");
            const model::Findings findings = secrets::scanText(text, ctx);
            QVERIFY2(!findings.empty(), qPrintable(line.section(u'=', 0, 0)));
            const QString value = line.section(u'=', 1);
            for (const model::Finding& f : findings) {
                QVERIFY2(!f.evidence.contains(value) && !f.message.contains(value), qPrintable(f.evidence));
                QVERIFY(f.evidence.contains(QStringLiteral("chars]")));
                QCOMPARE(f.location.field, QStringLiteral("Config.Env[0]"));
                QVERIFY(f.confidence > 0 && f.confidence <= 1);
            }
        }
        QVERIFY(lines >= 11);
    }

    void reportsLineColumnAndKey()
    {
        const std::string text = "a=1\nb=2\n  GITHUB_TOKEN=ghp_JC6RQuFlBnDomtQhA14VqnPa5lwOo0OpGcSD\n";
        secrets::ScanContext ctx;
        ctx.location.file = QStringLiteral("app.env");
        const model::Findings f = secrets::scanText(text, ctx);
        QCOMPARE(f.size(), std::size_t(1));
        QCOMPARE(f[0].ruleId, QStringLiteral("SEC-017"));
        QCOMPARE(f[0].location.line, 3);
        QCOMPARE(f[0].location.column, 16);
        QCOMPARE(f[0].location.file, QStringLiteral("app.env"));
        QCOMPARE(f[0].evidence, QStringLiteral("GITHUB_TOKEN=ghp_…[40 chars]"));
    }

    // The generic assignments keep at most 128 (password) and 256 (secret/token) bytes of a value, as their bounded
    // patterns always did; the engine cuts the value, and a keyword after the cut starts a search of its own.
    void genericValuesAreCutWhereTheirPatternsStopped()
    {
        // A high-entropy value of 300 bytes from both patterns' value classes.
        const std::string_view alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        std::string value;
        std::uint32_t x = 2463534242u;
        while (value.size() < 300) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            value += alphabet[x % alphabet.size()];
        }
        const model::Findings pw =
            secrets::scanText("db_password=" + value.substr(0, 200) + "\n", secrets::ScanContext{});
        QCOMPARE(pw.size(), std::size_t(1));
        QCOMPARE(pw[0].ruleId, QStringLiteral("SEC-091"));
        QVERIFY2(pw[0].evidence.endsWith(QStringLiteral("[128 chars]")), qPrintable(pw[0].evidence));
        const model::Findings tok = secrets::scanText("API_TOKEN=" + value + "\n", secrets::ScanContext{});
        QCOMPARE(tok.size(), std::size_t(1));
        QCOMPARE(tok[0].ruleId, QStringLiteral("SEC-092"));
        QVERIFY2(tok[0].evidence.endsWith(QStringLiteral("[256 chars]")), qPrintable(tok[0].evidence));
        // Values under the cut are kept whole.
        const model::Findings shortPw =
            secrets::scanText("password=" + value.substr(0, 40) + "\n", secrets::ScanContext{});
        QCOMPARE(shortPw.size(), std::size_t(1));
        QVERIFY2(shortPw[0].evidence.endsWith(QStringLiteral("[40 chars]")), qPrintable(shortPw[0].evidence));
    }

    void providerDetectorWinsOverGeneric()
    {
        const model::Findings f =
            secrets::scanText("BUILD_ARG_TOKEN=glpat-Xx6sDYZfyXI8q6keblhn", secrets::ScanContext{});
        QCOMPARE(f.size(), std::size_t(1));
        QCOMPARE(f[0].ruleId, QStringLiteral("SEC-022"));
    }

    void findsBuildArgInHistory()
    {
        const std::string step =
            "|1 BUILD_ARG_TOKEN=glpat-Xx6sDYZfyXI8q6keblhn /bin/sh -c echo \"fetching\" >/dev/null";
        secrets::ScanContext ctx;
        ctx.targetKind = model::TargetKind::Image;
        ctx.location.field = QStringLiteral("History[7].CreatedBy");
        ctx.countLines = false;
        const model::Findings f = secrets::scanText(step, ctx);
        QCOMPARE(f.size(), std::size_t(1));
        QCOMPARE(f[0].location.line, 0);
        QCOMPARE(f[0].targetKind, model::TargetKind::Image);
    }

    void handWrittenNegativesStaySilent()
    {
        const std::string text = readFixture(QStringLiteral("tests/fixtures/secrets/negatives.txt"));
        QVERIFY(!text.empty());
        int cases = 0;
        for (QString line : QString::fromStdString(text).split(u'\n')) {
            if (line.isEmpty() || line.startsWith(u'#')) {
                continue;
            }
            ++cases;
            line.replace(QLatin1String("\\n"), QLatin1String("\n"));
            const model::Findings f = secrets::scanText(line.toStdString(), secrets::ScanContext{});
            QVERIFY2(f.empty(),
                     qPrintable(QStringLiteral("%1 fired on: %2").arg(f.empty() ? QString() : f[0].ruleId, line)));
        }
        QVERIFY(cases >= 60);
    }

    void precisionAndRecallPerDetector()
    {
        Generator gen;
        std::map<std::string, Counts> counts;
        for (const secrets::detail::Detector& d : secrets::detail::detectors()) {
            counts[d.info.id];
        }
        // Positives.
        for (const auto& [id, templates] : kPositives) {
            for (int i = 0; i < kSamplesPerDetector; ++i) {
                const std::string doc = std::string(kPreambles[i % std::size(kPreambles)]) +
                                        gen.expand(templates[static_cast<std::size_t>(i) % templates.size()]) +
                                        "\nLOG_FORMAT=json\n";
                bool found = false;
                for (const model::Finding& f : secrets::scanText(doc, secrets::ScanContext{})) {
                    if (f.ruleId.toStdString() == id) {
                        found = true;
                    } else {
                        ++counts[f.ruleId.toStdString()].fp;
                    }
                }
                ++(found ? counts[id].tp : counts[id].fn);
            }
        }
        // Generated negatives: ids, hashes, base64 blobs, prose with the keywords in it.
        static const char* const kWords[] = {"the",    "token",   "is",     "rotated", "secret",     "password",
                                             "key",    "store",   "never",  "in",      "images",     "api",
                                             "access", "private", "docker", "auth",    "credential", "value",
                                             "config", "should",  "be",     "read",    "from",       "file"};
        for (int i = 0; i < 400; ++i) {
            std::string doc;
            switch (i % 5) {
            case 0:
                doc = "request_id: " + gen.uuid();
                break;
            case 1:
                doc = "sha256:" + gen.expand("{h:64}") + "  layer.tar\ncommit " + gen.expand("{h:40}");
                break;
            case 2:
                doc = "data: " + gen.expand("{b:200}") + "==";
                break;
            case 3:
                doc = "integrity: sha512-" + gen.expand("{b:86}") + "==";
                break;
            case 4:
                for (int w = 0; w < 60; ++w) {
                    doc += std::string(kWords[gen.rng() % std::size(kWords)]) + (w % 12 == 11 ? ".\n" : " ");
                }
                break;
            }
            for (const model::Finding& f : secrets::scanText(doc, secrets::ScanContext{})) {
                ++counts[f.ruleId.toStdString()].fp;
            }
        }
        QStringList failures;
        for (const auto& [id, c] : counts) {
            const double recall = c.tp + c.fn ? double(c.tp) / (c.tp + c.fn) : 1.0;
            const double precision = c.tp + c.fp ? double(c.tp) / (c.tp + c.fp) : 1.0;
            qInfo("%s recall %.3f precision %.3f (tp %d fn %d fp %d)", id.c_str(), recall, precision, c.tp, c.fn, c.fp);
            if (recall < kMinRecall || precision < kMinPrecision) {
                failures << QStringLiteral("%1: recall %2 precision %3")
                                .arg(QString::fromStdString(id))
                                .arg(recall)
                                .arg(precision);
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }

    void hostileInputStaysLinear()
    {
        // Keyword storms and long near-matches: every detector's window merges, RE2 stays linear.
        const std::string storms[] = {
            std::string(2 << 20, 'a'),
            [] {
                std::string s;
                while (s.size() < (2u << 20))
                    s += "password=password=password=";
                return s;
            }(),
            [] {
                std::string s;
                while (s.size() < (2u << 20))
                    s += "-----BEGIN RSA PRIVATE KEY-----";
                return s;
            }(),
            [] {
                std::string s;
                while (s.size() < (2u << 20))
                    s += "https://a:b@";
                return s;
            }(),
            [] {
                std::string s = "token=";
                s += std::string(2 << 20, 'Z');
                return s;
            }(),
        };
        for (const std::string& s : storms) {
            const auto start = std::chrono::steady_clock::now();
            const model::Findings f = secrets::scanText(s, secrets::ScanContext{});
            const auto ms =
                std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
            // Generous: 2 MiB in well under 10 s even on a loaded machine; a backtracking engine would take hours.
            QVERIFY2(ms < 10000, qPrintable(QString::number(ms)));
            Q_UNUSED(f);
        }
    }

    void findsSecretsWhereverTheyLieInLargeTexts()
    {
        // Large texts are scanned as two halves at once, from 64 KiB on in pieces of four quarters at once
        // (core/secrets/detectors_p.h), so a secret across, just before or just after each boundary, and at the very
        // start and end, must be found exactly once.
        const std::string token = "ghp_JC6RQuFlBnDomtQhA14VqnPa5lwOo0OpGcSD";
        const std::string assignment = "db_password = \"Zq8#kP2vX9mL4wR7\"";
        for (const std::string& secret : {token, assignment}) {
            for (std::size_t size : {std::size_t(20000), std::size_t(65539)}) {
                std::vector<std::size_t> places = {0, size - secret.size() - 1};
                for (std::size_t k = 1; k < 4; ++k) {
                    const std::size_t b = k * (size / 4);
                    for (std::size_t at :
                         {b - secret.size() - 1, b - secret.size(), b - secret.size() / 2, b - 3, b, b + 1}) {
                        places.push_back(at);
                    }
                }
                for (std::size_t at : places) {
                    std::string text(size, ' ');
                    for (std::size_t i = 0; i < size; i += 61) {
                        text[i] = '\n';
                    }
                    text.replace(at, secret.size(), secret);
                    const model::Findings f = secrets::scanText(text, secrets::ScanContext{});
                    QVERIFY2(
                        f.size() == 1,
                        qPrintable(
                            QStringLiteral("%1 bytes, secret at %2: %3 findings").arg(size).arg(at).arg(f.size())));
                }
            }
        }
    }

    void keywordAutomatonFindsEveryOccurrenceInOrder()
    {
        // The automaton scans small texts as one stream, larger ones as two halves and texts of 64 KiB and more in
        // pieces of four quarters at once (core/secrets/detectors_p.h). Whatever the path, the hits must be exactly
        // the occurrences a brute-force search finds, by end, longest first, then by keyword index. Texts are dense
        // with keywords in mixed case, overlapping ones, and prefixes of them, at every kind of boundary.
        const std::vector<std::string> keywords = {
            "token",      "secret",         "password",          "passwd", "pwd",    "q~",
            "aws_secret", "aws_secret_key", "secret_access_key", "ghp_",   "akia",   "-us1",
            "begin rsa ", "http://",        "https://",          "eyj",    "token:", "key",
            "api_key",    "apikey"};
        const secrets::detail::KeywordAutomaton automaton(keywords);
        std::mt19937 rng(7);
        auto randomText = [&](std::size_t size) {
            std::string text;
            std::uniform_int_distribution<int> pick(0, 9);
            std::uniform_int_distribution<std::size_t> which(0, keywords.size() - 1);
            while (text.size() < size) {
                const int kind = pick(rng);
                if (kind < 3) {
                    std::string k = keywords[which(rng)];
                    for (char& c : k) {
                        if (rng() % 2 && c >= 'a' && c <= 'z') {
                            c = static_cast<char>(c - 32);
                        }
                    }
                    if (kind == 0) {
                        k.resize(1 + rng() % k.size()); // a prefix: the automaton must not report it
                    }
                    text += k;
                } else {
                    text += static_cast<char>(" \n=:_.-akeptsw~"[rng() % 16]);
                }
            }
            text.resize(size);
            return text;
        };
        for (const std::size_t size : {std::size_t(0),
                                       std::size_t(1),
                                       std::size_t(100),
                                       std::size_t(16383),
                                       std::size_t(20001),
                                       std::size_t(65535),
                                       std::size_t(65536),
                                       std::size_t(65537),
                                       std::size_t(65536 + 37),
                                       std::size_t(3 * 65536 + 5000)}) {
            const std::string text = randomText(size);
            std::vector<std::pair<int, std::size_t>> got;
            automaton.scan(text, [&](int k, std::size_t end) { got.emplace_back(k, end); });
            const auto want = bruteForceKeywordHits(keywords, text);
            QVERIFY2(!want.empty() || size < 100, "the test text holds keywords");
            QVERIFY2(got == want,
                     qPrintable(
                         QStringLiteral("%1 bytes: %2 hits, %3 expected").arg(size).arg(got.size()).arg(want.size())));
        }
    }

    void keywordAutomatonOnRandomKeywordSets()
    {
        // The automaton's construction (trie, failure links, table, output lists) against brute force on many
        // keyword sets: small alphabets make keywords that are prefixes, suffixes and infixes of one another, and
        // duplicates; bytes that fold (upper case in the text) and Latin-1 bytes that do not.
        std::mt19937 rng(20261130);
        static constexpr std::string_view kKeywordBytes = "abc-_: /\xe9\xc9";
        static constexpr std::string_view kTextBytes = "abcABC-_: /\xe9\xc9xZ\n";
        auto pick = [&](std::string_view alphabet) { return alphabet[rng() % alphabet.size()]; };
        for (int round = 0; round < 200; ++round) {
            std::vector<std::string> keywords(1 + rng() % 60);
            for (std::string& k : keywords) {
                const std::size_t length = 1 + rng() % 9;
                for (std::size_t i = 0; i < length; ++i) {
                    k.push_back(pick(kKeywordBytes.substr(0, 3 + round % (kKeywordBytes.size() - 2))));
                }
            }
            const secrets::detail::KeywordAutomaton automaton(keywords);
            std::string text;
            const std::size_t size = rng() % 1200;
            while (text.size() < size) {
                if (rng() % 3 == 0) {
                    std::string k = keywords[rng() % keywords.size()];
                    for (char& c : k) {
                        if (rng() % 2 && c >= 'a' && c <= 'z') {
                            c = static_cast<char>(c - 32);
                        }
                    }
                    text += k;
                } else {
                    text.push_back(pick(kTextBytes));
                }
            }
            const auto want = bruteForceKeywordHits(keywords, text);
            std::vector<std::pair<int, std::size_t>> got;
            automaton.scan(text, [&](int k, std::size_t end) { got.emplace_back(k, end); });
            QVERIFY2(got == want,
                     qPrintable(QStringLiteral("round %1: %2 keywords, %3 bytes: %4 hits, %5 expected")
                                    .arg(round)
                                    .arg(keywords.size())
                                    .arg(text.size())
                                    .arg(got.size())
                                    .arg(want.size())));
        }
    }

    void binaryDetection()
    {
        QVERIFY(secrets::looksBinary(std::string_view("\x7f"
                                                      "ELF\0\0\0",
                                                      7)));
        QVERIFY(!secrets::looksBinary("plain text\nwith lines\n"));
        std::string controls(100, '\x01');
        QVERIFY(secrets::looksBinary(controls));
        QVERIFY(!secrets::looksBinary("UTF-8 text: Grüße, 日本語\n"));
    }

    void sensitiveFileNames()
    {
        QVERIFY(!secrets::sensitiveFileKind(u"/root/.ssh/id_rsa").isEmpty());
        QVERIFY(!secrets::sensitiveFileKind(u"app/.env").isEmpty());
        QVERIFY(!secrets::sensitiveFileKind(u"app/.env.production").isEmpty());
        QVERIFY(secrets::sensitiveFileKind(u"app/.env.example").isEmpty());
        QVERIFY(!secrets::sensitiveFileKind(u"/root/.aws/credentials").isEmpty());
        QVERIFY(!secrets::sensitiveFileKind(u"/root/.docker/config.json").isEmpty());
        QVERIFY(!secrets::sensitiveFileKind(u"home/u/.git-credentials").isEmpty());
        QVERIFY(!secrets::sensitiveFileKind(u"/etc/nginx/server.key").isEmpty());
        QVERIFY(secrets::sensitiveFileKind(u"/etc/ssl/certs/ca-certificates.pem").isEmpty());
        QVERIFY(secrets::sensitiveFileKind(u"/etc/ssl/certs/Foo_Root.pem").isEmpty());
        QVERIFY(!secrets::sensitiveFileKind(u"/root/.kube/config").isEmpty());
        QVERIFY(!secrets::sensitiveFileKind(u"/root/.pgpass").isEmpty());
        QVERIFY(!secrets::sensitiveFileKind(u"/root/.netrc").isEmpty());
        QVERIFY(secrets::sensitiveFileKind(u"/usr/bin/env").isEmpty());
        QVERIFY(secrets::sensitiveFileKind(u"/app/config.yml").isEmpty());
    }

    void entropy()
    {
        QCOMPARE(secrets::shannonEntropy("aaaa"), 0.0);
        QCOMPARE(secrets::shannonEntropy("abcd"), 2.0);
        QVERIFY(secrets::shannonEntropy("l2agE4aE/Yhc3a/LcBfS83Cedu3QlYJJJbgIQrBc") > 4.0);
    }
};

QTEST_GUILESS_MAIN(TestDetector)
#include "tst_detector.moc"
