#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The private test daemon for Bulkhead's integration tests.
#
#   testd.sh start DIR    start (or reuse) a private dockerd + TLS listener + sshd, build the fixtures
#   testd.sh stop DIR     kill everything started for DIR and remove DIR
#   testd.sh status DIR   print the state; exit 0 when usable
#
# Everything binds to loopback or unix sockets only. Coordinates are written to DIR/env (KEY=VALUE, read by
# tests/common/testdaemon.h); the fixture containers are described in DIR/fixtures.json. Outside CI
# (CI != "true") a daemon that cannot start writes SKIP=<reason> to DIR/env and exits 0; under CI it fails.
#
# Several instances with different DIRs run side by side: each has its own dockerd, containerd, sockets, ports
# and bridge network. Unix socket paths are limited to 107 bytes and containerd keeps its sockets under the
# exec-root, so runtime files live in a short folder /tmp/bh-<hash of DIR> when DIR is long.
set -euo pipefail
shopt -u patsub_replacement 2>/dev/null || true
# set -e ends the script silently; name the command, so a failed start in CI can be diagnosed from its log.
trap 'rc=$?; if ((rc != 0)); then printf "testd: exit %s after: %s\n" "$rc" "$BASH_COMMAND" >&2; fi' EXIT

SELF_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SOURCE_DIR="$(cd "$SELF_DIR/../.." && pwd)"
readonly SELF_DIR SOURCE_DIR
readonly FIXTURE_DIR="$SELF_DIR/fixtures"
readonly SECRETS_FILE="$SOURCE_DIR/tests/fixtures/secrets/fixture-secrets.env"
readonly BASE_IMAGE="bulkhead/busybox:1.35"
readonly MARKER=".bulkhead-testd"
readonly READY_TIMEOUT=60

log() { printf 'testd: %s\n' "$*" >&2; }

usage() {
    echo "usage: $0 start|stop|status DIR" >&2
    exit 2
}

