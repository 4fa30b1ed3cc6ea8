#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a deterministic mixed corpus for the secret-scan benchmark: source code, configs (a few with planted fake
secrets), logs, minified JavaScript and binaries. Usage: gen_corpus.py DIR [MEGABYTES]"""
import os
import random
import sys

out = sys.argv[1]
target = int(sys.argv[2]) if len(sys.argv) > 2 else 200
rng = random.Random(20261129)
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
WORDS = ("the token is read from config value return if else for while class def import request response user "
         "password secret key api access private docker image layer container build run copy env arg label").split()


def rand(n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def source(size):
    lines = []
    n = 0
    while n < size:
        ident = rng.choice(WORDS) + "_" + rng.choice(WORDS)
        line = rng.choice([
            f"def {ident}(self, {rng.choice(WORDS)}):",
            f"    {ident} = get_{rng.choice(WORDS)}(request.{rng.choice(WORDS)})",
            f"    if {ident} is None: return {rng.randint(0, 999)}",
            f"// {' '.join(rng.choice(WORDS) for _ in range(10))}",
            f"const {ident} = process.env.{ident.upper()};",
            f"    for (int i = 0; i < {rng.randint(1, 99)}; ++i) {{ {ident}[i] = {rng.randint(0, 9)}; }}",
        ])
        lines.append(line)
        n += len(line) + 1
    return "\n".join(lines) + "\n"


def config(size):
    lines = []
    n = 0
    while n < size:
        k = rng.choice(WORDS).upper() + "_" + rng.choice(WORDS).upper()
        r = rng.random()
        if r < 0.002:
            line = f"GITHUB_TOKEN=ghp_{rand(36)}"
        elif r < 0.004:
            line = f"aws_access_key_id = AKIA{rand(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}"
        elif r < 0.006:
            line = f"DATABASE_URL=postgres://app:{rand(16)}@db.internal:5432/app"
        else:
            line = rng.choice([f"{k}={rng.choice(WORDS)}", f"{k.lower()}: {rng.randint(0, 65535)}",
                               f'  "{k.lower()}": "{rng.choice(WORDS)}",', f"{k}=${{{k}}}"])
        lines.append(line)
        n += len(line) + 1
    return "\n".join(lines) + "\n"


def log(size):
    lines = []
    n = 0
    while n < size:
        line = (f"2026-11-29T07:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z INFO [{rand(8)}] "
                f"{' '.join(rng.choice(WORDS) for _ in range(12))} id={rand(32, '0123456789abcdef')}")
        lines.append(line)
        n += len(line) + 1
    return "\n".join(lines) + "\n"


def minified(size):
    parts = []
    n = 0
    while n < size:
        p = rng.choice([f"function {rand(2)}(e,t){{return e.{rng.choice(WORDS)}=t,e}}",
                        f"var {rand(1)}={rng.randint(0, 9999)},{rand(1)}=\"{rand(12)}\";",
                        f"if(!{rand(1)}.token)throw new Error(\"{' '.join(rng.choice(WORDS) for _ in range(4))}\");",
                        f"{rand(2)}.prototype.{rng.choice(WORDS)}=function(){{return this.{rand(3)}}};"])
        parts.append(p)
        n += len(p)
    return "".join(parts) + "\n"


def binary(size):
    return bytes(rng.getrandbits(8) for _ in range(min(size, 1 << 16))) * (size // (1 << 16) + 1)


kinds = [("src", ".py", source, 0.30), ("cfg", ".env", config, 0.15), ("log", ".log", log, 0.25),
         ("js", ".min.js", minified, 0.20), ("bin", ".so", binary, 0.10)]
total = 0
# Pure-Python generation is slow: write an eighth of the corpus, then copies of it under copy1..copy7.
budget = (target << 20) // 8
index = 0
os.makedirs(out, exist_ok=True)
for name, ext, fn, share in kinds:
    os.makedirs(os.path.join(out, name), exist_ok=True)
    written = 0
    while written < budget * share:
        size = rng.choice([4 << 10, 64 << 10, 512 << 10, 2 << 20])
        data = fn(size)
        if isinstance(data, str):
            data = data.encode()
        data = data[:size] if name == "bin" else data
        with open(os.path.join(out, name, f"f{index:05d}{ext}"), "wb") as f:
            f.write(data)
        written += len(data)
        index += 1
    total += written
import shutil
for c in range(1, 8):
    for name, _, _, _ in kinds:
        shutil.copytree(os.path.join(out, name), os.path.join(out, f"copy{c}", name))
print(f"{8 * total / (1 << 20):.1f} MiB in {8 * index} files under {out}")
