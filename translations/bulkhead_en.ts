<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Category</name>
    <message>
        <source>Privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daemon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build context</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dockerfile</name>
    <message>
        <source>%1 copies the whole build context and there is no .dockerignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.dockerignore does not exclude %1, and %2 copies the whole context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is sent to the daemon and copied into the image by COPY/ADD of the whole context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is sent to the daemon with the build context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WORKDIR &apos;%1&apos; is relative; it depends on the previous WORKDIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; makes no sense in an image build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the final stage&apos;s last USER is root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUN changes directory with &apos;cd&apos;; use WORKDIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUN uses sudo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base image &apos;%1&apos; has no tag (it means :latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base image &apos;%1&apos; uses the moving tag &apos;latest&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is copied and then extracted; ADD extracts local archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 is outside 0-65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one HEALTHCHECK in a stage; only the last one counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one CMD in a stage; only the last one counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one ENTRYPOINT in a stage; only the last one counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADD copies plain files; COPY does the same with no hidden URL or archive magic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with several sources needs a destination folder ending in &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY --from=%1 names no earlier stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY --from=%1 names the stage it is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage name &apos;%1&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage name &apos;%1&apos; is reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses the shell form: the process runs under /bin/sh -c and does not get signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base image comes from &apos;%1&apos;, which is not a trusted registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM --platform=%1 fixes the platform; builds for other platforms then run emulated or fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--platform=$TARGETPLATFORM is the default and can go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONBUILD cannot trigger %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refers to %2, which this same ENV defines (it is not set yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY to the relative path &apos;%1&apos; with no WORKDIR set in this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>useradd with the high UID %1 and no -l fills the lastlog file (a huge sparse layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wget without --progress or -q floods the build log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the final image has no HEALTHCHECK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consecutive RUN instructions; joining them saves a layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 before the first FROM; a Dockerfile starts with FROM or ARG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER %1 is a name; runtimes that enforce non-root (runAsNonRoot) need a numeric UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY --from=%1 / copies the stage&apos;s whole filesystem, build tools and all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAINTAINER is deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both wget and curl are used; pick one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUN replaces /bin/sh; use SHELL to change the shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUN has a pipe but the shell has no -o pipefail: a failing first command goes unnoticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label key &apos;%1&apos; is not a lower-case reverse-DNS name, or uses a namespace reserved by Docker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required label &apos;%1&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label &apos;%1&apos; is not in the label schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label &apos;%1&apos; is not a valid %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label &apos;%1&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3339 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPDX licence expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semantic version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuration file larger than 1 MiB; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: unknown severity &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: unknown rule &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: unknown failure-threshold &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: list item outside a known key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: expected &apos;key: value&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: inline maps are not supported; use one key per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: unknown key &apos;%2&apos; (ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: unknown label type &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: unexpected nested key &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file or directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no Dockerfile in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass the Dockerfile&apos;s path, or a build-context folder that holds one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apt-get dist-upgrade changes the base distribution inside the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apt-get install without versions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apt-get lists are left in the layer; remove /var/lib/apt/lists/* in the same RUN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apt-get install without -y waits for an answer that never comes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apt-get install pulls in recommended packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;apt&apos; is for people; scripts use apt-get or apt-cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apk add without versions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apk add keeps its index cache in the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pip install without versions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pip install keeps its download cache in the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npm install without versions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gem install without versions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>go install without a version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 install without -y waits for an answer that never comes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 install without &apos;%1 clean all&apos; leaves the package cache in the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 install without versions: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zypper without -n waits for an answer that never comes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zypper dist-upgrade changes the base distribution inside the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zypper install without &apos;zypper clean&apos; leaves the cache in the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zypper install without versions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yarn install without &apos;yarn cache clean&apos; leaves the cache in the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the final stage sets no USER, so containers run as root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 holds a secret in the image (value %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARG %1 passes a secret as a build argument; it is kept in the image history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENV %1 puts a secret into every container&apos;s environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has a value that looks like a credential (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 puts &apos;%2&apos; into the image, where anyone with the image can read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build tools (%1) are installed into the image that ships; build in a separate stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final image is based on the full &apos;%1&apos;; a smaller base (%2) ships less to attack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base image &apos;%1&apos; is not pinned by digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPOSE 22: the image is meant to run an SSH server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 output is piped into %2: whatever the server sends runs in the build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs a script downloaded on the fly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chmod %1 makes %2 writable by every user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 --chmod=%2 makes the files writable by every user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUN reads %1 from a build argument or ENV; it ends up in the image history or layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUN contains a literal credential (authorization header or user:password URL); it is stored in the image history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is told not to verify TLS certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENV %1=%2 turns off TLS certificate checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 installs packages without checking their signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 holds a credential: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lint</name>
    <message>
        <source>global ignore pragma in the Dockerfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignore pragma on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage ignore pragma</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>User namespace remapping not enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With userns-remap, uid 0 in containers maps to an unprivileged range on the host, so an escape or a writable host mount yields an ordinary user instead of root. It is the daemon-wide safety net under every container that runs as root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set `&quot;userns-remap&quot;: &quot;default&quot;` in /etc/docker/daemon.json and restart the daemon, or run Docker rootless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing images and volumes are re-created under the remapped root; host-namespace and privileged containers need `--userns host`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daemon runs as root (not rootless)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rootful daemon runs with full root rights; a bug in the daemon or an abuse of its API is a root compromise. Rootless mode runs the daemon and containers as an ordinary user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consider rootless Docker (`dockerd-rootless-setuptool.sh install`) for workloads that do not need root features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rootless mode limits networking performance, privileged ports and some storage drivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daemon reachable over TCP without TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Docker API has no authentication of its own. Over plain TCP anyone who can reach the port can start a privileged container and own the host; exposed port 2375 is scanned for constantly on the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen only on the unix socket, or use `ssh://` access; if TCP is required set `&quot;tlsverify&quot;: true` with `tlscacert`, `tlscert` and `tlskey` in daemon.json and listen on 2376.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients need certificates (or SSH access).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daemon TLS without client verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`--tls` without `--tlsverify` encrypts the connection but lets any client in: the API is as open as with plain TCP, only harder to sniff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set `&quot;tlsverify&quot;: true` and `&quot;tlscacert&quot;` in daemon.json so only clients with a certificate from your CA are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients need certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Engine version no longer maintained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine and runc vulnerabilities (container escapes among them) are fixed only in maintained series. An Engine series is treated as unmaintained six months after a newer major series was released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade Docker Engine to the current release from your distribution or download.docker.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A daemon upgrade restarts containers unless live-restore is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host kernel series past end of life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every container shares the host kernel, so a kernel bug is a container escape. Kernel series past their end of life no longer receive fixes. Distribution kernels may still be patched and are rated lower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the host to a maintained kernel (a current longterm series or your distribution&apos;s supported kernel) and reboot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a reboot and possibly a distribution upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host runs a general-purpose operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A general-purpose distribution carries many packages and services containers never use, each one patchable and attackable. Container-optimised systems (Flatcar, Bottlerocket, Fedora CoreOS, Talos, Container-Optimized OS) ship a minimal, often read-only host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run container hosts on a container-optimised OS, or strip the host down to what running containers needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live-restore disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without live-restore every daemon restart, including security upgrades, stops all containers; that makes people postpone Engine updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set `&quot;live-restore&quot;: true` in daemon.json and reload the daemon (`systemctl reload docker`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not compatible with Swarm mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inter-container communication allowed on the default bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the default bridge every container can reach every other container&apos;s ports, so one compromised container can attack all the others on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set `&quot;icc&quot;: false` in daemon.json, and put containers that must talk to each other on their own user-defined networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers that relied on the default bridge to talk need a user-defined network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker socket permissions too open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write access to the Docker socket is root on the host. The socket should be owned by root, group docker, mode 0660 or stricter; anything wider hands root to other local users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`chown root:docker /var/run/docker.sock &amp;&amp; chmod 660 /var/run/docker.sock`, and fix the socket unit or `group` in daemon.json so it stays that way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users in the docker group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of the docker group can use the socket and therefore become root at will; group membership is often granted for convenience and forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the list (`getent group docker`) and remove users who do not need root; use rootless Docker for developers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed users need sudo or rootless Docker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insecure registries configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registries listed as insecure are reached over plain HTTP or TLS without verification, so anyone on the path can substitute the images this host runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove `insecure-registries` from daemon.json; give the registry a certificate (a private CA under /etc/docker/certs.d/REGISTRY/ca.crt works).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry needs a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daemon.json could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon configuration file exists but could not be read or parsed, so settings it holds (TLS, insecure registries, user namespaces) were not audited. An invalid file also stops the daemon from starting after the next restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Bulkhead with read access to /etc/docker/daemon.json, and validate it with `dockerd --validate --config-file /etc/docker/daemon.json`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apt package lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apk package cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yum/dnf package cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pip download cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a compiler toolchain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image runs as root by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image without a USER (or with USER root) starts every container as root unless the operator remembers `--user`. Defaults win in practice, so the image should be safe by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user and switch to it at the end of the Dockerfile: `RUN useradd -r -u 10001 app` then `USER 10001`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files the process writes must be owned by that user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HEALTHCHECK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a health check Docker only knows whether the process exists, not whether it works; a hung or hijacked service keeps receiving traffic and nobody is told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add `HEALTHCHECK CMD [&quot;/app/healthcheck&quot;]` to the Dockerfile, or `--health-cmd` at run time (compose: `healthcheck.test`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build argument values visible in image history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build arguments are not secret: the classic builder records every ARG value a RUN step used in the image history, which anyone who can pull the image can read with `docker history`. Secret-looking names are rated high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass secrets with BuildKit secret mounts: `RUN --mount=type=secret,id=token ...` and `docker build --secret id=token,src=token.txt`; rotate any secret already published this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs BuildKit; the leaked value must be rotated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADD fetches a remote URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`ADD https://...` downloads at build time without checksum verification by default; whoever controls that URL (or the network path) controls what goes into the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download in a RUN step with a pinned checksum (`curl -fsSLo f URL &amp;&amp; echo &quot;SHA256  f&quot; | sha256sum -c`), or use `ADD --checksum=sha256:...`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build toolchain or package cache left in the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compilers and package caches in the final image add size and attack surface: an attacker with a shell can build exploits on the spot, and cached package lists go stale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a multi-stage build and copy only the artefacts into a slim final stage; clean caches in the same RUN (`apt-get install ... &amp;&amp; rm -rf /var/lib/apt/lists/*`, `apk add --no-cache`, `pip install --no-cache-dir`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Dockerfile must be restructured into stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image exposes SSH (port 22)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposing 22 means the image is built to run an SSH server, which adds keys and passwords to manage and a service that bypasses Docker&apos;s access control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove `EXPOSE 22` and sshd from the image; use `docker exec` for administration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image tagged latest or untagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`latest` and untagged images cannot be traced to a version or a source commit; rebuilds and pulls silently change what runs, and a vulnerable version cannot be found by its tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag images with a version (`app:1.4.2`) and refer to them by tag or digest (`app@sha256:...`) in run commands and compose files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image is old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages in an image are frozen at build time. An image built more than a year ago almost certainly contains libraries with published vulnerabilities; rebuilding picks up the base image&apos;s patches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild regularly from an updated base image (`docker build --pull`) and redeploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rebuild may pull new major versions: test it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No memory limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a memory limit one leaking or attacked container can push the whole host into the kernel&apos;s out-of-memory killer, which may pick the Docker daemon or another service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set `--memory 512m` (compose: `mem_limit: 512m` or `deploy.resources.limits.memory`) sized from the workload&apos;s observed peak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too low a limit gets the container killed under load: measure first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A memory limit with `--memory-swap -1` lets the container page without bound, slowing every other workload on the host instead of failing fast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set `--memory-swap` equal to `--memory` (compose: `memswap_limit`) to disable swap for the container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CPU limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a CPU quota or weight a busy or hijacked container (crypto miners are the classic) takes CPU time from everything else on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set `--cpus 1.0` (compose: `cpus: 1.0` or `deploy.resources.limits.cpus`), or at least a relative weight with `--cpu-shares 512`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quota throttles bursts; leave headroom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PIDs limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes are a host-wide resource. Without a PIDs limit a fork bomb in one container exhausts the process table and nothing new can start on the host, including a shell to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set `--pids-limit 200` (compose: `pids_limit: 200`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writable root filesystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A writable root filesystem lets an attacker drop tools, change binaries or persist across process restarts. A read-only root makes the image the only source of code, with writes confined to declared places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add `--read-only --tmpfs /tmp` (compose: `read_only: true` and `tmpfs: [/tmp]`), and volumes for data the application must keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every path the application writes must be found and given a tmpfs or volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbounded restart policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`always` and `unless-stopped` restart a crashing container forever. A crash loop hides the failure, burns resources, and gives an attacker unlimited attempts at an exploit that crashes the process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use `--restart on-failure:5` (compose: `restart: on-failure:5` or `deploy.restart_policy.max_attempts: 5`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services that must survive daemon restarts need supervision elsewhere (an orchestrator or a systemd unit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OOM killer disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`--oom-kill-disable` stops the kernel from killing this container&apos;s processes when memory runs out. Without a memory limit the kernel then kills other processes on the host instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove `--oom-kill-disable` (compose: `oom_kill_disable`), and set a memory limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ulimits overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-container ulimits replace the daemon&apos;s defaults. Raising them (or setting them to unlimited) removes a limit on open files, processes or core sizes that protects the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove `--ulimit` (compose: `ulimits`) unless the value was chosen deliberately; never use -1 (unlimited). Set defaults in daemon.json `default-ulimits`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container runtime socket mounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever can talk to the Docker (or containerd, Podman, CRI-O) socket can start a privileged container that mounts the host&apos;s root: the socket is root on the host. Mounting it read-only does not help, because connecting to a socket needs no write access to the bind mount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the `-v /var/run/docker.sock:...` mount (compose: `volumes`). Tools that need the API should use a filtering proxy that allows only the read-only endpoints they use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse proxies and CI runners that discover containers need a socket proxy set up instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive host path mounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mounting host system folders gives the container direct access to what protects the host: /etc holds passwords and sudoers, / and /var/lib/docker hold every other container&apos;s data, and credential folders (.ssh, .aws, .kube, .docker) hold keys. Writable mounts are rated above read-only ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount only the specific files or folders the workload needs, read-only (`-v /host/path:/path:ro`, compose `read_only: true` on the bind), or use a named volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring agents that read host metrics need /proc and /sys read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret-looking host file bind-mounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files such as .env, id_rsa, *.pem or credentials bind-mounted from the host usually carry secrets in the clear on the host&apos;s disk, outside any secret store, readable by whoever reads that folder, and they often end up in backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Docker secrets (compose: top-level `secrets:` with the service&apos;s `secrets:` list, mounted under /run/secrets) or a tmpfs at /run/secrets filled at start-up, and keep the file mode 0600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application must read the secret from a file under /run/secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port published on all interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`-p 8080:80` binds 0.0.0.0 and :: on the host, so the service answers on every network the host is on, and Docker&apos;s iptables rules bypass host firewalls such as ufw. Services meant for a reverse proxy or the local machine should not be reachable from outside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind to one address: `-p 127.0.0.1:8080:80` (compose: `ports: [&quot;127.0.0.1:8080:80&quot;]`), and put a reverse proxy in front for public services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients on other machines then need the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privileged host port mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports below 1024 are traditionally trusted as belonging to root services. Mapping a container to one lets it impersonate a system service on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map to a host port of 1024 or above (`-p 8080:80`), or terminate at a reverse proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive service exposed to the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH, the Docker API, databases, caches and cluster services are attacked within minutes of being reachable, and many ship without authentication by default (Redis, Memcached, Elasticsearch, an unprotected Docker API).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not publish the port (remove `-p`), or bind it to loopback (`-p 127.0.0.1:5432:5432`) and reach it over an SSH tunnel or a private network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH server running in the container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SSH daemon inside a container adds keys and passwords to manage, a service to patch, and a way in that bypasses Docker&apos;s access control. `docker exec` already gives administrators a shell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove sshd from the image and use `docker exec` for debugging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process (PID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTS (host name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cgroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container runs privileged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A privileged container gets every capability and all host devices, and runs without seccomp, AppArmor or SELinux confinement. Escaping to the host takes one mount or one kernel module: it is root on the host in all but name. A created container counts too, because starting it is all it takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove `--privileged` (compose: `privileged: false`). Grant only the capabilities (`--cap-add`) and devices (`--device`) the workload needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workloads that manage the host (Docker-in-Docker, device drivers) need redesign or a dedicated host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container adds dangerous Linux capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities split root&apos;s power into pieces; some pieces are nearly the whole. SYS_ADMIN, SYS_MODULE and SYS_RAWIO are enough to take over the host; SYS_PTRACE, DAC_READ_SEARCH and NET_ADMIN open well-known escape or interception paths. Each added capability is rated on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the `--cap-add` entry (compose: `cap_add`). Start from `--cap-drop ALL` and add back only what the process is shown to need, e.g. `--cap-add NET_BIND_SERVICE`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the minimal set takes a test run; some tools (VPNs, debuggers) really need NET_ADMIN or SYS_PTRACE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default capabilities not dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker grants 14 capabilities by default (CHOWN, DAC_OVERRIDE, NET_RAW, SETUID, ...). Most services need none of them, and each one widens what an attacker can do after getting code execution, such as forging packets with NET_RAW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add `--cap-drop ALL` (compose: `cap_drop: [ALL]`) and `--cap-add` back only the needed ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images that start as root and switch user (gosu, su-exec) need SETUID/SETGID back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container runs as root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without user-namespace remapping, root in the container is root on the host: any escape, writable host mount or kernel bug is exploited with full rights. An empty user, `0` and `root` all mean root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run as an unprivileged user: `--user 1000:1000` (compose: `user: &quot;1000:1000&quot;`), or set `USER` in the Dockerfile. Alternatively enable `userns-remap` in daemon.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files the process writes must be owned by that user; ports below 1024 need NET_BIND_SERVICE or a higher port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-new-privileges not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without no-new-privileges a process can gain rights through setuid or setgid binaries (sudo, su, a planted helper). The flag makes the kernel refuse such gains for the container&apos;s whole process tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add `--security-opt no-new-privileges` (compose: `security_opt: [&quot;no-new-privileges:true&quot;]`), or set `&quot;no-new-privileges&quot;: true` in daemon.json for all containers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks images that rely on sudo or setuid helpers at run time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seccomp disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker&apos;s default seccomp profile blocks about 40 rarely needed system calls that are behind many kernel exploits (keyctl, unshare, bpf, ...). `seccomp=unconfined` removes that filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove `--security-opt seccomp=unconfined`; if one call is missing, ship a custom profile with `--security-opt seccomp=profile.json`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom profile must be maintained with the workload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppArmor disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On AppArmor hosts the docker-default profile denies writes to /proc and /sys and mounting; running unconfined removes that layer of defence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove `--security-opt apparmor=unconfined`; use `docker-default` or a custom profile (`--security-opt apparmor=PROFILE`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELinux labelling disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On SELinux hosts container processes run in a confined type that cannot touch host files. `label=disable` (or the spc_t type) lifts that confinement for this container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove `--security-opt label=disable`; relabel volumes with `:z`/`:Z` instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host network namespace shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With `--network host` the container sees every host interface, can bind any port and reach services that listen only on localhost (including abstract unix sockets of other daemons), and bypasses Docker&apos;s port publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a bridge network (compose: remove `network_mode: host`) and publish only the needed ports with `-p 127.0.0.1:PORT:PORT`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some network tools and very high packet rates need the host network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host PID namespace shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With `--pid host` the container sees and can signal every host process, read their environment and command lines, and with ptrace rights attach to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove `--pid host` (compose: `pid: host`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host IPC namespace shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With `--ipc host` the container shares System V shared memory, semaphores and message queues with host processes and can read or corrupt their data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove `--ipc host` (compose: `ipc: host`); use `--ipc shareable` between containers that need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host UTS namespace shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With `--uts host` the container can change the host&apos;s host name and domain name, which confuses logging, monitoring and name-based trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove `--uts host` (compose: `uts: host`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User namespace remapping bypassed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daemon remaps container root to an unprivileged host user, but `--userns host` opts this container out: its root is the host&apos;s root again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove `--userns host` (compose: `userns_mode: host`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host cgroup namespace shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the host cgroup namespace the container sees the host&apos;s whole cgroup tree, which leaks information about other workloads and eases cgroup-based escapes when combined with other rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use `--cgroupns private` (compose: `cgroup: private`), the default on cgroup v2 hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On cgroup v1 hosts `host` is Docker&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host devices passed through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host device inside the container bypasses the kernel&apos;s file permissions: raw disks can be read or rewritten, /dev/mem exposes physical memory. Block devices and memory devices are rated higher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove `--device` / `--device-cgroup-rule` entries (compose: `devices`, `device_cgroup_rules`) the workload does not need; pass a specific device read-only (`--device /dev/x:/dev/x:r`) where possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU and hardware workloads need their device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mount propagation set to shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With shared propagation, mounts created inside the container propagate back to the host (and other containers), so a compromised container can change the host&apos;s mount table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the default `rprivate` propagation: drop `:shared`/`:rshared` from `-v` (compose: `bind.propagation`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole context copied without a .dockerignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY . copies everything in the folder: .git history, .env files, keys, logs and local dependencies end up in a layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a .dockerignore that excludes .git, .env*, *.pem, *.key, id_rsa*, *.log and node_modules, or copy only the paths you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.dockerignore misses common sensitive paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .dockerignore exists but would let version history, environment files, keys, logs or dependency folders into a whole-context COPY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the missing patterns (the finding&apos;s suggestion lists them) to .dockerignore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive file in the build context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files in the context are sent to the daemon (possibly a remote one) and can be copied into layers; keys and credentials should never be there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the file out of the context or exclude it in .dockerignore; pass build-time secrets with docker build --secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WORKDIR is a relative path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relative WORKDIR resolves against whatever the previous WORKDIR was, so files land somewhere the reader of the Dockerfile does not expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give WORKDIR an absolute path, e.g. WORKDIR /app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUN uses a command that makes no sense during a build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactive or process-management tools (ssh, vim, top, ps, kill, mount, service, shutdown, free) do nothing useful while an image is built; their presence usually means a leftover or a misunderstanding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the command from the RUN instruction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The final stage&apos;s last USER is root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers from this image run as root unless the operator overrides it; a compromise of the process is then root inside the container, one kernel bug away from the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the final stage with a non-root user: RUN useradd -r -u 10001 app, then USER 10001:10001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUN uses cd instead of WORKDIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cd only lasts for its own RUN; later instructions silently run elsewhere, which makes the build hard to read and easy to break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the directory with WORKDIR /path before the RUN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUN uses sudo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo in an image means sudo is installed and configured in it, which gives any process that reaches it an easy path to root; during the build it is never needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop sudo: run the step before USER switches away from root, or switch with USER root / USER app around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base image has no tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An untagged image means :latest, which changes under you: two builds of the same Dockerfile give different images, and a bad upstream push lands unnoticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a version tag (FROM python:3.12-slim), or better a digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base image uses the latest tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest moves: builds are not reproducible and an upstream change reaches production without review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin a version tag (FROM node:20.11-alpine) or a digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive is copied and extracted in two steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY of a tarball followed by tar -x keeps the archive in a layer; ADD extracts a local archive in one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use ADD archive.tar.gz /dest/ for local tar archives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPOSE port out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP/UDP ports run from 0 to 65535; anything else is a typo that breaks the build or the port mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the port number in EXPOSE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one HEALTHCHECK in a stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the last HEALTHCHECK takes effect; the others mislead the reader about how health is judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one HEALTHCHECK per stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADD used for local files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADD also fetches URLs and unpacks archives; using it for plain files hides that behaviour and surprises reviewers. COPY does exactly one thing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace ADD with COPY for local files and folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY/ADD with several sources needs a folder destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With more than one source Docker requires the destination to be a directory ending in &apos;/&apos;; the build fails otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the destination with &apos;/&apos;: COPY a.txt b.txt /app/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY --from names no earlier stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A --from that is not a previous stage is taken as an image name and pulled from a registry: a typo becomes an unexpected download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a stage defined above with FROM ... AS name, or a full image reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY --from names its own stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage cannot copy from itself; the build fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy from a previous stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage name used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two stages with the same name make COPY --from ambiguous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every stage a unique name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMD/ENTRYPOINT in shell form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shell form runs the program under /bin/sh -c: the shell is PID 1, SIGTERM never reaches the program, and stop takes the full timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the JSON form: CMD [&quot;executable&quot;, &quot;arg&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base image from an untrusted registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your configuration lists the registries you trust; a base image from elsewhere bypasses that supply-chain control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull the base from a trusted registry, or add the registry to trustedRegistries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM with a fixed --platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A constant platform forces that architecture for every build, so builds elsewhere run emulated or produce the wrong architecture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop --platform, or use --platform=$BUILDPLATFORM for build stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONBUILD triggers FROM, ONBUILD or MAINTAINER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker does not allow these as ONBUILD triggers; the build fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the ONBUILD line or trigger another instruction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENV refers to a variable it defines itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within one ENV instruction the new values are not visible yet, so the reference expands to the old (usually empty) value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split it into two ENV instructions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY to a relative path without WORKDIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination depends on the base image&apos;s working directory, which the base can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set WORKDIR first or copy to an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>useradd with a high UID and no -l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>useradd writes a sparse lastlog entry at the UID&apos;s offset; with a high UID the layer grows by gigabytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add -l (--no-log-init) to useradd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wget without --progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wget&apos;s default progress bar writes a line per chunk into the build log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add --progress=dot:giga, or -q.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HEALTHCHECK in the final image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a health check Docker only knows whether the process exists, not whether it works; hung services keep receiving traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add HEALTHCHECK CMD &lt;command that exits 0 when healthy&gt;, or HEALTHCHECK NONE to say so explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consecutive RUN instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each RUN is a layer; clean-up in a later RUN does not shrink an earlier layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join related RUN instructions with &amp;&amp;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction before the first FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only ARG (and parser directives and comments) may come before FROM; Docker rejects the file otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the Dockerfile with FROM, or ARG followed by FROM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved stage name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;scratch&apos; and &apos;context&apos; have a meaning of their own in FROM and COPY --from; a stage of that name is never used as intended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redundant --platform=$TARGETPLATFORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages already build for the target platform; the flag only adds noise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove --platform=$TARGETPLATFORM from FROM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER is a name, not a numeric UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtimes that must verify a non-root user (Kubernetes runAsNonRoot) cannot resolve names and refuse to start the container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the numeric UID (and GID): USER 10001:10001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY --from copies a whole stage filesystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying / from a build stage drags compilers, caches and any secrets of that stage into the final image, defeating the multi-stage build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy only the artefacts you need: COPY --from=build /app/bin /app/bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAINTAINER is deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAINTAINER was replaced by labels; tools reading OCI annotations do not see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use LABEL org.opencontainers.image.authors=&quot;name &lt;mail&gt;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both wget and curl are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two download tools mean two sets of TLS defaults and two packages to patch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of them throughout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one CMD in a stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the last CMD counts; earlier ones mislead the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one CMD per stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one ENTRYPOINT in a stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the last ENTRYPOINT counts; earlier ones mislead the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one ENTRYPOINT per stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUN replaces /bin/sh instead of using SHELL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking another shell over /bin/sh changes it for every program in the image, not just for the build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use SHELL [&quot;/bin/bash&quot;, &quot;-c&quot;] for the build&apos;s RUN instructions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUN with a pipe and no pipefail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pipeline&apos;s status is its last command&apos;s: curl failing in curl ... | tar x goes unnoticed and the build continues with half a download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set SHELL [&quot;/bin/bash&quot;, &quot;-o&quot;, &quot;pipefail&quot;, &quot;-c&quot;] before the RUN (or start the script with set -o pipefail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid label key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label keys should be lower-case reverse-DNS names; Docker reserves com.docker.*, io.docker.* and org.dockerproject.*.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the label, e.g. org.opencontainers.image.source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required label missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your label schema requires this label (ownership, source, licence) so images can be traced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add LABEL &lt;key&gt;=&quot;&lt;value&gt;&quot; to the final stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label outside the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strict-labels is on and this label is not in the schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the label or add it to label-schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schema label with no value carries no information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the label a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label is not a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema says this label holds a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an absolute URL with scheme and host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label is not an RFC 3339 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema says this label holds a time stamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use e.g. 2024-05-01T12:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label is not an SPDX licence expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema says this label holds a licence; tools read SPDX ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an SPDX id or expression, e.g. Apache-2.0 OR MIT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label is not a git hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema says this label holds a commit hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the full or abbreviated hex commit id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label is not a semantic version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema says this label holds a semantic version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use MAJOR.MINOR.PATCH, e.g. 1.4.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema says this label holds an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dockerfile cannot be parsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line Docker would reject (or read differently from what it looks like) hides what the build really does; the other rules cannot judge what they cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the syntax at the reported position: a known instruction with its arguments, balanced heredocs and a valid parser directive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apt-get dist-upgrade in a Dockerfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dist-upgrade can move the image to a different release than the base tag says, so the image no longer matches what reviewers think it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a newer base image tag instead of dist-upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apt-get install without version pins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpinned packages make builds unreproducible: a rebuild silently picks up whatever the mirror serves that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin each package: apt-get install -y curl=7.88.1-10+deb12u5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apt-get lists not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package lists stay in the layer: tens of megabytes and stale metadata in every container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the RUN with &amp;&amp; rm -rf /var/lib/apt/lists/*.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pip install without version pins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpinned Python packages make builds unreproducible and let a hijacked release in on the next build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin versions (pip install requests==2.31.0) or install from a requirements file with pins and hashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apt-get install without -y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without -y apt-get asks for confirmation and the build aborts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add -y: apt-get install -y ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apt-get install without --no-install-recommends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended packages are installed by default: more code, more CVEs, bigger image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add --no-install-recommends to apt-get install.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npm install without version pins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npm install name takes the newest release; a compromised package version lands in the next build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin versions (npm install express@4.19.2) or use npm ci with a lock file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apk add without version pins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpinned packages make builds unreproducible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin each package: apk add --no-cache curl=8.5.0-r0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apk add without --no-cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The apk index stays in the layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use apk add --no-cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apt used instead of apt-get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apt&apos;s command-line interface is not stable for scripts and warns so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use apt-get (or apt-cache).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gem install without version pins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpinned gems make builds unreproducible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin versions: gem install rails:7.1.3 or gem install rails -v 7.1.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yum install without -y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without -y yum asks for confirmation and the build aborts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add -y: yum install -y ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yum cache not cleaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The yum cache stays in the layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the RUN with &amp;&amp; yum clean all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yum install without version pins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin versions: yum install -y httpd-2.4.57.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zypper without non-interactive switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without -n zypper asks for confirmation and the build aborts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use zypper -n install ... or zypper install -y ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zypper dist-upgrade in a Dockerfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dist-upgrade changes the distribution release under the base tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a newer base image tag instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zypper cache not cleaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zypper cache stays in the layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the RUN with &amp;&amp; zypper clean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zypper install without version pins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin versions: zypper install -y httpd=2.4.57.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dnf install without -y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without -y dnf asks for confirmation and the build aborts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add -y: dnf install -y ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dnf cache not cleaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dnf cache stays in the layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the RUN with &amp;&amp; dnf clean all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dnf install without version pins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin versions: dnf install -y httpd-2.4.57.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pip install keeps its cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pip&apos;s download cache stays in the layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add --no-cache-dir, or set ENV PIP_NO_CACHE_DIR=1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yarn cache not cleaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yarn&apos;s cache stays in the layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the RUN with &amp;&amp; yarn cache clean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>go install without a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>go install without @version (or with @latest) takes whatever is newest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use go install example.com/tool@v1.2.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final stage sets no USER (runs as root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With no USER the container&apos;s process is root. Any code execution bug then runs as root inside the container, one kernel or runtime flaw away from the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a user and switch to it at the end of the final stage: RUN useradd -r -u 10001 app, then USER 10001:10001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENV/ARG/LABEL value looks like a credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values of ENV, ARG and LABEL are stored in the image configuration and history; anyone who can pull the image can read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the value, rotate the credential, and pass it at build time with RUN --mount=type=secret or at run time from a secret store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive file copied into the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private keys, .env files, cloud and registry credentials or a .git folder in a layer stay there even if a later step deletes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not copy the file; mount it for the one RUN that needs it with RUN --mount=type=secret, and exclude it in .dockerignore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build toolchain in a single-stage image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compilers and build tools in the shipped image give an attacker ready-made tools and add code that needs patching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a multi-stage build: compile in FROM ... AS build, then COPY --from=build only the artefacts into a minimal final stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final image uses a full-size base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every package in the base is attack surface and CVE noise; slim, alpine and distroless bases ship a fraction of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base the final stage on a minimal image (e.g. python:3.12-slim, gcr.io/distroless/static-debian12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base image not pinned by digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags can be moved by whoever controls the repository; a digest names exactly one image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the digest: FROM python:3.12-slim@sha256:&lt;digest&gt; (docker buildx imagetools inspect shows it), and let a bot update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SSH server in a container is a second way in with its own credentials to manage; docker exec already gives operators a shell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove EXPOSE 22 and the SSH server; use docker exec for maintenance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download piped into a shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl | sh runs whatever the server (or anyone in the middle) sends, with no checksum and no record of what ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download to a file, verify its checksum or signature (sha256sum -c), then run it; or use ADD --checksum=sha256:...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>World-writable permissions (chmod 777)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files every user can write let any process in the container replace code or configuration that others execute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give ownership to the user that needs it (chown app) and use 755/644, or 1777 for shared temp folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build secret passed without RUN --mount=type=secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build arguments and ENV values used by RUN are recorded in the image history and may be written into layers; BuildKit secret mounts are not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass the secret with docker build --secret id=name and read it in RUN --mount=type=secret,id=name from /run/secrets/name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate verification turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without certificate checks any network position can swap the downloaded code or packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove -k/--insecure, --no-check-certificate, --trusted-host, sslVerify=false and install the CA certificate you need instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages installed without signature checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package signatures are what stops a tampered mirror; turning them off installs whatever is served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove --allow-unauthenticated / --allow-untrusted / --nogpgcheck and import the repository key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret in ENV or ARG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENV values live in the image config and every container&apos;s environment; ARG values are kept in the build history. Both are readable by anyone with the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the variable; use RUN --mount=type=secret for build-time secrets and a secret store or mounted file (*_FILE) at run time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credential in an image (ENV, build ARG in the history, or a file in any layer) or in a container&apos;s environment can be read by anyone who can pull the image or inspect the container. Layers are immutable: deleting the file later does not remove it, and the value stays valid until it is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke and rotate the credential first. Then pass it at run time instead: a Docker secret (a tmpfs file under /run/secrets/&lt;name&gt;), your orchestrator&apos;s secret store, or for builds `RUN --mount=type=secret,id=&lt;name&gt;` (BuildKit). Never put secrets in ENV, ARG, LABEL or COPY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating the credential and changing how the application reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS access key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS secret access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Cloud service-account key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google OAuth client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google OAuth access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure storage account key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure connection string with a shared access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure shared access signature (SAS) token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure AD (Entra ID) client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure DevOps personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud AccessKey ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DigitalOcean personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DigitalOcean OAuth token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heroku API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heroku platform token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub personal access token (classic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub fine-grained personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub OAuth access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub App token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab pipeline trigger token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab runner registration or authentication token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab deploy token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atlassian API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack bot token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack user or workspace token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack app-level token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack incoming webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discord webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Teams incoming webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram bot token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendGrid API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailgun API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailchimp API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe live secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe live restricted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe test secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify shared secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square access token or OAuth secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA private key (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC private key (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSA private key (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSH private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS #8 private key (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PGP private key block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PuTTY private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age encryption secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Web Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes client key in a kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes bearer token in a kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HashiCorp Vault service token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HashiCorp Vault batch token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HashiCorp Vault legacy token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terraform Cloud / Enterprise API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulumi access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doppler token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npm access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npm registry auth token in .npmrc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyPI upload token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Hub access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry credentials in a Docker config.json (auths)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RubyGems API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NuGet API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JFrog Artifactory API key or reference token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugging Face access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groq API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perplexity API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xAI API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohere or Mistral API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LangSmith API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datadog API or application key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Relic user API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentry auth token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postman API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databricks access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supabase or PlanetScale token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynatrace API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figma personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database connection URI with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password in a URL (basic authentication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password in a .netrc entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret, token or API key assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential file in the image or container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files such as id_rsa, .env, .npmrc, .docker/config.json, .aws/credentials, .git-credentials, .pgpass, .netrc, *.pem/*.key and kubeconfigs usually hold credentials. Anyone who can pull the image or read the container&apos;s filesystem gets them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the file from the build context (.dockerignore) and from the image; mount it at run time as a Docker secret under /run/secrets, or use `RUN --mount=type=secret` for builds. Rotate what it held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret deleted in a later layer but still in the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A later `RUN rm` only adds a whiteout entry: the file stays in the earlier layer, and `docker save` or any registry pull hands it out unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild without ever copying the secret into a layer (multi-stage build, or `RUN --mount=type=secret`), then rotate the secret: it has already shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected setuid or setgid file in the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A setuid or setgid program runs with its owner&apos;s (usually root&apos;s) rights whoever starts it, so a bug in it or a planted copy of a shell turns any user in the container into root. Besides the distribution&apos;s login and network tools (su, passwd, mount, ping ...), images should carry none. Checked when the layers are read (`bulkhead-cli scan --layers`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the special bits in the Dockerfile: `RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} +` (keep only what the application needs), and run containers with `--security-opt no-new-privileges`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A program that really needs the bits (rare in containers) must be kept and justified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ConnectionBar</name>
    <message>
        <source>&amp;Docker host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unix:///var/run/docker.sock, tcp://host:2376, ssh://user@host, or a docker context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (recent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS off: traffic and the daemon are unprotected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS without verification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ContainerRiskView</name>
    <message>
        <source>Risk score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy hardened docker run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the hardened docker run command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy compose snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the hardened compose snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardened configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect JSON, secrets masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardened docker run command copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose snippet copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no inspect data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No container selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a container in the Containers view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk score %1 of 100, grade %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># docker run with the fixes applied
%1

# docker compose service with the fixes applied
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a report of this container</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ContainerTableModel</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>privileged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk score %1 of 100, grade %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk score %1, grade %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privileged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ContainersView</name>
    <message>
        <source>Search name, image, id, port, user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of containers shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::DashboardView</name>
    <message>
        <source>Host posture grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riskiest containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host posture: %1 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Docker %2 (API %3) on %4 · %5 containers (%6 running) · %7 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical %1 · High %2 · Medium %3 · Low %4 · Info %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n accepted risk(s) not counted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Partial results: the collection did not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. Connect to a Docker host or open a snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::DockerfileEditor</name>
    <message>
        <source>Dockerfile editor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::EventWatcher</name>
    <message>
        <source>The daemon refused /events (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ExportDialog</name>
    <message>
        <source>HTML report (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SARIF 2.1.0 (*.sarif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML — self-contained page for people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF — paginated, to hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON — versioned schema, for scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SARIF 2.1.0 — code scanning tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Selected containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;One container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container to report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daemon and host findings are always included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulkhead security report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the report when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Include the Dockerfile lint of %1 (%n finding(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Include the layer scans (%n finding(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to save the report to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one container, or choose another scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the container to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no scan to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written, but no program could open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::FindingDetail</name>
    <message>
        <source>CIS Docker Benchmark %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OWASP Docker Security Cheat Sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIST SP 800-190 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What fixing costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding to see its evidence, why it matters and how to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted risk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::FindingTreeModel</name>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 [accepted: %2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 severity: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::HostView</name>
    <message>
        <source>Daemon and host facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daemon and host findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (API %2, minimum %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs / memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker group members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read (the endpoint is not on this machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ImageTableModel</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ImagesView</name>
    <message>
        <source>Search images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image history and layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History and layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposed ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthcheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment (values masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted but still in the image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history recorded for this image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan &amp;layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the layers of the selected image for secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the layer scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer scan progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer scan status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets and files found in the image layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still in the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets in layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v/%m layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer scan cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in the layers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Scanning the layers of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the image from the daemon (GET only) and scans every layer for secrets, deleted files included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer scans read the image from the daemon: connect to a Docker host (a snapshot holds no layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers not scanned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted but still in the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in %1 layer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n deleted in a later layer but still in the image</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n setuid/setgid file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n layer(s) from the cache)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::LayerScanJob</name>
    <message>
        <source>Layer scan cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::LintView</name>
    <message>
        <source>Open a Dockerfile or a build-context folder (File menu), drop one here, or type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dockerfile findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Dockerfile in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (build context %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::MainWindow</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO — you are looking at the bundled demo snapshot (fixture data with fake secrets), not at a real host. Connect to a Docker host or open a snapshot from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host and daemon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dockerfile lint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following Docker events: changes appear without a reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dockerfile linted: %n finding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulkhead snapshots (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulkhead snapshots (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot saved (readable by you only): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;demo snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lint a &amp;Dockerfile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lint a Dockerfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lint a build &amp;context folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lint a build context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect and rescan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Bulkhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Bulkhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bulkhead %1&lt;/h3&gt;&lt;p&gt;A read-only security dashboard for Docker: it only ever sends GET and HEAD requests to the Engine.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect without TLS?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a remote daemon without TLS. Anyone on the network path can read the traffic and take over the daemon.

Connect anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker %1 · API %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot of %1, taken %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Partial results: %n problem(s) while collecting.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scan complete: %n container(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Bulkhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[DEMO] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written (readable by you only): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review decision not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulkhead reviews (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Review opened: %n decision(s); every change is saved to it at once</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save review &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulkhead reviews (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review saved (readable by you only): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ReportExportJob</name>
    <message>
        <source>No output file chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No container in the scan matches the chosen scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose other containers, or export all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Report written: %1 (%n finding(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ReviewPanel</name>
    <message>
        <source>Review decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: the reviewer&apos;s note, saved with the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: File &gt; Save review as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::RuleCatalogModel</name>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daemon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::RulesView</name>
    <message>
        <source>Search rules by id, title, alias (e.g. DL3002, CIS)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rule catalogue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ScanController</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo snapshot is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the demo snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ScanData</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root (default)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected recent hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the recent hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;hosts:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::TlsDialog</name>
    <message>
        <source>TLS settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the daemon&apos;s certificate and host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the client key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
