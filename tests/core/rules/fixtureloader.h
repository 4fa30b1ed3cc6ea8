// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Loads tests/fixtures/inspect/<name>.json: a JSON merge patch over base.json (a hardened host, container and image),
// turned into an Inventory and the ScanOptions the fixture asks for.

#include "core/model/jsonread.h"
#include "core/model/parse.h"
#include "core/rules/scan.h"

#include "tests/common/testdaemon.h"

#include <QFile>

namespace bulkhead::test {

struct LoadedFixture
{
    bool ok = false;
    QString error;
    model::RawInventory raw;
    rules::ScanOptions options;
};

inline nlohmann::json readJsonFile(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return nullptr;
    }
    const auto j = model::jsonread::parseBytes(f.readAll());
    if (!j) {
        *error = QStringLiteral("invalid JSON in %1").arg(path);
        return nullptr;
    }
    return *j;
}

inline model::RawInventory rawFromDocument(const nlohmann::json& doc)
{
    model::RawInventory raw;
    raw.endpoint = QString::fromStdString(doc.value("endpoint", std::string()));
    raw.local = doc.value("local", false);
    raw.version = doc.value("version", nlohmann::json());
    raw.info = doc.value("info", nlohmann::json());
    raw.networks = doc.value("networks", nlohmann::json());
    raw.hostFacts = doc.value("hostFacts", nlohmann::json());
    if (doc.contains("container")) {
        model::RawContainer rc;
        rc.inspect = doc["container"];
        rc.id = QString::fromStdString(rc.inspect.value("Id", std::string()));
        rc.top = doc.value("top", nlohmann::json());
        rc.inspectStatus = 200;
        raw.containers.push_back(rc);
    }
    if (doc.contains("image")) {
        model::RawImage ri;
        ri.inspect = doc["image"];
        ri.id = QString::fromStdString(ri.inspect.value("Id", std::string()));
        ri.history = doc.value("history", nlohmann::json());
        ri.inspectStatus = 200;
        raw.images.push_back(ri);
    }
    return raw;
}

inline LoadedFixture loadInspectFixture(const QString& name)
{
    LoadedFixture out;
    const QString dir = sourcePath(QStringLiteral("tests/fixtures/inspect/"));
    nlohmann::json base = readJsonFile(dir + QStringLiteral("base.json"), &out.error);
    if (base.is_null()) {
        return out;
    }
    const nlohmann::json patch = readJsonFile(dir + name + QStringLiteral(".json"), &out.error);
    if (patch.is_null()) {
        return out;
    }
    base.merge_patch(patch);
    out.raw = rawFromDocument(base);
    out.options.today = QDate::fromString(QString::fromStdString(base.value("today", std::string())), Qt::ISODate);
    if (base.contains("connection") && base["connection"].is_object()) {
        const nlohmann::json& c = base["connection"];
        out.options.connection.known = c.value("known", false);
        out.options.connection.tcp = c.value("tcp", false);
        out.options.connection.tls = c.value("tls", false);
        out.options.connection.clientCert = c.value("clientCert", false);
    }
    // What `scan --layers` read from the image's layers: {"setuid": [{"path", "mode" (octal text), "layer"}],
    // "osRelease": {"ID": ...}}. Absent: the layers were not read.
    if (base.contains("imageContents") && base["imageContents"].is_object() && !out.raw.images.empty()) {
        const nlohmann::json& ic = base["imageContents"];
        rules::ContentScan c;
        for (const nlohmann::json& f : ic.value("setuid", nlohmann::json::array())) {
            c.setuidFiles.push_back({QString::fromStdString(f.value("path", std::string())),
                                     QString::fromStdString(f.value("mode", std::string("0"))).toInt(nullptr, 8),
                                     QString::fromStdString(f.value("layer", std::string()))});
        }
        const nlohmann::json os = ic.value("osRelease", nlohmann::json::object());
        for (const auto& [k, v] : os.items()) {
            c.osRelease.insert(QString::fromStdString(k),
                               QString::fromStdString(v.is_string() ? v.get<std::string>() : std::string()));
        }
        out.options.imageContents.insert(out.raw.images.front().id, c);
    }
    out.ok = true;
    return out;
}

} // namespace bulkhead::test
