<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Category</name>
    <message>
        <source>Privileges</source>
        <translation>Privilegien</translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation>Mounts</translation>
    </message>
    <message>
        <source>Resource limits</source>
        <translation>Ressourcenlimits</translation>
    </message>
    <message>
        <source>Network exposure</source>
        <translation>Netzwerkexposition</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Daemon</source>
        <translation>Daemon</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <source>Build context</source>
        <translation>Build-Kontext</translation>
    </message>
</context>
<context>
    <name>Dockerfile</name>
    <message>
        <source>%1 copies the whole build context and there is no .dockerignore</source>
        <translation>%1 kopiert den gesamten Build-Kontext, und es gibt keine .dockerignore</translation>
    </message>
    <message>
        <source>.dockerignore does not exclude %1, and %2 copies the whole context</source>
        <translation>.dockerignore schließt %1 nicht aus, und %2 kopiert den gesamten Kontext</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is sent to the daemon and copied into the image by COPY/ADD of the whole context</source>
        <translation>&apos;%1&apos; wird an den Daemon gesendet und durch COPY/ADD des gesamten Kontexts in das Image kopiert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is sent to the daemon with the build context</source>
        <translation>&apos;%1&apos; wird mit dem Build-Kontext an den Daemon gesendet</translation>
    </message>
    <message>
        <source>WORKDIR &apos;%1&apos; is relative; it depends on the previous WORKDIR</source>
        <translation>WORKDIR &apos;%1&apos; ist relativ; es hängt vom vorherigen WORKDIR ab</translation>
    </message>
    <message>
        <source>&apos;%1&apos; makes no sense in an image build</source>
        <translation>&apos;%1&apos; ist in einem Image-Build sinnlos</translation>
    </message>
    <message>
        <source>the final stage&apos;s last USER is root</source>
        <translation>der letzte USER der finalen Stage ist root</translation>
    </message>
    <message>
        <source>RUN changes directory with &apos;cd&apos;; use WORKDIR</source>
        <translation>RUN wechselt das Verzeichnis mit &apos;cd&apos;; verwenden Sie WORKDIR</translation>
    </message>
    <message>
        <source>RUN uses sudo</source>
        <translation>RUN verwendet sudo</translation>
    </message>
    <message>
        <source>base image &apos;%1&apos; has no tag (it means :latest)</source>
        <translation>Basis-Image &apos;%1&apos; hat kein Tag (das bedeutet :latest)</translation>
    </message>
    <message>
        <source>base image &apos;%1&apos; uses the moving tag &apos;latest&apos;</source>
        <translation>Basis-Image &apos;%1&apos; verwendet das veränderliche Tag &apos;latest&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is copied and then extracted; ADD extracts local archives</source>
        <translation>&apos;%1&apos; wird kopiert und dann entpackt; ADD entpackt lokale Archive</translation>
    </message>
    <message>
        <source>port %1 is outside 0-65535</source>
        <translation>Port %1 liegt außerhalb von 0-65535</translation>
    </message>
    <message>
        <source>more than one HEALTHCHECK in a stage; only the last one counts</source>
        <translation>mehr als eine HEALTHCHECK-Anweisung in einer Stage; nur die letzte zählt</translation>
    </message>
    <message>
        <source>more than one CMD in a stage; only the last one counts</source>
        <translation>mehr als eine CMD-Anweisung in einer Stage; nur die letzte zählt</translation>
    </message>
    <message>
        <source>more than one ENTRYPOINT in a stage; only the last one counts</source>
        <translation>mehr als eine ENTRYPOINT-Anweisung in einer Stage; nur die letzte zählt</translation>
    </message>
    <message>
        <source>ADD copies plain files; COPY does the same with no hidden URL or archive magic</source>
        <translation>ADD kopiert gewöhnliche Dateien; COPY macht dasselbe ohne versteckte URL- oder Archiv-Magie</translation>
    </message>
    <message>
        <source>%1 with several sources needs a destination folder ending in &apos;/&apos;</source>
        <translation>%1 mit mehreren Quellen benötigt einen Zielordner, der auf &apos;/&apos; endet</translation>
    </message>
    <message>
        <source>COPY --from=%1 names no earlier stage</source>
        <translation>COPY --from=%1 bezeichnet keine frühere Stage</translation>
    </message>
    <message>
        <source>COPY --from=%1 names the stage it is in</source>
        <translation>COPY --from=%1 bezeichnet die Stage, in der es steht</translation>
    </message>
    <message>
        <source>stage name &apos;%1&apos; is used twice</source>
        <translation>Stage-Name &apos;%1&apos; wird zweimal verwendet</translation>
    </message>
    <message>
        <source>stage name &apos;%1&apos; is reserved</source>
        <translation>Stage-Name &apos;%1&apos; ist reserviert</translation>
    </message>
    <message>
        <source>%1 uses the shell form: the process runs under /bin/sh -c and does not get signals</source>
        <translation>%1 verwendet die Shell-Form: Der Prozess läuft unter /bin/sh -c und erhält keine Signale</translation>
    </message>
    <message>
        <source>base image comes from &apos;%1&apos;, which is not a trusted registry</source>
        <translation>Basis-Image stammt aus &apos;%1&apos;, einer nicht vertrauenswürdigen Registry</translation>
    </message>
    <message>
        <source>FROM --platform=%1 fixes the platform; builds for other platforms then run emulated or fail</source>
        <translation>FROM --platform=%1 legt die Plattform fest; Builds für andere Plattformen laufen dann emuliert oder schlagen fehl</translation>
    </message>
    <message>
        <source>--platform=$TARGETPLATFORM is the default and can go</source>
        <translation>--platform=$TARGETPLATFORM ist der Standard und kann entfallen</translation>
    </message>
    <message>
        <source>ONBUILD cannot trigger %1</source>
        <translation>ONBUILD kann %1 nicht auslösen</translation>
    </message>
    <message>
        <source>%1 refers to %2, which this same ENV defines (it is not set yet)</source>
        <translation>%1 verweist auf %2, das von derselben ENV-Anweisung definiert wird (es ist noch nicht gesetzt)</translation>
    </message>
    <message>
        <source>COPY to the relative path &apos;%1&apos; with no WORKDIR set in this stage</source>
        <translation>COPY in den relativen Pfad &apos;%1&apos;, ohne dass in dieser Stage ein WORKDIR gesetzt ist</translation>
    </message>
    <message>
        <source>useradd with the high UID %1 and no -l fills the lastlog file (a huge sparse layer)</source>
        <translation>useradd mit der hohen UID %1 und ohne -l füllt die lastlog-Datei (ein riesiger Sparse-Layer)</translation>
    </message>
    <message>
        <source>wget without --progress or -q floods the build log</source>
        <translation>wget ohne --progress oder -q überflutet das Build-Log</translation>
    </message>
    <message>
        <source>the final image has no HEALTHCHECK</source>
        <translation>das finale Image hat keinen HEALTHCHECK</translation>
    </message>
    <message>
        <source>consecutive RUN instructions; joining them saves a layer</source>
        <translation>aufeinanderfolgende RUN-Anweisungen; Zusammenfassen spart einen Layer</translation>
    </message>
    <message>
        <source>%1 before the first FROM; a Dockerfile starts with FROM or ARG</source>
        <translation>%1 vor dem ersten FROM; ein Dockerfile beginnt mit FROM oder ARG</translation>
    </message>
    <message>
        <source>USER %1 is a name; runtimes that enforce non-root (runAsNonRoot) need a numeric UID</source>
        <translation>USER %1 ist ein Name; Laufzeitumgebungen, die Nicht-Root erzwingen (runAsNonRoot), benötigen eine numerische UID</translation>
    </message>
    <message>
        <source>COPY --from=%1 / copies the stage&apos;s whole filesystem, build tools and all</source>
        <translation>COPY --from=%1 / kopiert das gesamte Dateisystem der Stage, samt Build-Tools und allem Übrigen</translation>
    </message>
    <message>
        <source>MAINTAINER is deprecated</source>
        <translation>MAINTAINER ist veraltet</translation>
    </message>
    <message>
        <source>both wget and curl are used; pick one</source>
        <translation>sowohl wget als auch curl werden verwendet; wählen Sie eines</translation>
    </message>
    <message>
        <source>RUN replaces /bin/sh; use SHELL to change the shell</source>
        <translation>RUN ersetzt /bin/sh; verwenden Sie SHELL, um die Shell zu ändern</translation>
    </message>
    <message>
        <source>RUN has a pipe but the shell has no -o pipefail: a failing first command goes unnoticed</source>
        <translation>RUN enthält eine Pipe, aber die Shell hat kein -o pipefail: Ein fehlschlagender erster Befehl bleibt unbemerkt</translation>
    </message>
    <message>
        <source>label key &apos;%1&apos; is not a lower-case reverse-DNS name, or uses a namespace reserved by Docker</source>
        <translation>Label-Schlüssel &apos;%1&apos; ist kein kleingeschriebener Reverse-DNS-Name oder verwendet einen von Docker reservierten Namespace</translation>
    </message>
    <message>
        <source>required label &apos;%1&apos; is missing</source>
        <translation>erforderliches Label &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>label &apos;%1&apos; is not in the label schema</source>
        <translation>Label &apos;%1&apos; ist nicht im Label-Schema enthalten</translation>
    </message>
    <message>
        <source>label &apos;%1&apos; is not a valid %2</source>
        <translation>Label &apos;%1&apos; ist kein gültiger Wert vom Typ %2</translation>
    </message>
    <message>
        <source>label &apos;%1&apos; is empty</source>
        <translation>Label &apos;%1&apos; ist leer</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>RFC 3339 time</source>
        <translation>RFC-3339-Zeitangabe</translation>
    </message>
    <message>
        <source>SPDX licence expression</source>
        <translation>SPDX-Lizenzausdruck</translation>
    </message>
    <message>
        <source>git hash</source>
        <translation>Git-Hash</translation>
    </message>
    <message>
        <source>semantic version</source>
        <translation>semantische Version</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>configuration file larger than 1 MiB; ignored</source>
        <translation>Konfigurationsdatei größer als 1 MiB; ignoriert</translation>
    </message>
    <message>
        <source>line %1: unknown severity &apos;%2&apos;</source>
        <translation>Zeile %1: unbekannter Schweregrad &apos;%2&apos;</translation>
    </message>
    <message>
        <source>line %1: unknown rule &apos;%2&apos;</source>
        <translation>Zeile %1: unbekannte Regel &apos;%2&apos;</translation>
    </message>
    <message>
        <source>line %1: unknown failure-threshold &apos;%2&apos;</source>
        <translation>Zeile %1: unbekannter failure-threshold &apos;%2&apos;</translation>
    </message>
    <message>
        <source>line %1: list item outside a known key</source>
        <translation>Zeile %1: Listeneintrag außerhalb eines bekannten Schlüssels</translation>
    </message>
    <message>
        <source>line %1: expected &apos;key: value&apos;</source>
        <translation>Zeile %1: &apos;key: value&apos; erwartet</translation>
    </message>
    <message>
        <source>line %1: inline maps are not supported; use one key per line</source>
        <translation>Zeile %1: Inline-Maps werden nicht unterstützt; verwenden Sie einen Schlüssel pro Zeile</translation>
    </message>
    <message>
        <source>line %1: unknown key &apos;%2&apos; (ignored)</source>
        <translation>Zeile %1: unbekannter Schlüssel &apos;%2&apos; (ignoriert)</translation>
    </message>
    <message>
        <source>line %1: unknown label type &apos;%2&apos;</source>
        <translation>Zeile %1: unbekannter Label-Typ &apos;%2&apos;</translation>
    </message>
    <message>
        <source>line %1: unexpected nested key &apos;%2&apos;</source>
        <translation>Zeile %1: unerwarteter verschachtelter Schlüssel &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: no such file or directory</source>
        <translation>%1: Datei oder Verzeichnis nicht gefunden</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: no Dockerfile in this folder</source>
        <translation>%1: kein Dockerfile in diesem Ordner</translation>
    </message>
    <message>
        <source>pass the Dockerfile&apos;s path, or a build-context folder that holds one</source>
        <translation>den Pfad des Dockerfiles angeben oder einen Build-Kontext-Ordner, der eines enthält</translation>
    </message>
    <message>
        <source>apt-get dist-upgrade changes the base distribution inside the image</source>
        <translation>apt-get dist-upgrade ändert die Basis-Distribution im Image</translation>
    </message>
    <message>
        <source>apt-get install without versions: %1</source>
        <translation>apt-get install ohne Versionen: %1</translation>
    </message>
    <message>
        <source>apt-get lists are left in the layer; remove /var/lib/apt/lists/* in the same RUN</source>
        <translation>apt-get-Listen verbleiben im Layer; entfernen Sie /var/lib/apt/lists/* im selben RUN</translation>
    </message>
    <message>
        <source>apt-get install without -y waits for an answer that never comes</source>
        <translation>apt-get install ohne -y wartet auf eine Antwort, die nie kommt</translation>
    </message>
    <message>
        <source>apt-get install pulls in recommended packages</source>
        <translation>apt-get install zieht empfohlene Pakete mit</translation>
    </message>
    <message>
        <source>&apos;apt&apos; is for people; scripts use apt-get or apt-cache</source>
        <translation>&apos;apt&apos; ist für Menschen; Skripte verwenden apt-get oder apt-cache</translation>
    </message>
    <message>
        <source>apk add without versions: %1</source>
        <translation>apk add ohne Versionen: %1</translation>
    </message>
    <message>
        <source>apk add keeps its index cache in the layer</source>
        <translation>apk add behält seinen Index-Cache im Layer</translation>
    </message>
    <message>
        <source>pip install without versions: %1</source>
        <translation>pip install ohne Versionen: %1</translation>
    </message>
    <message>
        <source>pip install keeps its download cache in the layer</source>
        <translation>pip install behält seinen Download-Cache im Layer</translation>
    </message>
    <message>
        <source>npm install without versions: %1</source>
        <translation>npm install ohne Versionen: %1</translation>
    </message>
    <message>
        <source>gem install without versions: %1</source>
        <translation>gem install ohne Versionen: %1</translation>
    </message>
    <message>
        <source>go install without a version: %1</source>
        <translation>go install ohne Version: %1</translation>
    </message>
    <message>
        <source>%1 install without -y waits for an answer that never comes</source>
        <translation>%1 install ohne -y wartet auf eine Antwort, die nie kommt</translation>
    </message>
    <message>
        <source>%1 install without &apos;%1 clean all&apos; leaves the package cache in the layer</source>
        <translation>%1 install ohne &apos;%1 clean all&apos; lässt den Paket-Cache im Layer zurück</translation>
    </message>
    <message>
        <source>%1 install without versions: %2</source>
        <translation>%1 install ohne Versionen: %2</translation>
    </message>
    <message>
        <source>zypper without -n waits for an answer that never comes</source>
        <translation>zypper ohne -n wartet auf eine Antwort, die nie kommt</translation>
    </message>
    <message>
        <source>zypper dist-upgrade changes the base distribution inside the image</source>
        <translation>zypper dist-upgrade ändert die Basis-Distribution im Image</translation>
    </message>
    <message>
        <source>zypper install without &apos;zypper clean&apos; leaves the cache in the layer</source>
        <translation>zypper install ohne &apos;zypper clean&apos; lässt den Cache im Layer zurück</translation>
    </message>
    <message>
        <source>zypper install without versions: %1</source>
        <translation>zypper install ohne Versionen: %1</translation>
    </message>
    <message>
        <source>yarn install without &apos;yarn cache clean&apos; leaves the cache in the layer</source>
        <translation>yarn install ohne &apos;yarn cache clean&apos; lässt den Cache im Layer zurück</translation>
    </message>
    <message>
        <source>the final stage sets no USER, so containers run as root</source>
        <translation>die finale Stage setzt keinen USER, daher laufen Container als root</translation>
    </message>
    <message>
        <source>%1 %2 holds a secret in the image (value %3)</source>
        <translation>%1 %2 enthält ein Geheimnis im Image (Wert %3)</translation>
    </message>
    <message>
        <source>ARG %1 passes a secret as a build argument; it is kept in the image history</source>
        <translation>ARG %1 übergibt ein Geheimnis als Build-Argument; es bleibt in der Image-Historie erhalten</translation>
    </message>
    <message>
        <source>ENV %1 puts a secret into every container&apos;s environment</source>
        <translation>ENV %1 legt ein Geheimnis in der Umgebung jedes Containers ab</translation>
    </message>
    <message>
        <source>%1 %2 has a value that looks like a credential (%3)</source>
        <translation>%1 %2 hat einen Wert, der nach Zugangsdaten aussieht (%3)</translation>
    </message>
    <message>
        <source>%1 puts &apos;%2&apos; into the image, where anyone with the image can read it</source>
        <translation>%1 legt &apos;%2&apos; im Image ab, wo jeder mit Zugriff auf das Image es lesen kann</translation>
    </message>
    <message>
        <source>build tools (%1) are installed into the image that ships; build in a separate stage</source>
        <translation>Build-Tools (%1) werden in das ausgelieferte Image installiert; bauen Sie in einer separaten Stage</translation>
    </message>
    <message>
        <source>final image is based on the full &apos;%1&apos;; a smaller base (%2) ships less to attack</source>
        <translation>finales Image basiert auf dem vollständigen &apos;%1&apos;; eine kleinere Basis (%2) liefert weniger Angriffsfläche aus</translation>
    </message>
    <message>
        <source>base image &apos;%1&apos; is not pinned by digest</source>
        <translation>Basis-Image &apos;%1&apos; ist nicht per Digest fixiert</translation>
    </message>
    <message>
        <source>EXPOSE 22: the image is meant to run an SSH server</source>
        <translation>EXPOSE 22: Das Image ist dafür gedacht, einen SSH-Server zu betreiben</translation>
    </message>
    <message>
        <source>%1 output is piped into %2: whatever the server sends runs in the build</source>
        <translation>die Ausgabe von %1 wird an %2 weitergeleitet: Was auch immer der Server sendet, wird im Build ausgeführt</translation>
    </message>
    <message>
        <source>%1 runs a script downloaded on the fly</source>
        <translation>%1 führt ein spontan heruntergeladenes Skript aus</translation>
    </message>
    <message>
        <source>chmod %1 makes %2 writable by every user</source>
        <translation>chmod %1 macht %2 für jeden Benutzer beschreibbar</translation>
    </message>
    <message>
        <source>%1 --chmod=%2 makes the files writable by every user</source>
        <translation>%1 --chmod=%2 macht die Dateien für jeden Benutzer beschreibbar</translation>
    </message>
    <message>
        <source>RUN reads %1 from a build argument or ENV; it ends up in the image history or layers</source>
        <translation>RUN liest %1 aus einem Build-Argument oder ENV; der Wert landet in der Image-Historie oder in den Layern</translation>
    </message>
    <message>
        <source>RUN contains a literal credential (authorization header or user:password URL); it is stored in the image history</source>
        <translation>RUN enthält Zugangsdaten im Klartext (Authorization-Header oder user:password-URL); sie werden in der Image-Historie gespeichert</translation>
    </message>
    <message>
        <source>%1 is told not to verify TLS certificates</source>
        <translation>%1 wird angewiesen, TLS-Zertifikate nicht zu prüfen</translation>
    </message>
    <message>
        <source>ENV %1=%2 turns off TLS certificate checks</source>
        <translation>ENV %1=%2 schaltet die Prüfung von TLS-Zertifikaten ab</translation>
    </message>
    <message>
        <source>%1 installs packages without checking their signatures</source>
        <translation>%1 installiert Pakete, ohne ihre Signaturen zu prüfen</translation>
    </message>
    <message>
        <source>%1 %2 holds a credential: %3 (%4)</source>
        <translation>%1 %2 enthält Zugangsdaten: %3 (%4)</translation>
    </message>
</context>
<context>
    <name>Lint</name>
    <message>
        <source>global ignore pragma in the Dockerfile</source>
        <translation>globales Ignore-Pragma im Dockerfile</translation>
    </message>
    <message>
        <source>ignore pragma on line %1</source>
        <translation>Ignore-Pragma in Zeile %1</translation>
    </message>
    <message>
        <source>stage ignore pragma</source>
        <translation>Stage-Ignore-Pragma</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>User namespace remapping not enabled</source>
        <translation>User-Namespace-Remapping nicht aktiviert</translation>
    </message>
    <message>
        <source>With userns-remap, uid 0 in containers maps to an unprivileged range on the host, so an escape or a writable host mount yields an ordinary user instead of root. It is the daemon-wide safety net under every container that runs as root.</source>
        <translation>Mit userns-remap wird UID 0 in Containern auf einen unprivilegierten Bereich auf dem Host abgebildet, sodass ein Ausbruch oder ein beschreibbarer Host-Mount einen gewöhnlichen Benutzer statt root ergibt. Es ist das daemonweite Sicherheitsnetz unter jedem Container, der als root läuft.</translation>
    </message>
    <message>
        <source>Set `&quot;userns-remap&quot;: &quot;default&quot;` in /etc/docker/daemon.json and restart the daemon, or run Docker rootless.</source>
        <translation>Setzen Sie `&quot;userns-remap&quot;: &quot;default&quot;` in /etc/docker/daemon.json und starten Sie den Daemon neu, oder betreiben Sie Docker rootless.</translation>
    </message>
    <message>
        <source>Existing images and volumes are re-created under the remapped root; host-namespace and privileged containers need `--userns host`.</source>
        <translation>Vorhandene Images und Volumes werden unter dem neu abgebildeten Root neu angelegt; Container mit Host-Namespace und privilegierte Container benötigen `--userns host`.</translation>
    </message>
    <message>
        <source>Daemon runs as root (not rootless)</source>
        <translation>Daemon läuft als root (nicht rootless)</translation>
    </message>
    <message>
        <source>A rootful daemon runs with full root rights; a bug in the daemon or an abuse of its API is a root compromise. Rootless mode runs the daemon and containers as an ordinary user.</source>
        <translation>Ein rootful Daemon läuft mit vollen Root-Rechten; ein Fehler im Daemon oder ein Missbrauch seiner API ist eine Root-Kompromittierung. Im Rootless-Modus laufen Daemon und Container als gewöhnlicher Benutzer.</translation>
    </message>
    <message>
        <source>Consider rootless Docker (`dockerd-rootless-setuptool.sh install`) for workloads that do not need root features.</source>
        <translation>Erwägen Sie rootless Docker (`dockerd-rootless-setuptool.sh install`) für Workloads, die keine Root-Funktionen benötigen.</translation>
    </message>
    <message>
        <source>Rootless mode limits networking performance, privileged ports and some storage drivers.</source>
        <translation>Der Rootless-Modus schränkt Netzwerkleistung, privilegierte Ports und einige Storage-Treiber ein.</translation>
    </message>
    <message>
        <source>Daemon reachable over TCP without TLS</source>
        <translation>Daemon über TCP ohne TLS erreichbar</translation>
    </message>
    <message>
        <source>The Docker API has no authentication of its own. Over plain TCP anyone who can reach the port can start a privileged container and own the host; exposed port 2375 is scanned for constantly on the internet.</source>
        <translation>Die Docker-API hat keine eigene Authentifizierung. Über unverschlüsseltes TCP kann jeder, der den Port erreicht, einen privilegierten Container starten und den Host übernehmen; ein offener Port 2375 wird im Internet ständig gesucht.</translation>
    </message>
    <message>
        <source>Listen only on the unix socket, or use `ssh://` access; if TCP is required set `&quot;tlsverify&quot;: true` with `tlscacert`, `tlscert` and `tlskey` in daemon.json and listen on 2376.</source>
        <translation>Lauschen Sie nur auf dem Unix-Socket oder verwenden Sie `ssh://`-Zugriff; wenn TCP erforderlich ist, setzen Sie `&quot;tlsverify&quot;: true` mit `tlscacert`, `tlscert` und `tlskey` in daemon.json und lauschen Sie auf 2376.</translation>
    </message>
    <message>
        <source>Clients need certificates (or SSH access).</source>
        <translation>Clients benötigen Zertifikate (oder SSH-Zugriff).</translation>
    </message>
    <message>
        <source>Daemon TLS without client verification</source>
        <translation>Daemon-TLS ohne Client-Verifizierung</translation>
    </message>
    <message>
        <source>`--tls` without `--tlsverify` encrypts the connection but lets any client in: the API is as open as with plain TCP, only harder to sniff.</source>
        <translation>`--tls` ohne `--tlsverify` verschlüsselt die Verbindung, lässt aber jeden Client herein: Die API ist so offen wie mit unverschlüsseltem TCP, nur schwerer mitzulesen.</translation>
    </message>
    <message>
        <source>Set `&quot;tlsverify&quot;: true` and `&quot;tlscacert&quot;` in daemon.json so only clients with a certificate from your CA are accepted.</source>
        <translation>Setzen Sie `&quot;tlsverify&quot;: true` und `&quot;tlscacert&quot;` in daemon.json, damit nur Clients mit einem Zertifikat Ihrer CA akzeptiert werden.</translation>
    </message>
    <message>
        <source>Clients need certificates.</source>
        <translation>Clients benötigen Zertifikate.</translation>
    </message>
    <message>
        <source>Docker Engine version no longer maintained</source>
        <translation>Docker-Engine-Version wird nicht mehr gepflegt</translation>
    </message>
    <message>
        <source>Engine and runc vulnerabilities (container escapes among them) are fixed only in maintained series. An Engine series is treated as unmaintained six months after a newer major series was released.</source>
        <translation>Schwachstellen in Engine und runc (darunter Container-Ausbrüche) werden nur in gepflegten Versionsreihen behoben. Eine Engine-Reihe gilt sechs Monate nach Veröffentlichung einer neueren Hauptreihe als nicht mehr gepflegt.</translation>
    </message>
    <message>
        <source>Upgrade Docker Engine to the current release from your distribution or download.docker.com.</source>
        <translation>Aktualisieren Sie Docker Engine auf die aktuelle Version aus Ihrer Distribution oder von download.docker.com.</translation>
    </message>
    <message>
        <source>A daemon upgrade restarts containers unless live-restore is on.</source>
        <translation>Ein Daemon-Upgrade startet Container neu, sofern live-restore nicht aktiviert ist.</translation>
    </message>
    <message>
        <source>Host kernel series past end of life</source>
        <translation>Kernel-Reihe des Hosts hat das Ende ihres Lebenszyklus überschritten</translation>
    </message>
    <message>
        <source>Every container shares the host kernel, so a kernel bug is a container escape. Kernel series past their end of life no longer receive fixes. Distribution kernels may still be patched and are rated lower.</source>
        <translation>Alle Container teilen sich den Host-Kernel, daher ist ein Kernel-Fehler ein Container-Ausbruch. Kernel-Reihen jenseits ihres Lebenszyklusendes erhalten keine Korrekturen mehr. Distributions-Kernel werden möglicherweise noch gepatcht und niedriger bewertet.</translation>
    </message>
    <message>
        <source>Upgrade the host to a maintained kernel (a current longterm series or your distribution&apos;s supported kernel) and reboot.</source>
        <translation>Aktualisieren Sie den Host auf einen gepflegten Kernel (eine aktuelle Longterm-Reihe oder den unterstützten Kernel Ihrer Distribution) und starten Sie ihn neu.</translation>
    </message>
    <message>
        <source>Needs a reboot and possibly a distribution upgrade.</source>
        <translation>Erfordert einen Neustart und eventuell ein Distributions-Upgrade.</translation>
    </message>
    <message>
        <source>Host runs a general-purpose operating system</source>
        <translation>Host läuft mit einem Universal-Betriebssystem</translation>
    </message>
    <message>
        <source>A general-purpose distribution carries many packages and services containers never use, each one patchable and attackable. Container-optimised systems (Flatcar, Bottlerocket, Fedora CoreOS, Talos, Container-Optimized OS) ship a minimal, often read-only host.</source>
        <translation>Eine Universal-Distribution bringt viele Pakete und Dienste mit, die Container nie nutzen, und jeder davon muss gepatcht werden und ist angreifbar. Container-optimierte Systeme (Flatcar, Bottlerocket, Fedora CoreOS, Talos, Container-Optimized OS) liefern einen minimalen, oft schreibgeschützten Host.</translation>
    </message>
    <message>
        <source>Run container hosts on a container-optimised OS, or strip the host down to what running containers needs.</source>
        <translation>Betreiben Sie Container-Hosts auf einem container-optimierten Betriebssystem, oder reduzieren Sie den Host auf das, was der Betrieb von Containern erfordert.</translation>
    </message>
    <message>
        <source>A host migration.</source>
        <translation>Eine Host-Migration.</translation>
    </message>
    <message>
        <source>live-restore disabled</source>
        <translation>live-restore deaktiviert</translation>
    </message>
    <message>
        <source>Without live-restore every daemon restart, including security upgrades, stops all containers; that makes people postpone Engine updates.</source>
        <translation>Ohne live-restore stoppt jeder Daemon-Neustart, auch für Sicherheitsupdates, alle Container; das verleitet dazu, Engine-Updates aufzuschieben.</translation>
    </message>
    <message>
        <source>Set `&quot;live-restore&quot;: true` in daemon.json and reload the daemon (`systemctl reload docker`).</source>
        <translation>Setzen Sie `&quot;live-restore&quot;: true` in daemon.json und laden Sie den Daemon neu (`systemctl reload docker`).</translation>
    </message>
    <message>
        <source>Not compatible with Swarm mode.</source>
        <translation>Nicht kompatibel mit dem Swarm-Modus.</translation>
    </message>
    <message>
        <source>Inter-container communication allowed on the default bridge</source>
        <translation>Kommunikation zwischen Containern auf der Standard-Bridge erlaubt</translation>
    </message>
    <message>
        <source>On the default bridge every container can reach every other container&apos;s ports, so one compromised container can attack all the others on the host.</source>
        <translation>Auf der Standard-Bridge kann jeder Container die Ports jedes anderen Containers erreichen, sodass ein kompromittierter Container alle anderen auf dem Host angreifen kann.</translation>
    </message>
    <message>
        <source>Set `&quot;icc&quot;: false` in daemon.json, and put containers that must talk to each other on their own user-defined networks.</source>
        <translation>Setzen Sie `&quot;icc&quot;: false` in daemon.json, und legen Sie Container, die miteinander kommunizieren müssen, in eigene benutzerdefinierte Netzwerke.</translation>
    </message>
    <message>
        <source>Containers that relied on the default bridge to talk need a user-defined network.</source>
        <translation>Container, die zur Kommunikation auf die Standard-Bridge angewiesen waren, benötigen ein benutzerdefiniertes Netzwerk.</translation>
    </message>
    <message>
        <source>Docker socket permissions too open</source>
        <translation>Berechtigungen des Docker-Sockets zu offen</translation>
    </message>
    <message>
        <source>Write access to the Docker socket is root on the host. The socket should be owned by root, group docker, mode 0660 or stricter; anything wider hands root to other local users.</source>
        <translation>Schreibzugriff auf den Docker-Socket bedeutet root auf dem Host. Der Socket sollte root gehören, Gruppe docker, Modus 0660 oder strenger; alles Weitere gibt anderen lokalen Benutzern root.</translation>
    </message>
    <message>
        <source>`chown root:docker /var/run/docker.sock &amp;&amp; chmod 660 /var/run/docker.sock`, and fix the socket unit or `group` in daemon.json so it stays that way.</source>
        <translation>`chown root:docker /var/run/docker.sock &amp;&amp; chmod 660 /var/run/docker.sock`, und korrigieren Sie die Socket-Unit oder `group` in daemon.json, damit es so bleibt.</translation>
    </message>
    <message>
        <source>Users in the docker group</source>
        <translation>Benutzer in der Gruppe docker</translation>
    </message>
    <message>
        <source>Members of the docker group can use the socket and therefore become root at will; group membership is often granted for convenience and forgotten.</source>
        <translation>Mitglieder der Gruppe docker können den Socket nutzen und damit nach Belieben root werden; die Gruppenmitgliedschaft wird oft aus Bequemlichkeit vergeben und vergessen.</translation>
    </message>
    <message>
        <source>Review the list (`getent group docker`) and remove users who do not need root; use rootless Docker for developers.</source>
        <translation>Prüfen Sie die Liste (`getent group docker`) und entfernen Sie Benutzer, die kein root benötigen; verwenden Sie rootless Docker für Entwickler.</translation>
    </message>
    <message>
        <source>Removed users need sudo or rootless Docker.</source>
        <translation>Entfernte Benutzer benötigen sudo oder rootless Docker.</translation>
    </message>
    <message>
        <source>Insecure registries configured</source>
        <translation>Unsichere Registries konfiguriert</translation>
    </message>
    <message>
        <source>Registries listed as insecure are reached over plain HTTP or TLS without verification, so anyone on the path can substitute the images this host runs.</source>
        <translation>Als unsicher eingetragene Registries werden über unverschlüsseltes HTTP oder TLS ohne Verifizierung erreicht, sodass jeder auf dem Übertragungsweg die Images austauschen kann, die dieser Host ausführt.</translation>
    </message>
    <message>
        <source>Remove `insecure-registries` from daemon.json; give the registry a certificate (a private CA under /etc/docker/certs.d/REGISTRY/ca.crt works).</source>
        <translation>Entfernen Sie `insecure-registries` aus daemon.json; geben Sie der Registry ein Zertifikat (eine private CA unter /etc/docker/certs.d/REGISTRY/ca.crt funktioniert).</translation>
    </message>
    <message>
        <source>The registry needs a certificate.</source>
        <translation>Die Registry benötigt ein Zertifikat.</translation>
    </message>
    <message>
        <source>daemon.json could not be checked</source>
        <translation>daemon.json konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>The daemon configuration file exists but could not be read or parsed, so settings it holds (TLS, insecure registries, user namespaces) were not audited. An invalid file also stops the daemon from starting after the next restart.</source>
        <translation>Die Daemon-Konfigurationsdatei existiert, konnte aber nicht gelesen oder geparst werden, daher wurden die darin enthaltenen Einstellungen (TLS, unsichere Registries, User-Namespaces) nicht geprüft. Eine ungültige Datei verhindert außerdem, dass der Daemon nach dem nächsten Neustart startet.</translation>
    </message>
    <message>
        <source>Run Bulkhead with read access to /etc/docker/daemon.json, and validate it with `dockerd --validate --config-file /etc/docker/daemon.json`.</source>
        <translation>Führen Sie Bulkhead mit Lesezugriff auf /etc/docker/daemon.json aus, und validieren Sie die Datei mit `dockerd --validate --config-file /etc/docker/daemon.json`.</translation>
    </message>
    <message>
        <source>apt package lists</source>
        <translation>apt-Paketlisten</translation>
    </message>
    <message>
        <source>apk package cache</source>
        <translation>apk-Paket-Cache</translation>
    </message>
    <message>
        <source>yum/dnf package cache</source>
        <translation>yum/dnf-Paket-Cache</translation>
    </message>
    <message>
        <source>pip download cache</source>
        <translation>pip-Download-Cache</translation>
    </message>
    <message>
        <source>a compiler toolchain</source>
        <translation>eine Compiler-Toolchain</translation>
    </message>
    <message>
        <source>Image runs as root by default</source>
        <translation>Image läuft standardmäßig als root</translation>
    </message>
    <message>
        <source>An image without a USER (or with USER root) starts every container as root unless the operator remembers `--user`. Defaults win in practice, so the image should be safe by default.</source>
        <translation>Ein Image ohne USER (oder mit USER root) startet jeden Container als root, sofern der Betreiber nicht an `--user` denkt. In der Praxis setzen sich Standardwerte durch, daher sollte das Image standardmäßig sicher sein.</translation>
    </message>
    <message>
        <source>Add a user and switch to it at the end of the Dockerfile: `RUN useradd -r -u 10001 app` then `USER 10001`.</source>
        <translation>Legen Sie einen Benutzer an und wechseln Sie am Ende des Dockerfiles zu ihm: `RUN useradd -r -u 10001 app`, dann `USER 10001`.</translation>
    </message>
    <message>
        <source>Files the process writes must be owned by that user.</source>
        <translation>Dateien, die der Prozess schreibt, müssen diesem Benutzer gehören.</translation>
    </message>
    <message>
        <source>No HEALTHCHECK</source>
        <translation>Kein HEALTHCHECK</translation>
    </message>
    <message>
        <source>Without a health check Docker only knows whether the process exists, not whether it works; a hung or hijacked service keeps receiving traffic and nobody is told.</source>
        <translation>Ohne Health-Check weiß Docker nur, ob der Prozess existiert, nicht ob er funktioniert; ein hängender oder gekaperter Dienst erhält weiter Traffic, und niemand wird benachrichtigt.</translation>
    </message>
    <message>
        <source>Add `HEALTHCHECK CMD [&quot;/app/healthcheck&quot;]` to the Dockerfile, or `--health-cmd` at run time (compose: `healthcheck.test`).</source>
        <translation>Fügen Sie `HEALTHCHECK CMD [&quot;/app/healthcheck&quot;]` zum Dockerfile hinzu, oder `--health-cmd` zur Laufzeit (compose: `healthcheck.test`).</translation>
    </message>
    <message>
        <source>Build argument values visible in image history</source>
        <translation>Werte von Build-Argumenten in der Image-Historie sichtbar</translation>
    </message>
    <message>
        <source>Build arguments are not secret: the classic builder records every ARG value a RUN step used in the image history, which anyone who can pull the image can read with `docker history`. Secret-looking names are rated high.</source>
        <translation>Build-Argumente sind nicht geheim: Der klassische Builder zeichnet jeden ARG-Wert, den ein RUN-Schritt verwendet hat, in der Image-Historie auf, die jeder, der das Image pullen kann, mit `docker history` lesen kann. Namen, die nach Geheimnissen aussehen, werden hoch bewertet.</translation>
    </message>
    <message>
        <source>Pass secrets with BuildKit secret mounts: `RUN --mount=type=secret,id=token ...` and `docker build --secret id=token,src=token.txt`; rotate any secret already published this way.</source>
        <translation>Übergeben Sie Geheimnisse mit BuildKit-Secret-Mounts: `RUN --mount=type=secret,id=token ...` und `docker build --secret id=token,src=token.txt`; rotieren Sie jedes auf diese Weise bereits veröffentlichte Geheimnis.</translation>
    </message>
    <message>
        <source>Needs BuildKit; the leaked value must be rotated.</source>
        <translation>Erfordert BuildKit; der offengelegte Wert muss rotiert werden.</translation>
    </message>
    <message>
        <source>ADD fetches a remote URL</source>
        <translation>ADD lädt eine entfernte URL</translation>
    </message>
    <message>
        <source>`ADD https://...` downloads at build time without checksum verification by default; whoever controls that URL (or the network path) controls what goes into the image.</source>
        <translation>`ADD https://...` lädt standardmäßig zur Build-Zeit ohne Prüfsummenverifizierung herunter; wer diese URL (oder den Netzwerkpfad) kontrolliert, kontrolliert, was in das Image gelangt.</translation>
    </message>
    <message>
        <source>Download in a RUN step with a pinned checksum (`curl -fsSLo f URL &amp;&amp; echo &quot;SHA256  f&quot; | sha256sum -c`), or use `ADD --checksum=sha256:...`.</source>
        <translation>Laden Sie in einem RUN-Schritt mit fixierter Prüfsumme herunter (`curl -fsSLo f URL &amp;&amp; echo &quot;SHA256  f&quot; | sha256sum -c`), oder verwenden Sie `ADD --checksum=sha256:...`.</translation>
    </message>
    <message>
        <source>Build toolchain or package cache left in the image</source>
        <translation>Build-Toolchain oder Paket-Cache im Image verblieben</translation>
    </message>
    <message>
        <source>Compilers and package caches in the final image add size and attack surface: an attacker with a shell can build exploits on the spot, and cached package lists go stale.</source>
        <translation>Compiler und Paket-Caches im finalen Image erhöhen Größe und Angriffsfläche: Ein Angreifer mit einer Shell kann Exploits direkt vor Ort bauen, und zwischengespeicherte Paketlisten veralten.</translation>
    </message>
    <message>
        <source>Use a multi-stage build and copy only the artefacts into a slim final stage; clean caches in the same RUN (`apt-get install ... &amp;&amp; rm -rf /var/lib/apt/lists/*`, `apk add --no-cache`, `pip install --no-cache-dir`).</source>
        <translation>Verwenden Sie einen Multi-Stage-Build und kopieren Sie nur die Artefakte in eine schlanke finale Stage; bereinigen Sie Caches im selben RUN (`apt-get install ... &amp;&amp; rm -rf /var/lib/apt/lists/*`, `apk add --no-cache`, `pip install --no-cache-dir`).</translation>
    </message>
    <message>
        <source>The Dockerfile must be restructured into stages.</source>
        <translation>Das Dockerfile muss in Stages umstrukturiert werden.</translation>
    </message>
    <message>
        <source>Image exposes SSH (port 22)</source>
        <translation>Image gibt SSH frei (Port 22)</translation>
    </message>
    <message>
        <source>Exposing 22 means the image is built to run an SSH server, which adds keys and passwords to manage and a service that bypasses Docker&apos;s access control.</source>
        <translation>Das Freigeben von Port 22 bedeutet, dass das Image für den Betrieb eines SSH-Servers gebaut ist, was zu verwaltende Schlüssel und Passwörter sowie einen Dienst hinzufügt, der die Zugriffskontrolle von Docker umgeht.</translation>
    </message>
    <message>
        <source>Remove `EXPOSE 22` and sshd from the image; use `docker exec` for administration.</source>
        <translation>Entfernen Sie `EXPOSE 22` und sshd aus dem Image; verwenden Sie `docker exec` für die Administration.</translation>
    </message>
    <message>
        <source>Image tagged latest or untagged</source>
        <translation>Image mit latest getaggt oder ohne Tag</translation>
    </message>
    <message>
        <source>`latest` and untagged images cannot be traced to a version or a source commit; rebuilds and pulls silently change what runs, and a vulnerable version cannot be found by its tag.</source>
        <translation>`latest`-Images und Images ohne Tag lassen sich keiner Version und keinem Quell-Commit zuordnen; Rebuilds und Pulls ändern unbemerkt, was läuft, und eine verwundbare Version lässt sich nicht über ihr Tag finden.</translation>
    </message>
    <message>
        <source>Tag images with a version (`app:1.4.2`) and refer to them by tag or digest (`app@sha256:...`) in run commands and compose files.</source>
        <translation>Taggen Sie Images mit einer Version (`app:1.4.2`) und referenzieren Sie sie in Run-Befehlen und Compose-Dateien per Tag oder Digest (`app@sha256:...`).</translation>
    </message>
    <message>
        <source>Image is old</source>
        <translation>Image ist alt</translation>
    </message>
    <message>
        <source>Packages in an image are frozen at build time. An image built more than a year ago almost certainly contains libraries with published vulnerabilities; rebuilding picks up the base image&apos;s patches.</source>
        <translation>Pakete in einem Image werden zur Build-Zeit eingefroren. Ein vor mehr als einem Jahr gebautes Image enthält mit ziemlicher Sicherheit Bibliotheken mit veröffentlichten Schwachstellen; ein Rebuild übernimmt die Patches des Basis-Images.</translation>
    </message>
    <message>
        <source>Rebuild regularly from an updated base image (`docker build --pull`) and redeploy.</source>
        <translation>Bauen Sie regelmäßig von einem aktualisierten Basis-Image neu (`docker build --pull`) und deployen Sie erneut.</translation>
    </message>
    <message>
        <source>A rebuild may pull new major versions: test it.</source>
        <translation>Ein Rebuild kann neue Hauptversionen ziehen: Testen Sie ihn.</translation>
    </message>
    <message>
        <source>No memory limit</source>
        <translation>Kein Speicherlimit</translation>
    </message>
    <message>
        <source>Without a memory limit one leaking or attacked container can push the whole host into the kernel&apos;s out-of-memory killer, which may pick the Docker daemon or another service.</source>
        <translation>Ohne Speicherlimit kann ein einziger Container mit Speicherleck oder unter Angriff den gesamten Host in den Out-of-Memory-Killer des Kernels treiben, der womöglich den Docker-Daemon oder einen anderen Dienst auswählt.</translation>
    </message>
    <message>
        <source>Set `--memory 512m` (compose: `mem_limit: 512m` or `deploy.resources.limits.memory`) sized from the workload&apos;s observed peak.</source>
        <translation>Setzen Sie `--memory 512m` (compose: `mem_limit: 512m` oder `deploy.resources.limits.memory`), bemessen nach der beobachteten Spitzenlast des Workloads.</translation>
    </message>
    <message>
        <source>Too low a limit gets the container killed under load: measure first.</source>
        <translation>Ein zu niedriges Limit führt dazu, dass der Container unter Last beendet wird: Messen Sie zuerst.</translation>
    </message>
    <message>
        <source>Unlimited swap</source>
        <translation>Unbegrenzter Swap</translation>
    </message>
    <message>
        <source>A memory limit with `--memory-swap -1` lets the container page without bound, slowing every other workload on the host instead of failing fast.</source>
        <translation>Ein Speicherlimit mit `--memory-swap -1` lässt den Container unbegrenzt auslagern, was jeden anderen Workload auf dem Host verlangsamt, statt schnell fehlzuschlagen.</translation>
    </message>
    <message>
        <source>Set `--memory-swap` equal to `--memory` (compose: `memswap_limit`) to disable swap for the container.</source>
        <translation>Setzen Sie `--memory-swap` gleich `--memory` (compose: `memswap_limit`), um Swap für den Container zu deaktivieren.</translation>
    </message>
    <message>
        <source>No CPU limit</source>
        <translation>Kein CPU-Limit</translation>
    </message>
    <message>
        <source>Without a CPU quota or weight a busy or hijacked container (crypto miners are the classic) takes CPU time from everything else on the host.</source>
        <translation>Ohne CPU-Quota oder -Gewichtung nimmt ein ausgelasteter oder gekaperter Container (Krypto-Miner sind der Klassiker) allem anderen auf dem Host CPU-Zeit weg.</translation>
    </message>
    <message>
        <source>Set `--cpus 1.0` (compose: `cpus: 1.0` or `deploy.resources.limits.cpus`), or at least a relative weight with `--cpu-shares 512`.</source>
        <translation>Setzen Sie `--cpus 1.0` (compose: `cpus: 1.0` oder `deploy.resources.limits.cpus`), oder zumindest eine relative Gewichtung mit `--cpu-shares 512`.</translation>
    </message>
    <message>
        <source>A quota throttles bursts; leave headroom.</source>
        <translation>Eine Quota drosselt Lastspitzen; lassen Sie Reserven.</translation>
    </message>
    <message>
        <source>No PIDs limit</source>
        <translation>Kein PIDs-Limit</translation>
    </message>
    <message>
        <source>Processes are a host-wide resource. Without a PIDs limit a fork bomb in one container exhausts the process table and nothing new can start on the host, including a shell to fix it.</source>
        <translation>Prozesse sind eine hostweite Ressource. Ohne PIDs-Limit erschöpft eine Fork-Bombe in einem Container die Prozesstabelle, und auf dem Host kann nichts Neues mehr starten, auch keine Shell zur Behebung.</translation>
    </message>
    <message>
        <source>Set `--pids-limit 200` (compose: `pids_limit: 200`).</source>
        <translation>Setzen Sie `--pids-limit 200` (compose: `pids_limit: 200`).</translation>
    </message>
    <message>
        <source>Writable root filesystem</source>
        <translation>Beschreibbares Root-Dateisystem</translation>
    </message>
    <message>
        <source>A writable root filesystem lets an attacker drop tools, change binaries or persist across process restarts. A read-only root makes the image the only source of code, with writes confined to declared places.</source>
        <translation>Ein beschreibbares Root-Dateisystem erlaubt einem Angreifer, Werkzeuge abzulegen, Binärdateien zu ändern oder über Prozessneustarts hinweg bestehen zu bleiben. Ein schreibgeschütztes Root macht das Image zur einzigen Codequelle, wobei Schreibzugriffe auf deklarierte Orte beschränkt sind.</translation>
    </message>
    <message>
        <source>Add `--read-only --tmpfs /tmp` (compose: `read_only: true` and `tmpfs: [/tmp]`), and volumes for data the application must keep.</source>
        <translation>Fügen Sie `--read-only --tmpfs /tmp` hinzu (compose: `read_only: true` und `tmpfs: [/tmp]`), sowie Volumes für Daten, die die Anwendung behalten muss.</translation>
    </message>
    <message>
        <source>Every path the application writes must be found and given a tmpfs or volume.</source>
        <translation>Jeder Pfad, in den die Anwendung schreibt, muss ermittelt und mit einem tmpfs oder Volume versehen werden.</translation>
    </message>
    <message>
        <source>Unbounded restart policy</source>
        <translation>Unbegrenzte Neustartrichtlinie</translation>
    </message>
    <message>
        <source>`always` and `unless-stopped` restart a crashing container forever. A crash loop hides the failure, burns resources, and gives an attacker unlimited attempts at an exploit that crashes the process.</source>
        <translation>`always` und `unless-stopped` starten einen abstürzenden Container endlos neu. Eine Absturzschleife verbirgt den Fehler, verbraucht Ressourcen und gibt einem Angreifer unbegrenzt viele Versuche für einen Exploit, der den Prozess zum Absturz bringt.</translation>
    </message>
    <message>
        <source>Use `--restart on-failure:5` (compose: `restart: on-failure:5` or `deploy.restart_policy.max_attempts: 5`).</source>
        <translation>Verwenden Sie `--restart on-failure:5` (compose: `restart: on-failure:5` oder `deploy.restart_policy.max_attempts: 5`).</translation>
    </message>
    <message>
        <source>Services that must survive daemon restarts need supervision elsewhere (an orchestrator or a systemd unit).</source>
        <translation>Dienste, die Daemon-Neustarts überstehen müssen, benötigen eine Überwachung an anderer Stelle (einen Orchestrator oder eine systemd-Unit).</translation>
    </message>
    <message>
        <source>OOM killer disabled</source>
        <translation>OOM-Killer deaktiviert</translation>
    </message>
    <message>
        <source>`--oom-kill-disable` stops the kernel from killing this container&apos;s processes when memory runs out. Without a memory limit the kernel then kills other processes on the host instead.</source>
        <translation>`--oom-kill-disable` hindert den Kernel daran, die Prozesse dieses Containers zu beenden, wenn der Speicher ausgeht. Ohne Speicherlimit beendet der Kernel dann stattdessen andere Prozesse auf dem Host.</translation>
    </message>
    <message>
        <source>Remove `--oom-kill-disable` (compose: `oom_kill_disable`), and set a memory limit.</source>
        <translation>Entfernen Sie `--oom-kill-disable` (compose: `oom_kill_disable`), und setzen Sie ein Speicherlimit.</translation>
    </message>
    <message>
        <source>ulimits overridden</source>
        <translation>ulimits überschrieben</translation>
    </message>
    <message>
        <source>Per-container ulimits replace the daemon&apos;s defaults. Raising them (or setting them to unlimited) removes a limit on open files, processes or core sizes that protects the host.</source>
        <translation>Container-spezifische ulimits ersetzen die Standardwerte des Daemons. Sie anzuheben (oder auf unbegrenzt zu setzen) entfernt ein Limit für offene Dateien, Prozesse oder Core-Größen, das den Host schützt.</translation>
    </message>
    <message>
        <source>Remove `--ulimit` (compose: `ulimits`) unless the value was chosen deliberately; never use -1 (unlimited). Set defaults in daemon.json `default-ulimits`.</source>
        <translation>Entfernen Sie `--ulimit` (compose: `ulimits`), sofern der Wert nicht bewusst gewählt wurde; verwenden Sie nie -1 (unbegrenzt). Setzen Sie Standardwerte in daemon.json `default-ulimits`.</translation>
    </message>
    <message>
        <source>Container runtime socket mounted</source>
        <translation>Socket der Container-Runtime eingehängt</translation>
    </message>
    <message>
        <source>Whoever can talk to the Docker (or containerd, Podman, CRI-O) socket can start a privileged container that mounts the host&apos;s root: the socket is root on the host. Mounting it read-only does not help, because connecting to a socket needs no write access to the bind mount.</source>
        <translation>Wer mit dem Socket von Docker (oder containerd, Podman, CRI-O) kommunizieren kann, kann einen privilegierten Container starten, der das Root-Verzeichnis des Hosts einhängt: Der Socket ist root auf dem Host. Ihn schreibgeschützt einzuhängen hilft nicht, da das Verbinden mit einem Socket keinen Schreibzugriff auf den Bind-Mount erfordert.</translation>
    </message>
    <message>
        <source>Remove the `-v /var/run/docker.sock:...` mount (compose: `volumes`). Tools that need the API should use a filtering proxy that allows only the read-only endpoints they use.</source>
        <translation>Entfernen Sie den Mount `-v /var/run/docker.sock:...` (compose: `volumes`). Tools, die die API benötigen, sollten einen filternden Proxy verwenden, der nur die von ihnen genutzten Read-only-Endpunkte zulässt.</translation>
    </message>
    <message>
        <source>Reverse proxies and CI runners that discover containers need a socket proxy set up instead.</source>
        <translation>Reverse-Proxys und CI-Runner, die Container erkennen, benötigen stattdessen einen eingerichteten Socket-Proxy.</translation>
    </message>
    <message>
        <source>Sensitive host path mounted</source>
        <translation>Sensibler Host-Pfad eingehängt</translation>
    </message>
    <message>
        <source>Mounting host system folders gives the container direct access to what protects the host: /etc holds passwords and sudoers, / and /var/lib/docker hold every other container&apos;s data, and credential folders (.ssh, .aws, .kube, .docker) hold keys. Writable mounts are rated above read-only ones.</source>
        <translation>Das Einhängen von Host-Systemordnern gibt dem Container direkten Zugriff auf das, was den Host schützt: /etc enthält Passwörter und sudoers, / und /var/lib/docker enthalten die Daten aller anderen Container, und Ordner mit Zugangsdaten (.ssh, .aws, .kube, .docker) enthalten Schlüssel. Beschreibbare Mounts werden höher bewertet als schreibgeschützte.</translation>
    </message>
    <message>
        <source>Mount only the specific files or folders the workload needs, read-only (`-v /host/path:/path:ro`, compose `read_only: true` on the bind), or use a named volume.</source>
        <translation>Hängen Sie nur die konkreten Dateien oder Ordner ein, die der Workload benötigt, und zwar schreibgeschützt (`-v /host/path:/path:ro`, compose `read_only: true` am Bind), oder verwenden Sie ein benanntes Volume.</translation>
    </message>
    <message>
        <source>Monitoring agents that read host metrics need /proc and /sys read-only.</source>
        <translation>Monitoring-Agenten, die Host-Metriken lesen, benötigen /proc und /sys schreibgeschützt.</translation>
    </message>
    <message>
        <source>Secret-looking host file bind-mounted</source>
        <translation>Host-Datei, die nach einem Geheimnis aussieht, per Bind-Mount eingehängt</translation>
    </message>
    <message>
        <source>Files such as .env, id_rsa, *.pem or credentials bind-mounted from the host usually carry secrets in the clear on the host&apos;s disk, outside any secret store, readable by whoever reads that folder, and they often end up in backups.</source>
        <translation>Dateien wie .env, id_rsa, *.pem oder credentials, die per Bind-Mount vom Host eingehängt werden, enthalten Geheimnisse meist im Klartext auf der Festplatte des Hosts, außerhalb jedes Secret-Stores, lesbar für jeden, der diesen Ordner liest, und sie landen oft in Backups.</translation>
    </message>
    <message>
        <source>Use Docker secrets (compose: top-level `secrets:` with the service&apos;s `secrets:` list, mounted under /run/secrets) or a tmpfs at /run/secrets filled at start-up, and keep the file mode 0600.</source>
        <translation>Verwenden Sie Docker Secrets (compose: `secrets:` auf oberster Ebene mit der `secrets:`-Liste des Dienstes, eingehängt unter /run/secrets) oder ein beim Start befülltes tmpfs unter /run/secrets, und belassen Sie den Dateimodus bei 0600.</translation>
    </message>
    <message>
        <source>The application must read the secret from a file under /run/secrets.</source>
        <translation>Die Anwendung muss das Geheimnis aus einer Datei unter /run/secrets lesen.</translation>
    </message>
    <message>
        <source>Port published on all interfaces</source>
        <translation>Port auf allen Schnittstellen veröffentlicht</translation>
    </message>
    <message>
        <source>`-p 8080:80` binds 0.0.0.0 and :: on the host, so the service answers on every network the host is on, and Docker&apos;s iptables rules bypass host firewalls such as ufw. Services meant for a reverse proxy or the local machine should not be reachable from outside.</source>
        <translation>`-p 8080:80` bindet auf dem Host an 0.0.0.0 und ::, sodass der Dienst in jedem Netzwerk antwortet, in dem sich der Host befindet, und die iptables-Regeln von Docker umgehen Host-Firewalls wie ufw. Dienste, die für einen Reverse-Proxy oder den lokalen Rechner gedacht sind, sollten von außen nicht erreichbar sein.</translation>
    </message>
    <message>
        <source>Bind to one address: `-p 127.0.0.1:8080:80` (compose: `ports: [&quot;127.0.0.1:8080:80&quot;]`), and put a reverse proxy in front for public services.</source>
        <translation>Binden Sie an eine Adresse: `-p 127.0.0.1:8080:80` (compose: `ports: [&quot;127.0.0.1:8080:80&quot;]`), und schalten Sie für öffentliche Dienste einen Reverse-Proxy davor.</translation>
    </message>
    <message>
        <source>Clients on other machines then need the proxy.</source>
        <translation>Clients auf anderen Rechnern benötigen dann den Proxy.</translation>
    </message>
    <message>
        <source>Privileged host port mapped</source>
        <translation>Privilegierter Host-Port gemappt</translation>
    </message>
    <message>
        <source>Ports below 1024 are traditionally trusted as belonging to root services. Mapping a container to one lets it impersonate a system service on the host.</source>
        <translation>Ports unter 1024 gelten traditionell als vertrauenswürdig, da sie zu Root-Diensten gehören. Einen Container auf einen solchen Port zu mappen, erlaubt ihm, sich auf dem Host als Systemdienst auszugeben.</translation>
    </message>
    <message>
        <source>Map to a host port of 1024 or above (`-p 8080:80`), or terminate at a reverse proxy.</source>
        <translation>Mappen Sie auf einen Host-Port ab 1024 (`-p 8080:80`), oder terminieren Sie an einem Reverse-Proxy.</translation>
    </message>
    <message>
        <source>Sensitive service exposed to the network</source>
        <translation>Sensibler Dienst im Netzwerk erreichbar</translation>
    </message>
    <message>
        <source>SSH, the Docker API, databases, caches and cluster services are attacked within minutes of being reachable, and many ship without authentication by default (Redis, Memcached, Elasticsearch, an unprotected Docker API).</source>
        <translation>SSH, die Docker-API, Datenbanken, Caches und Cluster-Dienste werden innerhalb von Minuten angegriffen, sobald sie erreichbar sind, und viele werden standardmäßig ohne Authentifizierung ausgeliefert (Redis, Memcached, Elasticsearch, eine ungeschützte Docker-API).</translation>
    </message>
    <message>
        <source>Do not publish the port (remove `-p`), or bind it to loopback (`-p 127.0.0.1:5432:5432`) and reach it over an SSH tunnel or a private network.</source>
        <translation>Veröffentlichen Sie den Port nicht (entfernen Sie `-p`), oder binden Sie ihn an Loopback (`-p 127.0.0.1:5432:5432`) und erreichen Sie ihn über einen SSH-Tunnel oder ein privates Netzwerk.</translation>
    </message>
    <message>
        <source>SSH server running in the container</source>
        <translation>SSH-Server läuft im Container</translation>
    </message>
    <message>
        <source>An SSH daemon inside a container adds keys and passwords to manage, a service to patch, and a way in that bypasses Docker&apos;s access control. `docker exec` already gives administrators a shell.</source>
        <translation>Ein SSH-Daemon in einem Container bringt zu verwaltende Schlüssel und Passwörter, einen zu patchenden Dienst und einen Zugang mit, der die Zugriffskontrolle von Docker umgeht. `docker exec` gibt Administratoren bereits eine Shell.</translation>
    </message>
    <message>
        <source>Remove sshd from the image and use `docker exec` for debugging.</source>
        <translation>Entfernen Sie sshd aus dem Image und verwenden Sie `docker exec` zur Fehlersuche.</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>process (PID)</source>
        <translation>Prozess (PID)</translation>
    </message>
    <message>
        <source>IPC</source>
        <translation>IPC</translation>
    </message>
    <message>
        <source>UTS (host name)</source>
        <translation>UTS (Hostname)</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>cgroup</source>
        <translation>cgroup</translation>
    </message>
    <message>
        <source>Container runs privileged</source>
        <translation>Container läuft privilegiert</translation>
    </message>
    <message>
        <source>A privileged container gets every capability and all host devices, and runs without seccomp, AppArmor or SELinux confinement. Escaping to the host takes one mount or one kernel module: it is root on the host in all but name. A created container counts too, because starting it is all it takes.</source>
        <translation>Ein privilegierter Container erhält jede Capability und alle Host-Geräte und läuft ohne Einschränkung durch seccomp, AppArmor oder SELinux. Für einen Ausbruch auf den Host genügt ein Mount oder ein Kernelmodul: Er ist faktisch root auf dem Host. Auch ein erstellter Container zählt, denn es genügt, ihn zu starten.</translation>
    </message>
    <message>
        <source>Remove `--privileged` (compose: `privileged: false`). Grant only the capabilities (`--cap-add`) and devices (`--device`) the workload needs.</source>
        <translation>Entfernen Sie `--privileged` (compose: `privileged: false`). Gewähren Sie nur die Capabilities (`--cap-add`) und Geräte (`--device`), die der Workload benötigt.</translation>
    </message>
    <message>
        <source>Workloads that manage the host (Docker-in-Docker, device drivers) need redesign or a dedicated host.</source>
        <translation>Workloads, die den Host verwalten (Docker-in-Docker, Gerätetreiber), erfordern ein Redesign oder einen dedizierten Host.</translation>
    </message>
    <message>
        <source>Container adds dangerous Linux capabilities</source>
        <translation>Container fügt gefährliche Linux-Capabilities hinzu</translation>
    </message>
    <message>
        <source>Capabilities split root&apos;s power into pieces; some pieces are nearly the whole. SYS_ADMIN, SYS_MODULE and SYS_RAWIO are enough to take over the host; SYS_PTRACE, DAC_READ_SEARCH and NET_ADMIN open well-known escape or interception paths. Each added capability is rated on its own.</source>
        <translation>Capabilities teilen die Macht von root in Teile auf; manche Teile sind nahezu das Ganze. SYS_ADMIN, SYS_MODULE und SYS_RAWIO genügen, um den Host zu übernehmen; SYS_PTRACE, DAC_READ_SEARCH und NET_ADMIN öffnen bekannte Ausbruchs- oder Abfangwege. Jede hinzugefügte Capability wird einzeln bewertet.</translation>
    </message>
    <message>
        <source>Drop the `--cap-add` entry (compose: `cap_add`). Start from `--cap-drop ALL` and add back only what the process is shown to need, e.g. `--cap-add NET_BIND_SERVICE`.</source>
        <translation>Entfernen Sie den Eintrag `--cap-add` (compose: `cap_add`). Beginnen Sie mit `--cap-drop ALL` und fügen Sie nur das wieder hinzu, was der Prozess nachweislich benötigt, z. B. `--cap-add NET_BIND_SERVICE`.</translation>
    </message>
    <message>
        <source>Finding the minimal set takes a test run; some tools (VPNs, debuggers) really need NET_ADMIN or SYS_PTRACE.</source>
        <translation>Die minimale Menge zu finden erfordert einen Testlauf; manche Tools (VPNs, Debugger) benötigen tatsächlich NET_ADMIN oder SYS_PTRACE.</translation>
    </message>
    <message>
        <source>Default capabilities not dropped</source>
        <translation>Standard-Capabilities nicht entzogen</translation>
    </message>
    <message>
        <source>Docker grants 14 capabilities by default (CHOWN, DAC_OVERRIDE, NET_RAW, SETUID, ...). Most services need none of them, and each one widens what an attacker can do after getting code execution, such as forging packets with NET_RAW.</source>
        <translation>Docker gewährt standardmäßig 14 Capabilities (CHOWN, DAC_OVERRIDE, NET_RAW, SETUID, ...). Die meisten Dienste benötigen keine davon, und jede erweitert, was ein Angreifer nach erlangter Codeausführung tun kann, etwa Pakete mit NET_RAW fälschen.</translation>
    </message>
    <message>
        <source>Add `--cap-drop ALL` (compose: `cap_drop: [ALL]`) and `--cap-add` back only the needed ones.</source>
        <translation>Fügen Sie `--cap-drop ALL` hinzu (compose: `cap_drop: [ALL]`) und mit `--cap-add` nur die benötigten wieder hinzu.</translation>
    </message>
    <message>
        <source>Images that start as root and switch user (gosu, su-exec) need SETUID/SETGID back.</source>
        <translation>Images, die als root starten und den Benutzer wechseln (gosu, su-exec), benötigen SETUID/SETGID zurück.</translation>
    </message>
    <message>
        <source>Container runs as root</source>
        <translation>Container läuft als root</translation>
    </message>
    <message>
        <source>Without user-namespace remapping, root in the container is root on the host: any escape, writable host mount or kernel bug is exploited with full rights. An empty user, `0` and `root` all mean root.</source>
        <translation>Ohne User-Namespace-Remapping ist root im Container root auf dem Host: Jeder Ausbruch, jeder beschreibbare Host-Mount und jeder Kernel-Fehler wird mit vollen Rechten ausgenutzt. Ein leerer Benutzer, `0` und `root` bedeuten alle root.</translation>
    </message>
    <message>
        <source>Run as an unprivileged user: `--user 1000:1000` (compose: `user: &quot;1000:1000&quot;`), or set `USER` in the Dockerfile. Alternatively enable `userns-remap` in daemon.json.</source>
        <translation>Führen Sie den Container als unprivilegierter Benutzer aus: `--user 1000:1000` (compose: `user: &quot;1000:1000&quot;`), oder setzen Sie `USER` im Dockerfile. Alternativ aktivieren Sie `userns-remap` in daemon.json.</translation>
    </message>
    <message>
        <source>Files the process writes must be owned by that user; ports below 1024 need NET_BIND_SERVICE or a higher port.</source>
        <translation>Dateien, die der Prozess schreibt, müssen diesem Benutzer gehören; Ports unter 1024 benötigen NET_BIND_SERVICE oder einen höheren Port.</translation>
    </message>
    <message>
        <source>no-new-privileges not set</source>
        <translation>no-new-privileges nicht gesetzt</translation>
    </message>
    <message>
        <source>Without no-new-privileges a process can gain rights through setuid or setgid binaries (sudo, su, a planted helper). The flag makes the kernel refuse such gains for the container&apos;s whole process tree.</source>
        <translation>Ohne no-new-privileges kann ein Prozess über setuid- oder setgid-Binärdateien (sudo, su, ein eingeschleustes Hilfsprogramm) Rechte erlangen. Das Flag veranlasst den Kernel, solche Rechteerweiterungen für den gesamten Prozessbaum des Containers zu verweigern.</translation>
    </message>
    <message>
        <source>Add `--security-opt no-new-privileges` (compose: `security_opt: [&quot;no-new-privileges:true&quot;]`), or set `&quot;no-new-privileges&quot;: true` in daemon.json for all containers.</source>
        <translation>Fügen Sie `--security-opt no-new-privileges` hinzu (compose: `security_opt: [&quot;no-new-privileges:true&quot;]`), oder setzen Sie `&quot;no-new-privileges&quot;: true` in daemon.json für alle Container.</translation>
    </message>
    <message>
        <source>Breaks images that rely on sudo or setuid helpers at run time.</source>
        <translation>Macht Images funktionsunfähig, die zur Laufzeit auf sudo oder setuid-Hilfsprogramme angewiesen sind.</translation>
    </message>
    <message>
        <source>Seccomp disabled</source>
        <translation>Seccomp deaktiviert</translation>
    </message>
    <message>
        <source>Docker&apos;s default seccomp profile blocks about 40 rarely needed system calls that are behind many kernel exploits (keyctl, unshare, bpf, ...). `seccomp=unconfined` removes that filter.</source>
        <translation>Das Standard-seccomp-Profil von Docker blockiert rund 40 selten benötigte Systemaufrufe, die hinter vielen Kernel-Exploits stecken (keyctl, unshare, bpf, ...). `seccomp=unconfined` entfernt diesen Filter.</translation>
    </message>
    <message>
        <source>Remove `--security-opt seccomp=unconfined`; if one call is missing, ship a custom profile with `--security-opt seccomp=profile.json`.</source>
        <translation>Entfernen Sie `--security-opt seccomp=unconfined`; wenn ein Aufruf fehlt, liefern Sie ein eigenes Profil mit `--security-opt seccomp=profile.json` aus.</translation>
    </message>
    <message>
        <source>A custom profile must be maintained with the workload.</source>
        <translation>Ein eigenes Profil muss zusammen mit dem Workload gepflegt werden.</translation>
    </message>
    <message>
        <source>AppArmor disabled</source>
        <translation>AppArmor deaktiviert</translation>
    </message>
    <message>
        <source>On AppArmor hosts the docker-default profile denies writes to /proc and /sys and mounting; running unconfined removes that layer of defence.</source>
        <translation>Auf AppArmor-Hosts verweigert das Profil docker-default Schreibzugriffe auf /proc und /sys sowie das Einhängen; ein Betrieb ohne Einschränkung (unconfined) entfernt diese Verteidigungsschicht.</translation>
    </message>
    <message>
        <source>Remove `--security-opt apparmor=unconfined`; use `docker-default` or a custom profile (`--security-opt apparmor=PROFILE`).</source>
        <translation>Entfernen Sie `--security-opt apparmor=unconfined`; verwenden Sie `docker-default` oder ein eigenes Profil (`--security-opt apparmor=PROFILE`).</translation>
    </message>
    <message>
        <source>SELinux labelling disabled</source>
        <translation>SELinux-Labeling deaktiviert</translation>
    </message>
    <message>
        <source>On SELinux hosts container processes run in a confined type that cannot touch host files. `label=disable` (or the spc_t type) lifts that confinement for this container.</source>
        <translation>Auf SELinux-Hosts laufen Container-Prozesse in einem eingeschränkten Typ, der keine Host-Dateien berühren kann. `label=disable` (oder der Typ spc_t) hebt diese Einschränkung für diesen Container auf.</translation>
    </message>
    <message>
        <source>Remove `--security-opt label=disable`; relabel volumes with `:z`/`:Z` instead.</source>
        <translation>Entfernen Sie `--security-opt label=disable`; labeln Sie Volumes stattdessen mit `:z`/`:Z` neu.</translation>
    </message>
    <message>
        <source>Host network namespace shared</source>
        <translation>Netzwerk-Namespace des Hosts geteilt</translation>
    </message>
    <message>
        <source>With `--network host` the container sees every host interface, can bind any port and reach services that listen only on localhost (including abstract unix sockets of other daemons), and bypasses Docker&apos;s port publishing.</source>
        <translation>Mit `--network host` sieht der Container jede Host-Schnittstelle, kann an jeden Port binden und Dienste erreichen, die nur auf localhost lauschen (einschließlich abstrakter Unix-Sockets anderer Daemons), und umgeht die Port-Veröffentlichung von Docker.</translation>
    </message>
    <message>
        <source>Use a bridge network (compose: remove `network_mode: host`) and publish only the needed ports with `-p 127.0.0.1:PORT:PORT`.</source>
        <translation>Verwenden Sie ein Bridge-Netzwerk (compose: `network_mode: host` entfernen) und veröffentlichen Sie nur die benötigten Ports mit `-p 127.0.0.1:PORT:PORT`.</translation>
    </message>
    <message>
        <source>Some network tools and very high packet rates need the host network.</source>
        <translation>Manche Netzwerk-Tools und sehr hohe Paketraten benötigen das Host-Netzwerk.</translation>
    </message>
    <message>
        <source>Host PID namespace shared</source>
        <translation>Host-PID-Namespace gemeinsam genutzt</translation>
    </message>
    <message>
        <source>With `--pid host` the container sees and can signal every host process, read their environment and command lines, and with ptrace rights attach to them.</source>
        <translation>Mit `--pid host` sieht der Container jeden Host-Prozess und kann ihm Signale senden, dessen Umgebung und Befehlszeilen lesen und sich mit ptrace-Rechten an ihn anhängen.</translation>
    </message>
    <message>
        <source>Remove `--pid host` (compose: `pid: host`).</source>
        <translation>Entfernen Sie `--pid host` (compose: `pid: host`).</translation>
    </message>
    <message>
        <source>Host IPC namespace shared</source>
        <translation>Host-IPC-Namespace gemeinsam genutzt</translation>
    </message>
    <message>
        <source>With `--ipc host` the container shares System V shared memory, semaphores and message queues with host processes and can read or corrupt their data.</source>
        <translation>Mit `--ipc host` teilt der Container System-V-Shared-Memory, Semaphoren und Message Queues mit Host-Prozessen und kann deren Daten lesen oder beschädigen.</translation>
    </message>
    <message>
        <source>Remove `--ipc host` (compose: `ipc: host`); use `--ipc shareable` between containers that need it.</source>
        <translation>Entfernen Sie `--ipc host` (compose: `ipc: host`); verwenden Sie `--ipc shareable` zwischen Containern, die es benötigen.</translation>
    </message>
    <message>
        <source>Host UTS namespace shared</source>
        <translation>Host-UTS-Namespace gemeinsam genutzt</translation>
    </message>
    <message>
        <source>With `--uts host` the container can change the host&apos;s host name and domain name, which confuses logging, monitoring and name-based trust.</source>
        <translation>Mit `--uts host` kann der Container den Hostnamen und den Domänennamen des Hosts ändern, was Logging, Monitoring und namensbasiertes Vertrauen durcheinanderbringt.</translation>
    </message>
    <message>
        <source>Remove `--uts host` (compose: `uts: host`).</source>
        <translation>Entfernen Sie `--uts host` (compose: `uts: host`).</translation>
    </message>
    <message>
        <source>User namespace remapping bypassed</source>
        <translation>User-Namespace-Remapping umgangen</translation>
    </message>
    <message>
        <source>The daemon remaps container root to an unprivileged host user, but `--userns host` opts this container out: its root is the host&apos;s root again.</source>
        <translation>Der Daemon bildet root im Container auf einen unprivilegierten Host-Benutzer ab, aber `--userns host` nimmt diesen Container davon aus: Sein root ist wieder der root des Hosts.</translation>
    </message>
    <message>
        <source>Remove `--userns host` (compose: `userns_mode: host`).</source>
        <translation>Entfernen Sie `--userns host` (compose: `userns_mode: host`).</translation>
    </message>
    <message>
        <source>Host cgroup namespace shared</source>
        <translation>Host-cgroup-Namespace gemeinsam genutzt</translation>
    </message>
    <message>
        <source>With the host cgroup namespace the container sees the host&apos;s whole cgroup tree, which leaks information about other workloads and eases cgroup-based escapes when combined with other rights.</source>
        <translation>Mit dem cgroup-Namespace des Hosts sieht der Container den gesamten cgroup-Baum des Hosts; das gibt Informationen über andere Workloads preis und erleichtert in Kombination mit anderen Rechten cgroup-basierte Ausbrüche.</translation>
    </message>
    <message>
        <source>Use `--cgroupns private` (compose: `cgroup: private`), the default on cgroup v2 hosts.</source>
        <translation>Verwenden Sie `--cgroupns private` (compose: `cgroup: private`), die Standardeinstellung auf cgroup-v2-Hosts.</translation>
    </message>
    <message>
        <source>On cgroup v1 hosts `host` is Docker&apos;s default.</source>
        <translation>Auf cgroup-v1-Hosts ist `host` die Standardeinstellung von Docker.</translation>
    </message>
    <message>
        <source>Host devices passed through</source>
        <translation>Host-Geräte durchgereicht</translation>
    </message>
    <message>
        <source>A host device inside the container bypasses the kernel&apos;s file permissions: raw disks can be read or rewritten, /dev/mem exposes physical memory. Block devices and memory devices are rated higher.</source>
        <translation>Ein Host-Gerät im Container umgeht die Dateiberechtigungen des Kernels: Rohdatenträger können gelesen oder überschrieben werden, /dev/mem legt den physischen Speicher offen. Blockgeräte und Speichergeräte werden höher bewertet.</translation>
    </message>
    <message>
        <source>Remove `--device` / `--device-cgroup-rule` entries (compose: `devices`, `device_cgroup_rules`) the workload does not need; pass a specific device read-only (`--device /dev/x:/dev/x:r`) where possible.</source>
        <translation>Entfernen Sie `--device`- / `--device-cgroup-rule`-Einträge (compose: `devices`, `device_cgroup_rules`), die der Workload nicht benötigt; reichen Sie ein bestimmtes Gerät nach Möglichkeit schreibgeschützt durch (`--device /dev/x:/dev/x:r`).</translation>
    </message>
    <message>
        <source>GPU and hardware workloads need their device.</source>
        <translation>GPU- und Hardware-Workloads benötigen ihr Gerät.</translation>
    </message>
    <message>
        <source>Mount propagation set to shared</source>
        <translation>Mount-Propagation auf shared gesetzt</translation>
    </message>
    <message>
        <source>With shared propagation, mounts created inside the container propagate back to the host (and other containers), so a compromised container can change the host&apos;s mount table.</source>
        <translation>Bei shared-Propagation werden im Container erstellte Mounts zurück auf den Host (und andere Container) übertragen, sodass ein kompromittierter Container die Mount-Tabelle des Hosts ändern kann.</translation>
    </message>
    <message>
        <source>Use the default `rprivate` propagation: drop `:shared`/`:rshared` from `-v` (compose: `bind.propagation`).</source>
        <translation>Verwenden Sie die Standard-Propagation `rprivate`: Entfernen Sie `:shared`/`:rshared` aus `-v` (compose: `bind.propagation`).</translation>
    </message>
    <message>
        <source>Whole context copied without a .dockerignore</source>
        <translation>Gesamter Kontext ohne .dockerignore kopiert</translation>
    </message>
    <message>
        <source>COPY . copies everything in the folder: .git history, .env files, keys, logs and local dependencies end up in a layer.</source>
        <translation>COPY . kopiert alles im Ordner: .git-Verlauf, .env-Dateien, Schlüssel, Logs und lokale Abhängigkeiten landen in einem Layer.</translation>
    </message>
    <message>
        <source>Add a .dockerignore that excludes .git, .env*, *.pem, *.key, id_rsa*, *.log and node_modules, or copy only the paths you need.</source>
        <translation>Fügen Sie eine .dockerignore hinzu, die .git, .env*, *.pem, *.key, id_rsa*, *.log und node_modules ausschließt, oder kopieren Sie nur die benötigten Pfade.</translation>
    </message>
    <message>
        <source>.dockerignore misses common sensitive paths</source>
        <translation>.dockerignore deckt gängige sensible Pfade nicht ab</translation>
    </message>
    <message>
        <source>The .dockerignore exists but would let version history, environment files, keys, logs or dependency folders into a whole-context COPY.</source>
        <translation>Die .dockerignore existiert, würde aber Versionsverlauf, Umgebungsdateien, Schlüssel, Logs oder Abhängigkeitsordner in ein COPY des gesamten Kontexts gelangen lassen.</translation>
    </message>
    <message>
        <source>Add the missing patterns (the finding&apos;s suggestion lists them) to .dockerignore.</source>
        <translation>Ergänzen Sie die fehlenden Muster (der Vorschlag des Befunds listet sie auf) in der .dockerignore.</translation>
    </message>
    <message>
        <source>Sensitive file in the build context</source>
        <translation>Sensible Datei im Build-Kontext</translation>
    </message>
    <message>
        <source>Files in the context are sent to the daemon (possibly a remote one) and can be copied into layers; keys and credentials should never be there.</source>
        <translation>Dateien im Kontext werden an den Daemon (möglicherweise einen entfernten) gesendet und können in Layer kopiert werden; Schlüssel und Zugangsdaten gehören dort niemals hin.</translation>
    </message>
    <message>
        <source>Move the file out of the context or exclude it in .dockerignore; pass build-time secrets with docker build --secret.</source>
        <translation>Verschieben Sie die Datei aus dem Kontext oder schließen Sie sie in .dockerignore aus; übergeben Sie Build-Geheimnisse mit docker build --secret.</translation>
    </message>
    <message>
        <source>WORKDIR is a relative path</source>
        <translation>WORKDIR ist ein relativer Pfad</translation>
    </message>
    <message>
        <source>A relative WORKDIR resolves against whatever the previous WORKDIR was, so files land somewhere the reader of the Dockerfile does not expect.</source>
        <translation>Ein relatives WORKDIR wird relativ zum jeweils vorherigen WORKDIR aufgelöst, sodass Dateien an einer Stelle landen, die der Leser des Dockerfiles nicht erwartet.</translation>
    </message>
    <message>
        <source>Give WORKDIR an absolute path, e.g. WORKDIR /app.</source>
        <translation>Geben Sie WORKDIR einen absoluten Pfad, z. B. WORKDIR /app.</translation>
    </message>
    <message>
        <source>RUN uses a command that makes no sense during a build</source>
        <translation>RUN verwendet einen Befehl, der während eines Builds keinen Sinn ergibt</translation>
    </message>
    <message>
        <source>Interactive or process-management tools (ssh, vim, top, ps, kill, mount, service, shutdown, free) do nothing useful while an image is built; their presence usually means a leftover or a misunderstanding.</source>
        <translation>Interaktive Tools oder Tools zur Prozessverwaltung (ssh, vim, top, ps, kill, mount, service, shutdown, free) bewirken beim Bauen eines Images nichts Sinnvolles; ihr Vorhandensein deutet meist auf ein Überbleibsel oder ein Missverständnis hin.</translation>
    </message>
    <message>
        <source>Remove the command from the RUN instruction.</source>
        <translation>Entfernen Sie den Befehl aus der RUN-Anweisung.</translation>
    </message>
    <message>
        <source>The final stage&apos;s last USER is root</source>
        <translation>Letzter USER der finalen Stage ist root</translation>
    </message>
    <message>
        <source>Containers from this image run as root unless the operator overrides it; a compromise of the process is then root inside the container, one kernel bug away from the host.</source>
        <translation>Container aus diesem Image laufen als root, sofern der Betreiber dies nicht überschreibt; eine Kompromittierung des Prozesses bedeutet dann root im Container, nur einen Kernel-Bug vom Host entfernt.</translation>
    </message>
    <message>
        <source>End the final stage with a non-root user: RUN useradd -r -u 10001 app, then USER 10001:10001.</source>
        <translation>Beenden Sie die finale Stage mit einem Nicht-root-Benutzer: RUN useradd -r -u 10001 app, dann USER 10001:10001.</translation>
    </message>
    <message>
        <source>RUN uses cd instead of WORKDIR</source>
        <translation>RUN verwendet cd statt WORKDIR</translation>
    </message>
    <message>
        <source>A cd only lasts for its own RUN; later instructions silently run elsewhere, which makes the build hard to read and easy to break.</source>
        <translation>Ein cd gilt nur für sein eigenes RUN; spätere Anweisungen laufen stillschweigend woanders, was den Build schwer lesbar und leicht zu beschädigen macht.</translation>
    </message>
    <message>
        <source>Set the directory with WORKDIR /path before the RUN.</source>
        <translation>Legen Sie das Verzeichnis vor dem RUN mit WORKDIR /path fest.</translation>
    </message>
    <message>
        <source>RUN uses sudo</source>
        <translation>RUN verwendet sudo</translation>
    </message>
    <message>
        <source>sudo in an image means sudo is installed and configured in it, which gives any process that reaches it an easy path to root; during the build it is never needed.</source>
        <translation>sudo in einem Image bedeutet, dass sudo darin installiert und konfiguriert ist, was jedem Prozess, der es erreicht, einen einfachen Weg zu root eröffnet; während des Builds wird es nie benötigt.</translation>
    </message>
    <message>
        <source>Drop sudo: run the step before USER switches away from root, or switch with USER root / USER app around it.</source>
        <translation>Verzichten Sie auf sudo: Führen Sie den Schritt aus, bevor USER von root wegwechselt, oder wechseln Sie um ihn herum mit USER root / USER app.</translation>
    </message>
    <message>
        <source>Base image has no tag</source>
        <translation>Basis-Image hat kein Tag</translation>
    </message>
    <message>
        <source>An untagged image means :latest, which changes under you: two builds of the same Dockerfile give different images, and a bad upstream push lands unnoticed.</source>
        <translation>Ein Image ohne Tag bedeutet :latest, das sich ohne Ihr Zutun ändert: Zwei Builds desselben Dockerfiles ergeben unterschiedliche Images, und ein fehlerhafter Upstream-Push kommt unbemerkt an.</translation>
    </message>
    <message>
        <source>Name a version tag (FROM python:3.12-slim), or better a digest.</source>
        <translation>Geben Sie ein Versions-Tag an (FROM python:3.12-slim), besser noch einen Digest.</translation>
    </message>
    <message>
        <source>Base image uses the latest tag</source>
        <translation>Basis-Image verwendet das Tag latest</translation>
    </message>
    <message>
        <source>latest moves: builds are not reproducible and an upstream change reaches production without review.</source>
        <translation>latest ändert sich: Builds sind nicht reproduzierbar, und eine Upstream-Änderung erreicht die Produktion ohne Review.</translation>
    </message>
    <message>
        <source>Pin a version tag (FROM node:20.11-alpine) or a digest.</source>
        <translation>Fixieren Sie ein Versions-Tag (FROM node:20.11-alpine) oder einen Digest.</translation>
    </message>
    <message>
        <source>Archive is copied and extracted in two steps</source>
        <translation>Archiv wird in zwei Schritten kopiert und entpackt</translation>
    </message>
    <message>
        <source>COPY of a tarball followed by tar -x keeps the archive in a layer; ADD extracts a local archive in one step.</source>
        <translation>COPY eines Tarballs gefolgt von tar -x behält das Archiv in einem Layer; ADD entpackt ein lokales Archiv in einem Schritt.</translation>
    </message>
    <message>
        <source>Use ADD archive.tar.gz /dest/ for local tar archives.</source>
        <translation>Verwenden Sie ADD archive.tar.gz /dest/ für lokale tar-Archive.</translation>
    </message>
    <message>
        <source>EXPOSE port out of range</source>
        <translation>EXPOSE-Port außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>TCP/UDP ports run from 0 to 65535; anything else is a typo that breaks the build or the port mapping.</source>
        <translation>TCP/UDP-Ports reichen von 0 bis 65535; alles andere ist ein Tippfehler, der den Build oder das Port-Mapping scheitern lässt.</translation>
    </message>
    <message>
        <source>Fix the port number in EXPOSE.</source>
        <translation>Korrigieren Sie die Portnummer in EXPOSE.</translation>
    </message>
    <message>
        <source>More than one HEALTHCHECK in a stage</source>
        <translation>Mehr als ein HEALTHCHECK in einer Stage</translation>
    </message>
    <message>
        <source>Only the last HEALTHCHECK takes effect; the others mislead the reader about how health is judged.</source>
        <translation>Nur der letzte HEALTHCHECK wird wirksam; die anderen führen den Leser darüber in die Irre, wie der Zustand beurteilt wird.</translation>
    </message>
    <message>
        <source>Keep one HEALTHCHECK per stage.</source>
        <translation>Behalten Sie einen HEALTHCHECK pro Stage.</translation>
    </message>
    <message>
        <source>ADD used for local files</source>
        <translation>ADD für lokale Dateien verwendet</translation>
    </message>
    <message>
        <source>ADD also fetches URLs and unpacks archives; using it for plain files hides that behaviour and surprises reviewers. COPY does exactly one thing.</source>
        <translation>ADD lädt auch URLs herunter und entpackt Archive; die Verwendung für einfache Dateien verschleiert dieses Verhalten und überrascht Reviewer. COPY tut genau eine Sache.</translation>
    </message>
    <message>
        <source>Replace ADD with COPY for local files and folders.</source>
        <translation>Ersetzen Sie ADD durch COPY für lokale Dateien und Ordner.</translation>
    </message>
    <message>
        <source>COPY/ADD with several sources needs a folder destination</source>
        <translation>COPY/ADD mit mehreren Quellen erfordert einen Ordner als Ziel</translation>
    </message>
    <message>
        <source>With more than one source Docker requires the destination to be a directory ending in &apos;/&apos;; the build fails otherwise.</source>
        <translation>Bei mehr als einer Quelle verlangt Docker, dass das Ziel ein Verzeichnis ist, das auf &apos;/&apos; endet; andernfalls schlägt der Build fehl.</translation>
    </message>
    <message>
        <source>End the destination with &apos;/&apos;: COPY a.txt b.txt /app/.</source>
        <translation>Lassen Sie das Ziel auf &apos;/&apos; enden: COPY a.txt b.txt /app/.</translation>
    </message>
    <message>
        <source>COPY --from names no earlier stage</source>
        <translation>COPY --from nennt keine frühere Stage</translation>
    </message>
    <message>
        <source>A --from that is not a previous stage is taken as an image name and pulled from a registry: a typo becomes an unexpected download.</source>
        <translation>Ein --from, das keine vorherige Stage ist, wird als Image-Name interpretiert und aus einer Registry gezogen: Aus einem Tippfehler wird ein unerwarteter Download.</translation>
    </message>
    <message>
        <source>Name a stage defined above with FROM ... AS name, or a full image reference.</source>
        <translation>Nennen Sie eine weiter oben mit FROM ... AS name definierte Stage oder eine vollständige Image-Referenz.</translation>
    </message>
    <message>
        <source>COPY --from names its own stage</source>
        <translation>COPY --from nennt die eigene Stage</translation>
    </message>
    <message>
        <source>A stage cannot copy from itself; the build fails.</source>
        <translation>Eine Stage kann nicht aus sich selbst kopieren; der Build schlägt fehl.</translation>
    </message>
    <message>
        <source>Copy from a previous stage.</source>
        <translation>Kopieren Sie aus einer vorherigen Stage.</translation>
    </message>
    <message>
        <source>Stage name used twice</source>
        <translation>Stage-Name doppelt verwendet</translation>
    </message>
    <message>
        <source>Two stages with the same name make COPY --from ambiguous.</source>
        <translation>Zwei Stages mit demselben Namen machen COPY --from mehrdeutig.</translation>
    </message>
    <message>
        <source>Give every stage a unique name.</source>
        <translation>Geben Sie jeder Stage einen eindeutigen Namen.</translation>
    </message>
    <message>
        <source>CMD/ENTRYPOINT in shell form</source>
        <translation>CMD/ENTRYPOINT in Shell-Form</translation>
    </message>
    <message>
        <source>The shell form runs the program under /bin/sh -c: the shell is PID 1, SIGTERM never reaches the program, and stop takes the full timeout.</source>
        <translation>Die Shell-Form führt das Programm unter /bin/sh -c aus: Die Shell ist PID 1, SIGTERM erreicht das Programm nie, und das Stoppen dauert den vollen Timeout.</translation>
    </message>
    <message>
        <source>Use the JSON form: CMD [&quot;executable&quot;, &quot;arg&quot;].</source>
        <translation>Verwenden Sie die JSON-Form: CMD [&quot;executable&quot;, &quot;arg&quot;].</translation>
    </message>
    <message>
        <source>Base image from an untrusted registry</source>
        <translation>Basis-Image aus einer nicht vertrauenswürdigen Registry</translation>
    </message>
    <message>
        <source>Your configuration lists the registries you trust; a base image from elsewhere bypasses that supply-chain control.</source>
        <translation>Ihre Konfiguration listet die Registries auf, denen Sie vertrauen; ein Basis-Image von anderswo umgeht diese Kontrolle der Lieferkette.</translation>
    </message>
    <message>
        <source>Pull the base from a trusted registry, or add the registry to trustedRegistries.</source>
        <translation>Beziehen Sie das Basis-Image aus einer vertrauenswürdigen Registry, oder fügen Sie die Registry zu trustedRegistries hinzu.</translation>
    </message>
    <message>
        <source>FROM with a fixed --platform</source>
        <translation>FROM mit festem --platform</translation>
    </message>
    <message>
        <source>A constant platform forces that architecture for every build, so builds elsewhere run emulated or produce the wrong architecture.</source>
        <translation>Eine konstante Plattform erzwingt diese Architektur für jeden Build, sodass Builds anderswo emuliert laufen oder die falsche Architektur erzeugen.</translation>
    </message>
    <message>
        <source>Drop --platform, or use --platform=$BUILDPLATFORM for build stages.</source>
        <translation>Entfernen Sie --platform, oder verwenden Sie --platform=$BUILDPLATFORM für Build-Stages.</translation>
    </message>
    <message>
        <source>ONBUILD triggers FROM, ONBUILD or MAINTAINER</source>
        <translation>ONBUILD löst FROM, ONBUILD oder MAINTAINER aus</translation>
    </message>
    <message>
        <source>Docker does not allow these as ONBUILD triggers; the build fails.</source>
        <translation>Docker erlaubt diese nicht als ONBUILD-Trigger; der Build schlägt fehl.</translation>
    </message>
    <message>
        <source>Remove the ONBUILD line or trigger another instruction.</source>
        <translation>Entfernen Sie die ONBUILD-Zeile oder lösen Sie eine andere Anweisung aus.</translation>
    </message>
    <message>
        <source>ENV refers to a variable it defines itself</source>
        <translation>ENV verweist auf eine Variable, die es selbst definiert</translation>
    </message>
    <message>
        <source>Within one ENV instruction the new values are not visible yet, so the reference expands to the old (usually empty) value.</source>
        <translation>Innerhalb einer ENV-Anweisung sind die neuen Werte noch nicht sichtbar, sodass der Verweis zum alten (meist leeren) Wert expandiert.</translation>
    </message>
    <message>
        <source>Split it into two ENV instructions.</source>
        <translation>Teilen Sie sie in zwei ENV-Anweisungen auf.</translation>
    </message>
    <message>
        <source>COPY to a relative path without WORKDIR</source>
        <translation>COPY in einen relativen Pfad ohne WORKDIR</translation>
    </message>
    <message>
        <source>The destination depends on the base image&apos;s working directory, which the base can change.</source>
        <translation>Das Ziel hängt vom Arbeitsverzeichnis des Basis-Images ab, das die Basis ändern kann.</translation>
    </message>
    <message>
        <source>Set WORKDIR first or copy to an absolute path.</source>
        <translation>Setzen Sie zuerst WORKDIR oder kopieren Sie in einen absoluten Pfad.</translation>
    </message>
    <message>
        <source>useradd with a high UID and no -l</source>
        <translation>useradd mit hoher UID und ohne -l</translation>
    </message>
    <message>
        <source>useradd writes a sparse lastlog entry at the UID&apos;s offset; with a high UID the layer grows by gigabytes.</source>
        <translation>useradd schreibt einen Sparse-lastlog-Eintrag am Offset der UID; bei einer hohen UID wächst der Layer um Gigabytes.</translation>
    </message>
    <message>
        <source>Add -l (--no-log-init) to useradd.</source>
        <translation>Ergänzen Sie useradd um -l (--no-log-init).</translation>
    </message>
    <message>
        <source>wget without --progress</source>
        <translation>wget ohne --progress</translation>
    </message>
    <message>
        <source>wget&apos;s default progress bar writes a line per chunk into the build log.</source>
        <translation>Die standardmäßige Fortschrittsanzeige von wget schreibt pro Block eine Zeile ins Build-Log.</translation>
    </message>
    <message>
        <source>Add --progress=dot:giga, or -q.</source>
        <translation>Fügen Sie --progress=dot:giga oder -q hinzu.</translation>
    </message>
    <message>
        <source>No HEALTHCHECK in the final image</source>
        <translation>Kein HEALTHCHECK im finalen Image</translation>
    </message>
    <message>
        <source>Without a health check Docker only knows whether the process exists, not whether it works; hung services keep receiving traffic.</source>
        <translation>Ohne Health-Check weiß Docker nur, ob der Prozess existiert, nicht ob er funktioniert; hängende Dienste erhalten weiterhin Traffic.</translation>
    </message>
    <message>
        <source>Add HEALTHCHECK CMD &lt;command that exits 0 when healthy&gt;, or HEALTHCHECK NONE to say so explicitly.</source>
        <translation>Fügen Sie HEALTHCHECK CMD &lt;Befehl, der im fehlerfreien Zustand mit 0 endet&gt; hinzu, oder HEALTHCHECK NONE, um dies explizit anzugeben.</translation>
    </message>
    <message>
        <source>Consecutive RUN instructions</source>
        <translation>Aufeinanderfolgende RUN-Anweisungen</translation>
    </message>
    <message>
        <source>Each RUN is a layer; clean-up in a later RUN does not shrink an earlier layer.</source>
        <translation>Jedes RUN ist ein Layer; Aufräumen in einem späteren RUN verkleinert einen früheren Layer nicht.</translation>
    </message>
    <message>
        <source>Join related RUN instructions with &amp;&amp;.</source>
        <translation>Fassen Sie zusammengehörige RUN-Anweisungen mit &amp;&amp; zusammen.</translation>
    </message>
    <message>
        <source>Instruction before the first FROM</source>
        <translation>Anweisung vor dem ersten FROM</translation>
    </message>
    <message>
        <source>Only ARG (and parser directives and comments) may come before FROM; Docker rejects the file otherwise.</source>
        <translation>Nur ARG (sowie Parser-Direktiven und Kommentare) darf vor FROM stehen; andernfalls weist Docker die Datei zurück.</translation>
    </message>
    <message>
        <source>Start the Dockerfile with FROM, or ARG followed by FROM.</source>
        <translation>Beginnen Sie das Dockerfile mit FROM oder mit ARG gefolgt von FROM.</translation>
    </message>
    <message>
        <source>Reserved stage name</source>
        <translation>Reservierter Stage-Name</translation>
    </message>
    <message>
        <source>&apos;scratch&apos; and &apos;context&apos; have a meaning of their own in FROM and COPY --from; a stage of that name is never used as intended.</source>
        <translation>&apos;scratch&apos; und &apos;context&apos; haben in FROM und COPY --from eine eigene Bedeutung; eine Stage mit diesem Namen wird nie wie beabsichtigt verwendet.</translation>
    </message>
    <message>
        <source>Rename the stage.</source>
        <translation>Benennen Sie die Stage um.</translation>
    </message>
    <message>
        <source>Redundant --platform=$TARGETPLATFORM</source>
        <translation>Überflüssiges --platform=$TARGETPLATFORM</translation>
    </message>
    <message>
        <source>Stages already build for the target platform; the flag only adds noise.</source>
        <translation>Stages bauen bereits für die Zielplattform; das Flag erzeugt nur Rauschen.</translation>
    </message>
    <message>
        <source>Remove --platform=$TARGETPLATFORM from FROM.</source>
        <translation>Entfernen Sie --platform=$TARGETPLATFORM aus FROM.</translation>
    </message>
    <message>
        <source>USER is a name, not a numeric UID</source>
        <translation>USER ist ein Name, keine numerische UID</translation>
    </message>
    <message>
        <source>Runtimes that must verify a non-root user (Kubernetes runAsNonRoot) cannot resolve names and refuse to start the container.</source>
        <translation>Laufzeitumgebungen, die einen Nicht-root-Benutzer verifizieren müssen (Kubernetes runAsNonRoot), können Namen nicht auflösen und verweigern den Start des Containers.</translation>
    </message>
    <message>
        <source>Use the numeric UID (and GID): USER 10001:10001.</source>
        <translation>Verwenden Sie die numerische UID (und GID): USER 10001:10001.</translation>
    </message>
    <message>
        <source>COPY --from copies a whole stage filesystem</source>
        <translation>COPY --from kopiert das gesamte Dateisystem einer Stage</translation>
    </message>
    <message>
        <source>Copying / from a build stage drags compilers, caches and any secrets of that stage into the final image, defeating the multi-stage build.</source>
        <translation>Das Kopieren von / aus einer Build-Stage schleppt Compiler, Caches und alle Geheimnisse dieser Stage in das finale Image und macht den Multi-Stage-Build zunichte.</translation>
    </message>
    <message>
        <source>Copy only the artefacts you need: COPY --from=build /app/bin /app/bin.</source>
        <translation>Kopieren Sie nur die benötigten Artefakte: COPY --from=build /app/bin /app/bin.</translation>
    </message>
    <message>
        <source>MAINTAINER is deprecated</source>
        <translation>MAINTAINER ist veraltet</translation>
    </message>
    <message>
        <source>MAINTAINER was replaced by labels; tools reading OCI annotations do not see it.</source>
        <translation>MAINTAINER wurde durch Labels ersetzt; Tools, die OCI-Annotationen lesen, sehen es nicht.</translation>
    </message>
    <message>
        <source>Use LABEL org.opencontainers.image.authors=&quot;name &lt;mail&gt;&quot;.</source>
        <translation>Verwenden Sie LABEL org.opencontainers.image.authors=&quot;name &lt;mail&gt;&quot;.</translation>
    </message>
    <message>
        <source>Both wget and curl are used</source>
        <translation>Sowohl wget als auch curl werden verwendet</translation>
    </message>
    <message>
        <source>Two download tools mean two sets of TLS defaults and two packages to patch.</source>
        <translation>Zwei Download-Tools bedeuten zwei Sätze von TLS-Standardeinstellungen und zwei Pakete, die gepatcht werden müssen.</translation>
    </message>
    <message>
        <source>Use one of them throughout.</source>
        <translation>Verwenden Sie durchgehend eines der beiden.</translation>
    </message>
    <message>
        <source>More than one CMD in a stage</source>
        <translation>Mehr als ein CMD in einer Stage</translation>
    </message>
    <message>
        <source>Only the last CMD counts; earlier ones mislead the reader.</source>
        <translation>Nur das letzte CMD zählt; frühere führen den Leser in die Irre.</translation>
    </message>
    <message>
        <source>Keep one CMD per stage.</source>
        <translation>Behalten Sie ein CMD pro Stage.</translation>
    </message>
    <message>
        <source>More than one ENTRYPOINT in a stage</source>
        <translation>Mehr als ein ENTRYPOINT in einer Stage</translation>
    </message>
    <message>
        <source>Only the last ENTRYPOINT counts; earlier ones mislead the reader.</source>
        <translation>Nur der letzte ENTRYPOINT zählt; frühere führen den Leser in die Irre.</translation>
    </message>
    <message>
        <source>Keep one ENTRYPOINT per stage.</source>
        <translation>Behalten Sie einen ENTRYPOINT pro Stage.</translation>
    </message>
    <message>
        <source>RUN replaces /bin/sh instead of using SHELL</source>
        <translation>RUN ersetzt /bin/sh, statt SHELL zu verwenden</translation>
    </message>
    <message>
        <source>Linking another shell over /bin/sh changes it for every program in the image, not just for the build.</source>
        <translation>Eine andere Shell über /bin/sh zu verlinken, ändert sie für jedes Programm im Image, nicht nur für den Build.</translation>
    </message>
    <message>
        <source>Use SHELL [&quot;/bin/bash&quot;, &quot;-c&quot;] for the build&apos;s RUN instructions.</source>
        <translation>Verwenden Sie SHELL [&quot;/bin/bash&quot;, &quot;-c&quot;] für die RUN-Anweisungen des Builds.</translation>
    </message>
    <message>
        <source>RUN with a pipe and no pipefail</source>
        <translation>RUN mit Pipe und ohne pipefail</translation>
    </message>
    <message>
        <source>A pipeline&apos;s status is its last command&apos;s: curl failing in curl ... | tar x goes unnoticed and the build continues with half a download.</source>
        <translation>Der Status einer Pipeline ist der ihres letzten Befehls: Ein fehlschlagendes curl in curl ... | tar x bleibt unbemerkt, und der Build läuft mit einem halben Download weiter.</translation>
    </message>
    <message>
        <source>Set SHELL [&quot;/bin/bash&quot;, &quot;-o&quot;, &quot;pipefail&quot;, &quot;-c&quot;] before the RUN (or start the script with set -o pipefail).</source>
        <translation>Setzen Sie SHELL [&quot;/bin/bash&quot;, &quot;-o&quot;, &quot;pipefail&quot;, &quot;-c&quot;] vor dem RUN (oder beginnen Sie das Skript mit set -o pipefail).</translation>
    </message>
    <message>
        <source>Invalid label key</source>
        <translation>Ungültiger Label-Schlüssel</translation>
    </message>
    <message>
        <source>Label keys should be lower-case reverse-DNS names; Docker reserves com.docker.*, io.docker.* and org.dockerproject.*.</source>
        <translation>Label-Schlüssel sollten kleingeschriebene Reverse-DNS-Namen sein; Docker reserviert com.docker.*, io.docker.* und org.dockerproject.*.</translation>
    </message>
    <message>
        <source>Rename the label, e.g. org.opencontainers.image.source.</source>
        <translation>Benennen Sie das Label um, z. B. in org.opencontainers.image.source.</translation>
    </message>
    <message>
        <source>Required label missing</source>
        <translation>Erforderliches Label fehlt</translation>
    </message>
    <message>
        <source>Your label schema requires this label (ownership, source, licence) so images can be traced.</source>
        <translation>Ihr Label-Schema verlangt dieses Label (Eigentümerschaft, Quelle, Lizenz), damit Images nachverfolgt werden können.</translation>
    </message>
    <message>
        <source>Add LABEL &lt;key&gt;=&quot;&lt;value&gt;&quot; to the final stage.</source>
        <translation>Fügen Sie der finalen Stage LABEL &lt;key&gt;=&quot;&lt;value&gt;&quot; hinzu.</translation>
    </message>
    <message>
        <source>Label outside the schema</source>
        <translation>Label außerhalb des Schemas</translation>
    </message>
    <message>
        <source>strict-labels is on and this label is not in the schema.</source>
        <translation>strict-labels ist aktiviert, und dieses Label ist nicht im Schema enthalten.</translation>
    </message>
    <message>
        <source>Remove the label or add it to label-schema.</source>
        <translation>Entfernen Sie das Label oder fügen Sie es zu label-schema hinzu.</translation>
    </message>
    <message>
        <source>Label is empty</source>
        <translation>Label ist leer</translation>
    </message>
    <message>
        <source>A schema label with no value carries no information.</source>
        <translation>Ein Schema-Label ohne Wert enthält keine Information.</translation>
    </message>
    <message>
        <source>Give the label a value.</source>
        <translation>Geben Sie dem Label einen Wert.</translation>
    </message>
    <message>
        <source>Label is not a URL</source>
        <translation>Label ist keine URL</translation>
    </message>
    <message>
        <source>The schema says this label holds a URL.</source>
        <translation>Laut Schema enthält dieses Label eine URL.</translation>
    </message>
    <message>
        <source>Use an absolute URL with scheme and host.</source>
        <translation>Verwenden Sie eine absolute URL mit URL-Schema und Host.</translation>
    </message>
    <message>
        <source>Label is not an RFC 3339 time</source>
        <translation>Label ist keine RFC-3339-Zeitangabe</translation>
    </message>
    <message>
        <source>The schema says this label holds a time stamp.</source>
        <translation>Laut Schema enthält dieses Label einen Zeitstempel.</translation>
    </message>
    <message>
        <source>Use e.g. 2024-05-01T12:00:00Z.</source>
        <translation>Verwenden Sie z. B. 2024-05-01T12:00:00Z.</translation>
    </message>
    <message>
        <source>Label is not an SPDX licence expression</source>
        <translation>Label ist kein SPDX-Lizenzausdruck</translation>
    </message>
    <message>
        <source>The schema says this label holds a licence; tools read SPDX ids.</source>
        <translation>Laut Schema enthält dieses Label eine Lizenz; Tools lesen SPDX-IDs.</translation>
    </message>
    <message>
        <source>Use an SPDX id or expression, e.g. Apache-2.0 OR MIT.</source>
        <translation>Verwenden Sie eine SPDX-ID oder einen SPDX-Ausdruck, z. B. Apache-2.0 OR MIT.</translation>
    </message>
    <message>
        <source>Label is not a git hash</source>
        <translation>Label ist kein Git-Hash</translation>
    </message>
    <message>
        <source>The schema says this label holds a commit hash.</source>
        <translation>Laut Schema enthält dieses Label einen Commit-Hash.</translation>
    </message>
    <message>
        <source>Use the full or abbreviated hex commit id.</source>
        <translation>Verwenden Sie die vollständige oder abgekürzte hexadezimale Commit-ID.</translation>
    </message>
    <message>
        <source>Label is not a semantic version</source>
        <translation>Label ist keine semantische Version</translation>
    </message>
    <message>
        <source>The schema says this label holds a semantic version.</source>
        <translation>Laut Schema enthält dieses Label eine semantische Version.</translation>
    </message>
    <message>
        <source>Use MAJOR.MINOR.PATCH, e.g. 1.4.2.</source>
        <translation>Verwenden Sie MAJOR.MINOR.PATCH, z. B. 1.4.2.</translation>
    </message>
    <message>
        <source>Label is not an e-mail address</source>
        <translation>Label ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>The schema says this label holds an e-mail address.</source>
        <translation>Laut Schema enthält dieses Label eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Use name@example.org.</source>
        <translation>Verwenden Sie name@example.org.</translation>
    </message>
    <message>
        <source>Dockerfile cannot be parsed</source>
        <translation>Dockerfile kann nicht geparst werden</translation>
    </message>
    <message>
        <source>A line Docker would reject (or read differently from what it looks like) hides what the build really does; the other rules cannot judge what they cannot read.</source>
        <translation>Eine Zeile, die Docker zurückweisen würde (oder anders liest, als sie aussieht), verbirgt, was der Build wirklich tut; die anderen Regeln können nicht beurteilen, was sie nicht lesen können.</translation>
    </message>
    <message>
        <source>Fix the syntax at the reported position: a known instruction with its arguments, balanced heredocs and a valid parser directive.</source>
        <translation>Korrigieren Sie die Syntax an der gemeldeten Position: eine bekannte Anweisung mit ihren Argumenten, vollständig abgeschlossene Heredocs und eine gültige Parser-Direktive.</translation>
    </message>
    <message>
        <source>apt-get dist-upgrade in a Dockerfile</source>
        <translation>apt-get dist-upgrade in einem Dockerfile</translation>
    </message>
    <message>
        <source>A dist-upgrade can move the image to a different release than the base tag says, so the image no longer matches what reviewers think it is.</source>
        <translation>Ein dist-upgrade kann das Image auf ein anderes Release heben, als das Basis-Tag angibt, sodass das Image nicht mehr dem entspricht, wofür Reviewer es halten.</translation>
    </message>
    <message>
        <source>Use a newer base image tag instead of dist-upgrade.</source>
        <translation>Verwenden Sie statt dist-upgrade ein neueres Tag des Basis-Images.</translation>
    </message>
    <message>
        <source>apt-get install without version pins</source>
        <translation>apt-get install ohne fixierte Versionen</translation>
    </message>
    <message>
        <source>Unpinned packages make builds unreproducible: a rebuild silently picks up whatever the mirror serves that day.</source>
        <translation>Pakete ohne fixierte Versionen machen Builds nicht reproduzierbar: Ein Rebuild übernimmt stillschweigend, was der Mirror an diesem Tag ausliefert.</translation>
    </message>
    <message>
        <source>Pin each package: apt-get install -y curl=7.88.1-10+deb12u5.</source>
        <translation>Fixieren Sie jedes Paket: apt-get install -y curl=7.88.1-10+deb12u5.</translation>
    </message>
    <message>
        <source>apt-get lists not removed</source>
        <translation>apt-get-Listen nicht entfernt</translation>
    </message>
    <message>
        <source>The package lists stay in the layer: tens of megabytes and stale metadata in every container.</source>
        <translation>Die Paketlisten bleiben im Layer: Dutzende Megabyte und veraltete Metadaten in jedem Container.</translation>
    </message>
    <message>
        <source>End the RUN with &amp;&amp; rm -rf /var/lib/apt/lists/*.</source>
        <translation>Beenden Sie das RUN mit &amp;&amp; rm -rf /var/lib/apt/lists/*.</translation>
    </message>
    <message>
        <source>pip install without version pins</source>
        <translation>pip install ohne fixierte Versionen</translation>
    </message>
    <message>
        <source>Unpinned Python packages make builds unreproducible and let a hijacked release in on the next build.</source>
        <translation>Python-Pakete ohne fixierte Versionen machen Builds nicht reproduzierbar und lassen beim nächsten Build ein gekapertes Release herein.</translation>
    </message>
    <message>
        <source>Pin versions (pip install requests==2.31.0) or install from a requirements file with pins and hashes.</source>
        <translation>Fixieren Sie Versionen (pip install requests==2.31.0) oder installieren Sie aus einer requirements-Datei mit fixierten Versionen und Hashes.</translation>
    </message>
    <message>
        <source>apt-get install without -y</source>
        <translation>apt-get install ohne -y</translation>
    </message>
    <message>
        <source>Without -y apt-get asks for confirmation and the build aborts.</source>
        <translation>Ohne -y fragt apt-get nach einer Bestätigung, und der Build bricht ab.</translation>
    </message>
    <message>
        <source>Add -y: apt-get install -y ...</source>
        <translation>Fügen Sie -y hinzu: apt-get install -y ...</translation>
    </message>
    <message>
        <source>apt-get install without --no-install-recommends</source>
        <translation>apt-get install ohne --no-install-recommends</translation>
    </message>
    <message>
        <source>Recommended packages are installed by default: more code, more CVEs, bigger image.</source>
        <translation>Empfohlene Pakete werden standardmäßig installiert: mehr Code, mehr CVEs, größeres Image.</translation>
    </message>
    <message>
        <source>Add --no-install-recommends to apt-get install.</source>
        <translation>Ergänzen Sie apt-get install um --no-install-recommends.</translation>
    </message>
    <message>
        <source>npm install without version pins</source>
        <translation>npm install ohne fixierte Versionen</translation>
    </message>
    <message>
        <source>npm install name takes the newest release; a compromised package version lands in the next build.</source>
        <translation>npm install name nimmt das neueste Release; eine kompromittierte Paketversion landet im nächsten Build.</translation>
    </message>
    <message>
        <source>Pin versions (npm install express@4.19.2) or use npm ci with a lock file.</source>
        <translation>Fixieren Sie Versionen (npm install express@4.19.2) oder verwenden Sie npm ci mit einer Lock-Datei.</translation>
    </message>
    <message>
        <source>apk add without version pins</source>
        <translation>apk add ohne fixierte Versionen</translation>
    </message>
    <message>
        <source>Unpinned packages make builds unreproducible.</source>
        <translation>Pakete ohne fixierte Versionen machen Builds nicht reproduzierbar.</translation>
    </message>
    <message>
        <source>Pin each package: apk add --no-cache curl=8.5.0-r0.</source>
        <translation>Fixieren Sie jedes Paket: apk add --no-cache curl=8.5.0-r0.</translation>
    </message>
    <message>
        <source>apk add without --no-cache</source>
        <translation>apk add ohne --no-cache</translation>
    </message>
    <message>
        <source>The apk index stays in the layer.</source>
        <translation>Der apk-Index bleibt im Layer.</translation>
    </message>
    <message>
        <source>Use apk add --no-cache.</source>
        <translation>Verwenden Sie apk add --no-cache.</translation>
    </message>
    <message>
        <source>apt used instead of apt-get</source>
        <translation>apt statt apt-get verwendet</translation>
    </message>
    <message>
        <source>apt&apos;s command-line interface is not stable for scripts and warns so.</source>
        <translation>Die Befehlszeilenschnittstelle von apt ist für Skripte nicht stabil und warnt entsprechend.</translation>
    </message>
    <message>
        <source>Use apt-get (or apt-cache).</source>
        <translation>Verwenden Sie apt-get (oder apt-cache).</translation>
    </message>
    <message>
        <source>gem install without version pins</source>
        <translation>gem install ohne fixierte Versionen</translation>
    </message>
    <message>
        <source>Unpinned gems make builds unreproducible.</source>
        <translation>Gems ohne fixierte Versionen machen Builds nicht reproduzierbar.</translation>
    </message>
    <message>
        <source>Pin versions: gem install rails:7.1.3 or gem install rails -v 7.1.3.</source>
        <translation>Fixieren Sie Versionen: gem install rails:7.1.3 oder gem install rails -v 7.1.3.</translation>
    </message>
    <message>
        <source>yum install without -y</source>
        <translation>yum install ohne -y</translation>
    </message>
    <message>
        <source>Without -y yum asks for confirmation and the build aborts.</source>
        <translation>Ohne -y fragt yum nach einer Bestätigung, und der Build bricht ab.</translation>
    </message>
    <message>
        <source>Add -y: yum install -y ...</source>
        <translation>Fügen Sie -y hinzu: yum install -y ...</translation>
    </message>
    <message>
        <source>yum cache not cleaned</source>
        <translation>yum-Cache nicht bereinigt</translation>
    </message>
    <message>
        <source>The yum cache stays in the layer.</source>
        <translation>Der yum-Cache bleibt im Layer.</translation>
    </message>
    <message>
        <source>End the RUN with &amp;&amp; yum clean all.</source>
        <translation>Beenden Sie das RUN mit &amp;&amp; yum clean all.</translation>
    </message>
    <message>
        <source>yum install without version pins</source>
        <translation>yum install ohne fixierte Versionen</translation>
    </message>
    <message>
        <source>Pin versions: yum install -y httpd-2.4.57.</source>
        <translation>Fixieren Sie Versionen: yum install -y httpd-2.4.57.</translation>
    </message>
    <message>
        <source>zypper without non-interactive switch</source>
        <translation>zypper ohne nicht-interaktiven Schalter</translation>
    </message>
    <message>
        <source>Without -n zypper asks for confirmation and the build aborts.</source>
        <translation>Ohne -n fragt zypper nach einer Bestätigung, und der Build bricht ab.</translation>
    </message>
    <message>
        <source>Use zypper -n install ... or zypper install -y ...</source>
        <translation>Verwenden Sie zypper -n install ... oder zypper install -y ...</translation>
    </message>
    <message>
        <source>zypper dist-upgrade in a Dockerfile</source>
        <translation>zypper dist-upgrade in einem Dockerfile</translation>
    </message>
    <message>
        <source>A dist-upgrade changes the distribution release under the base tag.</source>
        <translation>Ein dist-upgrade ändert das Distributions-Release unter dem Basis-Tag.</translation>
    </message>
    <message>
        <source>Use a newer base image tag instead.</source>
        <translation>Verwenden Sie stattdessen ein neueres Tag des Basis-Images.</translation>
    </message>
    <message>
        <source>zypper cache not cleaned</source>
        <translation>zypper-Cache nicht bereinigt</translation>
    </message>
    <message>
        <source>The zypper cache stays in the layer.</source>
        <translation>Der zypper-Cache bleibt im Layer.</translation>
    </message>
    <message>
        <source>End the RUN with &amp;&amp; zypper clean.</source>
        <translation>Beenden Sie das RUN mit &amp;&amp; zypper clean.</translation>
    </message>
    <message>
        <source>zypper install without version pins</source>
        <translation>zypper install ohne fixierte Versionen</translation>
    </message>
    <message>
        <source>Pin versions: zypper install -y httpd=2.4.57.</source>
        <translation>Fixieren Sie Versionen: zypper install -y httpd=2.4.57.</translation>
    </message>
    <message>
        <source>dnf install without -y</source>
        <translation>dnf install ohne -y</translation>
    </message>
    <message>
        <source>Without -y dnf asks for confirmation and the build aborts.</source>
        <translation>Ohne -y fragt dnf nach einer Bestätigung, und der Build bricht ab.</translation>
    </message>
    <message>
        <source>Add -y: dnf install -y ...</source>
        <translation>Fügen Sie -y hinzu: dnf install -y ...</translation>
    </message>
    <message>
        <source>dnf cache not cleaned</source>
        <translation>dnf-Cache nicht bereinigt</translation>
    </message>
    <message>
        <source>The dnf cache stays in the layer.</source>
        <translation>Der dnf-Cache bleibt im Layer.</translation>
    </message>
    <message>
        <source>End the RUN with &amp;&amp; dnf clean all.</source>
        <translation>Beenden Sie das RUN mit &amp;&amp; dnf clean all.</translation>
    </message>
    <message>
        <source>dnf install without version pins</source>
        <translation>dnf install ohne fixierte Versionen</translation>
    </message>
    <message>
        <source>Pin versions: dnf install -y httpd-2.4.57.</source>
        <translation>Fixieren Sie Versionen: dnf install -y httpd-2.4.57.</translation>
    </message>
    <message>
        <source>pip install keeps its cache</source>
        <translation>pip install behält seinen Cache</translation>
    </message>
    <message>
        <source>pip&apos;s download cache stays in the layer.</source>
        <translation>Der Download-Cache von pip bleibt im Layer.</translation>
    </message>
    <message>
        <source>Add --no-cache-dir, or set ENV PIP_NO_CACHE_DIR=1.</source>
        <translation>Fügen Sie --no-cache-dir hinzu, oder setzen Sie ENV PIP_NO_CACHE_DIR=1.</translation>
    </message>
    <message>
        <source>yarn cache not cleaned</source>
        <translation>yarn-Cache nicht bereinigt</translation>
    </message>
    <message>
        <source>yarn&apos;s cache stays in the layer.</source>
        <translation>Der Cache von yarn bleibt im Layer.</translation>
    </message>
    <message>
        <source>End the RUN with &amp;&amp; yarn cache clean.</source>
        <translation>Beenden Sie das RUN mit &amp;&amp; yarn cache clean.</translation>
    </message>
    <message>
        <source>go install without a version</source>
        <translation>go install ohne Version</translation>
    </message>
    <message>
        <source>go install without @version (or with @latest) takes whatever is newest.</source>
        <translation>go install ohne @version (oder mit @latest) nimmt, was gerade am neuesten ist.</translation>
    </message>
    <message>
        <source>Use go install example.com/tool@v1.2.3.</source>
        <translation>Verwenden Sie go install example.com/tool@v1.2.3.</translation>
    </message>
    <message>
        <source>Final stage sets no USER (runs as root)</source>
        <translation>Finale Stage setzt keinen USER (läuft als root)</translation>
    </message>
    <message>
        <source>With no USER the container&apos;s process is root. Any code execution bug then runs as root inside the container, one kernel or runtime flaw away from the host.</source>
        <translation>Ohne USER ist der Prozess des Containers root. Jeder Bug, der Codeausführung ermöglicht, läuft dann als root im Container, nur eine Kernel- oder Runtime-Schwachstelle vom Host entfernt.</translation>
    </message>
    <message>
        <source>Create a user and switch to it at the end of the final stage: RUN useradd -r -u 10001 app, then USER 10001:10001.</source>
        <translation>Legen Sie am Ende der finalen Stage einen Benutzer an und wechseln Sie zu ihm: RUN useradd -r -u 10001 app, dann USER 10001:10001.</translation>
    </message>
    <message>
        <source>ENV/ARG/LABEL value looks like a credential</source>
        <translation>ENV/ARG/LABEL-Wert sieht nach Zugangsdaten aus</translation>
    </message>
    <message>
        <source>Values of ENV, ARG and LABEL are stored in the image configuration and history; anyone who can pull the image can read them.</source>
        <translation>Werte von ENV, ARG und LABEL werden in der Image-Konfiguration und im Verlauf gespeichert; jeder, der das Image pullen kann, kann sie lesen.</translation>
    </message>
    <message>
        <source>Remove the value, rotate the credential, and pass it at build time with RUN --mount=type=secret or at run time from a secret store.</source>
        <translation>Entfernen Sie den Wert, rotieren Sie die Zugangsdaten und übergeben Sie sie zur Build-Zeit mit RUN --mount=type=secret oder zur Laufzeit aus einem Geheimnisspeicher.</translation>
    </message>
    <message>
        <source>Sensitive file copied into the image</source>
        <translation>Sensible Datei in das Image kopiert</translation>
    </message>
    <message>
        <source>Private keys, .env files, cloud and registry credentials or a .git folder in a layer stay there even if a later step deletes them.</source>
        <translation>Private Schlüssel, .env-Dateien, Cloud- und Registry-Zugangsdaten oder ein .git-Ordner in einem Layer bleiben dort, selbst wenn ein späterer Schritt sie löscht.</translation>
    </message>
    <message>
        <source>Do not copy the file; mount it for the one RUN that needs it with RUN --mount=type=secret, and exclude it in .dockerignore.</source>
        <translation>Kopieren Sie die Datei nicht; hängen Sie sie mit RUN --mount=type=secret nur für das eine RUN ein, das sie benötigt, und schließen Sie sie in .dockerignore aus.</translation>
    </message>
    <message>
        <source>Build toolchain in a single-stage image</source>
        <translation>Build-Toolchain in einem Single-Stage-Image</translation>
    </message>
    <message>
        <source>Compilers and build tools in the shipped image give an attacker ready-made tools and add code that needs patching.</source>
        <translation>Compiler und Build-Tools im ausgelieferten Image geben einem Angreifer fertige Werkzeuge an die Hand und fügen Code hinzu, der gepatcht werden muss.</translation>
    </message>
    <message>
        <source>Use a multi-stage build: compile in FROM ... AS build, then COPY --from=build only the artefacts into a minimal final stage.</source>
        <translation>Verwenden Sie einen Multi-Stage-Build: Kompilieren Sie in FROM ... AS build und kopieren Sie dann mit COPY --from=build nur die Artefakte in eine minimale finale Stage.</translation>
    </message>
    <message>
        <source>Final image uses a full-size base</source>
        <translation>Finales Image verwendet eine vollständige Basis</translation>
    </message>
    <message>
        <source>Every package in the base is attack surface and CVE noise; slim, alpine and distroless bases ship a fraction of it.</source>
        <translation>Jedes Paket in der Basis ist Angriffsfläche und CVE-Rauschen; slim-, alpine- und distroless-Basen liefern nur einen Bruchteil davon aus.</translation>
    </message>
    <message>
        <source>Base the final stage on a minimal image (e.g. python:3.12-slim, gcr.io/distroless/static-debian12).</source>
        <translation>Setzen Sie die finale Stage auf ein minimales Image auf (z. B. python:3.12-slim, gcr.io/distroless/static-debian12).</translation>
    </message>
    <message>
        <source>Base image not pinned by digest</source>
        <translation>Basis-Image nicht per Digest fixiert</translation>
    </message>
    <message>
        <source>Tags can be moved by whoever controls the repository; a digest names exactly one image.</source>
        <translation>Tags können von jedem verschoben werden, der das Repository kontrolliert; ein Digest bezeichnet genau ein Image.</translation>
    </message>
    <message>
        <source>Pin the digest: FROM python:3.12-slim@sha256:&lt;digest&gt; (docker buildx imagetools inspect shows it), and let a bot update it.</source>
        <translation>Fixieren Sie den Digest: FROM python:3.12-slim@sha256:&lt;digest&gt; (docker buildx imagetools inspect zeigt ihn an), und lassen Sie ihn von einem Bot aktualisieren.</translation>
    </message>
    <message>
        <source>An SSH server in a container is a second way in with its own credentials to manage; docker exec already gives operators a shell.</source>
        <translation>Ein SSH-Server in einem Container ist ein zweiter Zugang mit eigenen Zugangsdaten, die verwaltet werden müssen; docker exec gibt Betreibern bereits eine Shell.</translation>
    </message>
    <message>
        <source>Remove EXPOSE 22 and the SSH server; use docker exec for maintenance.</source>
        <translation>Entfernen Sie EXPOSE 22 und den SSH-Server; verwenden Sie docker exec für Wartungsarbeiten.</translation>
    </message>
    <message>
        <source>Download piped into a shell</source>
        <translation>Download per Pipe an eine Shell übergeben</translation>
    </message>
    <message>
        <source>curl | sh runs whatever the server (or anyone in the middle) sends, with no checksum and no record of what ran.</source>
        <translation>curl | sh führt aus, was auch immer der Server (oder jemand dazwischen) sendet, ohne Prüfsumme und ohne Aufzeichnung dessen, was ausgeführt wurde.</translation>
    </message>
    <message>
        <source>Download to a file, verify its checksum or signature (sha256sum -c), then run it; or use ADD --checksum=sha256:...</source>
        <translation>Laden Sie in eine Datei herunter, prüfen Sie deren Prüfsumme oder Signatur (sha256sum -c) und führen Sie sie dann aus; oder verwenden Sie ADD --checksum=sha256:...</translation>
    </message>
    <message>
        <source>World-writable permissions (chmod 777)</source>
        <translation>Schreibrechte für alle (chmod 777)</translation>
    </message>
    <message>
        <source>Files every user can write let any process in the container replace code or configuration that others execute.</source>
        <translation>Dateien, die jeder Benutzer schreiben kann, erlauben jedem Prozess im Container, Code oder Konfiguration zu ersetzen, die andere ausführen.</translation>
    </message>
    <message>
        <source>Give ownership to the user that needs it (chown app) and use 755/644, or 1777 for shared temp folders.</source>
        <translation>Übertragen Sie den Besitz an den Benutzer, der ihn benötigt (chown app), und verwenden Sie 755/644, oder 1777 für gemeinsam genutzte temporäre Ordner.</translation>
    </message>
    <message>
        <source>Build secret passed without RUN --mount=type=secret</source>
        <translation>Build-Geheimnis ohne RUN --mount=type=secret übergeben</translation>
    </message>
    <message>
        <source>Build arguments and ENV values used by RUN are recorded in the image history and may be written into layers; BuildKit secret mounts are not.</source>
        <translation>Build-Argumente und ENV-Werte, die von RUN verwendet werden, werden im Image-Verlauf aufgezeichnet und können in Layer geschrieben werden; BuildKit-Secret-Mounts nicht.</translation>
    </message>
    <message>
        <source>Pass the secret with docker build --secret id=name and read it in RUN --mount=type=secret,id=name from /run/secrets/name.</source>
        <translation>Übergeben Sie das Geheimnis mit docker build --secret id=name und lesen Sie es in RUN --mount=type=secret,id=name aus /run/secrets/name.</translation>
    </message>
    <message>
        <source>TLS certificate verification turned off</source>
        <translation>TLS-Zertifikatsprüfung deaktiviert</translation>
    </message>
    <message>
        <source>Without certificate checks any network position can swap the downloaded code or packages.</source>
        <translation>Ohne Zertifikatsprüfung kann jeder an einer beliebigen Stelle im Netzwerk den heruntergeladenen Code oder die Pakete austauschen.</translation>
    </message>
    <message>
        <source>Remove -k/--insecure, --no-check-certificate, --trusted-host, sslVerify=false and install the CA certificate you need instead.</source>
        <translation>Entfernen Sie -k/--insecure, --no-check-certificate, --trusted-host, sslVerify=false und installieren Sie stattdessen das benötigte CA-Zertifikat.</translation>
    </message>
    <message>
        <source>Packages installed without signature checks</source>
        <translation>Pakete ohne Signaturprüfung installiert</translation>
    </message>
    <message>
        <source>Package signatures are what stops a tampered mirror; turning them off installs whatever is served.</source>
        <translation>Paketsignaturen sind das, was einen manipulierten Mirror aufhält; schaltet man sie ab, wird installiert, was auch immer ausgeliefert wird.</translation>
    </message>
    <message>
        <source>Remove --allow-unauthenticated / --allow-untrusted / --nogpgcheck and import the repository key instead.</source>
        <translation>Entfernen Sie --allow-unauthenticated / --allow-untrusted / --nogpgcheck und importieren Sie stattdessen den Repository-Schlüssel.</translation>
    </message>
    <message>
        <source>Secret in ENV or ARG</source>
        <translation>Geheimnis in ENV oder ARG</translation>
    </message>
    <message>
        <source>ENV values live in the image config and every container&apos;s environment; ARG values are kept in the build history. Both are readable by anyone with the image.</source>
        <translation>ENV-Werte liegen in der Image-Konfiguration und in der Umgebung jedes Containers; ARG-Werte bleiben im Build-Verlauf erhalten. Beide sind für jeden mit Zugriff auf das Image lesbar.</translation>
    </message>
    <message>
        <source>Remove the variable; use RUN --mount=type=secret for build-time secrets and a secret store or mounted file (*_FILE) at run time.</source>
        <translation>Entfernen Sie die Variable; verwenden Sie RUN --mount=type=secret für Build-Geheimnisse und zur Laufzeit einen Geheimnisspeicher oder eine eingehängte Datei (*_FILE).</translation>
    </message>
    <message>
        <source>A credential in an image (ENV, build ARG in the history, or a file in any layer) or in a container&apos;s environment can be read by anyone who can pull the image or inspect the container. Layers are immutable: deleting the file later does not remove it, and the value stays valid until it is revoked.</source>
        <translation>Zugangsdaten in einem Image (ENV, Build-ARG im Verlauf oder eine Datei in einem beliebigen Layer) oder in der Umgebung eines Containers können von jedem gelesen werden, der das Image pullen oder den Container inspizieren kann. Layer sind unveränderlich: Das spätere Löschen der Datei entfernt sie nicht, und der Wert bleibt gültig, bis er widerrufen wird.</translation>
    </message>
    <message>
        <source>Revoke and rotate the credential first. Then pass it at run time instead: a Docker secret (a tmpfs file under /run/secrets/&lt;name&gt;), your orchestrator&apos;s secret store, or for builds `RUN --mount=type=secret,id=&lt;name&gt;` (BuildKit). Never put secrets in ENV, ARG, LABEL or COPY.</source>
        <translation>Widerrufen und rotieren Sie zuerst die Zugangsdaten. Übergeben Sie sie dann stattdessen zur Laufzeit: als Docker-Secret (eine tmpfs-Datei unter /run/secrets/&lt;name&gt;), über den Geheimnisspeicher Ihres Orchestrators oder bei Builds mit `RUN --mount=type=secret,id=&lt;name&gt;` (BuildKit). Legen Sie Geheimnisse niemals in ENV, ARG, LABEL oder COPY ab.</translation>
    </message>
    <message>
        <source>Rotating the credential and changing how the application reads it.</source>
        <translation>Rotieren der Zugangsdaten und Ändern der Art, wie die Anwendung sie liest.</translation>
    </message>
    <message>
        <source>AWS access key ID</source>
        <translation>AWS-Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>AWS secret access key</source>
        <translation>Geheimer AWS-Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Google Cloud service-account key</source>
        <translation>Google-Cloud-Dienstkontoschlüssel</translation>
    </message>
    <message>
        <source>Google API key</source>
        <translation>Google-API-Schlüssel</translation>
    </message>
    <message>
        <source>Google OAuth client secret</source>
        <translation>Google-OAuth-Clientschlüssel</translation>
    </message>
    <message>
        <source>Google OAuth access token</source>
        <translation>Google-OAuth-Zugriffstoken</translation>
    </message>
    <message>
        <source>Azure storage account key</source>
        <translation>Azure-Speicherkontoschlüssel</translation>
    </message>
    <message>
        <source>Azure connection string with a shared access key</source>
        <translation>Azure-Verbindungszeichenfolge mit gemeinsam genutztem Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Azure shared access signature (SAS) token</source>
        <translation>Azure-SAS-Token (Shared Access Signature)</translation>
    </message>
    <message>
        <source>Azure AD (Entra ID) client secret</source>
        <translation>Clientgeheimnis für Azure AD (Entra ID)</translation>
    </message>
    <message>
        <source>Azure DevOps personal access token</source>
        <translation>Persönliches Zugriffstoken für Azure DevOps</translation>
    </message>
    <message>
        <source>Alibaba Cloud AccessKey ID</source>
        <translation>Alibaba Cloud AccessKey-ID</translation>
    </message>
    <message>
        <source>DigitalOcean personal access token</source>
        <translation>Persönliches Zugriffstoken für DigitalOcean</translation>
    </message>
    <message>
        <source>DigitalOcean OAuth token</source>
        <translation>DigitalOcean-OAuth-Token</translation>
    </message>
    <message>
        <source>Heroku API key</source>
        <translation>Heroku-API-Schlüssel</translation>
    </message>
    <message>
        <source>Heroku platform token</source>
        <translation>Heroku-Plattform-Token</translation>
    </message>
    <message>
        <source>GitHub personal access token (classic)</source>
        <translation>Persönliches Zugriffstoken für GitHub (klassisch)</translation>
    </message>
    <message>
        <source>GitHub fine-grained personal access token</source>
        <translation>Feingranulares persönliches Zugriffstoken für GitHub</translation>
    </message>
    <message>
        <source>GitHub OAuth access token</source>
        <translation>GitHub-OAuth-Zugriffstoken</translation>
    </message>
    <message>
        <source>GitHub App token</source>
        <translation>GitHub-App-Token</translation>
    </message>
    <message>
        <source>GitHub refresh token</source>
        <translation>GitHub-Refresh-Token</translation>
    </message>
    <message>
        <source>GitLab personal access token</source>
        <translation>Persönliches Zugriffstoken für GitLab</translation>
    </message>
    <message>
        <source>GitLab pipeline trigger token</source>
        <translation>GitLab-Pipeline-Trigger-Token</translation>
    </message>
    <message>
        <source>GitLab runner registration or authentication token</source>
        <translation>GitLab-Runner-Registrierungs- oder -Authentifizierungstoken</translation>
    </message>
    <message>
        <source>GitLab deploy token</source>
        <translation>GitLab-Deploy-Token</translation>
    </message>
    <message>
        <source>Atlassian API token</source>
        <translation>Atlassian-API-Token</translation>
    </message>
    <message>
        <source>Slack bot token</source>
        <translation>Slack-Bot-Token</translation>
    </message>
    <message>
        <source>Slack user or workspace token</source>
        <translation>Slack-Benutzer- oder -Workspace-Token</translation>
    </message>
    <message>
        <source>Slack app-level token</source>
        <translation>Slack-App-Level-Token</translation>
    </message>
    <message>
        <source>Slack incoming webhook URL</source>
        <translation>URL eines eingehenden Slack-Webhooks</translation>
    </message>
    <message>
        <source>Discord webhook URL</source>
        <translation>Discord-Webhook-URL</translation>
    </message>
    <message>
        <source>Microsoft Teams incoming webhook URL</source>
        <translation>URL eines eingehenden Webhooks für Microsoft Teams</translation>
    </message>
    <message>
        <source>Telegram bot token</source>
        <translation>Telegram-Bot-Token</translation>
    </message>
    <message>
        <source>Twilio API key</source>
        <translation>Twilio-API-Schlüssel</translation>
    </message>
    <message>
        <source>SendGrid API key</source>
        <translation>SendGrid-API-Schlüssel</translation>
    </message>
    <message>
        <source>Mailgun API key</source>
        <translation>Mailgun-API-Schlüssel</translation>
    </message>
    <message>
        <source>Mailchimp API key</source>
        <translation>Mailchimp-API-Schlüssel</translation>
    </message>
    <message>
        <source>Stripe live secret key</source>
        <translation>Geheimer Stripe-Live-Schlüssel</translation>
    </message>
    <message>
        <source>Stripe live restricted key</source>
        <translation>Eingeschränkter Stripe-Live-Schlüssel</translation>
    </message>
    <message>
        <source>Stripe test secret key</source>
        <translation>Geheimer Stripe-Testschlüssel</translation>
    </message>
    <message>
        <source>Shopify access token</source>
        <translation>Shopify-Zugriffstoken</translation>
    </message>
    <message>
        <source>Shopify shared secret</source>
        <translation>Gemeinsames Geheimnis für Shopify</translation>
    </message>
    <message>
        <source>Square access token or OAuth secret</source>
        <translation>Square-Zugriffstoken oder -OAuth-Geheimnis</translation>
    </message>
    <message>
        <source>RSA private key (PEM)</source>
        <translation>Privater RSA-Schlüssel (PEM)</translation>
    </message>
    <message>
        <source>EC private key (PEM)</source>
        <translation>Privater EC-Schlüssel (PEM)</translation>
    </message>
    <message>
        <source>DSA private key (PEM)</source>
        <translation>Privater DSA-Schlüssel (PEM)</translation>
    </message>
    <message>
        <source>OpenSSH private key</source>
        <translation>Privater OpenSSH-Schlüssel</translation>
    </message>
    <message>
        <source>PKCS #8 private key (PEM)</source>
        <translation>Privater PKCS-#8-Schlüssel (PEM)</translation>
    </message>
    <message>
        <source>PGP private key block</source>
        <translation>PGP-Block mit privatem Schlüssel</translation>
    </message>
    <message>
        <source>PuTTY private key</source>
        <translation>Privater PuTTY-Schlüssel</translation>
    </message>
    <message>
        <source>age encryption secret key</source>
        <translation>Geheimer Schlüssel für age-Verschlüsselung</translation>
    </message>
    <message>
        <source>JSON Web Token</source>
        <translation>JSON Web Token</translation>
    </message>
    <message>
        <source>Kubernetes client key in a kubeconfig</source>
        <translation>Kubernetes-Client-Schlüssel in einer kubeconfig</translation>
    </message>
    <message>
        <source>Kubernetes bearer token in a kubeconfig</source>
        <translation>Kubernetes-Bearer-Token in einer kubeconfig</translation>
    </message>
    <message>
        <source>HashiCorp Vault service token</source>
        <translation>Service-Token für HashiCorp Vault</translation>
    </message>
    <message>
        <source>HashiCorp Vault batch token</source>
        <translation>Batch-Token für HashiCorp Vault</translation>
    </message>
    <message>
        <source>HashiCorp Vault legacy token</source>
        <translation>Legacy-Token für HashiCorp Vault</translation>
    </message>
    <message>
        <source>Terraform Cloud / Enterprise API token</source>
        <translation>API-Token für Terraform Cloud / Enterprise</translation>
    </message>
    <message>
        <source>Pulumi access token</source>
        <translation>Pulumi-Zugriffstoken</translation>
    </message>
    <message>
        <source>Doppler token</source>
        <translation>Doppler-Token</translation>
    </message>
    <message>
        <source>npm access token</source>
        <translation>npm-Zugriffstoken</translation>
    </message>
    <message>
        <source>npm registry auth token in .npmrc</source>
        <translation>npm-Registry-Auth-Token in .npmrc</translation>
    </message>
    <message>
        <source>PyPI upload token</source>
        <translation>PyPI-Upload-Token</translation>
    </message>
    <message>
        <source>Docker Hub access token</source>
        <translation>Zugriffstoken für Docker Hub</translation>
    </message>
    <message>
        <source>Registry credentials in a Docker config.json (auths)</source>
        <translation>Registry-Zugangsdaten in einer Docker-config.json (auths)</translation>
    </message>
    <message>
        <source>RubyGems API key</source>
        <translation>RubyGems-API-Schlüssel</translation>
    </message>
    <message>
        <source>NuGet API key</source>
        <translation>NuGet-API-Schlüssel</translation>
    </message>
    <message>
        <source>JFrog Artifactory API key or reference token</source>
        <translation>API-Schlüssel oder Referenztoken für JFrog Artifactory</translation>
    </message>
    <message>
        <source>OpenAI API key</source>
        <translation>OpenAI-API-Schlüssel</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Anthropic-API-Schlüssel</translation>
    </message>
    <message>
        <source>Hugging Face access token</source>
        <translation>Zugriffstoken für Hugging Face</translation>
    </message>
    <message>
        <source>Groq API key</source>
        <translation>Groq-API-Schlüssel</translation>
    </message>
    <message>
        <source>Perplexity API key</source>
        <translation>Perplexity-API-Schlüssel</translation>
    </message>
    <message>
        <source>Replicate API token</source>
        <translation>Replicate-API-Token</translation>
    </message>
    <message>
        <source>xAI API key</source>
        <translation>xAI-API-Schlüssel</translation>
    </message>
    <message>
        <source>Cohere or Mistral API key</source>
        <translation>Cohere- oder Mistral-API-Schlüssel</translation>
    </message>
    <message>
        <source>LangSmith API key</source>
        <translation>LangSmith-API-Schlüssel</translation>
    </message>
    <message>
        <source>Datadog API or application key</source>
        <translation>Datadog-API- oder -Anwendungsschlüssel</translation>
    </message>
    <message>
        <source>New Relic user API key</source>
        <translation>Benutzer-API-Schlüssel für New Relic</translation>
    </message>
    <message>
        <source>Sentry auth token</source>
        <translation>Sentry-Auth-Token</translation>
    </message>
    <message>
        <source>Grafana token</source>
        <translation>Grafana-Token</translation>
    </message>
    <message>
        <source>Linear API key</source>
        <translation>Linear-API-Schlüssel</translation>
    </message>
    <message>
        <source>Postman API key</source>
        <translation>Postman-API-Schlüssel</translation>
    </message>
    <message>
        <source>Databricks access token</source>
        <translation>Databricks-Zugriffstoken</translation>
    </message>
    <message>
        <source>Supabase or PlanetScale token</source>
        <translation>Supabase- oder PlanetScale-Token</translation>
    </message>
    <message>
        <source>Dynatrace API token</source>
        <translation>Dynatrace-API-Token</translation>
    </message>
    <message>
        <source>Figma personal access token</source>
        <translation>Persönliches Zugriffstoken für Figma</translation>
    </message>
    <message>
        <source>Database connection URI with a password</source>
        <translation>Datenbank-Verbindungs-URI mit Passwort</translation>
    </message>
    <message>
        <source>Password in a URL (basic authentication)</source>
        <translation>Passwort in einer URL (Basic-Authentifizierung)</translation>
    </message>
    <message>
        <source>Password in a .netrc entry</source>
        <translation>Passwort in einem .netrc-Eintrag</translation>
    </message>
    <message>
        <source>Password assignment</source>
        <translation>Passwortzuweisung</translation>
    </message>
    <message>
        <source>Secret, token or API key assignment</source>
        <translation>Zuweisung eines Geheimnisses, Tokens oder API-Schlüssels</translation>
    </message>
    <message>
        <source>Credential file in the image or container</source>
        <translation>Datei mit Zugangsdaten im Image oder Container</translation>
    </message>
    <message>
        <source>Files such as id_rsa, .env, .npmrc, .docker/config.json, .aws/credentials, .git-credentials, .pgpass, .netrc, *.pem/*.key and kubeconfigs usually hold credentials. Anyone who can pull the image or read the container&apos;s filesystem gets them.</source>
        <translation>Dateien wie id_rsa, .env, .npmrc, .docker/config.json, .aws/credentials, .git-credentials, .pgpass, .netrc, *.pem/*.key und kubeconfig-Dateien enthalten in der Regel Zugangsdaten. Jeder, der das Image pullen oder das Dateisystem des Containers lesen kann, erhält sie.</translation>
    </message>
    <message>
        <source>Remove the file from the build context (.dockerignore) and from the image; mount it at run time as a Docker secret under /run/secrets, or use `RUN --mount=type=secret` for builds. Rotate what it held.</source>
        <translation>Entfernen Sie die Datei aus dem Build-Kontext (.dockerignore) und aus dem Image; hängen Sie sie zur Laufzeit als Docker-Secret unter /run/secrets ein, oder verwenden Sie `RUN --mount=type=secret` für Builds. Rotieren Sie die darin enthaltenen Geheimnisse.</translation>
    </message>
    <message>
        <source>Secret deleted in a later layer but still in the image</source>
        <translation>Geheimnis in einem späteren Layer gelöscht, aber noch im Image</translation>
    </message>
    <message>
        <source>A later `RUN rm` only adds a whiteout entry: the file stays in the earlier layer, and `docker save` or any registry pull hands it out unchanged.</source>
        <translation>Ein späteres `RUN rm` fügt nur einen Whiteout-Eintrag hinzu: Die Datei bleibt im früheren Layer, und `docker save` oder jeder Pull aus einer Registry gibt sie unverändert heraus.</translation>
    </message>
    <message>
        <source>Rebuild without ever copying the secret into a layer (multi-stage build, or `RUN --mount=type=secret`), then rotate the secret: it has already shipped.</source>
        <translation>Bauen Sie das Image neu, ohne das Geheimnis jemals in einen Layer zu kopieren (Multi-Stage-Build oder `RUN --mount=type=secret`), und rotieren Sie dann das Geheimnis: Es wurde bereits ausgeliefert.</translation>
    </message>
    <message>
        <source>Unexpected setuid or setgid file in the image</source>
        <translation>Unerwartete setuid- oder setgid-Datei im Image</translation>
    </message>
    <message>
        <source>A setuid or setgid program runs with its owner&apos;s (usually root&apos;s) rights whoever starts it, so a bug in it or a planted copy of a shell turns any user in the container into root. Besides the distribution&apos;s login and network tools (su, passwd, mount, ping ...), images should carry none. Checked when the layers are read (`bulkhead-cli scan --layers`).</source>
        <translation>Ein setuid- oder setgid-Programm läuft mit den Rechten seines Eigentümers (meist root), egal wer es startet; ein Fehler darin oder eine eingeschleuste Kopie einer Shell macht daher jeden Benutzer im Container zu root. Abgesehen von den Login- und Netzwerk-Tools der Distribution (su, passwd, mount, ping ...) sollten Images keine enthalten. Wird beim Lesen der Layer geprüft (`bulkhead-cli scan --layers`).</translation>
    </message>
    <message>
        <source>Remove the special bits in the Dockerfile: `RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} +` (keep only what the application needs), and run containers with `--security-opt no-new-privileges`.</source>
        <translation>Entfernen Sie die Sonderbits im Dockerfile: `RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} +` (behalten Sie nur, was die Anwendung benötigt), und führen Sie Container mit `--security-opt no-new-privileges` aus.</translation>
    </message>
    <message>
        <source>A program that really needs the bits (rare in containers) must be kept and justified.</source>
        <translation>Ein Programm, das die Bits wirklich benötigt (in Containern selten), muss beibehalten und begründet werden.</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ConnectionBar</name>
    <message>
        <source>&amp;Docker host:</source>
        <translation>&amp;Docker-Host:</translation>
    </message>
    <message>
        <source>Docker host</source>
        <translation>Docker-Host</translation>
    </message>
    <message>
        <source>unix:///var/run/docker.sock, tcp://host:2376, ssh://user@host, or a docker context</source>
        <translation>unix:///var/run/docker.sock, tcp://host:2376, ssh://user@host oder ein Docker-Kontext</translation>
    </message>
    <message>
        <source>TLS…</source>
        <translation>TLS…</translation>
    </message>
    <message>
        <source>TLS settings</source>
        <translation>TLS-Einstellungen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>%1 (recent)</source>
        <translation>%1 (zuletzt)</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>eingegeben</translation>
    </message>
    <message>
        <source>TLS off: traffic and the daemon are unprotected</source>
        <translation>TLS aus: Verkehr und Daemon sind ungeschützt</translation>
    </message>
    <message>
        <source>TLS without verification</source>
        <translation>TLS ohne Prüfung</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ContainerRiskView</name>
    <message>
        <source>Risk score</source>
        <translation>Risikowert</translation>
    </message>
    <message>
        <source>Copy hardened docker run</source>
        <translation>Gehärtetes docker run kopieren</translation>
    </message>
    <message>
        <source>Copy the hardened docker run command</source>
        <translation>Den gehärteten docker-run-Befehl kopieren</translation>
    </message>
    <message>
        <source>Copy compose snippet</source>
        <translation>Compose-Ausschnitt kopieren</translation>
    </message>
    <message>
        <source>Copy the hardened compose snippet</source>
        <translation>Den gehärteten Compose-Ausschnitt kopieren</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Why this score</source>
        <translation>Warum dieser Wert</translation>
    </message>
    <message>
        <source>Findings by category</source>
        <translation>Befunde nach Kategorie</translation>
    </message>
    <message>
        <source>Hardened configuration</source>
        <translation>Gehärtete Konfiguration</translation>
    </message>
    <message>
        <source>Inspect JSON, secrets masked</source>
        <translation>Inspect-JSON, Geheimnisse maskiert</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Inspect JSON</source>
        <translation>Inspect-JSON</translation>
    </message>
    <message>
        <source>Hardened docker run command copied.</source>
        <translation>Gehärteter docker-run-Befehl kopiert.</translation>
    </message>
    <message>
        <source>Compose snippet copied.</source>
        <translation>Compose-Ausschnitt kopiert.</translation>
    </message>
    <message>
        <source>(no inspect data)</source>
        <translation>(keine Inspect-Daten)</translation>
    </message>
    <message>
        <source>Container removed</source>
        <translation>Container entfernt</translation>
    </message>
    <message>
        <source>No container selected</source>
        <translation>Kein Container ausgewählt</translation>
    </message>
    <message>
        <source>Pick a container in the Containers view.</source>
        <translation>Wählen Sie einen Container in der Ansicht „Container“.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Risk score %1 of 100, grade %2</source>
        <translation>Risikowert %1 von 100, Note %2</translation>
    </message>
    <message>
        <source># docker run with the fixes applied
%1

# docker compose service with the fixes applied
%2</source>
        <translation># docker run mit den angewandten Korrekturen
%1

# docker-compose-Dienst mit den angewandten Korrekturen
%2</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Export a report of this container</source>
        <translation>Bericht über diesen Container exportieren</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ContainerTableModel</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>privileged</source>
        <translation>privilegiert</translation>
    </message>
    <message>
        <source>Risk score %1 of 100, grade %2</source>
        <translation>Risikowert %1 von 100, Note %2</translation>
    </message>
    <message>
        <source>risk score %1, grade %2</source>
        <translation>Risikowert %1, Note %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Published ports</source>
        <translation>Veröffentlichte Ports</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Privileged</source>
        <translation>Privilegiert</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ContainersView</name>
    <message>
        <source>Search name, image, id, port, user…</source>
        <translation>Name, Image, ID, Port, Benutzer suchen…</translation>
    </message>
    <message>
        <source>Search containers</source>
        <translation>Container suchen</translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation>Schweregrad-Filter</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Jeder Schweregrad</translation>
    </message>
    <message>
        <source>%1 or worse</source>
        <translation>%1 oder schlimmer</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Zustandsfilter</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Jeder Zustand</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Nicht laufend</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Rule id</source>
        <translation>Regel-ID</translation>
    </message>
    <message>
        <source>Rule filter</source>
        <translation>Regelfilter</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Number of containers shown</source>
        <translation>Anzahl angezeigter Container</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Schweregrad: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::DashboardView</name>
    <message>
        <source>Host posture grade</source>
        <translation>Sicherheitsnote des Hosts</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Findings by severity</source>
        <translation>Befunde nach Schweregrad</translation>
    </message>
    <message>
        <source>Riskiest containers</source>
        <translation>Riskanteste Container</translation>
    </message>
    <message>
        <source>Findings by category</source>
        <translation>Befunde nach Kategorie</translation>
    </message>
    <message>
        <source>Host posture: %1 of 100</source>
        <translation>Host-Sicherheit: %1 von 100</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Docker %2 (API %3) on %4 · %5 containers (%6 running) · %7 images</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Docker %2 (API %3) auf %4 · %5 Container (%6 laufend) · %7 Images</translation>
    </message>
    <message>
        <source>Critical %1 · High %2 · Medium %3 · Low %4 · Info %5</source>
        <translation>Kritisch %1 · Hoch %2 · Mittel %3 · Niedrig %4 · Info %5</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted risk(s) not counted</source>
        <translation>
            <numerusform>%n akzeptiertes Risiko nicht gezählt</numerusform>
            <numerusform>%n akzeptierte Risiken nicht gezählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Partial results: the collection did not complete.</source>
        <translation>Teilergebnisse: Die Erfassung wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Not connected. Connect to a Docker host or open a snapshot.</source>
        <translation>Nicht verbunden. Verbinden Sie sich mit einem Docker-Host oder öffnen Sie einen Snapshot.</translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation>Risikowert</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::DockerfileEditor</name>
    <message>
        <source>Dockerfile editor</source>
        <translation>Dockerfile-Editor</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::EventWatcher</name>
    <message>
        <source>The daemon refused /events (HTTP %1).</source>
        <translation>Der Daemon hat /events abgelehnt (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ExportDialog</name>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>JSON-Bericht (*.json)</translation>
    </message>
    <message>
        <source>SARIF 2.1.0 (*.sarif)</source>
        <translation>SARIF 2.1.0 (*.sarif)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Report format</source>
        <translation>Berichtsformat</translation>
    </message>
    <message>
        <source>HTML — self-contained page for people</source>
        <translation>HTML — eigenständige Seite zum Lesen</translation>
    </message>
    <message>
        <source>PDF — paginated, to hand over</source>
        <translation>PDF — paginiert, zum Weitergeben</translation>
    </message>
    <message>
        <source>JSON — versioned schema, for scripts</source>
        <translation>JSON — versioniertes Schema, für Skripte</translation>
    </message>
    <message>
        <source>SARIF 2.1.0 — code scanning tools</source>
        <translation>SARIF 2.1.0 — für Code-Scanning-Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;All containers</source>
        <translation>&amp;Alle Container</translation>
    </message>
    <message>
        <source>&amp;Selected containers</source>
        <translation>Ausge&amp;wählte Container</translation>
    </message>
    <message>
        <source>&amp;One container</source>
        <translation>&amp;Ein Container</translation>
    </message>
    <message>
        <source>Containers to include</source>
        <translation>Aufzunehmende Container</translation>
    </message>
    <message>
        <source>Container to report</source>
        <translation>Container für den Bericht</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Daemon and host findings are always included.</source>
        <translation>Befunde zu Daemon und Host sind immer enthalten.</translation>
    </message>
    <message>
        <source>Bulkhead security report</source>
        <translation>Bulkhead-Sicherheitsbericht</translation>
    </message>
    <message>
        <source>Report title</source>
        <translation>Berichtstitel</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Ausgabedatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation>Ausgabedatei wählen</translation>
    </message>
    <message>
        <source>Open the report when done</source>
        <translation>Bericht danach öffnen</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Exportstatus</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message numerus="yes">
        <source>Include the Dockerfile lint of %1 (%n finding(s))</source>
        <translation>
            <numerusform>Dockerfile-Prüfung von %1 aufnehmen (%n Befund)</numerusform>
            <numerusform>Dockerfile-Prüfung von %1 aufnehmen (%n Befunde)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Include the layer scans (%n finding(s))</source>
        <translation>
            <numerusform>Schichtprüfungen aufnehmen (%n Befund)</numerusform>
            <numerusform>Schichtprüfungen aufnehmen (%n Befunde)</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportiere…</translation>
    </message>
    <message>
        <source>Choose a file to save the report to.</source>
        <translation>Wählen Sie eine Datei für den Bericht.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 ist ein Ordner; geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <source>Tick at least one container, or choose another scope.</source>
        <translation>Markieren Sie mindestens einen Container oder wählen Sie einen anderen Umfang.</translation>
    </message>
    <message>
        <source>Choose the container to report.</source>
        <translation>Wählen Sie den Container für den Bericht.</translation>
    </message>
    <message>
        <source>There is no scan to export yet.</source>
        <translation>Es gibt noch keine Prüfung zum Exportieren.</translation>
    </message>
    <message>
        <source>%1 was written, but no program could open it.</source>
        <translation>%1 wurde geschrieben, aber kein Programm konnte die Datei öffnen.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::FindingDetail</name>
    <message>
        <source>CIS Docker Benchmark %1</source>
        <translation>CIS Docker Benchmark %1</translation>
    </message>
    <message>
        <source>OWASP Docker Security Cheat Sheet %1</source>
        <translation>OWASP Docker Security Cheat Sheet %1</translation>
    </message>
    <message>
        <source>NIST SP 800-190 %1</source>
        <translation>NIST SP 800-190 %1</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>Auch bekannt als: %1</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>So beheben Sie es</translation>
    </message>
    <message>
        <source>What fixing costs</source>
        <translation>Was die Behebung kostet</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referenzen</translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation>Befunddetails</translation>
    </message>
    <message>
        <source>Select a finding to see its evidence, why it matters and how to fix it.</source>
        <translation>Wählen Sie einen Befund, um Nachweis, Bedeutung und Behebung zu sehen.</translation>
    </message>
    <message>
        <source>Accepted risk: %1</source>
        <translation>Akzeptiertes Risiko: %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <source>Confidence %1%</source>
        <translation>Konfidenz %1 %</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Suggested change</source>
        <translation>Vorgeschlagene Änderung</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::FindingTreeModel</name>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 [accepted: %2]</source>
        <translation>%1 [akzeptiert: %2]</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 severity: %2</source>
        <translation>Schweregrad %1: %2</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::HostView</name>
    <message>
        <source>Daemon and host facts</source>
        <translation>Daemon- und Host-Fakten</translation>
    </message>
    <message>
        <source>Daemon and host findings</source>
        <translation>Daemon- und Host-Befunde</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>%1 (API %2, minimum %3)</source>
        <translation>%1 (API %2, mindestens %3)</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Storage driver</source>
        <translation>Speichertreiber</translation>
    </message>
    <message>
        <source>Root directory</source>
        <translation>Stammverzeichnis</translation>
    </message>
    <message>
        <source>Security options</source>
        <translation>Sicherheitsoptionen</translation>
    </message>
    <message>
        <source>Live restore</source>
        <translation>Live Restore</translation>
    </message>
    <message>
        <source>CPUs / memory</source>
        <translation>CPUs / Speicher</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>Socket mode</source>
        <translation>Socket-Rechte</translation>
    </message>
    <message>
        <source>docker group members</source>
        <translation>Mitglieder der Gruppe docker</translation>
    </message>
    <message>
        <source>Host facts</source>
        <translation>Host-Fakten</translation>
    </message>
    <message>
        <source>not read (the endpoint is not on this machine)</source>
        <translation>nicht gelesen (der Endpunkt liegt nicht auf diesem Rechner)</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Erfasst</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ImageTableModel</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ImagesView</name>
    <message>
        <source>Search images…</source>
        <translation>Images suchen…</translation>
    </message>
    <message>
        <source>Search images</source>
        <translation>Images suchen</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Image configuration</source>
        <translation>Image-Konfiguration</translation>
    </message>
    <message>
        <source>Image history and layers</source>
        <translation>Image-Verlauf und Schichten</translation>
    </message>
    <message>
        <source>Image findings</source>
        <translation>Image-Befunde</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>History and layers</source>
        <translation>Verlauf und Schichten</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Digests</source>
        <translation>Digests</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>root (default)</source>
        <translation>root (Standard)</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>Entrypoint</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>Exposed ports</source>
        <translation>Freigegebene Ports</translation>
    </message>
    <message>
        <source>Healthcheck</source>
        <translation>Healthcheck</translation>
    </message>
    <message>
        <source>none declared</source>
        <translation>keiner deklariert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Environment (values masked)</source>
        <translation>Umgebung (Werte maskiert)</translation>
    </message>
    <message>
        <source>(deleted but still in the image)</source>
        <translation>(gelöscht, aber noch im Image)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>No history recorded for this image.</source>
        <translation>Für dieses Image ist kein Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>Scan &amp;layers</source>
        <translation>&amp;Schichten prüfen</translation>
    </message>
    <message>
        <source>Scan the layers of the selected image for secrets</source>
        <translation>Schichten des gewählten Images nach Geheimnissen durchsuchen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the layer scan</source>
        <translation>Schichtprüfung abbrechen</translation>
    </message>
    <message>
        <source>Layer scan progress</source>
        <translation>Fortschritt der Schichtprüfung</translation>
    </message>
    <message>
        <source>Layer scan status</source>
        <translation>Status der Schichtprüfung</translation>
    </message>
    <message>
        <source>Secrets and files found in the image layers</source>
        <translation>In den Image-Schichten gefundene Geheimnisse und Dateien</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Still in the image</source>
        <translation>Noch im Image</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Secrets in layers</source>
        <translation>Geheimnisse in Schichten</translation>
    </message>
    <message>
        <source>%v/%m layers</source>
        <translation>%v/%m Schichten</translation>
    </message>
    <message>
        <source>Reading the image: %1</source>
        <translation>Lese das Image: %1</translation>
    </message>
    <message>
        <source>Layer scan cancelled.</source>
        <translation>Schichtprüfung abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in the layers</source>
        <translation>
            <numerusform>%n Befund in den Schichten</numerusform>
            <numerusform>%n Befunde in den Schichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanning the layers of %1…</source>
        <translation>Prüfe die Schichten von %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message>
        <source>Reads the image from the daemon (GET only) and scans every layer for secrets, deleted files included</source>
        <translation>Liest das Image vom Daemon (nur GET) und durchsucht jede Schicht nach Geheimnissen, auch gelöschte Dateien</translation>
    </message>
    <message>
        <source>Layer scans read the image from the daemon: connect to a Docker host (a snapshot holds no layers)</source>
        <translation>Schichtprüfungen lesen das Image vom Daemon: Verbinden Sie sich mit einem Docker-Host (ein Snapshot enthält keine Schichten)</translation>
    </message>
    <message>
        <source>Layers not scanned yet.</source>
        <translation>Schichten noch nicht geprüft.</translation>
    </message>
    <message>
        <source>deleted but still in the image</source>
        <translation>gelöscht, aber noch im Image</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in %1 layer(s)</source>
        <translation>
            <numerusform>%n Befund in %1 Schicht(en)</numerusform>
            <numerusform>%n Befunde in %1 Schicht(en)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n deleted in a later layer but still in the image</source>
        <translation>
            <numerusform>; %n in einer späteren Schicht gelöscht, aber noch im Image</numerusform>
            <numerusform>; %n in einer späteren Schicht gelöscht, aber noch im Image</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n setuid/setgid file(s)</source>
        <translation>
            <numerusform>; %n setuid/setgid-Datei</numerusform>
            <numerusform>; %n setuid/setgid-Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n layer(s) from the cache)</source>
        <translation>
            <numerusform> (%n Schicht aus dem Cache)</numerusform>
            <numerusform> (%n Schichten aus dem Cache)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::LayerScanJob</name>
    <message>
        <source>Layer scan cancelled.</source>
        <translation>Schichtprüfung abgebrochen.</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::LintView</name>
    <message>
        <source>Open a Dockerfile or a build-context folder (File menu), drop one here, or type.</source>
        <translation>Öffnen Sie ein Dockerfile oder einen Build-Kontext-Ordner (Menü Datei), ziehen Sie ihn hierher oder tippen Sie.</translation>
    </message>
    <message>
        <source>Dockerfile findings</source>
        <translation>Dockerfile-Befunde</translation>
    </message>
    <message>
        <source>No Dockerfile in %1.</source>
        <translation>Kein Dockerfile in %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 (build context %2)</source>
        <translation>%1 (Build-Kontext %2)</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::MainWindow</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>DEMO — you are looking at the bundled demo snapshot (fixture data with fake secrets), not at a real host. Connect to a Docker host or open a snapshot from the File menu.</source>
        <translation>DEMO — Sie sehen den mitgelieferten Demo-Snapshot (Testdaten mit gefälschten Geheimnissen), keinen echten Host. Verbinden Sie sich mit einem Docker-Host oder öffnen Sie einen Snapshot über das Menü Datei.</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Demo-Modus</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Container risk</source>
        <translation>Container-Risiko</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Host and daemon</source>
        <translation>Host und Daemon</translation>
    </message>
    <message>
        <source>Dockerfile lint</source>
        <translation>Dockerfile-Prüfung</translation>
    </message>
    <message>
        <source>Rule catalogue</source>
        <translation>Regelkatalog</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Live updates</source>
        <translation>Live-Aktualisierung</translation>
    </message>
    <message>
        <source>● live</source>
        <translation>● live</translation>
    </message>
    <message>
        <source>Following Docker events: changes appear without a reload</source>
        <translation>Docker-Ereignisse werden verfolgt: Änderungen erscheinen ohne Neuladen</translation>
    </message>
    <message>
        <source>Live updates stopped: %1</source>
        <translation>Live-Aktualisierung gestoppt: %1</translation>
    </message>
    <message>
        <source>Container %1: %2</source>
        <translation>Container %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Dockerfile linted: %n finding(s)</source>
        <translation>
            <numerusform>Dockerfile geprüft: %n Befund</numerusform>
            <numerusform>Dockerfile geprüft: %n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open snapshot…</source>
        <translation>Snapshot ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation>Snapshot öffnen</translation>
    </message>
    <message>
        <source>Bulkhead snapshots (*.json);;All files (*)</source>
        <translation>Bulkhead-Snapshots (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Save snapshot…</source>
        <translation>Snapshot &amp;speichern…</translation>
    </message>
    <message>
        <source>Save snapshot</source>
        <translation>Snapshot speichern</translation>
    </message>
    <message>
        <source>Bulkhead snapshots (*.json)</source>
        <translation>Bulkhead-Snapshots (*.json)</translation>
    </message>
    <message>
        <source>Snapshot saved (readable by you only): %1</source>
        <translation>Snapshot gespeichert (nur für Sie lesbar): %1</translation>
    </message>
    <message>
        <source>Open &amp;demo snapshot</source>
        <translation>&amp;Demo-Snapshot öffnen</translation>
    </message>
    <message>
        <source>Lint a &amp;Dockerfile…</source>
        <translation>&amp;Dockerfile prüfen…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Lint a Dockerfile</source>
        <translation>Dockerfile prüfen</translation>
    </message>
    <message>
        <source>Lint a build &amp;context folder…</source>
        <translation>Build-&amp;Kontext-Ordner prüfen…</translation>
    </message>
    <message>
        <source>Lint a build context</source>
        <translation>Build-Kontext prüfen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Reconnect and rescan</source>
        <translation>&amp;Neu verbinden und prüfen</translation>
    </message>
    <message>
        <source>&amp;Find container</source>
        <translation>Container &amp;finden</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Bulkhead</source>
        <translation>Ü&amp;ber Bulkhead</translation>
    </message>
    <message>
        <source>About Bulkhead</source>
        <translation>Über Bulkhead</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bulkhead %1&lt;/h3&gt;&lt;p&gt;A read-only security dashboard for Docker: it only ever sends GET and HEAD requests to the Engine.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bulkhead %1&lt;/h3&gt;&lt;p&gt;Ein rein lesendes Sicherheits-Dashboard für Docker: Es sendet der Engine ausschließlich GET- und HEAD-Anfragen.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Connect without TLS?</source>
        <translation>Ohne TLS verbinden?</translation>
    </message>
    <message>
        <source>%1 is a remote daemon without TLS. Anyone on the network path can read the traffic and take over the daemon.

Connect anyway?</source>
        <translation>%1 ist ein entfernter Daemon ohne TLS. Jeder auf dem Netzwerkpfad kann den Verkehr mitlesen und den Daemon übernehmen.

Trotzdem verbinden?</translation>
    </message>
    <message>
        <source>Docker %1 · API %2 · %3</source>
        <translation>Docker %1 · API %2 · %3</translation>
    </message>
    <message>
        <source>Snapshot of %1, taken %2</source>
        <translation>Snapshot von %1, erstellt %2</translation>
    </message>
    <message numerus="yes">
        <source>Partial results: %n problem(s) while collecting.</source>
        <translation>
            <numerusform>Teilergebnisse: %n Problem bei der Erfassung.</numerusform>
            <numerusform>Teilergebnisse: %n Probleme bei der Erfassung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scan complete: %n container(s).</source>
        <translation>
            <numerusform>Prüfung abgeschlossen: %n Container.</numerusform>
            <numerusform>Prüfung abgeschlossen: %n Container.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — Bulkhead</source>
        <translation>%1 — Bulkhead</translation>
    </message>
    <message>
        <source>[DEMO] %1</source>
        <translation>[DEMO] %1</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Report written (readable by you only): %1</source>
        <translation>Bericht geschrieben (nur für Sie lesbar): %1</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Review decision not saved: %1</source>
        <translation>Prüfentscheidung nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Open &amp;review…</source>
        <translation>P&amp;rüfung öffnen…</translation>
    </message>
    <message>
        <source>Open review</source>
        <translation>Prüfung öffnen</translation>
    </message>
    <message>
        <source>Bulkhead reviews (*.json);;All files (*)</source>
        <translation>Bulkhead-Prüfungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Review opened: %n decision(s); every change is saved to it at once</source>
        <translation>
            <numerusform>Prüfung geöffnet: %n Entscheidung; jede Änderung wird sofort darin gespeichert</numerusform>
            <numerusform>Prüfung geöffnet: %n Entscheidungen; jede Änderung wird sofort darin gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Save review &amp;as…</source>
        <translation>Prüfung speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Prüfung speichern</translation>
    </message>
    <message>
        <source>Bulkhead reviews (*.json)</source>
        <translation>Bulkhead-Prüfungen (*.json)</translation>
    </message>
    <message>
        <source>Review saved (readable by you only): %1</source>
        <translation>Prüfung gespeichert (nur für Sie lesbar): %1</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ReportExportJob</name>
    <message>
        <source>No output file chosen.</source>
        <translation>Keine Ausgabedatei gewählt.</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Erstelle den Bericht…</translation>
    </message>
    <message>
        <source>No container in the scan matches the chosen scope.</source>
        <translation>Kein Container der Prüfung passt zum gewählten Umfang.</translation>
    </message>
    <message>
        <source>Choose other containers, or export all of them.</source>
        <translation>Wählen Sie andere Container oder exportieren Sie alle.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Schreibe %1…</translation>
    </message>
    <message>
        <source>Saving the file…</source>
        <translation>Speichere die Datei…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message numerus="yes">
        <source>Report written: %1 (%n finding(s)).</source>
        <translation>
            <numerusform>Bericht geschrieben: %1 (%n Befund).</numerusform>
            <numerusform>Bericht geschrieben: %1 (%n Befunde).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ReviewPanel</name>
    <message>
        <source>Review decision</source>
        <translation>Prüfentscheidung</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Prüfnotiz</translation>
    </message>
    <message>
        <source>Why: the reviewer&apos;s note, saved with the decision</source>
        <translation>Warum: die Notiz des Prüfers, mit der Entscheidung gespeichert</translation>
    </message>
    <message>
        <source>&amp;Previous finding</source>
        <translation>&amp;Vorheriger Befund</translation>
    </message>
    <message>
        <source>&amp;Next finding</source>
        <translation>&amp;Nächster Befund</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Entscheidung:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Accepted risk</source>
        <translation>Akzeptiertes Risiko</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Fehlalarm</translation>
    </message>
    <message>
        <source>Will fix</source>
        <translation>Wird behoben</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Decided by %1 on %2</source>
        <translation>Entschieden von %1 am %2</translation>
    </message>
    <message>
        <source>Decided by %1</source>
        <translation>Entschieden von %1</translation>
    </message>
    <message>
        <source>Not saved to %1</source>
        <translation>Nicht in %1 gespeichert</translation>
    </message>
    <message>
        <source>Not saved: File &gt; Save review as…</source>
        <translation>Nicht gespeichert: Datei &gt; Prüfung speichern unter…</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::RuleCatalogModel</name>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Daemon</source>
        <translation>Daemon</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::RulesView</name>
    <message>
        <source>Search rules by id, title, alias (e.g. DL3002, CIS)…</source>
        <translation>Regeln nach ID, Titel, Alias suchen (z. B. DL3002, CIS)…</translation>
    </message>
    <message>
        <source>Search rules</source>
        <translation>Regeln suchen</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n Regel</numerusform>
            <numerusform>%n Regeln</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule catalogue</source>
        <translation>Regelkatalog</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ScanController</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Unreadable snapshot.</source>
        <translation>Snapshot nicht lesbar.</translation>
    </message>
    <message>
        <source>The demo snapshot is missing from this build.</source>
        <translation>Der Demo-Snapshot fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Demo snapshot</source>
        <translation>Demo-Snapshot</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Opening the demo snapshot…</source>
        <translation>Öffne den Demo-Snapshot…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Öffne %1…</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ScanData</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>root (default)</source>
        <translation>root (Standard)</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Recent hosts</source>
        <translation>Zuletzt verwendete Hosts</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected recent hosts</source>
        <translation>Ausgewählte Hosts aus der Liste entfernen</translation>
    </message>
    <message>
        <source>C&amp;lear all</source>
        <translation>Alle &amp;leeren</translation>
    </message>
    <message>
        <source>Clear the recent hosts</source>
        <translation>Liste der zuletzt verwendeten Hosts leeren</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Recent &amp;hosts:</source>
        <translation>Zuletzt verwendete &amp;Hosts:</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::TlsDialog</name>
    <message>
        <source>TLS settings</source>
        <translation>TLS-Einstellungen</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation>TLS verwenden</translation>
    </message>
    <message>
        <source>Verify the daemon&apos;s certificate and host name</source>
        <translation>Zertifikat und Hostnamen des Daemons prüfen</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation>Client-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Client key file</source>
        <translation>Client-Schlüsseldatei</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>CA-Zertifikat:</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>CA-Zertifikat wählen</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Client-Zertifikat:</translation>
    </message>
    <message>
        <source>Choose the client certificate</source>
        <translation>Client-Zertifikat wählen</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>Client-Schlüssel:</translation>
    </message>
    <message>
        <source>Choose the client key</source>
        <translation>Client-Schlüssel wählen</translation>
    </message>
</context>
</TS>
