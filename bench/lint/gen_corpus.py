#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generate a deterministic corpus of varied Dockerfiles for the lint benchmark.

usage: gen_corpus.py OUTDIR [COUNT] [SEED]

The files mix what real Dockerfiles contain: single- and multi-stage builds, apt/apk/yum/dnf/pip/npm/gem/go
installs (pinned and not), long continued RUN lines, heredocs, exec and shell forms, labels, ARG/ENV substitution,
comments and pragmas, and the usual mistakes (latest tags, sudo, curl | sh, secrets in ENV, chmod 777). The
project's own rule fixtures (tests/fixtures/dockerfiles/*.Dockerfile) are copied in as well.
"""
import os
import random
import shutil
import sys

BASES = ["ubuntu:22.04", "ubuntu", "debian:12", "debian:12-slim", "alpine:3.19", "alpine:latest", "python:3.12",
         "python:3.12-slim", "node:20", "node:20-alpine", "golang:1.22", "centos:7", "fedora:39", "ruby:3.3",
         "openjdk:17", "nginx:1.25", "registry.example.com:5000/team/base:2.1", "gcr.io/distroless/static-debian12"]
APT = ["curl", "git", "ca-certificates", "build-essential", "python3", "vim", "unzip", "jq", "openssh-client",
       "libssl-dev", "gcc", "make", "wget", "gnupg", "locales", "tzdata"]
APK = ["curl", "git", "bash", "openssl", "build-base", "musl-dev", "tini", "su-exec", "jq"]
PIP = ["flask", "requests", "django", "numpy", "gunicorn", "celery", "boto3", "pyyaml"]
NPM = ["express", "lodash", "pm2", "typescript", "@angular/cli", "react", "yarn"]


def pick(r, xs, n):
    return r.sample(xs, min(n, len(xs)))


def pin(r, pkg, sep):
    return pkg + sep + "%d.%d.%d" % (r.randint(0, 9), r.randint(0, 20), r.randint(0, 9)) if r.random() < 0.5 else pkg


def run_block(r, base):
    lines = []
    if "alpine" in base:
        pk = " ".join(pin(r, p, "=") for p in pick(r, APK, r.randint(1, 6)))
        flag = "--no-cache " if r.random() < 0.6 else ""
        lines.append("RUN apk add %s%s" % (flag, pk))
    elif "centos" in base or "fedora" in base:
        tool = "yum" if "centos" in base else "dnf"
        pk = " \\\n    ".join(pin(r, p, "-") for p in pick(r, APT, r.randint(1, 5)))
        y = "-y " if r.random() < 0.7 else ""
        clean = " \\\n    && %s clean all" % tool if r.random() < 0.5 else ""
        lines.append("RUN %s install %s%s%s" % (tool, y, pk, clean))
    elif "distroless" in base:
        pass
    else:
        pk = " \\\n        ".join(pin(r, p, "=") for p in pick(r, APT, r.randint(2, 8)))
        rec = "--no-install-recommends " if r.random() < 0.5 else ""
        rm = " \\\n    && rm -rf /var/lib/apt/lists/*" if r.random() < 0.6 else ""
        lines.append("RUN apt-get update \\\n    && apt-get install -y %s\\\n        %s%s" % (rec, pk, rm))
    if "python" in base:
        lines.append("RUN pip install %s%s" % ("--no-cache-dir " if r.random() < 0.5 else "",
                                               " ".join(pin(r, p, "==") for p in pick(r, PIP, r.randint(1, 4)))))
    if "node" in base:
        lines.append("RUN npm install -g %s" % " ".join(pin(r, p, "@") for p in pick(r, NPM, r.randint(1, 3))))
    if "golang" in base:
        lines.append("RUN go install golang.org/x/tools/gopls%s" % ("@v0.15.0" if r.random() < 0.5 else ""))
    if r.random() < 0.15:
        lines.append("RUN curl -fsSL https://example.com/install.sh | sh")
    if r.random() < 0.1:
        lines.append("RUN sudo chmod 777 /opt")
    if r.random() < 0.2:
        lines.append("RUN cd /tmp && wget https://example.com/a.tar.gz && tar xzf a.tar.gz")
    if r.random() < 0.2:
        lines.append("RUN <<EOF\nset -e\necho building\nmkdir -p /opt/app\nEOF")
    return lines


def dockerfile(r, i):
    out = []
    if r.random() < 0.3:
        out.append("# syntax=docker/dockerfile:1")
    out.append("# generated corpus file %d" % i)
    if r.random() < 0.3:
        out.append("ARG VERSION=%d.%d" % (r.randint(1, 3), r.randint(0, 9)))
    stages = 1 if r.random() < 0.6 else r.randint(2, 3)
    for s in range(stages):
        base = r.choice(BASES)
        alias = " AS stage%d" % s if stages > 1 and s < stages - 1 else ""
        out.append("FROM %s%s" % (base, alias))
        if r.random() < 0.3:
            out.append("LABEL org.opencontainers.image.source=\"https://example.com/repo%d\" \\\n"
                       "      org.opencontainers.image.version=\"1.%d.0\"" % (i, s))
        if r.random() < 0.2:
            out.append("MAINTAINER dev%d@example.com" % i)
        out.append("WORKDIR %s" % (r.choice(["/app", "/srv", "app", "/opt/${VERSION}"])))
        if r.random() < 0.2:
            out.append("ENV API_TOKEN=%032x" % r.getrandbits(128))
        else:
            out.append("ENV APP_HOME=/app PATH=/app/bin:$PATH")
        out.extend(run_block(r, base))
        if r.random() < 0.2:
            out.append("# hadolint ignore=DL3008")
        out.append("COPY %s" % r.choice([". .", "src/ /app/src/", "package.json package-lock.json ./",
                                         "requirements.txt /app/", ". /app"]))
        if s > 0:
            out.append("COPY --from=stage%d /out /app/bin/" % (s - 1))
        for _ in range(r.randint(0, 6)):
            out.append("RUN echo step %d && ls -la /app | wc -l" % r.randint(0, 999))
        if r.random() < 0.1:
            out.append("EXPOSE 22")
    out.append("EXPOSE %d" % r.choice([80, 443, 8080, 3000, 5000]))
    if r.random() < 0.5:
        out.append("USER %s" % r.choice(["app", "1000", "root", "10001:10001"]))
    if r.random() < 0.4:
        out.append("HEALTHCHECK --interval=30s CMD curl -f http://localhost/ || exit 1")
    out.append(r.choice(["CMD [\"./run\"]", "CMD ./run --port 80", "ENTRYPOINT [\"/app/bin/server\"]",
                         "CMD python app.py"]))
    return "\n".join(out) + "\n"


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    outdir = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    r = random.Random(seed)
    os.makedirs(outdir, exist_ok=True)
    for i in range(count):
        with open(os.path.join(outdir, "gen-%05d.Dockerfile" % i), "w") as f:
            f.write(dockerfile(r, i))
    fixtures = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "fixtures", "dockerfiles")
    copied = 0
    if os.path.isdir(fixtures):
        for name in sorted(os.listdir(fixtures)):
            if name.endswith(".Dockerfile"):
                shutil.copy(os.path.join(fixtures, name), os.path.join(outdir, "fixture-" + name))
                copied += 1
    print("%d generated + %d fixtures in %s" % (count, copied, outdir))


if __name__ == "__main__":
    main()