[[ $# -eq 2 ]] || usage
readonly ACTION="$1"
[[ -n "$2" ]] || usage
DIR="$(realpath -m -- "$2")"
readonly DIR
case "$DIR" in
/ | /bin | /boot | /dev | /etc | /home | /lib* | /proc | /root | /run | /sbin | /sys | /tmp | /usr | /var | /work)
    log "refusing to use $DIR as the state folder"
    exit 2
    ;;
esac

# Short runtime folder for sockets and the exec-root; derived from DIR so that stop finds it again.
if ((${#DIR} <= 40)); then
    RUN="$DIR/run"
else
    RUN="/tmp/bh-$(printf '%s' "$DIR" | sha256sum | cut -c1-10)"
fi
readonly RUN
readonly SOCK="$RUN/docker.sock"
LOCK="/tmp/.bh-testd-$(printf '%s' "$DIR" | sha256sum | cut -c1-10).lock"
readonly LOCK

# The docker CLI matching the daemon (Debian's docker.io) if present: it speaks API 1.41 natively and its
# legacy builder records build args in the image history, which the secret rules look for.
if [[ -x /usr/bin/docker ]]; then
    DOCKER_CLI=/usr/bin/docker
else
    DOCKER_CLI="$(command -v docker || true)"
fi
readonly DOCKER_CLI

# Nothing from the caller's docker setup may leak into the private daemon or its CLI.
unset DOCKER_CONTEXT DOCKER_TLS_VERIFY DOCKER_CERT_PATH DOCKER_TLS
export DOCKER_HOST="unix://$SOCK"
export DOCKER_CONFIG="$DIR/docker-config"
export DOCKER_BUILDKIT=0
export DOCKER_CLI_HINTS=false

d() { "$DOCKER_CLI" "$@"; }

pid_alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null; }
read_pid() { [[ -f "$1" ]] && tr -dc '0-9' <"$1" || true; }

daemon_answers() { timeout 10 "$DOCKER_CLI" version --format '{{.Server.APIVersion}}' >/dev/null 2>&1; }

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# ---------------------------------------------------------------------------------------------------------------
# stop

# Processes of this instance: dockerd and sshd from their pid files; containerd and its shims are found by the
# unique exec-root path on their command line (never by a broad name: other instances run next to us).
instance_pids() {
    local p cmd
    for p in /proc/[0-9]*; do
        cmd="$(tr '\0' ' ' 2>/dev/null <"$p/cmdline" || true)"
        case "$cmd" in
        *containerd*"$RUN/exec/"*) echo "${p#/proc/}" ;;
        esac
    done
}

wait_gone() { # pid seconds
    local i
    for ((i = 0; i < $2 * 5; i++)); do
        pid_alive "$1" || return 0
        sleep 0.2
    done
    return 1
}

unmount_under() { # path: lazily unmount everything below it, deepest first
    local mp
    { awk '{print $5}' /proc/self/mountinfo | grep -F -- "$1/" || true; } | sort -r | while read -r mp; do
        umount -l "$mp" 2>/dev/null || true
    done
}

do_stop() {
    local dpid spid p
    if [[ -S "$SOCK" ]] && daemon_answers; then
        # Remove containers first with SIGKILL: a graceful daemon shutdown waits 10 s per `sleep` container.
        local ids
        ids="$(d ps -aq 2>/dev/null || true)"
        if [[ -n "$ids" ]]; then
            # shellcheck disable=SC2086
            timeout 60 "$DOCKER_CLI" rm -f $ids >/dev/null 2>&1 || true
        fi
        # User-defined bridges are host interfaces: remove them so nothing is left behind.
        local n
        for n in $(d network ls -q --filter type=custom 2>/dev/null || true); do
            timeout 20 "$DOCKER_CLI" network rm "$n" >/dev/null 2>&1 || true
        done
    fi
    spid="$(read_pid "$DIR/ssh/sshd.pid")"
    if pid_alive "$spid"; then
        kill "$spid" 2>/dev/null || true
        wait_gone "$spid" 5 || kill -9 "$spid" 2>/dev/null || true
    fi
    dpid="$(read_pid "$RUN/docker.pid")"
    if pid_alive "$dpid"; then
        kill "$dpid" 2>/dev/null || true
        wait_gone "$dpid" 30 || kill -9 "$dpid" 2>/dev/null || true
    fi
    for p in $(instance_pids); do
        kill "$p" 2>/dev/null || true
    done
    sleep 0.5
    for p in $(instance_pids); do
        kill -9 "$p" 2>/dev/null || true
    done
    unmount_under "$RUN"
    unmount_under "$DIR"
    if [[ "$RUN" != "$DIR/run" && -d "$RUN" ]]; then
        rm -rf --one-file-system -- "$RUN"
    fi
    if [[ -d "$DIR" ]]; then
        # Only remove a folder this script created (a wrong argument must never wipe someone's data).
        if [[ -f "$DIR/$MARKER" ]]; then
            rm -rf --one-file-system -- "$DIR"
        else
            rmdir -- "$DIR" 2>/dev/null || log "not removing $DIR: it was not created by testd.sh"
        fi
    fi
}

# ---------------------------------------------------------------------------------------------------------------
# start: failure handling

# Outside CI a missing prerequisite is a skip with the reason; under CI it fails the run.
give_up() {
    local reason="$1"
    log "$reason"
    if [[ "${CI:-}" == "true" ]]; then
        if [[ -f "$DIR/dockerd.log" ]]; then
            log "last lines of $DIR/dockerd.log:"
            tail -n 20 "$DIR/dockerd.log" >&2 || true
        fi
        exit 1
    fi
    # Stop what was started but keep the logs the reason points to.
    local keep
    keep="$(mktemp -d)"
    cp "$DIR"/*.log "$keep/" 2>/dev/null || true
    cp "$DIR"/ssh/*.log "$keep/" 2>/dev/null || true
    if [[ -f "$DIR/$MARKER" || -d "$RUN" ]]; then
        do_stop || true
    fi
    mkdir -p "$DIR/ssh"
    touch "$DIR/$MARKER"
    cp "$keep"/sshd.log "$DIR/ssh/" 2>/dev/null || true
    rm -f "$keep"/sshd.log
    cp "$keep"/* "$DIR/" 2>/dev/null || true
    rm -rf "$keep"
    printf 'SKIP=%s\n' "$reason" >"$DIR/env"
    exit 0
}

# ---------------------------------------------------------------------------------------------------------------
# start: pieces

make_tls() {
    local t="$DIR/tls"
    mkdir -p "$t/ca" "$t/server" "$t/client" "$t/wrong"
    (
        cd "$t"
        umask 077
        # CA, server (SAN 127.0.0.1/localhost) and client certificate, EC keys: fast to make.
        openssl req -x509 -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 30 \
            -subj "/CN=Bulkhead Test CA" -keyout ca/key.pem -out ca/ca.pem \
            -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
        openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=localhost" \
            -keyout server/key.pem -out server/req.csr
        printf '%s\n' "subjectAltName=IP:127.0.0.1,DNS:localhost" "extendedKeyUsage=serverAuth" \
            "keyUsage=critical,digitalSignature,keyEncipherment" "basicConstraints=CA:FALSE" >server/ext.cnf
        openssl x509 -req -in server/req.csr -CA ca/ca.pem -CAkey ca/key.pem -CAcreateserial -days 30 \
            -extfile server/ext.cnf -out server/cert.pem
        openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=bulkhead-test-client" \
            -keyout client/key.pem -out client/req.csr
        printf '%s\n' "extendedKeyUsage=clientAuth" "keyUsage=critical,digitalSignature" \
            "basicConstraints=CA:FALSE" >client/ext.cnf
        openssl x509 -req -in client/req.csr -CA ca/ca.pem -CAkey ca/key.pem -CAcreateserial -days 30 \
            -extfile client/ext.cnf -out client/cert.pem
        cp ca/ca.pem client/ca.pem # DOCKER_CERT_PATH layout: ca.pem, cert.pem, key.pem
        # An unrelated CA (same subject, other key) and a client certificate it signed: both must be refused.
        openssl req -x509 -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 30 \
            -subj "/CN=Bulkhead Test CA" -keyout wrong/ca-key.pem -out wrong/ca.pem \
            -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
        openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=bulkhead-test-client" \
            -keyout wrong/key.pem -out wrong/req.csr
        openssl x509 -req -in wrong/req.csr -CA wrong/ca.pem -CAkey wrong/ca-key.pem -CAcreateserial -days 30 \
            -extfile client/ext.cnf -out wrong/cert.pem
        rm -f ./*/req.csr
    ) >"$DIR/tls.log" 2>&1 || give_up "openssl could not make the test certificates (see $DIR/tls.log)"
}

start_dockerd() {
    local port="$1"
    mkdir -p "$RUN/exec" "$DIR/data" "$DOCKER_CONFIG"
    chmod 0711 "$RUN"
    # An empty config file so /etc/docker/daemon.json of the host does not apply.
    echo '{}' >"$DIR/daemon.json"
    # setsid: the daemon outlives this script (ctest starts it in one test and stops it in another).
    setsid dockerd \
        --config-file "$DIR/daemon.json" \
        --iptables=false --ip6tables=false --bridge=none --storage-driver=vfs \
        --data-root "$DIR/data" --exec-root "$RUN/exec" --pidfile "$RUN/docker.pid" \
        -H "unix://$SOCK" \
        -H "tcp://127.0.0.1:$port" --tlsverify \
        --tlscacert "$DIR/tls/ca/ca.pem" --tlscert "$DIR/tls/server/cert.pem" --tlskey "$DIR/tls/server/key.pem" \
        </dev/null >"$DIR/dockerd.log" 2>&1 9>&- &
    local i
    for ((i = 0; i < READY_TIMEOUT * 2; i++)); do
        if [[ -S "$SOCK" ]] && daemon_answers; then
            ln -sfn "$SOCK" "$DIR/docker.sock" 2>/dev/null || true
            return 0
        fi
        if ! pid_alive "$!"; then
            give_up "dockerd exited during start-up (see $DIR/dockerd.log: $(tail -n 1 "$DIR/dockerd.log" 2>/dev/null))"
        fi
        sleep 0.5
    done
    give_up "dockerd did not answer within ${READY_TIMEOUT}s (see $DIR/dockerd.log)"
}

start_sshd() {
    local port="$1" s="$DIR/ssh"
    [[ -x /usr/sbin/sshd ]] || give_up "/usr/sbin/sshd missing (apt-get install openssh-server)"
    command -v ssh >/dev/null || give_up "ssh missing (apt-get install openssh-client)"
    mkdir -p "$s" /run/sshd
    chmod 0755 /run/sshd
    chmod 0700 "$s"
    if [[ ! -f "$s/host_ed25519" ]]; then
        ssh-keygen -q -t ed25519 -N '' -C bulkhead-testd-host -f "$s/host_ed25519"
        ssh-keygen -q -t ed25519 -N '' -C bulkhead-testd-client -f "$s/client_ed25519"
    fi
    cp "$s/client_ed25519.pub" "$s/authorized_keys"
    chmod 0600 "$s/authorized_keys"
    # The session environment points `docker system dial-stdio` (what the docker CLI and Bulkhead run over
    # ssh) at this private daemon.
    cat >"$s/sshd_config" <<EOF
Port $port
ListenAddress 127.0.0.1
AddressFamily inet
HostKey $s/host_ed25519
PidFile $s/sshd.pid
AuthorizedKeysFile $s/authorized_keys
PermitRootLogin prohibit-password
AllowUsers root
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
X11Forwarding no
AllowTcpForwarding no
PrintMotd no
SetEnv DOCKER_HOST=unix://$SOCK
EOF
    printf '[127.0.0.1]:%s %s\n' "$port" "$(cut -d' ' -f1,2 "$s/host_ed25519.pub")" >"$s/known_hosts"
    cat >"$s/config" <<EOF
Host 127.0.0.1 localhost
    Port $port
    User root
    IdentityFile $s/client_ed25519
    IdentitiesOnly yes
    UserKnownHostsFile $s/known_hosts
    StrictHostKeyChecking yes
    BatchMode yes
    ConnectTimeout 10
EOF
    chmod 0600 "$s/config"
    # OpenSSH reads ~/.ssh from the passwd entry, not $HOME, and the docker CLI passes no -F: clients that run
    # plain `ssh` (docker -H ssh://..., Bulkhead) get this wrapper first in PATH instead.
    mkdir -p "$s/bin"
    printf '#!/bin/sh\nexec %s -F %s "$@"\n' "$(command -v ssh)" "$s/config" >"$s/bin/ssh"
    chmod 0755 "$s/bin/ssh"
    /usr/sbin/sshd -t -f "$s/sshd_config" 2>"$s/sshd.log" || give_up "sshd rejects its config: $(cat "$s/sshd.log")"
    /usr/sbin/sshd -f "$s/sshd_config" -E "$s/sshd.log" </dev/null >>"$s/sshd.log" 2>&1 9>&- || give_up "sshd did not start (see $s/sshd.log)"
    local i
    for ((i = 0; i < 50; i++)); do
        if ssh -F "$s/config" -p "$port" root@127.0.0.1 -- true 2>/dev/null; then
            return 0
        fi
        sleep 0.2
    done
    give_up "ssh to the test sshd fails (root account locked? see $s/sshd.log)"
}

# Base image: a rootfs from Debian's static busybox, imported (no registry is reachable).
make_base_image() {
    local bb=/bin/busybox r="$DIR/rootfs"
    [[ -x "$bb" ]] || give_up "$bb missing (apt-get install busybox-static)"
    if ldd "$bb" >/dev/null 2>&1; then
        give_up "$bb is dynamically linked; install busybox-static"
    fi
    rm -rf "$r"
    mkdir -p "$r"/{bin,sbin,usr/bin,usr/sbin,usr/local/bin,etc,root,home/app,tmp,var/tmp,proc,sys,dev,run}
    cp "$bb" "$r/bin/busybox"
    chroot "$r" /bin/busybox --install -s
    printf '%s\n' 'root:x:0:0:root:/root:/bin/sh' 'app:x:1000:1000:app:/home/app:/bin/sh' \
        'nobody:x:65534:65534:nobody:/nonexistent:/bin/false' >"$r/etc/passwd"
    printf '%s\n' 'root:x:0:' 'app:x:1000:' 'nogroup:x:65534:' >"$r/etc/group"
    local version
    # sed reads to the end: `head -n 1` here would close the pipe early, busybox would die of SIGPIPE under load and
    # pipefail would end the whole start-up without a word.
    version="$("$bb" 2>/dev/null | sed -n '1s/^BusyBox v\([0-9.]*\).*/\1/p')" || version=""
    cat >"$r/etc/os-release" <<EOF
NAME="BusyBox"
ID=busybox
VERSION_ID=${version:-1.35.0}
PRETTY_NAME="BusyBox ${version:-1.35.0} (Bulkhead test base, from Debian busybox-static)"
HOME_URL="https://busybox.net/"
EOF
    chmod 1777 "$r/tmp" "$r/var/tmp"
    chmod 0700 "$r/root"
    chown 1000:1000 "$r/home/app"
    tar --numeric-owner -C "$r" -c . | d import \
        --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
        --change 'CMD ["/bin/sh"]' - "$BASE_IMAGE" >/dev/null || give_up "docker import of the base image failed"
    d tag "$BASE_IMAGE" bulkhead/busybox:latest
    rm -rf "$r"
}

# KEY=VALUE pairs of the fake secrets file (comments and blank lines skipped).
declare -A SECRET=()
load_secrets() {
    [[ -r "$SECRETS_FILE" ]] || give_up "$SECRETS_FILE missing"
    local line
    while IFS= read -r line || [[ -n "$line" ]]; do
        [[ "$line" =~ ^[A-Z0-9_]+= ]] || continue
        SECRET["${line%%=*}"]="${line#*=}"
    done <"$SECRETS_FILE"
    local k
    for k in AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY GITHUB_TOKEN STRIPE_KEY SLACK_WEBHOOK DATABASE_URL DB_PASSWORD \
        NPM_TOKEN BUILD_ARG_TOKEN FILE_SECRET_OPENAI DELETED_FILE_SECRET; do
        [[ -n "${SECRET[$k]:-}" ]] || give_up "$SECRETS_FILE lacks $k"
    done
}

# Copies a fixture build context and fills @KEY@ placeholders of *.in files from the secrets file, so the fake
# values exist in one place only.
prepare_context() { # name -> prints the context path
    local src="$FIXTURE_DIR/$1" dst="$DIR/build/$1" f k content
    rm -rf "$dst"
    mkdir -p "$dst"
    cp -a "$src/." "$dst/"
    while IFS= read -r -d '' f; do
        content="$(cat "$f")"
        for k in "${!SECRET[@]}"; do
            content="${content//@$k@/${SECRET[$k]}}"
        done
        printf '%s\n' "$content" >"${f%.in}"
        rm -f "$f"
    done < <(find "$dst" -name '*.in' -print0)
    # Generated files for this context (keys made at start, never committed).
    if [[ -d "$DIR/generated/$1" ]]; then
        cp -a "$DIR/generated/$1/." "$dst/"
    fi
    echo "$dst"
}

build_image() { # name tag [build-arg KEY...]; returns non-zero on failure (runs in a background job)
    local name="$1" tag="$2" ctx k
    shift 2
    ctx="$(prepare_context "$name")"
    local args=()
    for k in "$@"; do
        args+=(--build-arg "$k=${SECRET[$k]}")
    done
    d build --rm --force-rm -t "$tag" "${args[@]}" "$ctx" >"$DIR/build-$name.log" 2>&1
}

make_images() {
    load_secrets
    # An id_rsa-like key for the risky image: a real OpenSSH key made now, never committed to the repository.
    mkdir -p "$DIR/generated/risky"
    [[ -f "$DIR/generated/risky/id_rsa" ]] ||
        ssh-keygen -q -t rsa -b 2048 -N '' -C fixture@bulkhead-test -f "$DIR/generated/risky/id_rsa"
    # The builds are independent and mostly wait on the daemon: run them side by side.
    local -A jobs=()
    build_image risky bulkhead/fixture-risky:1 AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY DATABASE_URL \
        BUILD_ARG_TOKEN &
    jobs[risky]=$!
    build_image nonroot bulkhead/fixture-nonroot:1 &
    jobs[nonroot]=$!
    build_image large bulkhead/fixture-large:1 &
    jobs[large]=$!
    build_image multistage bulkhead/fixture-multistage:1 NPM_TOKEN &
    jobs[multistage]=$!
    build_image setuid bulkhead/fixture-setuid:1 &
    jobs[setuid]=$!
    local name failed=()
    for name in "${!jobs[@]}"; do
        wait "${jobs[$name]}" || failed+=("$name")
    done
    if ((${#failed[@]} > 0)); then
        give_up "docker build failed for: ${failed[*]} (see $DIR/build-<name>.log)"
    fi
    # The legacy builder leaves the builder stage of the multi-stage image as a dangling image; drop it so the
    # image list is exactly the tagged fixtures.
    d image prune -f >/dev/null 2>&1 || true
}

# ---------------------------------------------------------------------------------------------------------------
# Fixture containers. Each row: name, whether it should run, traits (for fixtures.json), then `docker create`
# arguments. Ports on all interfaces and --privileged are created only: a started 0.0.0.0 binding would listen on
# every host interface, and privileged containers cannot start in these sandboxes (runc cannot apply all caps).
# Published 127.0.0.1 ports need a bridge, so those containers join the user-defined network bh-net (the daemon
# runs with --bridge=none); host ports are ephemeral so that instances do not collide.

MANIFEST_ROWS=()
TO_START=()

fixture() { # name want(run|create) traits -- docker-create-args...
    local name="$1" want="$2" traits="$3"
    shift 4
    if ! d create --name "$name" "$@" >>"$DIR/containers.log" 2>&1; then
        give_up "docker create $name failed (see $DIR/containers.log)"
    fi
    [[ "$want" == run ]] && TO_START+=("$name")
    local args
    args="$(printf '%s\n' "$@" | jq -R . | jq -cs .)"
    MANIFEST_ROWS+=("$(jq -cn --arg want "$want" --arg traits "$traits" --arg name "$name" --argjson args "$args" \
        '{name: $name, expectedState: (if $want == "run" then "running" else "created" end),
          traits: ($traits | split(" ") | map(select(length > 0))), args: $args}')")
}

# One `docker start` for all: it goes on after a failure, and the actual states are read back afterwards.
start_fixtures() {
    d start "${TO_START[@]}" >>"$DIR/containers.log" 2>&1 || log "note: some fixtures could not start (see $DIR/containers.log)"
}

make_containers() {
    local img="$BASE_IMAGE" sleep=(sleep 86400)
    : >"$DIR/containers.log"
    d network create --driver bridge bh-net >/dev/null 2>>"$DIR/containers.log" ||
        give_up "docker network create bh-net failed (see $DIR/containers.log)"
    mkdir -p "$DIR/hostfiles"
    (
        umask 077
        printf 'DB_PASSWORD=%s\nDATABASE_URL=%s\n' "${SECRET[DB_PASSWORD]}" "${SECRET[DATABASE_URL]}" >"$DIR/hostfiles/.env"
    )
    local esc=$'\e'

    fixture bh-sleeper run "running plain root no-limits" -- "$img" "${sleep[@]}"
    fixture bh-privileged create "privileged" -- --privileged "$img" "${sleep[@]}"
    fixture bh-capadd run "cap-add:SYS_ADMIN cap-add:NET_ADMIN" -- \
        --cap-add SYS_ADMIN --cap-add NET_ADMIN "$img" "${sleep[@]}"
    fixture bh-capdrop-all run "cap-drop:ALL" -- --cap-drop ALL "$img" "${sleep[@]}"
    fixture bh-hostns run "network:host pid:host ipc:host uts:host" -- \
        --network host --pid host --ipc host --uts host "$img" "${sleep[@]}"
    fixture bh-docker-sock run "docker-sock-mount" -- -v "$SOCK:/var/run/docker.sock" "$img" "${sleep[@]}"
    fixture bh-hostroot-ro run "host-root-mount:ro" -- -v /:/host:ro "$img" "${sleep[@]}"
    fixture bh-hostroot-rw create "host-root-mount:rw" -- -v /:/host "$img" "${sleep[@]}"
    fixture bh-hostetc-ro run "host-etc-mount:ro" -- -v /etc:/host-etc:ro "$img" "${sleep[@]}"
    fixture bh-hostetc-rw run "host-etc-mount:rw" -- -v /etc:/host-etc "$img" "${sleep[@]}"
    fixture bh-envfile-mount run "secret-file-mount" -- \
        -v "$DIR/hostfiles/.env:/app/.env:ro" "$img" "${sleep[@]}"
    fixture bh-seccomp-unconfined run "seccomp:unconfined" -- \
        --security-opt seccomp=unconfined "$img" "${sleep[@]}"
    fixture bh-apparmor-unconfined run "apparmor:unconfined" -- \
        --security-opt apparmor=unconfined "$img" "${sleep[@]}"
    fixture bh-nnp run "no-new-privileges" -- --security-opt no-new-privileges "$img" "${sleep[@]}"
    fixture bh-readonly run "read-only-rootfs tmpfs" -- \
        --read-only --tmpfs /tmp:rw,noexec,nosuid,size=16m "$img" "${sleep[@]}"
    fixture bh-limits run "memory:64m cpus:0.5 pids:64" -- \
        --memory 64m --memory-swap 64m --cpus 0.5 --pids-limit 64 "$img" "${sleep[@]}"
    fixture bh-nolimits run "no-limits" -- "$img" "${sleep[@]}"
    fixture bh-ports-all create "ports:0.0.0.0 port:8080 port:22" -- \
        -p 0.0.0.0:8080:80 -p 2222:22 "$img" "${sleep[@]}"
    fixture bh-ports-local run "ports:127.0.0.1 network:bh-net" -- \
        --network bh-net -p 127.0.0.1::80 -p 127.0.0.1::443 "$img" "${sleep[@]}"
    fixture bh-ssh-port create "port:22 expose:22 image:risky" -- -p 127.0.0.1:2223:22 bulkhead/fixture-risky:1
    fixture bh-restart-always run "restart:always" -- --restart always "$img" "${sleep[@]}"
    fixture bh-env-secrets run "env-secrets" -- \
        -e "GITHUB_TOKEN=${SECRET[GITHUB_TOKEN]}" -e "STRIPE_KEY=${SECRET[STRIPE_KEY]}" \
        -e "SLACK_WEBHOOK=${SECRET[SLACK_WEBHOOK]}" -e "DB_PASSWORD=${SECRET[DB_PASSWORD]}" "$img" "${sleep[@]}"
    fixture bh-nonroot run "user:1000 image:nonroot healthcheck" -- bulkhead/fixture-nonroot:1
    fixture bh-risky-image run "root image:risky image-env-secrets" -- bulkhead/fixture-risky:1
    fixture bh-large-image create "image:large" -- bulkhead/fixture-large:1
    fixture bh-multistage run "user:1000 image:multistage healthcheck" -- bulkhead/fixture-multistage:1
    fixture bh-hardened run "hardened user:1000 cap-drop:ALL no-new-privileges read-only-rootfs memory:64m cpus:0.25 pids:32 network:none healthcheck" -- \
        --user 1000:1000 --cap-drop ALL --security-opt no-new-privileges --read-only \
        --tmpfs /tmp:rw,noexec,nosuid,size=8m --memory 64m --memory-swap 64m --cpus 0.25 --pids-limit 32 \
        --network none --restart on-failure:3 bulkhead/fixture-nonroot:1
    fixture bh-hostile-strings run "label-html env-ansi" -- \
        --label 'com.example.note=<img src=x onerror=alert(1)>' -e "BANNER=${esc}[31mred${esc}[0m${esc}]0;title${esc}\\" \
        "$img" "${sleep[@]}"
    start_fixtures
}

write_manifest() {
    local images states
    images="$(d images --format '{{.Repository}}:{{.Tag}}' | sort | jq -R . | jq -cs .)"
    states="$(d ps -a --format '{{.Names}} {{.State}}' | jq -R 'split(" ") | {(.[0]): .[1]}' | jq -cs 'add')"
    printf '%s\n' "${MANIFEST_ROWS[@]}" | jq -s --argjson images "$images" --argjson states "$states" \
        '{containers: (map({(.name): (del(.name) + {state: ($states[.name] // "missing")})}) | add),
          images: $images}' >"$DIR/fixtures.json.tmp"
    mv "$DIR/fixtures.json.tmp" "$DIR/fixtures.json"
}

write_env() { # tls-port ssh-port
    local api version
    api="$(d version --format '{{.Server.APIVersion}}')"
    version="$(d version --format '{{.Server.Version}}')"
    cat >"$DIR/env.tmp" <<EOF
DOCKER_HOST=unix://$SOCK
DOCKER=$DOCKER_CLI
DOCKER_CONFIG=$DOCKER_CONFIG
API_VERSION=$api
ENGINE_VERSION=$version
TLS_HOST=tcp://127.0.0.1:$1
TLS_CA=$DIR/tls/client/ca.pem
TLS_CERT=$DIR/tls/client/cert.pem
TLS_KEY=$DIR/tls/client/key.pem
TLS_CERT_PATH=$DIR/tls/client
WRONG_CA=$DIR/tls/wrong/ca.pem
WRONG_CERT=$DIR/tls/wrong/cert.pem
WRONG_KEY=$DIR/tls/wrong/key.pem
SSH_HOST=ssh://root@127.0.0.1:$2
SSH_KEY=$DIR/ssh/client_ed25519
SSH_KNOWN_HOSTS=$DIR/ssh/known_hosts
SSH_CONFIG=$DIR/ssh/config
SSH_PATH=$DIR/ssh/bin
FIXTURE_SECRETS=$SECRETS_FILE
FIXTURES=$DIR/fixtures.json
BASE_IMAGE=$BASE_IMAGE
EOF
    mv "$DIR/env.tmp" "$DIR/env"
}

is_ready() {
    [[ -f "$DIR/ready" && -f "$DIR/env" ]] && ! grep -q '^SKIP=' "$DIR/env" &&
        pid_alive "$(read_pid "$RUN/docker.pid")" && daemon_answers
}

do_start() {
    if [[ $EUID -ne 0 ]]; then
        give_up "not root: starting dockerd needs root (run the daemon tests as root or under CI=true)"
    fi
    local tool
    for tool in dockerd openssl ssh-keygen jq python3 setsid sha256sum; do
        command -v "$tool" >/dev/null || give_up "$tool missing (run scripts/install-deps.sh)"
    done
    [[ -n "$DOCKER_CLI" ]] || give_up "docker CLI missing (apt-get install docker.io)"

    if is_ready; then
        # Reuse: make sure sshd is still there, it is the cheap part.
        local sport
        sport="$(sed -n 's/^Port //p' "$DIR/ssh/sshd_config")"
        if ! pid_alive "$(read_pid "$DIR/ssh/sshd.pid")"; then
            start_sshd "$sport"
        fi
        log "reusing the running daemon at unix://$SOCK"
        return 0
    fi
    # Leftovers of a failed or killed run: start from scratch.
    if [[ -e "$DIR" || -e "$RUN" ]]; then
        do_stop
    fi
    local t0=$SECONDS
    mkdir -p "$DIR" "$RUN"
    touch "$DIR/$MARKER"
    chmod 0700 "$DIR"
    local tls_port ssh_port
    tls_port="$(free_port)"
    ssh_port="$(free_port)"
    while [[ "$ssh_port" == "$tls_port" ]]; do ssh_port="$(free_port)"; done
    make_tls
    start_dockerd "$tls_port"
    log "dockerd up after $((SECONDS - t0))s"
    start_sshd "$ssh_port"
    make_base_image
    make_images
    log "images built after $((SECONDS - t0))s"
    make_containers
    write_manifest
    write_env "$tls_port" "$ssh_port"
    touch "$DIR/ready"
    log "ready after $((SECONDS - t0))s: $(jq -r '[.containers[] | .state] | group_by(.) | map("\(length) \(.[0])") | join(", ")' "$DIR/fixtures.json") containers"
}

do_status() {
    if is_ready; then
        echo "running: $DOCKER_HOST ($(grep -E '^(TLS_HOST|SSH_HOST)=' "$DIR/env" | tr '\n' ' '))"
        return 0
    fi
    if [[ -f "$DIR/env" ]] && grep -q '^SKIP=' "$DIR/env"; then
        echo "skipped: $(sed -n 's/^SKIP=//p' "$DIR/env")"
    else
        echo "not running"
    fi
    return 1
}

# One action at a time per DIR (ctest may retry, people may run start by hand).
# stop and status do not wait long: a daemon started by an older version of this script may hold the lock.
exec 9>"$LOCK"
if command -v flock >/dev/null; then
    if [[ "$ACTION" == start ]]; then
        flock -w 1200 9 || {
            log "timed out waiting for $LOCK"
            exit 1
        }
    else
        flock -w 10 9 || log "proceeding without $LOCK"
    fi
fi

case "$ACTION" in
start) do_start ;;
stop) do_stop ;;
status) do_status ;;
*) usage ;;
esac
