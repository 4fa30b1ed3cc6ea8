// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small synthetic host for model tests: the real parser and rules run over it.

#include "ui/scandata.h"

#include <QString>

namespace bulkhead::test {

inline nlohmann::json containerInspect(const std::string& id,
                                       const std::string& name,
                                       bool privileged,
                                       bool running,
                                       const std::string& user,
                                       const std::vector<std::string>& env = {})
{
    nlohmann::json j = {
        {"Id", id},
        {"Name", "/" + name},
        {"Image", "sha256:" + std::string(64, 'a')},
        {"State", {{"Status", running ? "running" : "exited"}, {"Running", running}}},
        {"Config", {{"Image", "busybox:1.35"}, {"User", user}, {"Env", env}, {"Cmd", {"sleep", "1"}}}},
        {"HostConfig",
         {{"Privileged", privileged},
          {"CapAdd", nullptr},
          {"CapDrop", nullptr},
          {"NetworkMode", "bridge"},
          {"Memory", 0},
          {"PidsLimit", nullptr},
          {"ReadonlyRootfs", false},
          {"PortBindings", {{"80/tcp", {{{"HostIp", ""}, {"HostPort", "8080"}}}}}}}},
        {"NetworkSettings", {{"Ports", {{"80/tcp", {{{"HostIp", "0.0.0.0"}, {"HostPort", "8080"}}}}}}}},
        {"Mounts", nlohmann::json::array()},
    };
    return j;
}

inline model::RawInventory sampleRaw()
{
    model::RawInventory raw;
    raw.endpoint = QStringLiteral("unix:///var/run/docker.sock");
    raw.endpointSource = QStringLiteral("test");
    raw.collectedAt = QDateTime::currentDateTimeUtc();
    raw.apiVersion = QStringLiteral("1.41");
    raw.version = {{"Version", "20.10.24"}, {"ApiVersion", "1.41"}, {"Os", "linux"}, {"Arch", "amd64"}};
    raw.info = {{"Name", "testhost"},
                {"OperatingSystem", "Debian GNU/Linux 12"},
                {"SecurityOptions", {"name=seccomp,profile=default"}}};
    const std::string priv(64, '1');
    const std::string plain(64, '2');
    const std::string nonroot(64, '3');
    model::RawContainer a;
    a.id = QString::fromStdString(priv);
    a.inspect = containerInspect(priv, "priv", true, false, "", {"DB_PASSWORD=hunter2-very-secret-value"});
    a.inspectStatus = 200;
    model::RawContainer b;
    b.id = QString::fromStdString(plain);
    b.inspect = containerInspect(plain, "plain", false, true, "");
    b.inspectStatus = 200;
    model::RawContainer c;
    c.id = QString::fromStdString(nonroot);
    c.inspect = containerInspect(nonroot, "nonroot", false, true, "1000:1000");
    c.inspectStatus = 200;
    raw.containers = {a, b, c};
    model::RawImage img;
    img.id = QStringLiteral("sha256:") + QString(64, u'a');
    img.inspect = {{"Id", "sha256:" + std::string(64, 'a')},
                   {"RepoTags", {"busybox:1.35"}},
                   {"Size", 1234567},
                   {"Os", "linux"},
                   {"Architecture", "amd64"},
                   {"Config", {{"User", ""}, {"Cmd", {"sh"}}}},
                   {"RootFS", {{"Layers", {"sha256:" + std::string(64, 'b')}}}}};
    img.history = nlohmann::json::array({{{"CreatedBy", "/bin/sh -c #(nop) ADD file:abc in /"}, {"Size", 1234567}}});
    img.inspectStatus = 200;
    raw.images = {img};
    return raw;
}

inline ui::ScanDataPtr sampleScan()
{
    return ui::buildScanData(sampleRaw(), {}, false, QStringLiteral("sample"));
}

} // namespace bulkhead::test
