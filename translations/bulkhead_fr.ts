<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Category</name>
    <message>
        <source>Privileges</source>
        <translation>Privilèges</translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation>Montages</translation>
    </message>
    <message>
        <source>Resource limits</source>
        <translation>Limites de ressources</translation>
    </message>
    <message>
        <source>Network exposure</source>
        <translation>Exposition réseau</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Daemon</source>
        <translation>Démon</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <source>Build context</source>
        <translation>Contexte de build</translation>
    </message>
</context>
<context>
    <name>Dockerfile</name>
    <message>
        <source>%1 copies the whole build context and there is no .dockerignore</source>
        <translation>%1 copie tout le contexte de build et il n&apos;y a pas de .dockerignore</translation>
    </message>
    <message>
        <source>.dockerignore does not exclude %1, and %2 copies the whole context</source>
        <translation>.dockerignore n&apos;exclut pas %1, et %2 copie tout le contexte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is sent to the daemon and copied into the image by COPY/ADD of the whole context</source>
        <translation>&apos;%1&apos; est envoyé au démon et copié dans l&apos;image par le COPY/ADD de tout le contexte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is sent to the daemon with the build context</source>
        <translation>&apos;%1&apos; est envoyé au démon avec le contexte de build</translation>
    </message>
    <message>
        <source>WORKDIR &apos;%1&apos; is relative; it depends on the previous WORKDIR</source>
        <translation>WORKDIR &apos;%1&apos; est relatif ; il dépend du WORKDIR précédent</translation>
    </message>
    <message>
        <source>&apos;%1&apos; makes no sense in an image build</source>
        <translation>&apos;%1&apos; n&apos;a pas de sens dans un build d&apos;image</translation>
    </message>
    <message>
        <source>the final stage&apos;s last USER is root</source>
        <translation>le dernier USER de l&apos;étape finale est root</translation>
    </message>
    <message>
        <source>RUN changes directory with &apos;cd&apos;; use WORKDIR</source>
        <translation>RUN change de répertoire avec &apos;cd&apos; ; utilisez WORKDIR</translation>
    </message>
    <message>
        <source>RUN uses sudo</source>
        <translation>RUN utilise sudo</translation>
    </message>
    <message>
        <source>base image &apos;%1&apos; has no tag (it means :latest)</source>
        <translation>l&apos;image de base &apos;%1&apos; n&apos;a pas de tag (cela signifie :latest)</translation>
    </message>
    <message>
        <source>base image &apos;%1&apos; uses the moving tag &apos;latest&apos;</source>
        <translation>l&apos;image de base &apos;%1&apos; utilise le tag mobile &apos;latest&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is copied and then extracted; ADD extracts local archives</source>
        <translation>&apos;%1&apos; est copié puis extrait ; ADD extrait les archives locales</translation>
    </message>
    <message>
        <source>port %1 is outside 0-65535</source>
        <translation>le port %1 est hors de l&apos;intervalle 0-65535</translation>
    </message>
    <message>
        <source>more than one HEALTHCHECK in a stage; only the last one counts</source>
        <translation>plusieurs HEALTHCHECK dans une étape ; seul le dernier compte</translation>
    </message>
    <message>
        <source>more than one CMD in a stage; only the last one counts</source>
        <translation>plusieurs CMD dans une étape ; seul le dernier compte</translation>
    </message>
    <message>
        <source>more than one ENTRYPOINT in a stage; only the last one counts</source>
        <translation>plusieurs ENTRYPOINT dans une étape ; seul le dernier compte</translation>
    </message>
    <message>
        <source>ADD copies plain files; COPY does the same with no hidden URL or archive magic</source>
        <translation>ADD copie des fichiers ordinaires ; COPY fait de même, sans magie cachée d&apos;URL ou d&apos;archive</translation>
    </message>
    <message>
        <source>%1 with several sources needs a destination folder ending in &apos;/&apos;</source>
        <translation>%1 avec plusieurs sources nécessite un dossier de destination se terminant par &apos;/&apos;</translation>
    </message>
    <message>
        <source>COPY --from=%1 names no earlier stage</source>
        <translation>COPY --from=%1 ne désigne aucune étape antérieure</translation>
    </message>
    <message>
        <source>COPY --from=%1 names the stage it is in</source>
        <translation>COPY --from=%1 désigne l&apos;étape dans laquelle il se trouve</translation>
    </message>
    <message>
        <source>stage name &apos;%1&apos; is used twice</source>
        <translation>le nom d&apos;étape &apos;%1&apos; est utilisé deux fois</translation>
    </message>
    <message>
        <source>stage name &apos;%1&apos; is reserved</source>
        <translation>le nom d&apos;étape &apos;%1&apos; est réservé</translation>
    </message>
    <message>
        <source>%1 uses the shell form: the process runs under /bin/sh -c and does not get signals</source>
        <translation>%1 utilise la forme shell : le processus s&apos;exécute sous /bin/sh -c et ne reçoit pas les signaux</translation>
    </message>
    <message>
        <source>base image comes from &apos;%1&apos;, which is not a trusted registry</source>
        <translation>l&apos;image de base provient de &apos;%1&apos;, qui n&apos;est pas un registre de confiance</translation>
    </message>
    <message>
        <source>FROM --platform=%1 fixes the platform; builds for other platforms then run emulated or fail</source>
        <translation>FROM --platform=%1 fige la plateforme ; les builds pour d&apos;autres plateformes s&apos;exécutent alors en émulation ou échouent</translation>
    </message>
    <message>
        <source>--platform=$TARGETPLATFORM is the default and can go</source>
        <translation>--platform=$TARGETPLATFORM est la valeur par défaut et peut être supprimé</translation>
    </message>
    <message>
        <source>ONBUILD cannot trigger %1</source>
        <translation>ONBUILD ne peut pas déclencher %1</translation>
    </message>
    <message>
        <source>%1 refers to %2, which this same ENV defines (it is not set yet)</source>
        <translation>%1 fait référence à %2, que ce même ENV définit (il n&apos;est pas encore défini)</translation>
    </message>
    <message>
        <source>COPY to the relative path &apos;%1&apos; with no WORKDIR set in this stage</source>
        <translation>COPY vers le chemin relatif &apos;%1&apos; sans WORKDIR défini dans cette étape</translation>
    </message>
    <message>
        <source>useradd with the high UID %1 and no -l fills the lastlog file (a huge sparse layer)</source>
        <translation>useradd avec l&apos;UID élevé %1 et sans -l remplit le fichier lastlog (une énorme couche creuse)</translation>
    </message>
    <message>
        <source>wget without --progress or -q floods the build log</source>
        <translation>wget sans --progress ni -q inonde le journal de build</translation>
    </message>
    <message>
        <source>the final image has no HEALTHCHECK</source>
        <translation>l&apos;image finale n&apos;a pas de HEALTHCHECK</translation>
    </message>
    <message>
        <source>consecutive RUN instructions; joining them saves a layer</source>
        <translation>instructions RUN consécutives ; les regrouper économise une couche</translation>
    </message>
    <message>
        <source>%1 before the first FROM; a Dockerfile starts with FROM or ARG</source>
        <translation>%1 avant le premier FROM ; un Dockerfile commence par FROM ou ARG</translation>
    </message>
    <message>
        <source>USER %1 is a name; runtimes that enforce non-root (runAsNonRoot) need a numeric UID</source>
        <translation>USER %1 est un nom ; les runtimes qui imposent l&apos;exécution non root (runAsNonRoot) ont besoin d&apos;un UID numérique</translation>
    </message>
    <message>
        <source>COPY --from=%1 / copies the stage&apos;s whole filesystem, build tools and all</source>
        <translation>COPY --from=%1 / copie tout le système de fichiers de l&apos;étape, outils de build compris</translation>
    </message>
    <message>
        <source>MAINTAINER is deprecated</source>
        <translation>MAINTAINER est obsolète</translation>
    </message>
    <message>
        <source>both wget and curl are used; pick one</source>
        <translation>wget et curl sont tous deux utilisés ; choisissez-en un</translation>
    </message>
    <message>
        <source>RUN replaces /bin/sh; use SHELL to change the shell</source>
        <translation>RUN remplace /bin/sh ; utilisez SHELL pour changer de shell</translation>
    </message>
    <message>
        <source>RUN has a pipe but the shell has no -o pipefail: a failing first command goes unnoticed</source>
        <translation>RUN contient un pipe mais le shell n&apos;a pas -o pipefail : l&apos;échec de la première commande passe inaperçu</translation>
    </message>
    <message>
        <source>label key &apos;%1&apos; is not a lower-case reverse-DNS name, or uses a namespace reserved by Docker</source>
        <translation>la clé de label &apos;%1&apos; n&apos;est pas un nom DNS inversé en minuscules, ou utilise un espace de noms réservé par Docker</translation>
    </message>
    <message>
        <source>required label &apos;%1&apos; is missing</source>
        <translation>le label obligatoire &apos;%1&apos; est absent</translation>
    </message>
    <message>
        <source>label &apos;%1&apos; is not in the label schema</source>
        <translation>le label &apos;%1&apos; ne figure pas dans le schéma de labels</translation>
    </message>
    <message>
        <source>label &apos;%1&apos; is not a valid %2</source>
        <translation>le label &apos;%1&apos; n&apos;est pas une valeur valide de type %2</translation>
    </message>
    <message>
        <source>label &apos;%1&apos; is empty</source>
        <translation>le label &apos;%1&apos; est vide</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>RFC 3339 time</source>
        <translation>heure RFC 3339</translation>
    </message>
    <message>
        <source>SPDX licence expression</source>
        <translation>expression de licence SPDX</translation>
    </message>
    <message>
        <source>git hash</source>
        <translation>hash git</translation>
    </message>
    <message>
        <source>semantic version</source>
        <translation>version sémantique</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>adresse e-mail</translation>
    </message>
    <message>
        <source>configuration file larger than 1 MiB; ignored</source>
        <translation>fichier de configuration de plus de 1 Mio ; ignoré</translation>
    </message>
    <message>
        <source>line %1: unknown severity &apos;%2&apos;</source>
        <translation>ligne %1 : gravité inconnue &apos;%2&apos;</translation>
    </message>
    <message>
        <source>line %1: unknown rule &apos;%2&apos;</source>
        <translation>ligne %1 : règle inconnue &apos;%2&apos;</translation>
    </message>
    <message>
        <source>line %1: unknown failure-threshold &apos;%2&apos;</source>
        <translation>ligne %1 : failure-threshold inconnu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>line %1: list item outside a known key</source>
        <translation>ligne %1 : élément de liste en dehors d&apos;une clé connue</translation>
    </message>
    <message>
        <source>line %1: expected &apos;key: value&apos;</source>
        <translation>ligne %1 : &apos;key: value&apos; attendu</translation>
    </message>
    <message>
        <source>line %1: inline maps are not supported; use one key per line</source>
        <translation>ligne %1 : les dictionnaires en ligne ne sont pas pris en charge ; utilisez une clé par ligne</translation>
    </message>
    <message>
        <source>line %1: unknown key &apos;%2&apos; (ignored)</source>
        <translation>ligne %1 : clé inconnue &apos;%2&apos; (ignorée)</translation>
    </message>
    <message>
        <source>line %1: unknown label type &apos;%2&apos;</source>
        <translation>ligne %1 : type de label inconnu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>line %1: unexpected nested key &apos;%2&apos;</source>
        <translation>ligne %1 : clé imbriquée inattendue &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: no such file or directory</source>
        <translation>%1 : aucun fichier ou dossier de ce type</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1: no Dockerfile in this folder</source>
        <translation>%1 : aucun Dockerfile dans ce dossier</translation>
    </message>
    <message>
        <source>pass the Dockerfile&apos;s path, or a build-context folder that holds one</source>
        <translation>indiquez le chemin du Dockerfile, ou un dossier de contexte de build qui en contient un</translation>
    </message>
    <message>
        <source>apt-get dist-upgrade changes the base distribution inside the image</source>
        <translation>apt-get dist-upgrade modifie la distribution de base dans l&apos;image</translation>
    </message>
    <message>
        <source>apt-get install without versions: %1</source>
        <translation>apt-get install sans versions : %1</translation>
    </message>
    <message>
        <source>apt-get lists are left in the layer; remove /var/lib/apt/lists/* in the same RUN</source>
        <translation>les listes d&apos;apt-get restent dans la couche ; supprimez /var/lib/apt/lists/* dans le même RUN</translation>
    </message>
    <message>
        <source>apt-get install without -y waits for an answer that never comes</source>
        <translation>apt-get install sans -y attend une réponse qui ne vient jamais</translation>
    </message>
    <message>
        <source>apt-get install pulls in recommended packages</source>
        <translation>apt-get install installe aussi les paquets recommandés</translation>
    </message>
    <message>
        <source>&apos;apt&apos; is for people; scripts use apt-get or apt-cache</source>
        <translation>&apos;apt&apos; est destiné aux humains ; les scripts utilisent apt-get ou apt-cache</translation>
    </message>
    <message>
        <source>apk add without versions: %1</source>
        <translation>apk add sans versions : %1</translation>
    </message>
    <message>
        <source>apk add keeps its index cache in the layer</source>
        <translation>apk add conserve son cache d&apos;index dans la couche</translation>
    </message>
    <message>
        <source>pip install without versions: %1</source>
        <translation>pip install sans versions : %1</translation>
    </message>
    <message>
        <source>pip install keeps its download cache in the layer</source>
        <translation>pip install conserve son cache de téléchargement dans la couche</translation>
    </message>
    <message>
        <source>npm install without versions: %1</source>
        <translation>npm install sans versions : %1</translation>
    </message>
    <message>
        <source>gem install without versions: %1</source>
        <translation>gem install sans versions : %1</translation>
    </message>
    <message>
        <source>go install without a version: %1</source>
        <translation>go install sans version : %1</translation>
    </message>
    <message>
        <source>%1 install without -y waits for an answer that never comes</source>
        <translation>%1 install sans -y attend une réponse qui ne vient jamais</translation>
    </message>
    <message>
        <source>%1 install without &apos;%1 clean all&apos; leaves the package cache in the layer</source>
        <translation>%1 install sans &apos;%1 clean all&apos; laisse le cache des paquets dans la couche</translation>
    </message>
    <message>
        <source>%1 install without versions: %2</source>
        <translation>%1 install sans versions : %2</translation>
    </message>
    <message>
        <source>zypper without -n waits for an answer that never comes</source>
        <translation>zypper sans -n attend une réponse qui ne vient jamais</translation>
    </message>
    <message>
        <source>zypper dist-upgrade changes the base distribution inside the image</source>
        <translation>zypper dist-upgrade modifie la distribution de base dans l&apos;image</translation>
    </message>
    <message>
        <source>zypper install without &apos;zypper clean&apos; leaves the cache in the layer</source>
        <translation>zypper install sans &apos;zypper clean&apos; laisse le cache dans la couche</translation>
    </message>
    <message>
        <source>zypper install without versions: %1</source>
        <translation>zypper install sans versions : %1</translation>
    </message>
    <message>
        <source>yarn install without &apos;yarn cache clean&apos; leaves the cache in the layer</source>
        <translation>yarn install sans &apos;yarn cache clean&apos; laisse le cache dans la couche</translation>
    </message>
    <message>
        <source>the final stage sets no USER, so containers run as root</source>
        <translation>l&apos;étape finale ne définit aucun USER, donc les conteneurs s&apos;exécutent en root</translation>
    </message>
    <message>
        <source>%1 %2 holds a secret in the image (value %3)</source>
        <translation>%1 %2 contient un secret dans l&apos;image (valeur %3)</translation>
    </message>
    <message>
        <source>ARG %1 passes a secret as a build argument; it is kept in the image history</source>
        <translation>ARG %1 transmet un secret comme argument de build ; il est conservé dans l&apos;historique de l&apos;image</translation>
    </message>
    <message>
        <source>ENV %1 puts a secret into every container&apos;s environment</source>
        <translation>ENV %1 place un secret dans l&apos;environnement de chaque conteneur</translation>
    </message>
    <message>
        <source>%1 %2 has a value that looks like a credential (%3)</source>
        <translation>%1 %2 a une valeur qui ressemble à un identifiant (%3)</translation>
    </message>
    <message>
        <source>%1 puts &apos;%2&apos; into the image, where anyone with the image can read it</source>
        <translation>%1 place &apos;%2&apos; dans l&apos;image, où quiconque possède l&apos;image peut le lire</translation>
    </message>
    <message>
        <source>build tools (%1) are installed into the image that ships; build in a separate stage</source>
        <translation>des outils de build (%1) sont installés dans l&apos;image livrée ; effectuez le build dans une étape distincte</translation>
    </message>
    <message>
        <source>final image is based on the full &apos;%1&apos;; a smaller base (%2) ships less to attack</source>
        <translation>l&apos;image finale est basée sur l&apos;image complète &apos;%1&apos; ; une base plus petite (%2) embarque moins d&apos;éléments attaquables</translation>
    </message>
    <message>
        <source>base image &apos;%1&apos; is not pinned by digest</source>
        <translation>l&apos;image de base &apos;%1&apos; n&apos;est pas épinglée par digest</translation>
    </message>
    <message>
        <source>EXPOSE 22: the image is meant to run an SSH server</source>
        <translation>EXPOSE 22 : l&apos;image est destinée à exécuter un serveur SSH</translation>
    </message>
    <message>
        <source>%1 output is piped into %2: whatever the server sends runs in the build</source>
        <translation>la sortie de %1 est redirigée vers %2 : tout ce que le serveur envoie s&apos;exécute pendant le build</translation>
    </message>
    <message>
        <source>%1 runs a script downloaded on the fly</source>
        <translation>%1 exécute un script téléchargé à la volée</translation>
    </message>
    <message>
        <source>chmod %1 makes %2 writable by every user</source>
        <translation>chmod %1 rend %2 accessible en écriture à tous les utilisateurs</translation>
    </message>
    <message>
        <source>%1 --chmod=%2 makes the files writable by every user</source>
        <translation>%1 --chmod=%2 rend les fichiers accessibles en écriture à tous les utilisateurs</translation>
    </message>
    <message>
        <source>RUN reads %1 from a build argument or ENV; it ends up in the image history or layers</source>
        <translation>RUN lit %1 depuis un argument de build ou ENV ; il se retrouve dans l&apos;historique ou les couches de l&apos;image</translation>
    </message>
    <message>
        <source>RUN contains a literal credential (authorization header or user:password URL); it is stored in the image history</source>
        <translation>RUN contient un identifiant en clair (en-tête authorization ou URL user:password) ; il est stocké dans l&apos;historique de l&apos;image</translation>
    </message>
    <message>
        <source>%1 is told not to verify TLS certificates</source>
        <translation>%1 est configuré pour ne pas vérifier les certificats TLS</translation>
    </message>
    <message>
        <source>ENV %1=%2 turns off TLS certificate checks</source>
        <translation>ENV %1=%2 désactive la vérification des certificats TLS</translation>
    </message>
    <message>
        <source>%1 installs packages without checking their signatures</source>
        <translation>%1 installe des paquets sans vérifier leurs signatures</translation>
    </message>
    <message>
        <source>%1 %2 holds a credential: %3 (%4)</source>
        <translation>%1 %2 contient un identifiant : %3 (%4)</translation>
    </message>
</context>
<context>
    <name>Lint</name>
    <message>
        <source>global ignore pragma in the Dockerfile</source>
        <translation>pragma ignore global dans le Dockerfile</translation>
    </message>
    <message>
        <source>ignore pragma on line %1</source>
        <translation>pragma ignore à la ligne %1</translation>
    </message>
    <message>
        <source>stage ignore pragma</source>
        <translation>pragma ignore d&apos;étape</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>User namespace remapping not enabled</source>
        <translation>Remappage des espaces de noms utilisateur non activé</translation>
    </message>
    <message>
        <source>With userns-remap, uid 0 in containers maps to an unprivileged range on the host, so an escape or a writable host mount yields an ordinary user instead of root. It is the daemon-wide safety net under every container that runs as root.</source>
        <translation>Avec userns-remap, l&apos;uid 0 des conteneurs correspond à une plage non privilégiée sur l&apos;hôte : une évasion ou un montage de l&apos;hôte accessible en écriture donne ainsi un utilisateur ordinaire au lieu de root. C&apos;est le filet de sécurité, à l&apos;échelle du démon, sous chaque conteneur qui s&apos;exécute en root.</translation>
    </message>
    <message>
        <source>Set `&quot;userns-remap&quot;: &quot;default&quot;` in /etc/docker/daemon.json and restart the daemon, or run Docker rootless.</source>
        <translation>Définissez `&quot;userns-remap&quot;: &quot;default&quot;` dans /etc/docker/daemon.json et redémarrez le démon, ou exécutez Docker en mode rootless.</translation>
    </message>
    <message>
        <source>Existing images and volumes are re-created under the remapped root; host-namespace and privileged containers need `--userns host`.</source>
        <translation>Les images et volumes existants sont recréés sous le root remappé ; les conteneurs privilégiés ou utilisant les espaces de noms de l&apos;hôte nécessitent `--userns host`.</translation>
    </message>
    <message>
        <source>Daemon runs as root (not rootless)</source>
        <translation>Le démon s&apos;exécute en root (pas en mode rootless)</translation>
    </message>
    <message>
        <source>A rootful daemon runs with full root rights; a bug in the daemon or an abuse of its API is a root compromise. Rootless mode runs the daemon and containers as an ordinary user.</source>
        <translation>Un démon rootful s&apos;exécute avec tous les droits root ; un bug du démon ou un abus de son API équivaut à une compromission root. Le mode rootless exécute le démon et les conteneurs en tant qu&apos;utilisateur ordinaire.</translation>
    </message>
    <message>
        <source>Consider rootless Docker (`dockerd-rootless-setuptool.sh install`) for workloads that do not need root features.</source>
        <translation>Envisagez Docker rootless (`dockerd-rootless-setuptool.sh install`) pour les charges de travail qui n&apos;ont pas besoin des fonctionnalités root.</translation>
    </message>
    <message>
        <source>Rootless mode limits networking performance, privileged ports and some storage drivers.</source>
        <translation>Le mode rootless limite les performances réseau, les ports privilégiés et certains pilotes de stockage.</translation>
    </message>
    <message>
        <source>Daemon reachable over TCP without TLS</source>
        <translation>Démon accessible via TCP sans TLS</translation>
    </message>
    <message>
        <source>The Docker API has no authentication of its own. Over plain TCP anyone who can reach the port can start a privileged container and own the host; exposed port 2375 is scanned for constantly on the internet.</source>
        <translation>L&apos;API Docker n&apos;a pas d&apos;authentification propre. En TCP simple, quiconque peut atteindre le port peut démarrer un conteneur privilégié et prendre le contrôle de l&apos;hôte ; le port 2375 exposé est recherché en permanence par des scans sur Internet.</translation>
    </message>
    <message>
        <source>Listen only on the unix socket, or use `ssh://` access; if TCP is required set `&quot;tlsverify&quot;: true` with `tlscacert`, `tlscert` and `tlskey` in daemon.json and listen on 2376.</source>
        <translation>Écoutez uniquement sur le socket unix, ou utilisez un accès `ssh://` ; si TCP est nécessaire, définissez `&quot;tlsverify&quot;: true` avec `tlscacert`, `tlscert` et `tlskey` dans daemon.json et écoutez sur le port 2376.</translation>
    </message>
    <message>
        <source>Clients need certificates (or SSH access).</source>
        <translation>Les clients ont besoin de certificats (ou d&apos;un accès SSH).</translation>
    </message>
    <message>
        <source>Daemon TLS without client verification</source>
        <translation>TLS du démon sans vérification des clients</translation>
    </message>
    <message>
        <source>`--tls` without `--tlsverify` encrypts the connection but lets any client in: the API is as open as with plain TCP, only harder to sniff.</source>
        <translation>`--tls` sans `--tlsverify` chiffre la connexion mais laisse entrer n&apos;importe quel client : l&apos;API est aussi ouverte qu&apos;en TCP simple, seulement plus difficile à intercepter.</translation>
    </message>
    <message>
        <source>Set `&quot;tlsverify&quot;: true` and `&quot;tlscacert&quot;` in daemon.json so only clients with a certificate from your CA are accepted.</source>
        <translation>Définissez `&quot;tlsverify&quot;: true` et `&quot;tlscacert&quot;` dans daemon.json afin que seuls les clients disposant d&apos;un certificat émis par votre autorité de certification soient acceptés.</translation>
    </message>
    <message>
        <source>Clients need certificates.</source>
        <translation>Les clients ont besoin de certificats.</translation>
    </message>
    <message>
        <source>Docker Engine version no longer maintained</source>
        <translation>Version de Docker Engine qui n&apos;est plus maintenue</translation>
    </message>
    <message>
        <source>Engine and runc vulnerabilities (container escapes among them) are fixed only in maintained series. An Engine series is treated as unmaintained six months after a newer major series was released.</source>
        <translation>Les vulnérabilités d&apos;Engine et de runc (dont des évasions de conteneur) ne sont corrigées que dans les séries maintenues. Une série d&apos;Engine est considérée comme non maintenue six mois après la publication d&apos;une série majeure plus récente.</translation>
    </message>
    <message>
        <source>Upgrade Docker Engine to the current release from your distribution or download.docker.com.</source>
        <translation>Mettez à jour Docker Engine vers la version actuelle de votre distribution ou de download.docker.com.</translation>
    </message>
    <message>
        <source>A daemon upgrade restarts containers unless live-restore is on.</source>
        <translation>Une mise à jour du démon redémarre les conteneurs, sauf si live-restore est activé.</translation>
    </message>
    <message>
        <source>Host kernel series past end of life</source>
        <translation>Série du noyau de l&apos;hôte arrivée en fin de vie</translation>
    </message>
    <message>
        <source>Every container shares the host kernel, so a kernel bug is a container escape. Kernel series past their end of life no longer receive fixes. Distribution kernels may still be patched and are rated lower.</source>
        <translation>Chaque conteneur partage le noyau de l&apos;hôte : un bug du noyau est donc une évasion de conteneur. Les séries de noyau arrivées en fin de vie ne reçoivent plus de correctifs. Les noyaux des distributions peuvent encore être corrigés et reçoivent une gravité plus faible.</translation>
    </message>
    <message>
        <source>Upgrade the host to a maintained kernel (a current longterm series or your distribution&apos;s supported kernel) and reboot.</source>
        <translation>Mettez à niveau l&apos;hôte vers un noyau maintenu (une série longterm actuelle ou le noyau pris en charge par votre distribution) et redémarrez.</translation>
    </message>
    <message>
        <source>Needs a reboot and possibly a distribution upgrade.</source>
        <translation>Nécessite un redémarrage et éventuellement une mise à niveau de la distribution.</translation>
    </message>
    <message>
        <source>Host runs a general-purpose operating system</source>
        <translation>L&apos;hôte exécute un système d&apos;exploitation généraliste</translation>
    </message>
    <message>
        <source>A general-purpose distribution carries many packages and services containers never use, each one patchable and attackable. Container-optimised systems (Flatcar, Bottlerocket, Fedora CoreOS, Talos, Container-Optimized OS) ship a minimal, often read-only host.</source>
        <translation>Une distribution généraliste embarque de nombreux paquets et services que les conteneurs n&apos;utilisent jamais, chacun étant à corriger et exposé aux attaques. Les systèmes optimisés pour les conteneurs (Flatcar, Bottlerocket, Fedora CoreOS, Talos, Container-Optimized OS) fournissent un hôte minimal, souvent en lecture seule.</translation>
    </message>
    <message>
        <source>Run container hosts on a container-optimised OS, or strip the host down to what running containers needs.</source>
        <translation>Exécutez les hôtes de conteneurs sur un OS optimisé pour les conteneurs, ou réduisez l&apos;hôte au strict nécessaire pour exécuter des conteneurs.</translation>
    </message>
    <message>
        <source>A host migration.</source>
        <translation>Une migration de l&apos;hôte.</translation>
    </message>
    <message>
        <source>live-restore disabled</source>
        <translation>live-restore désactivé</translation>
    </message>
    <message>
        <source>Without live-restore every daemon restart, including security upgrades, stops all containers; that makes people postpone Engine updates.</source>
        <translation>Sans live-restore, chaque redémarrage du démon, y compris pour les mises à jour de sécurité, arrête tous les conteneurs ; cela incite à reporter les mises à jour d&apos;Engine.</translation>
    </message>
    <message>
        <source>Set `&quot;live-restore&quot;: true` in daemon.json and reload the daemon (`systemctl reload docker`).</source>
        <translation>Définissez `&quot;live-restore&quot;: true` dans daemon.json et rechargez le démon (`systemctl reload docker`).</translation>
    </message>
    <message>
        <source>Not compatible with Swarm mode.</source>
        <translation>Incompatible avec le mode Swarm.</translation>
    </message>
    <message>
        <source>Inter-container communication allowed on the default bridge</source>
        <translation>Communication entre conteneurs autorisée sur le bridge par défaut</translation>
    </message>
    <message>
        <source>On the default bridge every container can reach every other container&apos;s ports, so one compromised container can attack all the others on the host.</source>
        <translation>Sur le bridge par défaut, chaque conteneur peut atteindre les ports de tous les autres conteneurs : un seul conteneur compromis peut donc attaquer tous les autres sur l&apos;hôte.</translation>
    </message>
    <message>
        <source>Set `&quot;icc&quot;: false` in daemon.json, and put containers that must talk to each other on their own user-defined networks.</source>
        <translation>Définissez `&quot;icc&quot;: false` dans daemon.json, et placez les conteneurs qui doivent communiquer entre eux sur leurs propres réseaux définis par l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Containers that relied on the default bridge to talk need a user-defined network.</source>
        <translation>Les conteneurs qui communiquaient via le bridge par défaut ont besoin d&apos;un réseau défini par l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Docker socket permissions too open</source>
        <translation>Permissions du socket Docker trop ouvertes</translation>
    </message>
    <message>
        <source>Write access to the Docker socket is root on the host. The socket should be owned by root, group docker, mode 0660 or stricter; anything wider hands root to other local users.</source>
        <translation>L&apos;accès en écriture au socket Docker équivaut à root sur l&apos;hôte. Le socket doit appartenir à root, groupe docker, mode 0660 ou plus strict ; toute permission plus large donne root aux autres utilisateurs locaux.</translation>
    </message>
    <message>
        <source>`chown root:docker /var/run/docker.sock &amp;&amp; chmod 660 /var/run/docker.sock`, and fix the socket unit or `group` in daemon.json so it stays that way.</source>
        <translation>`chown root:docker /var/run/docker.sock &amp;&amp; chmod 660 /var/run/docker.sock`, puis corrigez l&apos;unité socket ou `group` dans daemon.json pour que cela reste ainsi.</translation>
    </message>
    <message>
        <source>Users in the docker group</source>
        <translation>Utilisateurs du groupe docker</translation>
    </message>
    <message>
        <source>Members of the docker group can use the socket and therefore become root at will; group membership is often granted for convenience and forgotten.</source>
        <translation>Les membres du groupe docker peuvent utiliser le socket et donc devenir root à volonté ; l&apos;appartenance au groupe est souvent accordée par commodité puis oubliée.</translation>
    </message>
    <message>
        <source>Review the list (`getent group docker`) and remove users who do not need root; use rootless Docker for developers.</source>
        <translation>Vérifiez la liste (`getent group docker`) et retirez les utilisateurs qui n&apos;ont pas besoin de root ; utilisez Docker rootless pour les développeurs.</translation>
    </message>
    <message>
        <source>Removed users need sudo or rootless Docker.</source>
        <translation>Les utilisateurs retirés ont besoin de sudo ou de Docker rootless.</translation>
    </message>
    <message>
        <source>Insecure registries configured</source>
        <translation>Registres non sécurisés configurés</translation>
    </message>
    <message>
        <source>Registries listed as insecure are reached over plain HTTP or TLS without verification, so anyone on the path can substitute the images this host runs.</source>
        <translation>Les registres déclarés comme non sécurisés sont joints en HTTP simple ou en TLS sans vérification : toute personne sur le chemin réseau peut donc substituer les images que cet hôte exécute.</translation>
    </message>
    <message>
        <source>Remove `insecure-registries` from daemon.json; give the registry a certificate (a private CA under /etc/docker/certs.d/REGISTRY/ca.crt works).</source>
        <translation>Supprimez `insecure-registries` de daemon.json ; dotez le registre d&apos;un certificat (une autorité de certification privée sous /etc/docker/certs.d/REGISTRY/ca.crt convient).</translation>
    </message>
    <message>
        <source>The registry needs a certificate.</source>
        <translation>Le registre a besoin d&apos;un certificat.</translation>
    </message>
    <message>
        <source>daemon.json could not be checked</source>
        <translation>daemon.json n&apos;a pas pu être vérifié</translation>
    </message>
    <message>
        <source>The daemon configuration file exists but could not be read or parsed, so settings it holds (TLS, insecure registries, user namespaces) were not audited. An invalid file also stops the daemon from starting after the next restart.</source>
        <translation>Le fichier de configuration du démon existe mais n&apos;a pas pu être lu ou analysé : les paramètres qu&apos;il contient (TLS, registres non sécurisés, espaces de noms utilisateur) n&apos;ont donc pas été audités. Un fichier invalide empêche aussi le démon de démarrer lors du prochain redémarrage.</translation>
    </message>
    <message>
        <source>Run Bulkhead with read access to /etc/docker/daemon.json, and validate it with `dockerd --validate --config-file /etc/docker/daemon.json`.</source>
        <translation>Exécutez Bulkhead avec un accès en lecture à /etc/docker/daemon.json, et validez-le avec `dockerd --validate --config-file /etc/docker/daemon.json`.</translation>
    </message>
    <message>
        <source>apt package lists</source>
        <translation>listes de paquets apt</translation>
    </message>
    <message>
        <source>apk package cache</source>
        <translation>cache de paquets apk</translation>
    </message>
    <message>
        <source>yum/dnf package cache</source>
        <translation>cache de paquets yum/dnf</translation>
    </message>
    <message>
        <source>pip download cache</source>
        <translation>cache de téléchargement pip</translation>
    </message>
    <message>
        <source>a compiler toolchain</source>
        <translation>une chaîne de compilation</translation>
    </message>
    <message>
        <source>Image runs as root by default</source>
        <translation>L&apos;image s&apos;exécute en root par défaut</translation>
    </message>
    <message>
        <source>An image without a USER (or with USER root) starts every container as root unless the operator remembers `--user`. Defaults win in practice, so the image should be safe by default.</source>
        <translation>Une image sans USER (ou avec USER root) démarre chaque conteneur en root, sauf si l&apos;opérateur pense à `--user`. En pratique, ce sont les valeurs par défaut qui l&apos;emportent : l&apos;image doit donc être sûre par défaut.</translation>
    </message>
    <message>
        <source>Add a user and switch to it at the end of the Dockerfile: `RUN useradd -r -u 10001 app` then `USER 10001`.</source>
        <translation>Ajoutez un utilisateur et basculez sur celui-ci à la fin du Dockerfile : `RUN useradd -r -u 10001 app` puis `USER 10001`.</translation>
    </message>
    <message>
        <source>Files the process writes must be owned by that user.</source>
        <translation>Les fichiers écrits par le processus doivent appartenir à cet utilisateur.</translation>
    </message>
    <message>
        <source>No HEALTHCHECK</source>
        <translation>Aucun HEALTHCHECK</translation>
    </message>
    <message>
        <source>Without a health check Docker only knows whether the process exists, not whether it works; a hung or hijacked service keeps receiving traffic and nobody is told.</source>
        <translation>Sans contrôle de santé, Docker sait seulement si le processus existe, pas s&apos;il fonctionne ; un service bloqué ou détourné continue de recevoir du trafic et personne n&apos;est prévenu.</translation>
    </message>
    <message>
        <source>Add `HEALTHCHECK CMD [&quot;/app/healthcheck&quot;]` to the Dockerfile, or `--health-cmd` at run time (compose: `healthcheck.test`).</source>
        <translation>Ajoutez `HEALTHCHECK CMD [&quot;/app/healthcheck&quot;]` au Dockerfile, ou `--health-cmd` à l&apos;exécution (compose : `healthcheck.test`).</translation>
    </message>
    <message>
        <source>Build argument values visible in image history</source>
        <translation>Valeurs des arguments de build visibles dans l&apos;historique de l&apos;image</translation>
    </message>
    <message>
        <source>Build arguments are not secret: the classic builder records every ARG value a RUN step used in the image history, which anyone who can pull the image can read with `docker history`. Secret-looking names are rated high.</source>
        <translation>Les arguments de build ne sont pas secrets : le builder classique enregistre dans l&apos;historique de l&apos;image chaque valeur d&apos;ARG utilisée par une instruction RUN, que toute personne pouvant récupérer l&apos;image peut lire avec `docker history`. Les noms qui ressemblent à des secrets reçoivent une gravité élevée.</translation>
    </message>
    <message>
        <source>Pass secrets with BuildKit secret mounts: `RUN --mount=type=secret,id=token ...` and `docker build --secret id=token,src=token.txt`; rotate any secret already published this way.</source>
        <translation>Transmettez les secrets avec les montages de secrets BuildKit : `RUN --mount=type=secret,id=token ...` et `docker build --secret id=token,src=token.txt` ; renouvelez tout secret déjà publié de cette façon.</translation>
    </message>
    <message>
        <source>Needs BuildKit; the leaked value must be rotated.</source>
        <translation>Nécessite BuildKit ; la valeur divulguée doit être renouvelée.</translation>
    </message>
    <message>
        <source>ADD fetches a remote URL</source>
        <translation>ADD récupère une URL distante</translation>
    </message>
    <message>
        <source>`ADD https://...` downloads at build time without checksum verification by default; whoever controls that URL (or the network path) controls what goes into the image.</source>
        <translation>`ADD https://...` télécharge au moment du build sans vérification de somme de contrôle par défaut ; quiconque contrôle cette URL (ou le chemin réseau) contrôle ce qui entre dans l&apos;image.</translation>
    </message>
    <message>
        <source>Download in a RUN step with a pinned checksum (`curl -fsSLo f URL &amp;&amp; echo &quot;SHA256  f&quot; | sha256sum -c`), or use `ADD --checksum=sha256:...`.</source>
        <translation>Téléchargez dans une instruction RUN avec une somme de contrôle fixée (`curl -fsSLo f URL &amp;&amp; echo &quot;SHA256  f&quot; | sha256sum -c`), ou utilisez `ADD --checksum=sha256:...`.</translation>
    </message>
    <message>
        <source>Build toolchain or package cache left in the image</source>
        <translation>Chaîne d&apos;outils de build ou cache de paquets laissé dans l&apos;image</translation>
    </message>
    <message>
        <source>Compilers and package caches in the final image add size and attack surface: an attacker with a shell can build exploits on the spot, and cached package lists go stale.</source>
        <translation>Les compilateurs et les caches de paquets dans l&apos;image finale augmentent la taille et la surface d&apos;attaque : un attaquant disposant d&apos;un shell peut compiler des exploits sur place, et les listes de paquets en cache deviennent obsolètes.</translation>
    </message>
    <message>
        <source>Use a multi-stage build and copy only the artefacts into a slim final stage; clean caches in the same RUN (`apt-get install ... &amp;&amp; rm -rf /var/lib/apt/lists/*`, `apk add --no-cache`, `pip install --no-cache-dir`).</source>
        <translation>Utilisez un build multi-étapes et ne copiez que les artefacts dans une étape finale allégée ; nettoyez les caches dans le même RUN (`apt-get install ... &amp;&amp; rm -rf /var/lib/apt/lists/*`, `apk add --no-cache`, `pip install --no-cache-dir`).</translation>
    </message>
    <message>
        <source>The Dockerfile must be restructured into stages.</source>
        <translation>Le Dockerfile doit être restructuré en étapes.</translation>
    </message>
    <message>
        <source>Image exposes SSH (port 22)</source>
        <translation>L&apos;image expose SSH (port 22)</translation>
    </message>
    <message>
        <source>Exposing 22 means the image is built to run an SSH server, which adds keys and passwords to manage and a service that bypasses Docker&apos;s access control.</source>
        <translation>Exposer le port 22 signifie que l&apos;image est conçue pour exécuter un serveur SSH, ce qui ajoute des clés et des mots de passe à gérer ainsi qu&apos;un service qui contourne le contrôle d&apos;accès de Docker.</translation>
    </message>
    <message>
        <source>Remove `EXPOSE 22` and sshd from the image; use `docker exec` for administration.</source>
        <translation>Supprimez `EXPOSE 22` et sshd de l&apos;image ; utilisez `docker exec` pour l&apos;administration.</translation>
    </message>
    <message>
        <source>Image tagged latest or untagged</source>
        <translation>Image avec le tag latest ou sans tag</translation>
    </message>
    <message>
        <source>`latest` and untagged images cannot be traced to a version or a source commit; rebuilds and pulls silently change what runs, and a vulnerable version cannot be found by its tag.</source>
        <translation>Les images `latest` et sans tag ne peuvent pas être rattachées à une version ou à un commit source ; les reconstructions et les pulls modifient silencieusement ce qui s&apos;exécute, et une version vulnérable ne peut pas être retrouvée par son tag.</translation>
    </message>
    <message>
        <source>Tag images with a version (`app:1.4.2`) and refer to them by tag or digest (`app@sha256:...`) in run commands and compose files.</source>
        <translation>Taguez les images avec une version (`app:1.4.2`) et référencez-les par tag ou par digest (`app@sha256:...`) dans les commandes run et les fichiers compose.</translation>
    </message>
    <message>
        <source>Image is old</source>
        <translation>L&apos;image est ancienne</translation>
    </message>
    <message>
        <source>Packages in an image are frozen at build time. An image built more than a year ago almost certainly contains libraries with published vulnerabilities; rebuilding picks up the base image&apos;s patches.</source>
        <translation>Les paquets d&apos;une image sont figés au moment du build. Une image construite il y a plus d&apos;un an contient presque certainement des bibliothèques présentant des vulnérabilités publiées ; la reconstruire intègre les correctifs de l&apos;image de base.</translation>
    </message>
    <message>
        <source>Rebuild regularly from an updated base image (`docker build --pull`) and redeploy.</source>
        <translation>Reconstruisez régulièrement à partir d&apos;une image de base à jour (`docker build --pull`) et redéployez.</translation>
    </message>
    <message>
        <source>A rebuild may pull new major versions: test it.</source>
        <translation>Une reconstruction peut récupérer de nouvelles versions majeures : testez-la.</translation>
    </message>
    <message>
        <source>No memory limit</source>
        <translation>Aucune limite de mémoire</translation>
    </message>
    <message>
        <source>Without a memory limit one leaking or attacked container can push the whole host into the kernel&apos;s out-of-memory killer, which may pick the Docker daemon or another service.</source>
        <translation>Sans limite de mémoire, un seul conteneur présentant une fuite mémoire ou attaqué peut pousser tout l&apos;hôte jusqu&apos;à l&apos;OOM killer du noyau, qui peut choisir le démon Docker ou un autre service.</translation>
    </message>
    <message>
        <source>Set `--memory 512m` (compose: `mem_limit: 512m` or `deploy.resources.limits.memory`) sized from the workload&apos;s observed peak.</source>
        <translation>Définissez `--memory 512m` (compose : `mem_limit: 512m` ou `deploy.resources.limits.memory`), dimensionné d&apos;après le pic observé de la charge de travail.</translation>
    </message>
    <message>
        <source>Too low a limit gets the container killed under load: measure first.</source>
        <translation>Une limite trop basse fait tuer le conteneur sous charge : mesurez d&apos;abord.</translation>
    </message>
    <message>
        <source>Unlimited swap</source>
        <translation>Swap illimité</translation>
    </message>
    <message>
        <source>A memory limit with `--memory-swap -1` lets the container page without bound, slowing every other workload on the host instead of failing fast.</source>
        <translation>Une limite de mémoire avec `--memory-swap -1` permet au conteneur de paginer sans limite, ce qui ralentit toutes les autres charges de travail de l&apos;hôte au lieu d&apos;échouer rapidement.</translation>
    </message>
    <message>
        <source>Set `--memory-swap` equal to `--memory` (compose: `memswap_limit`) to disable swap for the container.</source>
        <translation>Définissez `--memory-swap` à la même valeur que `--memory` (compose : `memswap_limit`) pour désactiver le swap du conteneur.</translation>
    </message>
    <message>
        <source>No CPU limit</source>
        <translation>Aucune limite de CPU</translation>
    </message>
    <message>
        <source>Without a CPU quota or weight a busy or hijacked container (crypto miners are the classic) takes CPU time from everything else on the host.</source>
        <translation>Sans quota ni poids CPU, un conteneur chargé ou détourné (les mineurs de cryptomonnaie en sont l&apos;exemple classique) prend du temps CPU à tout le reste de l&apos;hôte.</translation>
    </message>
    <message>
        <source>Set `--cpus 1.0` (compose: `cpus: 1.0` or `deploy.resources.limits.cpus`), or at least a relative weight with `--cpu-shares 512`.</source>
        <translation>Définissez `--cpus 1.0` (compose : `cpus: 1.0` ou `deploy.resources.limits.cpus`), ou au moins un poids relatif avec `--cpu-shares 512`.</translation>
    </message>
    <message>
        <source>A quota throttles bursts; leave headroom.</source>
        <translation>Un quota bride les pics ; prévoyez de la marge.</translation>
    </message>
    <message>
        <source>No PIDs limit</source>
        <translation>Aucune limite de PID</translation>
    </message>
    <message>
        <source>Processes are a host-wide resource. Without a PIDs limit a fork bomb in one container exhausts the process table and nothing new can start on the host, including a shell to fix it.</source>
        <translation>Les processus sont une ressource partagée par tout l&apos;hôte. Sans limite de PID, une fork bomb dans un conteneur épuise la table des processus et plus rien ne peut démarrer sur l&apos;hôte, pas même un shell pour corriger le problème.</translation>
    </message>
    <message>
        <source>Set `--pids-limit 200` (compose: `pids_limit: 200`).</source>
        <translation>Définissez `--pids-limit 200` (compose : `pids_limit: 200`).</translation>
    </message>
    <message>
        <source>Writable root filesystem</source>
        <translation>Système de fichiers racine accessible en écriture</translation>
    </message>
    <message>
        <source>A writable root filesystem lets an attacker drop tools, change binaries or persist across process restarts. A read-only root makes the image the only source of code, with writes confined to declared places.</source>
        <translation>Un système de fichiers racine accessible en écriture permet à un attaquant de déposer des outils, de modifier des binaires ou de persister après un redémarrage du processus. Une racine en lecture seule fait de l&apos;image l&apos;unique source de code, les écritures étant limitées aux emplacements déclarés.</translation>
    </message>
    <message>
        <source>Add `--read-only --tmpfs /tmp` (compose: `read_only: true` and `tmpfs: [/tmp]`), and volumes for data the application must keep.</source>
        <translation>Ajoutez `--read-only --tmpfs /tmp` (compose : `read_only: true` et `tmpfs: [/tmp]`), ainsi que des volumes pour les données que l&apos;application doit conserver.</translation>
    </message>
    <message>
        <source>Every path the application writes must be found and given a tmpfs or volume.</source>
        <translation>Chaque chemin dans lequel l&apos;application écrit doit être identifié et recevoir un tmpfs ou un volume.</translation>
    </message>
    <message>
        <source>Unbounded restart policy</source>
        <translation>Politique de redémarrage illimitée</translation>
    </message>
    <message>
        <source>`always` and `unless-stopped` restart a crashing container forever. A crash loop hides the failure, burns resources, and gives an attacker unlimited attempts at an exploit that crashes the process.</source>
        <translation>`always` et `unless-stopped` redémarrent indéfiniment un conteneur qui plante. Une boucle de plantages masque la panne, consomme des ressources et donne à un attaquant un nombre illimité de tentatives pour un exploit qui fait planter le processus.</translation>
    </message>
    <message>
        <source>Use `--restart on-failure:5` (compose: `restart: on-failure:5` or `deploy.restart_policy.max_attempts: 5`).</source>
        <translation>Utilisez `--restart on-failure:5` (compose : `restart: on-failure:5` ou `deploy.restart_policy.max_attempts: 5`).</translation>
    </message>
    <message>
        <source>Services that must survive daemon restarts need supervision elsewhere (an orchestrator or a systemd unit).</source>
        <translation>Les services qui doivent survivre aux redémarrages du démon ont besoin d&apos;une supervision ailleurs (un orchestrateur ou une unité systemd).</translation>
    </message>
    <message>
        <source>OOM killer disabled</source>
        <translation>OOM killer désactivé</translation>
    </message>
    <message>
        <source>`--oom-kill-disable` stops the kernel from killing this container&apos;s processes when memory runs out. Without a memory limit the kernel then kills other processes on the host instead.</source>
        <translation>`--oom-kill-disable` empêche le noyau de tuer les processus de ce conteneur lorsque la mémoire est épuisée. Sans limite de mémoire, le noyau tue alors d&apos;autres processus de l&apos;hôte à la place.</translation>
    </message>
    <message>
        <source>Remove `--oom-kill-disable` (compose: `oom_kill_disable`), and set a memory limit.</source>
        <translation>Supprimez `--oom-kill-disable` (compose : `oom_kill_disable`), et définissez une limite de mémoire.</translation>
    </message>
    <message>
        <source>ulimits overridden</source>
        <translation>ulimits redéfinis</translation>
    </message>
    <message>
        <source>Per-container ulimits replace the daemon&apos;s defaults. Raising them (or setting them to unlimited) removes a limit on open files, processes or core sizes that protects the host.</source>
        <translation>Les ulimits par conteneur remplacent les valeurs par défaut du démon. Les augmenter (ou les rendre illimités) supprime une limite protégeant l&apos;hôte sur les fichiers ouverts, les processus ou la taille des fichiers core.</translation>
    </message>
    <message>
        <source>Remove `--ulimit` (compose: `ulimits`) unless the value was chosen deliberately; never use -1 (unlimited). Set defaults in daemon.json `default-ulimits`.</source>
        <translation>Supprimez `--ulimit` (compose : `ulimits`) sauf si la valeur a été choisie délibérément ; n&apos;utilisez jamais -1 (illimité). Définissez les valeurs par défaut dans `default-ulimits` de daemon.json.</translation>
    </message>
    <message>
        <source>Container runtime socket mounted</source>
        <translation>Socket du runtime de conteneurs monté</translation>
    </message>
    <message>
        <source>Whoever can talk to the Docker (or containerd, Podman, CRI-O) socket can start a privileged container that mounts the host&apos;s root: the socket is root on the host. Mounting it read-only does not help, because connecting to a socket needs no write access to the bind mount.</source>
        <translation>Quiconque peut communiquer avec le socket Docker (ou containerd, Podman, CRI-O) peut démarrer un conteneur privilégié qui monte la racine de l&apos;hôte : le socket équivaut à root sur l&apos;hôte. Le monter en lecture seule n&apos;y change rien, car se connecter à un socket ne nécessite aucun accès en écriture au montage bind.</translation>
    </message>
    <message>
        <source>Remove the `-v /var/run/docker.sock:...` mount (compose: `volumes`). Tools that need the API should use a filtering proxy that allows only the read-only endpoints they use.</source>
        <translation>Supprimez le montage `-v /var/run/docker.sock:...` (compose : `volumes`). Les outils qui ont besoin de l&apos;API doivent passer par un proxy de filtrage qui n&apos;autorise que les points de terminaison en lecture seule qu&apos;ils utilisent.</translation>
    </message>
    <message>
        <source>Reverse proxies and CI runners that discover containers need a socket proxy set up instead.</source>
        <translation>Les proxys inverses et les runners de CI qui découvrent les conteneurs nécessitent plutôt la mise en place d&apos;un proxy de socket.</translation>
    </message>
    <message>
        <source>Sensitive host path mounted</source>
        <translation>Chemin sensible de l&apos;hôte monté</translation>
    </message>
    <message>
        <source>Mounting host system folders gives the container direct access to what protects the host: /etc holds passwords and sudoers, / and /var/lib/docker hold every other container&apos;s data, and credential folders (.ssh, .aws, .kube, .docker) hold keys. Writable mounts are rated above read-only ones.</source>
        <translation>Monter des dossiers système de l&apos;hôte donne au conteneur un accès direct à ce qui protège l&apos;hôte : /etc contient les mots de passe et sudoers, / et /var/lib/docker contiennent les données de tous les autres conteneurs, et les dossiers d&apos;identifiants (.ssh, .aws, .kube, .docker) contiennent des clés. Les montages accessibles en écriture reçoivent une gravité plus élevée que ceux en lecture seule.</translation>
    </message>
    <message>
        <source>Mount only the specific files or folders the workload needs, read-only (`-v /host/path:/path:ro`, compose `read_only: true` on the bind), or use a named volume.</source>
        <translation>Montez uniquement les fichiers ou dossiers précis dont la charge de travail a besoin, en lecture seule (`-v /host/path:/path:ro`, compose `read_only: true` sur le bind), ou utilisez un volume nommé.</translation>
    </message>
    <message>
        <source>Monitoring agents that read host metrics need /proc and /sys read-only.</source>
        <translation>Les agents de supervision qui lisent les métriques de l&apos;hôte ont besoin de /proc et /sys en lecture seule.</translation>
    </message>
    <message>
        <source>Secret-looking host file bind-mounted</source>
        <translation>Fichier de l&apos;hôte ressemblant à un secret monté en bind</translation>
    </message>
    <message>
        <source>Files such as .env, id_rsa, *.pem or credentials bind-mounted from the host usually carry secrets in the clear on the host&apos;s disk, outside any secret store, readable by whoever reads that folder, and they often end up in backups.</source>
        <translation>Les fichiers tels que .env, id_rsa, *.pem ou credentials montés en bind depuis l&apos;hôte contiennent généralement des secrets en clair sur le disque de l&apos;hôte, hors de tout coffre à secrets, lisibles par quiconque lit ce dossier, et ils finissent souvent dans les sauvegardes.</translation>
    </message>
    <message>
        <source>Use Docker secrets (compose: top-level `secrets:` with the service&apos;s `secrets:` list, mounted under /run/secrets) or a tmpfs at /run/secrets filled at start-up, and keep the file mode 0600.</source>
        <translation>Utilisez les secrets Docker (compose : `secrets:` de premier niveau avec la liste `secrets:` du service, montés sous /run/secrets) ou un tmpfs sur /run/secrets rempli au démarrage, et conservez le mode de fichier 0600.</translation>
    </message>
    <message>
        <source>The application must read the secret from a file under /run/secrets.</source>
        <translation>L&apos;application doit lire le secret depuis un fichier sous /run/secrets.</translation>
    </message>
    <message>
        <source>Port published on all interfaces</source>
        <translation>Port publié sur toutes les interfaces</translation>
    </message>
    <message>
        <source>`-p 8080:80` binds 0.0.0.0 and :: on the host, so the service answers on every network the host is on, and Docker&apos;s iptables rules bypass host firewalls such as ufw. Services meant for a reverse proxy or the local machine should not be reachable from outside.</source>
        <translation>`-p 8080:80` se lie à 0.0.0.0 et :: sur l&apos;hôte : le service répond donc sur tous les réseaux auxquels l&apos;hôte est connecté, et les règles iptables de Docker contournent les pare-feu de l&apos;hôte tels que ufw. Les services destinés à un proxy inverse ou à la machine locale ne doivent pas être accessibles depuis l&apos;extérieur.</translation>
    </message>
    <message>
        <source>Bind to one address: `-p 127.0.0.1:8080:80` (compose: `ports: [&quot;127.0.0.1:8080:80&quot;]`), and put a reverse proxy in front for public services.</source>
        <translation>Liez à une seule adresse : `-p 127.0.0.1:8080:80` (compose : `ports: [&quot;127.0.0.1:8080:80&quot;]`), et placez un proxy inverse en frontal pour les services publics.</translation>
    </message>
    <message>
        <source>Clients on other machines then need the proxy.</source>
        <translation>Les clients sur d&apos;autres machines doivent alors passer par le proxy.</translation>
    </message>
    <message>
        <source>Privileged host port mapped</source>
        <translation>Port privilégié de l&apos;hôte mappé</translation>
    </message>
    <message>
        <source>Ports below 1024 are traditionally trusted as belonging to root services. Mapping a container to one lets it impersonate a system service on the host.</source>
        <translation>Les ports inférieurs à 1024 sont traditionnellement considérés comme de confiance, car réservés aux services root. Y mapper un conteneur lui permet de se faire passer pour un service système sur l&apos;hôte.</translation>
    </message>
    <message>
        <source>Map to a host port of 1024 or above (`-p 8080:80`), or terminate at a reverse proxy.</source>
        <translation>Mappez vers un port de l&apos;hôte supérieur ou égal à 1024 (`-p 8080:80`), ou terminez la connexion sur un proxy inverse.</translation>
    </message>
    <message>
        <source>Sensitive service exposed to the network</source>
        <translation>Service sensible exposé au réseau</translation>
    </message>
    <message>
        <source>SSH, the Docker API, databases, caches and cluster services are attacked within minutes of being reachable, and many ship without authentication by default (Redis, Memcached, Elasticsearch, an unprotected Docker API).</source>
        <translation>SSH, l&apos;API Docker, les bases de données, les caches et les services de cluster sont attaqués quelques minutes après être devenus accessibles, et beaucoup sont livrés sans authentification par défaut (Redis, Memcached, Elasticsearch, une API Docker non protégée).</translation>
    </message>
    <message>
        <source>Do not publish the port (remove `-p`), or bind it to loopback (`-p 127.0.0.1:5432:5432`) and reach it over an SSH tunnel or a private network.</source>
        <translation>Ne publiez pas le port (supprimez `-p`), ou liez-le à l&apos;interface loopback (`-p 127.0.0.1:5432:5432`) et accédez-y via un tunnel SSH ou un réseau privé.</translation>
    </message>
    <message>
        <source>SSH server running in the container</source>
        <translation>Serveur SSH en cours d&apos;exécution dans le conteneur</translation>
    </message>
    <message>
        <source>An SSH daemon inside a container adds keys and passwords to manage, a service to patch, and a way in that bypasses Docker&apos;s access control. `docker exec` already gives administrators a shell.</source>
        <translation>Un démon SSH dans un conteneur ajoute des clés et des mots de passe à gérer, un service à corriger et un point d&apos;entrée qui contourne le contrôle d&apos;accès de Docker. `docker exec` donne déjà un shell aux administrateurs.</translation>
    </message>
    <message>
        <source>Remove sshd from the image and use `docker exec` for debugging.</source>
        <translation>Supprimez sshd de l&apos;image et utilisez `docker exec` pour le débogage.</translation>
    </message>
    <message>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <source>process (PID)</source>
        <translation>processus (PID)</translation>
    </message>
    <message>
        <source>IPC</source>
        <translation>IPC</translation>
    </message>
    <message>
        <source>UTS (host name)</source>
        <translation>UTS (nom d&apos;hôte)</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>cgroup</source>
        <translation>cgroup</translation>
    </message>
    <message>
        <source>Container runs privileged</source>
        <translation>Le conteneur s&apos;exécute en mode privilégié</translation>
    </message>
    <message>
        <source>A privileged container gets every capability and all host devices, and runs without seccomp, AppArmor or SELinux confinement. Escaping to the host takes one mount or one kernel module: it is root on the host in all but name. A created container counts too, because starting it is all it takes.</source>
        <translation>Un conteneur privilégié obtient toutes les capacités et tous les périphériques de l&apos;hôte, et s&apos;exécute sans confinement seccomp, AppArmor ou SELinux. S&apos;évader vers l&apos;hôte ne demande qu&apos;un montage ou un module noyau : c&apos;est root sur l&apos;hôte, sauf de nom. Un conteneur créé compte aussi, car il suffit de le démarrer.</translation>
    </message>
    <message>
        <source>Remove `--privileged` (compose: `privileged: false`). Grant only the capabilities (`--cap-add`) and devices (`--device`) the workload needs.</source>
        <translation>Supprimez `--privileged` (compose : `privileged: false`). N&apos;accordez que les capacités (`--cap-add`) et les périphériques (`--device`) dont la charge de travail a besoin.</translation>
    </message>
    <message>
        <source>Workloads that manage the host (Docker-in-Docker, device drivers) need redesign or a dedicated host.</source>
        <translation>Les charges de travail qui gèrent l&apos;hôte (Docker-in-Docker, pilotes de périphériques) nécessitent une refonte ou un hôte dédié.</translation>
    </message>
    <message>
        <source>Container adds dangerous Linux capabilities</source>
        <translation>Le conteneur ajoute des capacités Linux dangereuses</translation>
    </message>
    <message>
        <source>Capabilities split root&apos;s power into pieces; some pieces are nearly the whole. SYS_ADMIN, SYS_MODULE and SYS_RAWIO are enough to take over the host; SYS_PTRACE, DAC_READ_SEARCH and NET_ADMIN open well-known escape or interception paths. Each added capability is rated on its own.</source>
        <translation>Les capacités découpent le pouvoir de root en morceaux ; certains morceaux en représentent presque la totalité. SYS_ADMIN, SYS_MODULE et SYS_RAWIO suffisent pour prendre le contrôle de l&apos;hôte ; SYS_PTRACE, DAC_READ_SEARCH et NET_ADMIN ouvrent des voies d&apos;évasion ou d&apos;interception bien connues. Chaque capacité ajoutée est évaluée séparément.</translation>
    </message>
    <message>
        <source>Drop the `--cap-add` entry (compose: `cap_add`). Start from `--cap-drop ALL` and add back only what the process is shown to need, e.g. `--cap-add NET_BIND_SERVICE`.</source>
        <translation>Supprimez l&apos;entrée `--cap-add` (compose : `cap_add`). Partez de `--cap-drop ALL` et ne rajoutez que ce dont il est démontré que le processus a besoin, par ex. `--cap-add NET_BIND_SERVICE`.</translation>
    </message>
    <message>
        <source>Finding the minimal set takes a test run; some tools (VPNs, debuggers) really need NET_ADMIN or SYS_PTRACE.</source>
        <translation>Trouver l&apos;ensemble minimal nécessite une exécution de test ; certains outils (VPN, débogueurs) ont réellement besoin de NET_ADMIN ou SYS_PTRACE.</translation>
    </message>
    <message>
        <source>Default capabilities not dropped</source>
        <translation>Capacités par défaut non supprimées</translation>
    </message>
    <message>
        <source>Docker grants 14 capabilities by default (CHOWN, DAC_OVERRIDE, NET_RAW, SETUID, ...). Most services need none of them, and each one widens what an attacker can do after getting code execution, such as forging packets with NET_RAW.</source>
        <translation>Docker accorde 14 capacités par défaut (CHOWN, DAC_OVERRIDE, NET_RAW, SETUID, ...). La plupart des services n&apos;en ont besoin d&apos;aucune, et chacune élargit ce qu&apos;un attaquant peut faire après avoir obtenu l&apos;exécution de code, comme forger des paquets avec NET_RAW.</translation>
    </message>
    <message>
        <source>Add `--cap-drop ALL` (compose: `cap_drop: [ALL]`) and `--cap-add` back only the needed ones.</source>
        <translation>Ajoutez `--cap-drop ALL` (compose : `cap_drop: [ALL]`) et ne rajoutez avec `--cap-add` que celles qui sont nécessaires.</translation>
    </message>
    <message>
        <source>Images that start as root and switch user (gosu, su-exec) need SETUID/SETGID back.</source>
        <translation>Les images qui démarrent en root puis changent d&apos;utilisateur (gosu, su-exec) doivent récupérer SETUID/SETGID.</translation>
    </message>
    <message>
        <source>Container runs as root</source>
        <translation>Le conteneur s&apos;exécute en root</translation>
    </message>
    <message>
        <source>Without user-namespace remapping, root in the container is root on the host: any escape, writable host mount or kernel bug is exploited with full rights. An empty user, `0` and `root` all mean root.</source>
        <translation>Sans remappage des espaces de noms utilisateur, root dans le conteneur est root sur l&apos;hôte : toute évasion, tout montage de l&apos;hôte accessible en écriture ou tout bug du noyau est exploité avec tous les droits. Un utilisateur vide, `0` et `root` signifient tous root.</translation>
    </message>
    <message>
        <source>Run as an unprivileged user: `--user 1000:1000` (compose: `user: &quot;1000:1000&quot;`), or set `USER` in the Dockerfile. Alternatively enable `userns-remap` in daemon.json.</source>
        <translation>Exécutez en tant qu&apos;utilisateur non privilégié : `--user 1000:1000` (compose : `user: &quot;1000:1000&quot;`), ou définissez `USER` dans le Dockerfile. Vous pouvez aussi activer `userns-remap` dans daemon.json.</translation>
    </message>
    <message>
        <source>Files the process writes must be owned by that user; ports below 1024 need NET_BIND_SERVICE or a higher port.</source>
        <translation>Les fichiers écrits par le processus doivent appartenir à cet utilisateur ; les ports inférieurs à 1024 nécessitent NET_BIND_SERVICE ou un port plus élevé.</translation>
    </message>
    <message>
        <source>no-new-privileges not set</source>
        <translation>no-new-privileges non défini</translation>
    </message>
    <message>
        <source>Without no-new-privileges a process can gain rights through setuid or setgid binaries (sudo, su, a planted helper). The flag makes the kernel refuse such gains for the container&apos;s whole process tree.</source>
        <translation>Sans no-new-privileges, un processus peut acquérir des droits via des binaires setuid ou setgid (sudo, su, un utilitaire implanté). Cette option amène le noyau à refuser de tels gains pour toute l&apos;arborescence de processus du conteneur.</translation>
    </message>
    <message>
        <source>Add `--security-opt no-new-privileges` (compose: `security_opt: [&quot;no-new-privileges:true&quot;]`), or set `&quot;no-new-privileges&quot;: true` in daemon.json for all containers.</source>
        <translation>Ajoutez `--security-opt no-new-privileges` (compose : `security_opt: [&quot;no-new-privileges:true&quot;]`), ou définissez `&quot;no-new-privileges&quot;: true` dans daemon.json pour tous les conteneurs.</translation>
    </message>
    <message>
        <source>Breaks images that rely on sudo or setuid helpers at run time.</source>
        <translation>Casse les images qui dépendent de sudo ou d&apos;utilitaires setuid à l&apos;exécution.</translation>
    </message>
    <message>
        <source>Seccomp disabled</source>
        <translation>Seccomp désactivé</translation>
    </message>
    <message>
        <source>Docker&apos;s default seccomp profile blocks about 40 rarely needed system calls that are behind many kernel exploits (keyctl, unshare, bpf, ...). `seccomp=unconfined` removes that filter.</source>
        <translation>Le profil seccomp par défaut de Docker bloque environ 40 appels système rarement nécessaires, à l&apos;origine de nombreux exploits du noyau (keyctl, unshare, bpf, ...). `seccomp=unconfined` supprime ce filtre.</translation>
    </message>
    <message>
        <source>Remove `--security-opt seccomp=unconfined`; if one call is missing, ship a custom profile with `--security-opt seccomp=profile.json`.</source>
        <translation>Supprimez `--security-opt seccomp=unconfined` ; s&apos;il manque un appel, fournissez un profil personnalisé avec `--security-opt seccomp=profile.json`.</translation>
    </message>
    <message>
        <source>A custom profile must be maintained with the workload.</source>
        <translation>Un profil personnalisé doit être maintenu avec la charge de travail.</translation>
    </message>
    <message>
        <source>AppArmor disabled</source>
        <translation>AppArmor désactivé</translation>
    </message>
    <message>
        <source>On AppArmor hosts the docker-default profile denies writes to /proc and /sys and mounting; running unconfined removes that layer of defence.</source>
        <translation>Sur les hôtes AppArmor, le profil docker-default interdit les écritures dans /proc et /sys ainsi que les montages ; l&apos;exécution en mode unconfined supprime cette couche de défense.</translation>
    </message>
    <message>
        <source>Remove `--security-opt apparmor=unconfined`; use `docker-default` or a custom profile (`--security-opt apparmor=PROFILE`).</source>
        <translation>Supprimez `--security-opt apparmor=unconfined` ; utilisez `docker-default` ou un profil personnalisé (`--security-opt apparmor=PROFILE`).</translation>
    </message>
    <message>
        <source>SELinux labelling disabled</source>
        <translation>Étiquetage SELinux désactivé</translation>
    </message>
    <message>
        <source>On SELinux hosts container processes run in a confined type that cannot touch host files. `label=disable` (or the spc_t type) lifts that confinement for this container.</source>
        <translation>Sur les hôtes SELinux, les processus des conteneurs s&apos;exécutent dans un type confiné qui ne peut pas toucher aux fichiers de l&apos;hôte. `label=disable` (ou le type spc_t) lève ce confinement pour ce conteneur.</translation>
    </message>
    <message>
        <source>Remove `--security-opt label=disable`; relabel volumes with `:z`/`:Z` instead.</source>
        <translation>Supprimez `--security-opt label=disable` ; réétiquetez plutôt les volumes avec `:z`/`:Z`.</translation>
    </message>
    <message>
        <source>Host network namespace shared</source>
        <translation>Espace de noms réseau de l&apos;hôte partagé</translation>
    </message>
    <message>
        <source>With `--network host` the container sees every host interface, can bind any port and reach services that listen only on localhost (including abstract unix sockets of other daemons), and bypasses Docker&apos;s port publishing.</source>
        <translation>Avec `--network host`, le conteneur voit toutes les interfaces de l&apos;hôte, peut se lier à n&apos;importe quel port et atteindre les services qui n&apos;écoutent que sur localhost (y compris les sockets unix abstraits d&apos;autres démons), et contourne la publication de ports de Docker.</translation>
    </message>
    <message>
        <source>Use a bridge network (compose: remove `network_mode: host`) and publish only the needed ports with `-p 127.0.0.1:PORT:PORT`.</source>
        <translation>Utilisez un réseau bridge (compose : supprimez `network_mode: host`) et ne publiez que les ports nécessaires avec `-p 127.0.0.1:PORT:PORT`.</translation>
    </message>
    <message>
        <source>Some network tools and very high packet rates need the host network.</source>
        <translation>Certains outils réseau et les débits de paquets très élevés nécessitent le réseau de l&apos;hôte.</translation>
    </message>
    <message>
        <source>Host PID namespace shared</source>
        <translation>Espace de noms PID de l&apos;hôte partagé</translation>
    </message>
    <message>
        <source>With `--pid host` the container sees and can signal every host process, read their environment and command lines, and with ptrace rights attach to them.</source>
        <translation>Avec `--pid host`, le conteneur voit tous les processus de l&apos;hôte et peut leur envoyer des signaux, lire leur environnement et leurs lignes de commande et, avec les droits ptrace, s&apos;y attacher.</translation>
    </message>
    <message>
        <source>Remove `--pid host` (compose: `pid: host`).</source>
        <translation>Supprimez `--pid host` (compose : `pid: host`).</translation>
    </message>
    <message>
        <source>Host IPC namespace shared</source>
        <translation>Espace de noms IPC de l&apos;hôte partagé</translation>
    </message>
    <message>
        <source>With `--ipc host` the container shares System V shared memory, semaphores and message queues with host processes and can read or corrupt their data.</source>
        <translation>Avec `--ipc host`, le conteneur partage la mémoire partagée, les sémaphores et les files de messages System V avec les processus de l&apos;hôte et peut lire ou corrompre leurs données.</translation>
    </message>
    <message>
        <source>Remove `--ipc host` (compose: `ipc: host`); use `--ipc shareable` between containers that need it.</source>
        <translation>Supprimez `--ipc host` (compose : `ipc: host`) ; utilisez `--ipc shareable` entre les conteneurs qui en ont besoin.</translation>
    </message>
    <message>
        <source>Host UTS namespace shared</source>
        <translation>Espace de noms UTS de l&apos;hôte partagé</translation>
    </message>
    <message>
        <source>With `--uts host` the container can change the host&apos;s host name and domain name, which confuses logging, monitoring and name-based trust.</source>
        <translation>Avec `--uts host`, le conteneur peut modifier le nom d&apos;hôte et le nom de domaine de l&apos;hôte, ce qui perturbe la journalisation, la supervision et la confiance fondée sur les noms.</translation>
    </message>
    <message>
        <source>Remove `--uts host` (compose: `uts: host`).</source>
        <translation>Supprimez `--uts host` (compose : `uts: host`).</translation>
    </message>
    <message>
        <source>User namespace remapping bypassed</source>
        <translation>Remappage de l&apos;espace de noms utilisateur contourné</translation>
    </message>
    <message>
        <source>The daemon remaps container root to an unprivileged host user, but `--userns host` opts this container out: its root is the host&apos;s root again.</source>
        <translation>Le démon remappe le root du conteneur vers un utilisateur non privilégié de l&apos;hôte, mais `--userns host` exclut ce conteneur de ce mécanisme : son root est de nouveau le root de l&apos;hôte.</translation>
    </message>
    <message>
        <source>Remove `--userns host` (compose: `userns_mode: host`).</source>
        <translation>Supprimez `--userns host` (compose : `userns_mode: host`).</translation>
    </message>
    <message>
        <source>Host cgroup namespace shared</source>
        <translation>Espace de noms cgroup de l&apos;hôte partagé</translation>
    </message>
    <message>
        <source>With the host cgroup namespace the container sees the host&apos;s whole cgroup tree, which leaks information about other workloads and eases cgroup-based escapes when combined with other rights.</source>
        <translation>Avec l&apos;espace de noms cgroup de l&apos;hôte, le conteneur voit toute l&apos;arborescence cgroup de l&apos;hôte, ce qui divulgue des informations sur les autres charges de travail et facilite les évasions via les cgroups lorsqu&apos;il est combiné à d&apos;autres droits.</translation>
    </message>
    <message>
        <source>Use `--cgroupns private` (compose: `cgroup: private`), the default on cgroup v2 hosts.</source>
        <translation>Utilisez `--cgroupns private` (compose : `cgroup: private`), la valeur par défaut sur les hôtes cgroup v2.</translation>
    </message>
    <message>
        <source>On cgroup v1 hosts `host` is Docker&apos;s default.</source>
        <translation>Sur les hôtes cgroup v1, `host` est la valeur par défaut de Docker.</translation>
    </message>
    <message>
        <source>Host devices passed through</source>
        <translation>Périphériques de l&apos;hôte transmis au conteneur</translation>
    </message>
    <message>
        <source>A host device inside the container bypasses the kernel&apos;s file permissions: raw disks can be read or rewritten, /dev/mem exposes physical memory. Block devices and memory devices are rated higher.</source>
        <translation>Un périphérique de l&apos;hôte présent dans le conteneur contourne les permissions de fichiers du noyau : les disques bruts peuvent être lus ou réécrits, /dev/mem expose la mémoire physique. Les périphériques bloc et les périphériques mémoire sont évalués plus sévèrement.</translation>
    </message>
    <message>
        <source>Remove `--device` / `--device-cgroup-rule` entries (compose: `devices`, `device_cgroup_rules`) the workload does not need; pass a specific device read-only (`--device /dev/x:/dev/x:r`) where possible.</source>
        <translation>Supprimez les entrées `--device` / `--device-cgroup-rule` (compose : `devices`, `device_cgroup_rules`) dont la charge de travail n&apos;a pas besoin ; si possible, transmettez un périphérique précis en lecture seule (`--device /dev/x:/dev/x:r`).</translation>
    </message>
    <message>
        <source>GPU and hardware workloads need their device.</source>
        <translation>Les charges de travail GPU et matérielles ont besoin de leur périphérique.</translation>
    </message>
    <message>
        <source>Mount propagation set to shared</source>
        <translation>Propagation des montages en mode partagé</translation>
    </message>
    <message>
        <source>With shared propagation, mounts created inside the container propagate back to the host (and other containers), so a compromised container can change the host&apos;s mount table.</source>
        <translation>Avec une propagation partagée, les montages créés dans le conteneur se propagent vers l&apos;hôte (et les autres conteneurs), si bien qu&apos;un conteneur compromis peut modifier la table des montages de l&apos;hôte.</translation>
    </message>
    <message>
        <source>Use the default `rprivate` propagation: drop `:shared`/`:rshared` from `-v` (compose: `bind.propagation`).</source>
        <translation>Utilisez la propagation par défaut `rprivate` : retirez `:shared`/`:rshared` de `-v` (compose : `bind.propagation`).</translation>
    </message>
    <message>
        <source>Whole context copied without a .dockerignore</source>
        <translation>Contexte entier copié sans .dockerignore</translation>
    </message>
    <message>
        <source>COPY . copies everything in the folder: .git history, .env files, keys, logs and local dependencies end up in a layer.</source>
        <translation>COPY . copie tout le contenu du dossier : l&apos;historique .git, les fichiers .env, les clés, les journaux et les dépendances locales se retrouvent dans une couche.</translation>
    </message>
    <message>
        <source>Add a .dockerignore that excludes .git, .env*, *.pem, *.key, id_rsa*, *.log and node_modules, or copy only the paths you need.</source>
        <translation>Ajoutez un .dockerignore qui exclut .git, .env*, *.pem, *.key, id_rsa*, *.log et node_modules, ou copiez uniquement les chemins dont vous avez besoin.</translation>
    </message>
    <message>
        <source>.dockerignore misses common sensitive paths</source>
        <translation>Le .dockerignore omet des chemins sensibles courants</translation>
    </message>
    <message>
        <source>The .dockerignore exists but would let version history, environment files, keys, logs or dependency folders into a whole-context COPY.</source>
        <translation>Le .dockerignore existe mais laisserait passer l&apos;historique des versions, les fichiers d&apos;environnement, les clés, les journaux ou les dossiers de dépendances dans un COPY de tout le contexte.</translation>
    </message>
    <message>
        <source>Add the missing patterns (the finding&apos;s suggestion lists them) to .dockerignore.</source>
        <translation>Ajoutez les motifs manquants (la suggestion du constat les énumère) au .dockerignore.</translation>
    </message>
    <message>
        <source>Sensitive file in the build context</source>
        <translation>Fichier sensible dans le contexte de build</translation>
    </message>
    <message>
        <source>Files in the context are sent to the daemon (possibly a remote one) and can be copied into layers; keys and credentials should never be there.</source>
        <translation>Les fichiers du contexte sont envoyés au démon (éventuellement distant) et peuvent être copiés dans des couches ; les clés et les informations d&apos;identification ne devraient jamais s&apos;y trouver.</translation>
    </message>
    <message>
        <source>Move the file out of the context or exclude it in .dockerignore; pass build-time secrets with docker build --secret.</source>
        <translation>Déplacez le fichier hors du contexte ou excluez-le dans .dockerignore ; transmettez les secrets de build avec docker build --secret.</translation>
    </message>
    <message>
        <source>WORKDIR is a relative path</source>
        <translation>WORKDIR est un chemin relatif</translation>
    </message>
    <message>
        <source>A relative WORKDIR resolves against whatever the previous WORKDIR was, so files land somewhere the reader of the Dockerfile does not expect.</source>
        <translation>Un WORKDIR relatif est résolu par rapport au WORKDIR précédent, quel qu&apos;il soit, si bien que les fichiers atterrissent là où le lecteur du Dockerfile ne s&apos;y attend pas.</translation>
    </message>
    <message>
        <source>Give WORKDIR an absolute path, e.g. WORKDIR /app.</source>
        <translation>Donnez à WORKDIR un chemin absolu, par ex. WORKDIR /app.</translation>
    </message>
    <message>
        <source>RUN uses a command that makes no sense during a build</source>
        <translation>RUN utilise une commande qui n&apos;a pas de sens pendant un build</translation>
    </message>
    <message>
        <source>Interactive or process-management tools (ssh, vim, top, ps, kill, mount, service, shutdown, free) do nothing useful while an image is built; their presence usually means a leftover or a misunderstanding.</source>
        <translation>Les outils interactifs ou de gestion des processus (ssh, vim, top, ps, kill, mount, service, shutdown, free) ne font rien d&apos;utile pendant la construction d&apos;une image ; leur présence signale généralement un reliquat ou un malentendu.</translation>
    </message>
    <message>
        <source>Remove the command from the RUN instruction.</source>
        <translation>Retirez la commande de l&apos;instruction RUN.</translation>
    </message>
    <message>
        <source>The final stage&apos;s last USER is root</source>
        <translation>Le dernier USER de l&apos;étape finale est root</translation>
    </message>
    <message>
        <source>Containers from this image run as root unless the operator overrides it; a compromise of the process is then root inside the container, one kernel bug away from the host.</source>
        <translation>Les conteneurs issus de cette image s&apos;exécutent en root sauf si l&apos;opérateur en décide autrement ; une compromission du processus donne alors les droits root dans le conteneur, et il ne manque qu&apos;un bogue du noyau pour atteindre l&apos;hôte.</translation>
    </message>
    <message>
        <source>End the final stage with a non-root user: RUN useradd -r -u 10001 app, then USER 10001:10001.</source>
        <translation>Terminez l&apos;étape finale par un utilisateur non root : RUN useradd -r -u 10001 app, puis USER 10001:10001.</translation>
    </message>
    <message>
        <source>RUN uses cd instead of WORKDIR</source>
        <translation>RUN utilise cd au lieu de WORKDIR</translation>
    </message>
    <message>
        <source>A cd only lasts for its own RUN; later instructions silently run elsewhere, which makes the build hard to read and easy to break.</source>
        <translation>Un cd ne vaut que pour son propre RUN ; les instructions suivantes s&apos;exécutent silencieusement ailleurs, ce qui rend le build difficile à lire et facile à casser.</translation>
    </message>
    <message>
        <source>Set the directory with WORKDIR /path before the RUN.</source>
        <translation>Définissez le répertoire avec WORKDIR /path avant le RUN.</translation>
    </message>
    <message>
        <source>RUN uses sudo</source>
        <translation>RUN utilise sudo</translation>
    </message>
    <message>
        <source>sudo in an image means sudo is installed and configured in it, which gives any process that reaches it an easy path to root; during the build it is never needed.</source>
        <translation>sudo dans une image signifie que sudo y est installé et configuré, ce qui offre à tout processus qui l&apos;atteint un moyen facile de devenir root ; pendant le build, il n&apos;est jamais nécessaire.</translation>
    </message>
    <message>
        <source>Drop sudo: run the step before USER switches away from root, or switch with USER root / USER app around it.</source>
        <translation>Supprimez sudo : exécutez l&apos;étape avant que USER ne quitte root, ou encadrez-la de USER root / USER app.</translation>
    </message>
    <message>
        <source>Base image has no tag</source>
        <translation>L&apos;image de base n&apos;a pas de tag</translation>
    </message>
    <message>
        <source>An untagged image means :latest, which changes under you: two builds of the same Dockerfile give different images, and a bad upstream push lands unnoticed.</source>
        <translation>Une image sans tag signifie :latest, qui change à votre insu : deux builds du même Dockerfile donnent des images différentes, et un mauvais push en amont passe inaperçu.</translation>
    </message>
    <message>
        <source>Name a version tag (FROM python:3.12-slim), or better a digest.</source>
        <translation>Indiquez un tag de version (FROM python:3.12-slim), ou mieux, un digest.</translation>
    </message>
    <message>
        <source>Base image uses the latest tag</source>
        <translation>L&apos;image de base utilise le tag latest</translation>
    </message>
    <message>
        <source>latest moves: builds are not reproducible and an upstream change reaches production without review.</source>
        <translation>latest évolue : les builds ne sont pas reproductibles et une modification en amont atteint la production sans revue.</translation>
    </message>
    <message>
        <source>Pin a version tag (FROM node:20.11-alpine) or a digest.</source>
        <translation>Figez un tag de version (FROM node:20.11-alpine) ou un digest.</translation>
    </message>
    <message>
        <source>Archive is copied and extracted in two steps</source>
        <translation>Archive copiée puis extraite en deux étapes</translation>
    </message>
    <message>
        <source>COPY of a tarball followed by tar -x keeps the archive in a layer; ADD extracts a local archive in one step.</source>
        <translation>Un COPY d&apos;une archive tar suivi de tar -x conserve l&apos;archive dans une couche ; ADD extrait une archive locale en une seule étape.</translation>
    </message>
    <message>
        <source>Use ADD archive.tar.gz /dest/ for local tar archives.</source>
        <translation>Utilisez ADD archive.tar.gz /dest/ pour les archives tar locales.</translation>
    </message>
    <message>
        <source>EXPOSE port out of range</source>
        <translation>Port EXPOSE hors limites</translation>
    </message>
    <message>
        <source>TCP/UDP ports run from 0 to 65535; anything else is a typo that breaks the build or the port mapping.</source>
        <translation>Les ports TCP/UDP vont de 0 à 65535 ; toute autre valeur est une faute de frappe qui casse le build ou le mappage de ports.</translation>
    </message>
    <message>
        <source>Fix the port number in EXPOSE.</source>
        <translation>Corrigez le numéro de port dans EXPOSE.</translation>
    </message>
    <message>
        <source>More than one HEALTHCHECK in a stage</source>
        <translation>Plusieurs HEALTHCHECK dans une étape</translation>
    </message>
    <message>
        <source>Only the last HEALTHCHECK takes effect; the others mislead the reader about how health is judged.</source>
        <translation>Seul le dernier HEALTHCHECK s&apos;applique ; les autres induisent le lecteur en erreur sur la façon dont l&apos;état de santé est évalué.</translation>
    </message>
    <message>
        <source>Keep one HEALTHCHECK per stage.</source>
        <translation>Ne conservez qu&apos;un HEALTHCHECK par étape.</translation>
    </message>
    <message>
        <source>ADD used for local files</source>
        <translation>ADD utilisé pour des fichiers locaux</translation>
    </message>
    <message>
        <source>ADD also fetches URLs and unpacks archives; using it for plain files hides that behaviour and surprises reviewers. COPY does exactly one thing.</source>
        <translation>ADD récupère aussi des URL et décompresse des archives ; l&apos;utiliser pour de simples fichiers masque ce comportement et surprend les relecteurs. COPY ne fait qu&apos;une seule chose.</translation>
    </message>
    <message>
        <source>Replace ADD with COPY for local files and folders.</source>
        <translation>Remplacez ADD par COPY pour les fichiers et dossiers locaux.</translation>
    </message>
    <message>
        <source>COPY/ADD with several sources needs a folder destination</source>
        <translation>COPY/ADD avec plusieurs sources exige un dossier comme destination</translation>
    </message>
    <message>
        <source>With more than one source Docker requires the destination to be a directory ending in &apos;/&apos;; the build fails otherwise.</source>
        <translation>Avec plusieurs sources, Docker exige que la destination soit un répertoire se terminant par &apos;/&apos; ; sinon, le build échoue.</translation>
    </message>
    <message>
        <source>End the destination with &apos;/&apos;: COPY a.txt b.txt /app/.</source>
        <translation>Terminez la destination par &apos;/&apos; : COPY a.txt b.txt /app/.</translation>
    </message>
    <message>
        <source>COPY --from names no earlier stage</source>
        <translation>COPY --from ne désigne aucune étape antérieure</translation>
    </message>
    <message>
        <source>A --from that is not a previous stage is taken as an image name and pulled from a registry: a typo becomes an unexpected download.</source>
        <translation>Un --from qui n&apos;est pas une étape précédente est interprété comme un nom d&apos;image et récupéré depuis un registre : une faute de frappe devient un téléchargement inattendu.</translation>
    </message>
    <message>
        <source>Name a stage defined above with FROM ... AS name, or a full image reference.</source>
        <translation>Indiquez une étape définie plus haut avec FROM ... AS name, ou une référence d&apos;image complète.</translation>
    </message>
    <message>
        <source>COPY --from names its own stage</source>
        <translation>COPY --from désigne sa propre étape</translation>
    </message>
    <message>
        <source>A stage cannot copy from itself; the build fails.</source>
        <translation>Une étape ne peut pas copier depuis elle-même ; le build échoue.</translation>
    </message>
    <message>
        <source>Copy from a previous stage.</source>
        <translation>Copiez depuis une étape précédente.</translation>
    </message>
    <message>
        <source>Stage name used twice</source>
        <translation>Nom d&apos;étape utilisé deux fois</translation>
    </message>
    <message>
        <source>Two stages with the same name make COPY --from ambiguous.</source>
        <translation>Deux étapes portant le même nom rendent COPY --from ambigu.</translation>
    </message>
    <message>
        <source>Give every stage a unique name.</source>
        <translation>Donnez un nom unique à chaque étape.</translation>
    </message>
    <message>
        <source>CMD/ENTRYPOINT in shell form</source>
        <translation>CMD/ENTRYPOINT sous forme shell</translation>
    </message>
    <message>
        <source>The shell form runs the program under /bin/sh -c: the shell is PID 1, SIGTERM never reaches the program, and stop takes the full timeout.</source>
        <translation>La forme shell exécute le programme via /bin/sh -c : le shell est le PID 1, SIGTERM n&apos;atteint jamais le programme et l&apos;arrêt prend tout le délai d&apos;expiration.</translation>
    </message>
    <message>
        <source>Use the JSON form: CMD [&quot;executable&quot;, &quot;arg&quot;].</source>
        <translation>Utilisez la forme JSON : CMD [&quot;executable&quot;, &quot;arg&quot;].</translation>
    </message>
    <message>
        <source>Base image from an untrusted registry</source>
        <translation>Image de base provenant d&apos;un registre non approuvé</translation>
    </message>
    <message>
        <source>Your configuration lists the registries you trust; a base image from elsewhere bypasses that supply-chain control.</source>
        <translation>Votre configuration liste les registres que vous approuvez ; une image de base provenant d&apos;ailleurs contourne ce contrôle de la chaîne d&apos;approvisionnement.</translation>
    </message>
    <message>
        <source>Pull the base from a trusted registry, or add the registry to trustedRegistries.</source>
        <translation>Récupérez l&apos;image de base depuis un registre approuvé, ou ajoutez le registre à trustedRegistries.</translation>
    </message>
    <message>
        <source>FROM with a fixed --platform</source>
        <translation>FROM avec un --platform fixe</translation>
    </message>
    <message>
        <source>A constant platform forces that architecture for every build, so builds elsewhere run emulated or produce the wrong architecture.</source>
        <translation>Une plateforme constante impose cette architecture à chaque build, si bien que les builds effectués ailleurs s&apos;exécutent en émulation ou produisent la mauvaise architecture.</translation>
    </message>
    <message>
        <source>Drop --platform, or use --platform=$BUILDPLATFORM for build stages.</source>
        <translation>Supprimez --platform, ou utilisez --platform=$BUILDPLATFORM pour les étapes de build.</translation>
    </message>
    <message>
        <source>ONBUILD triggers FROM, ONBUILD or MAINTAINER</source>
        <translation>ONBUILD déclenche FROM, ONBUILD ou MAINTAINER</translation>
    </message>
    <message>
        <source>Docker does not allow these as ONBUILD triggers; the build fails.</source>
        <translation>Docker n&apos;autorise pas ces instructions comme déclencheurs ONBUILD ; le build échoue.</translation>
    </message>
    <message>
        <source>Remove the ONBUILD line or trigger another instruction.</source>
        <translation>Supprimez la ligne ONBUILD ou déclenchez une autre instruction.</translation>
    </message>
    <message>
        <source>ENV refers to a variable it defines itself</source>
        <translation>ENV fait référence à une variable qu&apos;il définit lui-même</translation>
    </message>
    <message>
        <source>Within one ENV instruction the new values are not visible yet, so the reference expands to the old (usually empty) value.</source>
        <translation>Au sein d&apos;une même instruction ENV, les nouvelles valeurs ne sont pas encore visibles, si bien que la référence est remplacée par l&apos;ancienne valeur (généralement vide).</translation>
    </message>
    <message>
        <source>Split it into two ENV instructions.</source>
        <translation>Scindez-la en deux instructions ENV.</translation>
    </message>
    <message>
        <source>COPY to a relative path without WORKDIR</source>
        <translation>COPY vers un chemin relatif sans WORKDIR</translation>
    </message>
    <message>
        <source>The destination depends on the base image&apos;s working directory, which the base can change.</source>
        <translation>La destination dépend du répertoire de travail de l&apos;image de base, que celle-ci peut modifier.</translation>
    </message>
    <message>
        <source>Set WORKDIR first or copy to an absolute path.</source>
        <translation>Définissez d&apos;abord WORKDIR ou copiez vers un chemin absolu.</translation>
    </message>
    <message>
        <source>useradd with a high UID and no -l</source>
        <translation>useradd avec un UID élevé et sans -l</translation>
    </message>
    <message>
        <source>useradd writes a sparse lastlog entry at the UID&apos;s offset; with a high UID the layer grows by gigabytes.</source>
        <translation>useradd écrit une entrée lastlog creuse à la position correspondant à l&apos;UID ; avec un UID élevé, la couche grossit de plusieurs gigaoctets.</translation>
    </message>
    <message>
        <source>Add -l (--no-log-init) to useradd.</source>
        <translation>Ajoutez -l (--no-log-init) à useradd.</translation>
    </message>
    <message>
        <source>wget without --progress</source>
        <translation>wget sans --progress</translation>
    </message>
    <message>
        <source>wget&apos;s default progress bar writes a line per chunk into the build log.</source>
        <translation>La barre de progression par défaut de wget écrit une ligne par bloc dans le journal de build.</translation>
    </message>
    <message>
        <source>Add --progress=dot:giga, or -q.</source>
        <translation>Ajoutez --progress=dot:giga, ou -q.</translation>
    </message>
    <message>
        <source>No HEALTHCHECK in the final image</source>
        <translation>Aucun HEALTHCHECK dans l&apos;image finale</translation>
    </message>
    <message>
        <source>Without a health check Docker only knows whether the process exists, not whether it works; hung services keep receiving traffic.</source>
        <translation>Sans contrôle de santé, Docker sait seulement si le processus existe, pas s&apos;il fonctionne ; les services bloqués continuent de recevoir du trafic.</translation>
    </message>
    <message>
        <source>Add HEALTHCHECK CMD &lt;command that exits 0 when healthy&gt;, or HEALTHCHECK NONE to say so explicitly.</source>
        <translation>Ajoutez HEALTHCHECK CMD &lt;commande qui renvoie 0 en cas de bon état&gt;, ou HEALTHCHECK NONE pour l&apos;indiquer explicitement.</translation>
    </message>
    <message>
        <source>Consecutive RUN instructions</source>
        <translation>Instructions RUN consécutives</translation>
    </message>
    <message>
        <source>Each RUN is a layer; clean-up in a later RUN does not shrink an earlier layer.</source>
        <translation>Chaque RUN est une couche ; un nettoyage dans un RUN ultérieur ne réduit pas une couche antérieure.</translation>
    </message>
    <message>
        <source>Join related RUN instructions with &amp;&amp;.</source>
        <translation>Regroupez les instructions RUN liées avec &amp;&amp;.</translation>
    </message>
    <message>
        <source>Instruction before the first FROM</source>
        <translation>Instruction avant le premier FROM</translation>
    </message>
    <message>
        <source>Only ARG (and parser directives and comments) may come before FROM; Docker rejects the file otherwise.</source>
        <translation>Seuls ARG (ainsi que les directives d&apos;analyseur et les commentaires) peuvent précéder FROM ; sinon, Docker rejette le fichier.</translation>
    </message>
    <message>
        <source>Start the Dockerfile with FROM, or ARG followed by FROM.</source>
        <translation>Commencez le Dockerfile par FROM, ou par ARG suivi de FROM.</translation>
    </message>
    <message>
        <source>Reserved stage name</source>
        <translation>Nom d&apos;étape réservé</translation>
    </message>
    <message>
        <source>&apos;scratch&apos; and &apos;context&apos; have a meaning of their own in FROM and COPY --from; a stage of that name is never used as intended.</source>
        <translation>&apos;scratch&apos; et &apos;context&apos; ont une signification propre dans FROM et COPY --from ; une étape portant ce nom n&apos;est jamais utilisée comme prévu.</translation>
    </message>
    <message>
        <source>Rename the stage.</source>
        <translation>Renommez l&apos;étape.</translation>
    </message>
    <message>
        <source>Redundant --platform=$TARGETPLATFORM</source>
        <translation>--platform=$TARGETPLATFORM redondant</translation>
    </message>
    <message>
        <source>Stages already build for the target platform; the flag only adds noise.</source>
        <translation>Les étapes sont déjà construites pour la plateforme cible ; l&apos;option ne fait qu&apos;ajouter du bruit.</translation>
    </message>
    <message>
        <source>Remove --platform=$TARGETPLATFORM from FROM.</source>
        <translation>Retirez --platform=$TARGETPLATFORM de FROM.</translation>
    </message>
    <message>
        <source>USER is a name, not a numeric UID</source>
        <translation>USER est un nom, pas un UID numérique</translation>
    </message>
    <message>
        <source>Runtimes that must verify a non-root user (Kubernetes runAsNonRoot) cannot resolve names and refuse to start the container.</source>
        <translation>Les environnements d&apos;exécution qui doivent vérifier que l&apos;utilisateur n&apos;est pas root (Kubernetes runAsNonRoot) ne peuvent pas résoudre les noms et refusent de démarrer le conteneur.</translation>
    </message>
    <message>
        <source>Use the numeric UID (and GID): USER 10001:10001.</source>
        <translation>Utilisez l&apos;UID (et le GID) numérique : USER 10001:10001.</translation>
    </message>
    <message>
        <source>COPY --from copies a whole stage filesystem</source>
        <translation>COPY --from copie tout le système de fichiers d&apos;une étape</translation>
    </message>
    <message>
        <source>Copying / from a build stage drags compilers, caches and any secrets of that stage into the final image, defeating the multi-stage build.</source>
        <translation>Copier / depuis une étape de build entraîne les compilateurs, les caches et les éventuels secrets de cette étape dans l&apos;image finale, ce qui annule l&apos;intérêt du build multi-étapes.</translation>
    </message>
    <message>
        <source>Copy only the artefacts you need: COPY --from=build /app/bin /app/bin.</source>
        <translation>Copiez uniquement les artefacts dont vous avez besoin : COPY --from=build /app/bin /app/bin.</translation>
    </message>
    <message>
        <source>MAINTAINER is deprecated</source>
        <translation>MAINTAINER est obsolète</translation>
    </message>
    <message>
        <source>MAINTAINER was replaced by labels; tools reading OCI annotations do not see it.</source>
        <translation>MAINTAINER a été remplacé par les labels ; les outils qui lisent les annotations OCI ne le voient pas.</translation>
    </message>
    <message>
        <source>Use LABEL org.opencontainers.image.authors=&quot;name &lt;mail&gt;&quot;.</source>
        <translation>Utilisez LABEL org.opencontainers.image.authors=&quot;name &lt;mail&gt;&quot;.</translation>
    </message>
    <message>
        <source>Both wget and curl are used</source>
        <translation>wget et curl sont tous deux utilisés</translation>
    </message>
    <message>
        <source>Two download tools mean two sets of TLS defaults and two packages to patch.</source>
        <translation>Deux outils de téléchargement signifient deux jeux de paramètres TLS par défaut et deux paquets à corriger.</translation>
    </message>
    <message>
        <source>Use one of them throughout.</source>
        <translation>Utilisez-en un seul partout.</translation>
    </message>
    <message>
        <source>More than one CMD in a stage</source>
        <translation>Plusieurs CMD dans une étape</translation>
    </message>
    <message>
        <source>Only the last CMD counts; earlier ones mislead the reader.</source>
        <translation>Seul le dernier CMD compte ; les précédents induisent le lecteur en erreur.</translation>
    </message>
    <message>
        <source>Keep one CMD per stage.</source>
        <translation>Ne conservez qu&apos;un CMD par étape.</translation>
    </message>
    <message>
        <source>More than one ENTRYPOINT in a stage</source>
        <translation>Plusieurs ENTRYPOINT dans une étape</translation>
    </message>
    <message>
        <source>Only the last ENTRYPOINT counts; earlier ones mislead the reader.</source>
        <translation>Seul le dernier ENTRYPOINT compte ; les précédents induisent le lecteur en erreur.</translation>
    </message>
    <message>
        <source>Keep one ENTRYPOINT per stage.</source>
        <translation>Ne conservez qu&apos;un ENTRYPOINT par étape.</translation>
    </message>
    <message>
        <source>RUN replaces /bin/sh instead of using SHELL</source>
        <translation>RUN remplace /bin/sh au lieu d&apos;utiliser SHELL</translation>
    </message>
    <message>
        <source>Linking another shell over /bin/sh changes it for every program in the image, not just for the build.</source>
        <translation>Lier un autre shell à la place de /bin/sh le modifie pour tous les programmes de l&apos;image, pas seulement pour le build.</translation>
    </message>
    <message>
        <source>Use SHELL [&quot;/bin/bash&quot;, &quot;-c&quot;] for the build&apos;s RUN instructions.</source>
        <translation>Utilisez SHELL [&quot;/bin/bash&quot;, &quot;-c&quot;] pour les instructions RUN du build.</translation>
    </message>
    <message>
        <source>RUN with a pipe and no pipefail</source>
        <translation>RUN avec un pipe et sans pipefail</translation>
    </message>
    <message>
        <source>A pipeline&apos;s status is its last command&apos;s: curl failing in curl ... | tar x goes unnoticed and the build continues with half a download.</source>
        <translation>Le statut d&apos;un pipeline est celui de sa dernière commande : un échec de curl dans curl ... | tar x passe inaperçu et le build continue avec un téléchargement à moitié terminé.</translation>
    </message>
    <message>
        <source>Set SHELL [&quot;/bin/bash&quot;, &quot;-o&quot;, &quot;pipefail&quot;, &quot;-c&quot;] before the RUN (or start the script with set -o pipefail).</source>
        <translation>Définissez SHELL [&quot;/bin/bash&quot;, &quot;-o&quot;, &quot;pipefail&quot;, &quot;-c&quot;] avant le RUN (ou commencez le script par set -o pipefail).</translation>
    </message>
    <message>
        <source>Invalid label key</source>
        <translation>Clé de label invalide</translation>
    </message>
    <message>
        <source>Label keys should be lower-case reverse-DNS names; Docker reserves com.docker.*, io.docker.* and org.dockerproject.*.</source>
        <translation>Les clés de label devraient être des noms DNS inversés en minuscules ; Docker réserve com.docker.*, io.docker.* et org.dockerproject.*.</translation>
    </message>
    <message>
        <source>Rename the label, e.g. org.opencontainers.image.source.</source>
        <translation>Renommez le label, par ex. org.opencontainers.image.source.</translation>
    </message>
    <message>
        <source>Required label missing</source>
        <translation>Label obligatoire manquant</translation>
    </message>
    <message>
        <source>Your label schema requires this label (ownership, source, licence) so images can be traced.</source>
        <translation>Votre schéma de labels exige ce label (propriété, source, licence) afin que les images puissent être tracées.</translation>
    </message>
    <message>
        <source>Add LABEL &lt;key&gt;=&quot;&lt;value&gt;&quot; to the final stage.</source>
        <translation>Ajoutez LABEL &lt;key&gt;=&quot;&lt;value&gt;&quot; à l&apos;étape finale.</translation>
    </message>
    <message>
        <source>Label outside the schema</source>
        <translation>Label hors du schéma</translation>
    </message>
    <message>
        <source>strict-labels is on and this label is not in the schema.</source>
        <translation>strict-labels est activé et ce label ne figure pas dans le schéma.</translation>
    </message>
    <message>
        <source>Remove the label or add it to label-schema.</source>
        <translation>Supprimez le label ou ajoutez-le à label-schema.</translation>
    </message>
    <message>
        <source>Label is empty</source>
        <translation>Le label est vide</translation>
    </message>
    <message>
        <source>A schema label with no value carries no information.</source>
        <translation>Un label du schéma sans valeur ne porte aucune information.</translation>
    </message>
    <message>
        <source>Give the label a value.</source>
        <translation>Donnez une valeur au label.</translation>
    </message>
    <message>
        <source>Label is not a URL</source>
        <translation>Le label n&apos;est pas une URL</translation>
    </message>
    <message>
        <source>The schema says this label holds a URL.</source>
        <translation>Selon le schéma, ce label contient une URL.</translation>
    </message>
    <message>
        <source>Use an absolute URL with scheme and host.</source>
        <translation>Utilisez une URL absolue avec schéma et hôte.</translation>
    </message>
    <message>
        <source>Label is not an RFC 3339 time</source>
        <translation>Le label n&apos;est pas une date-heure RFC 3339</translation>
    </message>
    <message>
        <source>The schema says this label holds a time stamp.</source>
        <translation>Selon le schéma, ce label contient un horodatage.</translation>
    </message>
    <message>
        <source>Use e.g. 2024-05-01T12:00:00Z.</source>
        <translation>Utilisez par ex. 2024-05-01T12:00:00Z.</translation>
    </message>
    <message>
        <source>Label is not an SPDX licence expression</source>
        <translation>Le label n&apos;est pas une expression de licence SPDX</translation>
    </message>
    <message>
        <source>The schema says this label holds a licence; tools read SPDX ids.</source>
        <translation>Selon le schéma, ce label contient une licence ; les outils lisent les identifiants SPDX.</translation>
    </message>
    <message>
        <source>Use an SPDX id or expression, e.g. Apache-2.0 OR MIT.</source>
        <translation>Utilisez un identifiant ou une expression SPDX, par ex. Apache-2.0 OR MIT.</translation>
    </message>
    <message>
        <source>Label is not a git hash</source>
        <translation>Le label n&apos;est pas un hachage git</translation>
    </message>
    <message>
        <source>The schema says this label holds a commit hash.</source>
        <translation>Selon le schéma, ce label contient un hachage de commit.</translation>
    </message>
    <message>
        <source>Use the full or abbreviated hex commit id.</source>
        <translation>Utilisez l&apos;identifiant de commit hexadécimal complet ou abrégé.</translation>
    </message>
    <message>
        <source>Label is not a semantic version</source>
        <translation>Le label n&apos;est pas une version sémantique</translation>
    </message>
    <message>
        <source>The schema says this label holds a semantic version.</source>
        <translation>Selon le schéma, ce label contient une version sémantique.</translation>
    </message>
    <message>
        <source>Use MAJOR.MINOR.PATCH, e.g. 1.4.2.</source>
        <translation>Utilisez MAJOR.MINOR.PATCH, par ex. 1.4.2.</translation>
    </message>
    <message>
        <source>Label is not an e-mail address</source>
        <translation>Le label n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>The schema says this label holds an e-mail address.</source>
        <translation>Selon le schéma, ce label contient une adresse e-mail.</translation>
    </message>
    <message>
        <source>Use name@example.org.</source>
        <translation>Utilisez name@example.org.</translation>
    </message>
    <message>
        <source>Dockerfile cannot be parsed</source>
        <translation>Impossible d&apos;analyser le Dockerfile</translation>
    </message>
    <message>
        <source>A line Docker would reject (or read differently from what it looks like) hides what the build really does; the other rules cannot judge what they cannot read.</source>
        <translation>Une ligne que Docker rejetterait (ou interpréterait autrement qu&apos;elle n&apos;en a l&apos;air) masque ce que fait réellement le build ; les autres règles ne peuvent pas évaluer ce qu&apos;elles ne peuvent pas lire.</translation>
    </message>
    <message>
        <source>Fix the syntax at the reported position: a known instruction with its arguments, balanced heredocs and a valid parser directive.</source>
        <translation>Corrigez la syntaxe à la position signalée : une instruction connue avec ses arguments, des heredocs équilibrés et une directive d&apos;analyseur valide.</translation>
    </message>
    <message>
        <source>apt-get dist-upgrade in a Dockerfile</source>
        <translation>apt-get dist-upgrade dans un Dockerfile</translation>
    </message>
    <message>
        <source>A dist-upgrade can move the image to a different release than the base tag says, so the image no longer matches what reviewers think it is.</source>
        <translation>Un dist-upgrade peut faire passer l&apos;image à une version de la distribution différente de celle qu&apos;indique le tag de base, si bien que l&apos;image ne correspond plus à ce que les relecteurs croient qu&apos;elle est.</translation>
    </message>
    <message>
        <source>Use a newer base image tag instead of dist-upgrade.</source>
        <translation>Utilisez un tag d&apos;image de base plus récent au lieu de dist-upgrade.</translation>
    </message>
    <message>
        <source>apt-get install without version pins</source>
        <translation>apt-get install sans versions figées</translation>
    </message>
    <message>
        <source>Unpinned packages make builds unreproducible: a rebuild silently picks up whatever the mirror serves that day.</source>
        <translation>Les paquets sans version figée rendent les builds non reproductibles : une reconstruction récupère silencieusement ce que le miroir sert ce jour-là.</translation>
    </message>
    <message>
        <source>Pin each package: apt-get install -y curl=7.88.1-10+deb12u5.</source>
        <translation>Figez chaque paquet : apt-get install -y curl=7.88.1-10+deb12u5.</translation>
    </message>
    <message>
        <source>apt-get lists not removed</source>
        <translation>Listes apt-get non supprimées</translation>
    </message>
    <message>
        <source>The package lists stay in the layer: tens of megabytes and stale metadata in every container.</source>
        <translation>Les listes de paquets restent dans la couche : des dizaines de mégaoctets et des métadonnées périmées dans chaque conteneur.</translation>
    </message>
    <message>
        <source>End the RUN with &amp;&amp; rm -rf /var/lib/apt/lists/*.</source>
        <translation>Terminez le RUN par &amp;&amp; rm -rf /var/lib/apt/lists/*.</translation>
    </message>
    <message>
        <source>pip install without version pins</source>
        <translation>pip install sans versions figées</translation>
    </message>
    <message>
        <source>Unpinned Python packages make builds unreproducible and let a hijacked release in on the next build.</source>
        <translation>Les paquets Python sans version figée rendent les builds non reproductibles et laissent entrer une version détournée au build suivant.</translation>
    </message>
    <message>
        <source>Pin versions (pip install requests==2.31.0) or install from a requirements file with pins and hashes.</source>
        <translation>Figez les versions (pip install requests==2.31.0) ou installez à partir d&apos;un fichier requirements avec versions figées et hachages.</translation>
    </message>
    <message>
        <source>apt-get install without -y</source>
        <translation>apt-get install sans -y</translation>
    </message>
    <message>
        <source>Without -y apt-get asks for confirmation and the build aborts.</source>
        <translation>Sans -y, apt-get demande une confirmation et le build s&apos;interrompt.</translation>
    </message>
    <message>
        <source>Add -y: apt-get install -y ...</source>
        <translation>Ajoutez -y : apt-get install -y ...</translation>
    </message>
    <message>
        <source>apt-get install without --no-install-recommends</source>
        <translation>apt-get install sans --no-install-recommends</translation>
    </message>
    <message>
        <source>Recommended packages are installed by default: more code, more CVEs, bigger image.</source>
        <translation>Les paquets recommandés sont installés par défaut : plus de code, plus de CVE, une image plus volumineuse.</translation>
    </message>
    <message>
        <source>Add --no-install-recommends to apt-get install.</source>
        <translation>Ajoutez --no-install-recommends à apt-get install.</translation>
    </message>
    <message>
        <source>npm install without version pins</source>
        <translation>npm install sans versions figées</translation>
    </message>
    <message>
        <source>npm install name takes the newest release; a compromised package version lands in the next build.</source>
        <translation>npm install name prend la version la plus récente ; une version compromise d&apos;un paquet arrive dans le build suivant.</translation>
    </message>
    <message>
        <source>Pin versions (npm install express@4.19.2) or use npm ci with a lock file.</source>
        <translation>Figez les versions (npm install express@4.19.2) ou utilisez npm ci avec un fichier de verrouillage.</translation>
    </message>
    <message>
        <source>apk add without version pins</source>
        <translation>apk add sans versions figées</translation>
    </message>
    <message>
        <source>Unpinned packages make builds unreproducible.</source>
        <translation>Les paquets sans version figée rendent les builds non reproductibles.</translation>
    </message>
    <message>
        <source>Pin each package: apk add --no-cache curl=8.5.0-r0.</source>
        <translation>Figez chaque paquet : apk add --no-cache curl=8.5.0-r0.</translation>
    </message>
    <message>
        <source>apk add without --no-cache</source>
        <translation>apk add sans --no-cache</translation>
    </message>
    <message>
        <source>The apk index stays in the layer.</source>
        <translation>L&apos;index apk reste dans la couche.</translation>
    </message>
    <message>
        <source>Use apk add --no-cache.</source>
        <translation>Utilisez apk add --no-cache.</translation>
    </message>
    <message>
        <source>apt used instead of apt-get</source>
        <translation>apt utilisé au lieu d&apos;apt-get</translation>
    </message>
    <message>
        <source>apt&apos;s command-line interface is not stable for scripts and warns so.</source>
        <translation>L&apos;interface en ligne de commande d&apos;apt n&apos;est pas stable pour les scripts, et apt l&apos;indique par un avertissement.</translation>
    </message>
    <message>
        <source>Use apt-get (or apt-cache).</source>
        <translation>Utilisez apt-get (ou apt-cache).</translation>
    </message>
    <message>
        <source>gem install without version pins</source>
        <translation>gem install sans versions figées</translation>
    </message>
    <message>
        <source>Unpinned gems make builds unreproducible.</source>
        <translation>Les gems sans version figée rendent les builds non reproductibles.</translation>
    </message>
    <message>
        <source>Pin versions: gem install rails:7.1.3 or gem install rails -v 7.1.3.</source>
        <translation>Figez les versions : gem install rails:7.1.3 ou gem install rails -v 7.1.3.</translation>
    </message>
    <message>
        <source>yum install without -y</source>
        <translation>yum install sans -y</translation>
    </message>
    <message>
        <source>Without -y yum asks for confirmation and the build aborts.</source>
        <translation>Sans -y, yum demande une confirmation et le build s&apos;interrompt.</translation>
    </message>
    <message>
        <source>Add -y: yum install -y ...</source>
        <translation>Ajoutez -y : yum install -y ...</translation>
    </message>
    <message>
        <source>yum cache not cleaned</source>
        <translation>Cache yum non nettoyé</translation>
    </message>
    <message>
        <source>The yum cache stays in the layer.</source>
        <translation>Le cache yum reste dans la couche.</translation>
    </message>
    <message>
        <source>End the RUN with &amp;&amp; yum clean all.</source>
        <translation>Terminez le RUN par &amp;&amp; yum clean all.</translation>
    </message>
    <message>
        <source>yum install without version pins</source>
        <translation>yum install sans versions figées</translation>
    </message>
    <message>
        <source>Pin versions: yum install -y httpd-2.4.57.</source>
        <translation>Figez les versions : yum install -y httpd-2.4.57.</translation>
    </message>
    <message>
        <source>zypper without non-interactive switch</source>
        <translation>zypper sans option non interactive</translation>
    </message>
    <message>
        <source>Without -n zypper asks for confirmation and the build aborts.</source>
        <translation>Sans -n, zypper demande une confirmation et le build s&apos;interrompt.</translation>
    </message>
    <message>
        <source>Use zypper -n install ... or zypper install -y ...</source>
        <translation>Utilisez zypper -n install ... ou zypper install -y ...</translation>
    </message>
    <message>
        <source>zypper dist-upgrade in a Dockerfile</source>
        <translation>zypper dist-upgrade dans un Dockerfile</translation>
    </message>
    <message>
        <source>A dist-upgrade changes the distribution release under the base tag.</source>
        <translation>Un dist-upgrade change la version de la distribution derrière le tag de base.</translation>
    </message>
    <message>
        <source>Use a newer base image tag instead.</source>
        <translation>Utilisez plutôt un tag d&apos;image de base plus récent.</translation>
    </message>
    <message>
        <source>zypper cache not cleaned</source>
        <translation>Cache zypper non nettoyé</translation>
    </message>
    <message>
        <source>The zypper cache stays in the layer.</source>
        <translation>Le cache zypper reste dans la couche.</translation>
    </message>
    <message>
        <source>End the RUN with &amp;&amp; zypper clean.</source>
        <translation>Terminez le RUN par &amp;&amp; zypper clean.</translation>
    </message>
    <message>
        <source>zypper install without version pins</source>
        <translation>zypper install sans versions figées</translation>
    </message>
    <message>
        <source>Pin versions: zypper install -y httpd=2.4.57.</source>
        <translation>Figez les versions : zypper install -y httpd=2.4.57.</translation>
    </message>
    <message>
        <source>dnf install without -y</source>
        <translation>dnf install sans -y</translation>
    </message>
    <message>
        <source>Without -y dnf asks for confirmation and the build aborts.</source>
        <translation>Sans -y, dnf demande une confirmation et le build s&apos;interrompt.</translation>
    </message>
    <message>
        <source>Add -y: dnf install -y ...</source>
        <translation>Ajoutez -y : dnf install -y ...</translation>
    </message>
    <message>
        <source>dnf cache not cleaned</source>
        <translation>Cache dnf non nettoyé</translation>
    </message>
    <message>
        <source>The dnf cache stays in the layer.</source>
        <translation>Le cache dnf reste dans la couche.</translation>
    </message>
    <message>
        <source>End the RUN with &amp;&amp; dnf clean all.</source>
        <translation>Terminez le RUN par &amp;&amp; dnf clean all.</translation>
    </message>
    <message>
        <source>dnf install without version pins</source>
        <translation>dnf install sans versions figées</translation>
    </message>
    <message>
        <source>Pin versions: dnf install -y httpd-2.4.57.</source>
        <translation>Figez les versions : dnf install -y httpd-2.4.57.</translation>
    </message>
    <message>
        <source>pip install keeps its cache</source>
        <translation>pip install conserve son cache</translation>
    </message>
    <message>
        <source>pip&apos;s download cache stays in the layer.</source>
        <translation>Le cache de téléchargement de pip reste dans la couche.</translation>
    </message>
    <message>
        <source>Add --no-cache-dir, or set ENV PIP_NO_CACHE_DIR=1.</source>
        <translation>Ajoutez --no-cache-dir, ou définissez ENV PIP_NO_CACHE_DIR=1.</translation>
    </message>
    <message>
        <source>yarn cache not cleaned</source>
        <translation>Cache yarn non nettoyé</translation>
    </message>
    <message>
        <source>yarn&apos;s cache stays in the layer.</source>
        <translation>Le cache de yarn reste dans la couche.</translation>
    </message>
    <message>
        <source>End the RUN with &amp;&amp; yarn cache clean.</source>
        <translation>Terminez le RUN par &amp;&amp; yarn cache clean.</translation>
    </message>
    <message>
        <source>go install without a version</source>
        <translation>go install sans version</translation>
    </message>
    <message>
        <source>go install without @version (or with @latest) takes whatever is newest.</source>
        <translation>go install sans @version (ou avec @latest) prend la version la plus récente, quelle qu&apos;elle soit.</translation>
    </message>
    <message>
        <source>Use go install example.com/tool@v1.2.3.</source>
        <translation>Utilisez go install example.com/tool@v1.2.3.</translation>
    </message>
    <message>
        <source>Final stage sets no USER (runs as root)</source>
        <translation>L&apos;étape finale ne définit aucun USER (exécution en root)</translation>
    </message>
    <message>
        <source>With no USER the container&apos;s process is root. Any code execution bug then runs as root inside the container, one kernel or runtime flaw away from the host.</source>
        <translation>Sans USER, le processus du conteneur est root. Tout bogue d&apos;exécution de code s&apos;exécute alors en root dans le conteneur, et il ne manque qu&apos;une faille du noyau ou de l&apos;environnement d&apos;exécution pour atteindre l&apos;hôte.</translation>
    </message>
    <message>
        <source>Create a user and switch to it at the end of the final stage: RUN useradd -r -u 10001 app, then USER 10001:10001.</source>
        <translation>Créez un utilisateur et basculez vers celui-ci à la fin de l&apos;étape finale : RUN useradd -r -u 10001 app, puis USER 10001:10001.</translation>
    </message>
    <message>
        <source>ENV/ARG/LABEL value looks like a credential</source>
        <translation>La valeur ENV/ARG/LABEL ressemble à des informations d&apos;identification</translation>
    </message>
    <message>
        <source>Values of ENV, ARG and LABEL are stored in the image configuration and history; anyone who can pull the image can read them.</source>
        <translation>Les valeurs ENV, ARG et LABEL sont stockées dans la configuration et l&apos;historique de l&apos;image ; quiconque peut récupérer l&apos;image peut les lire.</translation>
    </message>
    <message>
        <source>Remove the value, rotate the credential, and pass it at build time with RUN --mount=type=secret or at run time from a secret store.</source>
        <translation>Supprimez la valeur, renouvelez les informations d&apos;identification et transmettez-les au moment du build avec RUN --mount=type=secret ou à l&apos;exécution depuis un gestionnaire de secrets.</translation>
    </message>
    <message>
        <source>Sensitive file copied into the image</source>
        <translation>Fichier sensible copié dans l&apos;image</translation>
    </message>
    <message>
        <source>Private keys, .env files, cloud and registry credentials or a .git folder in a layer stay there even if a later step deletes them.</source>
        <translation>Les clés privées, les fichiers .env, les informations d&apos;identification cloud et de registre ou un dossier .git présents dans une couche y restent même si une étape ultérieure les supprime.</translation>
    </message>
    <message>
        <source>Do not copy the file; mount it for the one RUN that needs it with RUN --mount=type=secret, and exclude it in .dockerignore.</source>
        <translation>Ne copiez pas le fichier ; montez-le pour le seul RUN qui en a besoin avec RUN --mount=type=secret, et excluez-le dans .dockerignore.</translation>
    </message>
    <message>
        <source>Build toolchain in a single-stage image</source>
        <translation>Chaîne d&apos;outils de build dans une image à étape unique</translation>
    </message>
    <message>
        <source>Compilers and build tools in the shipped image give an attacker ready-made tools and add code that needs patching.</source>
        <translation>Les compilateurs et outils de build présents dans l&apos;image livrée fournissent à un attaquant des outils prêts à l&apos;emploi et ajoutent du code qui doit recevoir des correctifs.</translation>
    </message>
    <message>
        <source>Use a multi-stage build: compile in FROM ... AS build, then COPY --from=build only the artefacts into a minimal final stage.</source>
        <translation>Utilisez un build multi-étapes : compilez dans FROM ... AS build, puis ne copiez que les artefacts avec COPY --from=build dans une étape finale minimale.</translation>
    </message>
    <message>
        <source>Final image uses a full-size base</source>
        <translation>L&apos;image finale utilise une base complète</translation>
    </message>
    <message>
        <source>Every package in the base is attack surface and CVE noise; slim, alpine and distroless bases ship a fraction of it.</source>
        <translation>Chaque paquet de la base est une surface d&apos;attaque et du bruit de CVE ; les bases slim, alpine et distroless n&apos;en embarquent qu&apos;une fraction.</translation>
    </message>
    <message>
        <source>Base the final stage on a minimal image (e.g. python:3.12-slim, gcr.io/distroless/static-debian12).</source>
        <translation>Basez l&apos;étape finale sur une image minimale (par ex. python:3.12-slim, gcr.io/distroless/static-debian12).</translation>
    </message>
    <message>
        <source>Base image not pinned by digest</source>
        <translation>Image de base non figée par digest</translation>
    </message>
    <message>
        <source>Tags can be moved by whoever controls the repository; a digest names exactly one image.</source>
        <translation>Les tags peuvent être déplacés par quiconque contrôle le dépôt ; un digest désigne exactement une image.</translation>
    </message>
    <message>
        <source>Pin the digest: FROM python:3.12-slim@sha256:&lt;digest&gt; (docker buildx imagetools inspect shows it), and let a bot update it.</source>
        <translation>Figez le digest : FROM python:3.12-slim@sha256:&lt;digest&gt; (docker buildx imagetools inspect l&apos;affiche), et laissez un bot le mettre à jour.</translation>
    </message>
    <message>
        <source>An SSH server in a container is a second way in with its own credentials to manage; docker exec already gives operators a shell.</source>
        <translation>Un serveur SSH dans un conteneur est une seconde porte d&apos;entrée, avec ses propres informations d&apos;identification à gérer ; docker exec donne déjà un shell aux opérateurs.</translation>
    </message>
    <message>
        <source>Remove EXPOSE 22 and the SSH server; use docker exec for maintenance.</source>
        <translation>Supprimez EXPOSE 22 et le serveur SSH ; utilisez docker exec pour la maintenance.</translation>
    </message>
    <message>
        <source>Download piped into a shell</source>
        <translation>Téléchargement redirigé vers un shell</translation>
    </message>
    <message>
        <source>curl | sh runs whatever the server (or anyone in the middle) sends, with no checksum and no record of what ran.</source>
        <translation>curl | sh exécute tout ce qu&apos;envoie le serveur (ou toute personne interposée), sans somme de contrôle ni trace de ce qui a été exécuté.</translation>
    </message>
    <message>
        <source>Download to a file, verify its checksum or signature (sha256sum -c), then run it; or use ADD --checksum=sha256:...</source>
        <translation>Téléchargez dans un fichier, vérifiez sa somme de contrôle ou sa signature (sha256sum -c), puis exécutez-le ; ou utilisez ADD --checksum=sha256:...</translation>
    </message>
    <message>
        <source>World-writable permissions (chmod 777)</source>
        <translation>Permissions en écriture pour tous (chmod 777)</translation>
    </message>
    <message>
        <source>Files every user can write let any process in the container replace code or configuration that others execute.</source>
        <translation>Des fichiers modifiables par tous les utilisateurs permettent à n&apos;importe quel processus du conteneur de remplacer du code ou une configuration que d&apos;autres exécutent.</translation>
    </message>
    <message>
        <source>Give ownership to the user that needs it (chown app) and use 755/644, or 1777 for shared temp folders.</source>
        <translation>Attribuez la propriété à l&apos;utilisateur qui en a besoin (chown app) et utilisez 755/644, ou 1777 pour les dossiers temporaires partagés.</translation>
    </message>
    <message>
        <source>Build secret passed without RUN --mount=type=secret</source>
        <translation>Secret de build transmis sans RUN --mount=type=secret</translation>
    </message>
    <message>
        <source>Build arguments and ENV values used by RUN are recorded in the image history and may be written into layers; BuildKit secret mounts are not.</source>
        <translation>Les arguments de build et les valeurs ENV utilisés par RUN sont enregistrés dans l&apos;historique de l&apos;image et peuvent être écrits dans des couches ; ce n&apos;est pas le cas des montages de secrets BuildKit.</translation>
    </message>
    <message>
        <source>Pass the secret with docker build --secret id=name and read it in RUN --mount=type=secret,id=name from /run/secrets/name.</source>
        <translation>Transmettez le secret avec docker build --secret id=name et lisez-le dans RUN --mount=type=secret,id=name depuis /run/secrets/name.</translation>
    </message>
    <message>
        <source>TLS certificate verification turned off</source>
        <translation>Vérification des certificats TLS désactivée</translation>
    </message>
    <message>
        <source>Without certificate checks any network position can swap the downloaded code or packages.</source>
        <translation>Sans vérification des certificats, quiconque se trouve sur le chemin réseau peut substituer le code ou les paquets téléchargés.</translation>
    </message>
    <message>
        <source>Remove -k/--insecure, --no-check-certificate, --trusted-host, sslVerify=false and install the CA certificate you need instead.</source>
        <translation>Supprimez -k/--insecure, --no-check-certificate, --trusted-host, sslVerify=false et installez plutôt le certificat CA dont vous avez besoin.</translation>
    </message>
    <message>
        <source>Packages installed without signature checks</source>
        <translation>Paquets installés sans vérification de signature</translation>
    </message>
    <message>
        <source>Package signatures are what stops a tampered mirror; turning them off installs whatever is served.</source>
        <translation>Ce sont les signatures des paquets qui bloquent un miroir altéré ; les désactiver revient à installer tout ce qui est servi.</translation>
    </message>
    <message>
        <source>Remove --allow-unauthenticated / --allow-untrusted / --nogpgcheck and import the repository key instead.</source>
        <translation>Supprimez --allow-unauthenticated / --allow-untrusted / --nogpgcheck et importez plutôt la clé du dépôt.</translation>
    </message>
    <message>
        <source>Secret in ENV or ARG</source>
        <translation>Secret dans ENV ou ARG</translation>
    </message>
    <message>
        <source>ENV values live in the image config and every container&apos;s environment; ARG values are kept in the build history. Both are readable by anyone with the image.</source>
        <translation>Les valeurs ENV résident dans la configuration de l&apos;image et dans l&apos;environnement de chaque conteneur ; les valeurs ARG sont conservées dans l&apos;historique de build. Les deux sont lisibles par quiconque dispose de l&apos;image.</translation>
    </message>
    <message>
        <source>Remove the variable; use RUN --mount=type=secret for build-time secrets and a secret store or mounted file (*_FILE) at run time.</source>
        <translation>Supprimez la variable ; utilisez RUN --mount=type=secret pour les secrets de build et, à l&apos;exécution, un gestionnaire de secrets ou un fichier monté (*_FILE).</translation>
    </message>
    <message>
        <source>A credential in an image (ENV, build ARG in the history, or a file in any layer) or in a container&apos;s environment can be read by anyone who can pull the image or inspect the container. Layers are immutable: deleting the file later does not remove it, and the value stays valid until it is revoked.</source>
        <translation>Des informations d&apos;identification présentes dans une image (ENV, ARG de build dans l&apos;historique ou fichier dans une couche quelconque) ou dans l&apos;environnement d&apos;un conteneur peuvent être lues par quiconque peut récupérer l&apos;image ou inspecter le conteneur. Les couches sont immuables : supprimer le fichier ultérieurement ne l&apos;en retire pas, et la valeur reste valide jusqu&apos;à sa révocation.</translation>
    </message>
    <message>
        <source>Revoke and rotate the credential first. Then pass it at run time instead: a Docker secret (a tmpfs file under /run/secrets/&lt;name&gt;), your orchestrator&apos;s secret store, or for builds `RUN --mount=type=secret,id=&lt;name&gt;` (BuildKit). Never put secrets in ENV, ARG, LABEL or COPY.</source>
        <translation>Révoquez et renouvelez d&apos;abord les informations d&apos;identification. Transmettez-les ensuite plutôt à l&apos;exécution : un secret Docker (un fichier tmpfs sous /run/secrets/&lt;name&gt;), le gestionnaire de secrets de votre orchestrateur ou, pour les builds, `RUN --mount=type=secret,id=&lt;name&gt;` (BuildKit). Ne placez jamais de secrets dans ENV, ARG, LABEL ou COPY.</translation>
    </message>
    <message>
        <source>Rotating the credential and changing how the application reads it.</source>
        <translation>Renouveler les informations d&apos;identification et modifier la façon dont l&apos;application les lit.</translation>
    </message>
    <message>
        <source>AWS access key ID</source>
        <translation>ID de clé d&apos;accès AWS</translation>
    </message>
    <message>
        <source>AWS secret access key</source>
        <translation>Clé d&apos;accès secrète AWS</translation>
    </message>
    <message>
        <source>Google Cloud service-account key</source>
        <translation>Clé de compte de service Google Cloud</translation>
    </message>
    <message>
        <source>Google API key</source>
        <translation>Clé API Google</translation>
    </message>
    <message>
        <source>Google OAuth client secret</source>
        <translation>Secret client OAuth Google</translation>
    </message>
    <message>
        <source>Google OAuth access token</source>
        <translation>Jeton d&apos;accès OAuth Google</translation>
    </message>
    <message>
        <source>Azure storage account key</source>
        <translation>Clé de compte de stockage Azure</translation>
    </message>
    <message>
        <source>Azure connection string with a shared access key</source>
        <translation>Chaîne de connexion Azure avec une clé d&apos;accès partagé</translation>
    </message>
    <message>
        <source>Azure shared access signature (SAS) token</source>
        <translation>Jeton de signature d&apos;accès partagé (SAS) Azure</translation>
    </message>
    <message>
        <source>Azure AD (Entra ID) client secret</source>
        <translation>Secret client Azure AD (Entra ID)</translation>
    </message>
    <message>
        <source>Azure DevOps personal access token</source>
        <translation>Jeton d&apos;accès personnel Azure DevOps</translation>
    </message>
    <message>
        <source>Alibaba Cloud AccessKey ID</source>
        <translation>ID AccessKey Alibaba Cloud</translation>
    </message>
    <message>
        <source>DigitalOcean personal access token</source>
        <translation>Jeton d&apos;accès personnel DigitalOcean</translation>
    </message>
    <message>
        <source>DigitalOcean OAuth token</source>
        <translation>Jeton OAuth DigitalOcean</translation>
    </message>
    <message>
        <source>Heroku API key</source>
        <translation>Clé API Heroku</translation>
    </message>
    <message>
        <source>Heroku platform token</source>
        <translation>Jeton de plateforme Heroku</translation>
    </message>
    <message>
        <source>GitHub personal access token (classic)</source>
        <translation>Jeton d&apos;accès personnel GitHub (classique)</translation>
    </message>
    <message>
        <source>GitHub fine-grained personal access token</source>
        <translation>Jeton d&apos;accès personnel GitHub à granularité fine</translation>
    </message>
    <message>
        <source>GitHub OAuth access token</source>
        <translation>Jeton d&apos;accès OAuth GitHub</translation>
    </message>
    <message>
        <source>GitHub App token</source>
        <translation>Jeton GitHub App</translation>
    </message>
    <message>
        <source>GitHub refresh token</source>
        <translation>Jeton d&apos;actualisation GitHub</translation>
    </message>
    <message>
        <source>GitLab personal access token</source>
        <translation>Jeton d&apos;accès personnel GitLab</translation>
    </message>
    <message>
        <source>GitLab pipeline trigger token</source>
        <translation>Jeton de déclenchement de pipeline GitLab</translation>
    </message>
    <message>
        <source>GitLab runner registration or authentication token</source>
        <translation>Jeton d&apos;enregistrement ou d&apos;authentification de runner GitLab</translation>
    </message>
    <message>
        <source>GitLab deploy token</source>
        <translation>Jeton de déploiement GitLab</translation>
    </message>
    <message>
        <source>Atlassian API token</source>
        <translation>Jeton API Atlassian</translation>
    </message>
    <message>
        <source>Slack bot token</source>
        <translation>Jeton de bot Slack</translation>
    </message>
    <message>
        <source>Slack user or workspace token</source>
        <translation>Jeton utilisateur ou d&apos;espace de travail Slack</translation>
    </message>
    <message>
        <source>Slack app-level token</source>
        <translation>Jeton de niveau application Slack</translation>
    </message>
    <message>
        <source>Slack incoming webhook URL</source>
        <translation>URL de webhook entrant Slack</translation>
    </message>
    <message>
        <source>Discord webhook URL</source>
        <translation>URL de webhook Discord</translation>
    </message>
    <message>
        <source>Microsoft Teams incoming webhook URL</source>
        <translation>URL de webhook entrant Microsoft Teams</translation>
    </message>
    <message>
        <source>Telegram bot token</source>
        <translation>Jeton de bot Telegram</translation>
    </message>
    <message>
        <source>Twilio API key</source>
        <translation>Clé API Twilio</translation>
    </message>
    <message>
        <source>SendGrid API key</source>
        <translation>Clé API SendGrid</translation>
    </message>
    <message>
        <source>Mailgun API key</source>
        <translation>Clé API Mailgun</translation>
    </message>
    <message>
        <source>Mailchimp API key</source>
        <translation>Clé API Mailchimp</translation>
    </message>
    <message>
        <source>Stripe live secret key</source>
        <translation>Clé secrète Stripe en mode production</translation>
    </message>
    <message>
        <source>Stripe live restricted key</source>
        <translation>Clé restreinte Stripe en mode production</translation>
    </message>
    <message>
        <source>Stripe test secret key</source>
        <translation>Clé secrète Stripe en mode test</translation>
    </message>
    <message>
        <source>Shopify access token</source>
        <translation>Jeton d&apos;accès Shopify</translation>
    </message>
    <message>
        <source>Shopify shared secret</source>
        <translation>Secret partagé Shopify</translation>
    </message>
    <message>
        <source>Square access token or OAuth secret</source>
        <translation>Jeton d&apos;accès ou secret OAuth Square</translation>
    </message>
    <message>
        <source>RSA private key (PEM)</source>
        <translation>Clé privée RSA (PEM)</translation>
    </message>
    <message>
        <source>EC private key (PEM)</source>
        <translation>Clé privée EC (PEM)</translation>
    </message>
    <message>
        <source>DSA private key (PEM)</source>
        <translation>Clé privée DSA (PEM)</translation>
    </message>
    <message>
        <source>OpenSSH private key</source>
        <translation>Clé privée OpenSSH</translation>
    </message>
    <message>
        <source>PKCS #8 private key (PEM)</source>
        <translation>Clé privée PKCS #8 (PEM)</translation>
    </message>
    <message>
        <source>PGP private key block</source>
        <translation>Bloc de clé privée PGP</translation>
    </message>
    <message>
        <source>PuTTY private key</source>
        <translation>Clé privée PuTTY</translation>
    </message>
    <message>
        <source>age encryption secret key</source>
        <translation>Clé secrète de chiffrement age</translation>
    </message>
    <message>
        <source>JSON Web Token</source>
        <translation>JSON Web Token</translation>
    </message>
    <message>
        <source>Kubernetes client key in a kubeconfig</source>
        <translation>Clé client Kubernetes dans un kubeconfig</translation>
    </message>
    <message>
        <source>Kubernetes bearer token in a kubeconfig</source>
        <translation>Jeton bearer Kubernetes dans un kubeconfig</translation>
    </message>
    <message>
        <source>HashiCorp Vault service token</source>
        <translation>Jeton de service HashiCorp Vault</translation>
    </message>
    <message>
        <source>HashiCorp Vault batch token</source>
        <translation>Jeton batch HashiCorp Vault</translation>
    </message>
    <message>
        <source>HashiCorp Vault legacy token</source>
        <translation>Jeton HashiCorp Vault à l&apos;ancien format</translation>
    </message>
    <message>
        <source>Terraform Cloud / Enterprise API token</source>
        <translation>Jeton API Terraform Cloud / Enterprise</translation>
    </message>
    <message>
        <source>Pulumi access token</source>
        <translation>Jeton d&apos;accès Pulumi</translation>
    </message>
    <message>
        <source>Doppler token</source>
        <translation>Jeton Doppler</translation>
    </message>
    <message>
        <source>npm access token</source>
        <translation>Jeton d&apos;accès npm</translation>
    </message>
    <message>
        <source>npm registry auth token in .npmrc</source>
        <translation>Jeton d&apos;authentification du registre npm dans .npmrc</translation>
    </message>
    <message>
        <source>PyPI upload token</source>
        <translation>Jeton de téléversement PyPI</translation>
    </message>
    <message>
        <source>Docker Hub access token</source>
        <translation>Jeton d&apos;accès Docker Hub</translation>
    </message>
    <message>
        <source>Registry credentials in a Docker config.json (auths)</source>
        <translation>Informations d&apos;identification de registre dans un config.json Docker (auths)</translation>
    </message>
    <message>
        <source>RubyGems API key</source>
        <translation>Clé API RubyGems</translation>
    </message>
    <message>
        <source>NuGet API key</source>
        <translation>Clé API NuGet</translation>
    </message>
    <message>
        <source>JFrog Artifactory API key or reference token</source>
        <translation>Clé API ou jeton de référence JFrog Artifactory</translation>
    </message>
    <message>
        <source>OpenAI API key</source>
        <translation>Clé API OpenAI</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Clé API Anthropic</translation>
    </message>
    <message>
        <source>Hugging Face access token</source>
        <translation>Jeton d&apos;accès Hugging Face</translation>
    </message>
    <message>
        <source>Groq API key</source>
        <translation>Clé API Groq</translation>
    </message>
    <message>
        <source>Perplexity API key</source>
        <translation>Clé API Perplexity</translation>
    </message>
    <message>
        <source>Replicate API token</source>
        <translation>Jeton API Replicate</translation>
    </message>
    <message>
        <source>xAI API key</source>
        <translation>Clé API xAI</translation>
    </message>
    <message>
        <source>Cohere or Mistral API key</source>
        <translation>Clé API Cohere ou Mistral</translation>
    </message>
    <message>
        <source>LangSmith API key</source>
        <translation>Clé API LangSmith</translation>
    </message>
    <message>
        <source>Datadog API or application key</source>
        <translation>Clé API ou d&apos;application Datadog</translation>
    </message>
    <message>
        <source>New Relic user API key</source>
        <translation>Clé API utilisateur New Relic</translation>
    </message>
    <message>
        <source>Sentry auth token</source>
        <translation>Jeton d&apos;authentification Sentry</translation>
    </message>
    <message>
        <source>Grafana token</source>
        <translation>Jeton Grafana</translation>
    </message>
    <message>
        <source>Linear API key</source>
        <translation>Clé API Linear</translation>
    </message>
    <message>
        <source>Postman API key</source>
        <translation>Clé API Postman</translation>
    </message>
    <message>
        <source>Databricks access token</source>
        <translation>Jeton d&apos;accès Databricks</translation>
    </message>
    <message>
        <source>Supabase or PlanetScale token</source>
        <translation>Jeton Supabase ou PlanetScale</translation>
    </message>
    <message>
        <source>Dynatrace API token</source>
        <translation>Jeton API Dynatrace</translation>
    </message>
    <message>
        <source>Figma personal access token</source>
        <translation>Jeton d&apos;accès personnel Figma</translation>
    </message>
    <message>
        <source>Database connection URI with a password</source>
        <translation>URI de connexion à une base de données avec mot de passe</translation>
    </message>
    <message>
        <source>Password in a URL (basic authentication)</source>
        <translation>Mot de passe dans une URL (authentification de base)</translation>
    </message>
    <message>
        <source>Password in a .netrc entry</source>
        <translation>Mot de passe dans une entrée .netrc</translation>
    </message>
    <message>
        <source>Password assignment</source>
        <translation>Affectation d&apos;un mot de passe</translation>
    </message>
    <message>
        <source>Secret, token or API key assignment</source>
        <translation>Affectation d&apos;un secret, d&apos;un jeton ou d&apos;une clé API</translation>
    </message>
    <message>
        <source>Credential file in the image or container</source>
        <translation>Fichier d&apos;informations d&apos;identification dans l&apos;image ou le conteneur</translation>
    </message>
    <message>
        <source>Files such as id_rsa, .env, .npmrc, .docker/config.json, .aws/credentials, .git-credentials, .pgpass, .netrc, *.pem/*.key and kubeconfigs usually hold credentials. Anyone who can pull the image or read the container&apos;s filesystem gets them.</source>
        <translation>Des fichiers tels que id_rsa, .env, .npmrc, .docker/config.json, .aws/credentials, .git-credentials, .pgpass, .netrc, *.pem/*.key et les kubeconfigs contiennent généralement des informations d&apos;identification. Quiconque peut récupérer l&apos;image ou lire le système de fichiers du conteneur les obtient.</translation>
    </message>
    <message>
        <source>Remove the file from the build context (.dockerignore) and from the image; mount it at run time as a Docker secret under /run/secrets, or use `RUN --mount=type=secret` for builds. Rotate what it held.</source>
        <translation>Retirez le fichier du contexte de build (.dockerignore) et de l&apos;image ; montez-le à l&apos;exécution en tant que secret Docker sous /run/secrets, ou utilisez `RUN --mount=type=secret` pour les builds. Renouvelez ce qu&apos;il contenait.</translation>
    </message>
    <message>
        <source>Secret deleted in a later layer but still in the image</source>
        <translation>Secret supprimé dans une couche ultérieure mais toujours présent dans l&apos;image</translation>
    </message>
    <message>
        <source>A later `RUN rm` only adds a whiteout entry: the file stays in the earlier layer, and `docker save` or any registry pull hands it out unchanged.</source>
        <translation>Un `RUN rm` ultérieur ajoute seulement une entrée whiteout : le fichier reste dans la couche antérieure, et `docker save` ou toute récupération depuis un registre le fournit tel quel.</translation>
    </message>
    <message>
        <source>Rebuild without ever copying the secret into a layer (multi-stage build, or `RUN --mount=type=secret`), then rotate the secret: it has already shipped.</source>
        <translation>Reconstruisez sans jamais copier le secret dans une couche (build multi-étapes ou `RUN --mount=type=secret`), puis renouvelez le secret : il a déjà été diffusé.</translation>
    </message>
    <message>
        <source>Unexpected setuid or setgid file in the image</source>
        <translation>Fichier setuid ou setgid inattendu dans l&apos;image</translation>
    </message>
    <message>
        <source>A setuid or setgid program runs with its owner&apos;s (usually root&apos;s) rights whoever starts it, so a bug in it or a planted copy of a shell turns any user in the container into root. Besides the distribution&apos;s login and network tools (su, passwd, mount, ping ...), images should carry none. Checked when the layers are read (`bulkhead-cli scan --layers`).</source>
        <translation>Un programme setuid ou setgid s&apos;exécute avec les droits de son propriétaire (généralement root), quel que soit l&apos;utilisateur qui le lance ; un bogue dans ce programme ou une copie de shell implantée transforme donc tout utilisateur du conteneur en root. Hormis les outils de connexion et réseau de la distribution (su, passwd, mount, ping ...), les images ne devraient en contenir aucun. Vérifié lors de la lecture des couches (`bulkhead-cli scan --layers`).</translation>
    </message>
    <message>
        <source>Remove the special bits in the Dockerfile: `RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} +` (keep only what the application needs), and run containers with `--security-opt no-new-privileges`.</source>
        <translation>Supprimez les bits spéciaux dans le Dockerfile : `RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} +` (ne conservez que ce dont l&apos;application a besoin), et exécutez les conteneurs avec `--security-opt no-new-privileges`.</translation>
    </message>
    <message>
        <source>A program that really needs the bits (rare in containers) must be kept and justified.</source>
        <translation>Un programme qui a réellement besoin de ces bits (rare dans les conteneurs) doit être conservé et justifié.</translation>
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
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ConnectionBar</name>
    <message>
        <source>&amp;Docker host:</source>
        <translation>Hôte &amp;Docker :</translation>
    </message>
    <message>
        <source>Docker host</source>
        <translation>Hôte Docker</translation>
    </message>
    <message>
        <source>unix:///var/run/docker.sock, tcp://host:2376, ssh://user@host, or a docker context</source>
        <translation>unix:///var/run/docker.sock, tcp://host:2376, ssh://user@host ou un contexte docker</translation>
    </message>
    <message>
        <source>TLS…</source>
        <translation>TLS…</translation>
    </message>
    <message>
        <source>TLS settings</source>
        <translation>Paramètres TLS</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>%1 (recent)</source>
        <translation>%1 (récent)</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>saisi</translation>
    </message>
    <message>
        <source>TLS off: traffic and the daemon are unprotected</source>
        <translation>TLS désactivé : le trafic et le démon ne sont pas protégés</translation>
    </message>
    <message>
        <source>TLS without verification</source>
        <translation>TLS sans vérification</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ContainerRiskView</name>
    <message>
        <source>Risk score</source>
        <translation>Score de risque</translation>
    </message>
    <message>
        <source>Copy hardened docker run</source>
        <translation>Copier le docker run durci</translation>
    </message>
    <message>
        <source>Copy the hardened docker run command</source>
        <translation>Copier la commande docker run durcie</translation>
    </message>
    <message>
        <source>Copy compose snippet</source>
        <translation>Copier l’extrait compose</translation>
    </message>
    <message>
        <source>Copy the hardened compose snippet</source>
        <translation>Copier l’extrait compose durci</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Why this score</source>
        <translation>Pourquoi ce score</translation>
    </message>
    <message>
        <source>Findings by category</source>
        <translation>Constats par catégorie</translation>
    </message>
    <message>
        <source>Hardened configuration</source>
        <translation>Configuration durcie</translation>
    </message>
    <message>
        <source>Inspect JSON, secrets masked</source>
        <translation>JSON d’inspection, secrets masqués</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Inspect JSON</source>
        <translation>JSON d’inspection</translation>
    </message>
    <message>
        <source>Hardened docker run command copied.</source>
        <translation>Commande docker run durcie copiée.</translation>
    </message>
    <message>
        <source>Compose snippet copied.</source>
        <translation>Extrait compose copié.</translation>
    </message>
    <message>
        <source>(no inspect data)</source>
        <translation>(aucune donnée d’inspection)</translation>
    </message>
    <message>
        <source>Container removed</source>
        <translation>Conteneur supprimé</translation>
    </message>
    <message>
        <source>No container selected</source>
        <translation>Aucun conteneur sélectionné</translation>
    </message>
    <message>
        <source>Pick a container in the Containers view.</source>
        <translation>Choisissez un conteneur dans la vue Conteneurs.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Risk score %1 of 100, grade %2</source>
        <translation>Score de risque %1 sur 100, note %2</translation>
    </message>
    <message>
        <source># docker run with the fixes applied
%1

# docker compose service with the fixes applied
%2</source>
        <translation># docker run avec les corrections appliquées
%1

# service docker compose avec les corrections appliquées
%2</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <source>Export a report of this container</source>
        <translation>Exporter un rapport sur ce conteneur</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ContainerTableModel</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>privileged</source>
        <translation>privilégié</translation>
    </message>
    <message>
        <source>Risk score %1 of 100, grade %2</source>
        <translation>Score de risque %1 sur 100, note %2</translation>
    </message>
    <message>
        <source>risk score %1, grade %2</source>
        <translation>score de risque %1, note %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Published ports</source>
        <translation>Ports publiés</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Privileged</source>
        <translation>Privilégié</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ContainersView</name>
    <message>
        <source>Search name, image, id, port, user…</source>
        <translation>Rechercher nom, image, id, port, utilisateur…</translation>
    </message>
    <message>
        <source>Search containers</source>
        <translation>Rechercher des conteneurs</translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation>Filtre de gravité</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Toute gravité</translation>
    </message>
    <message>
        <source>%1 or worse</source>
        <translation>%1 ou pire</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Filtre d’état</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Arrêtés</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Rule id</source>
        <translation>Id de règle</translation>
    </message>
    <message>
        <source>Rule filter</source>
        <translation>Filtre de règle</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Number of containers shown</source>
        <translation>Nombre de conteneurs affichés</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Gravité : %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Catégorie : %1</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::DashboardView</name>
    <message>
        <source>Host posture grade</source>
        <translation>Note de posture de l’hôte</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Findings by severity</source>
        <translation>Constats par gravité</translation>
    </message>
    <message>
        <source>Riskiest containers</source>
        <translation>Conteneurs les plus risqués</translation>
    </message>
    <message>
        <source>Findings by category</source>
        <translation>Constats par catégorie</translation>
    </message>
    <message>
        <source>Host posture: %1 of 100</source>
        <translation>Posture de l’hôte : %1 sur 100</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Docker %2 (API %3) on %4 · %5 containers (%6 running) · %7 images</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Docker %2 (API %3) sur %4 · %5 conteneurs (%6 en cours) · %7 images</translation>
    </message>
    <message>
        <source>Critical %1 · High %2 · Medium %3 · Low %4 · Info %5</source>
        <translation>Critique %1 · Élevée %2 · Moyenne %3 · Faible %4 · Info %5</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted risk(s) not counted</source>
        <translation>
            <numerusform>%n risque accepté non compté</numerusform>
            <numerusform>%n risques acceptés non comptés</numerusform>
        </translation>
    </message>
    <message>
        <source>Partial results: the collection did not complete.</source>
        <translation>Résultats partiels : la collecte ne s’est pas terminée.</translation>
    </message>
    <message>
        <source>Not connected. Connect to a Docker host or open a snapshot.</source>
        <translation>Non connecté. Connectez-vous à un hôte Docker ou ouvrez un instantané.</translation>
    </message>
    <message>
        <source>Risk score</source>
        <translation>Score de risque</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::DockerfileEditor</name>
    <message>
        <source>Dockerfile editor</source>
        <translation>Éditeur de Dockerfile</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::EventWatcher</name>
    <message>
        <source>The daemon refused /events (HTTP %1).</source>
        <translation>Le démon a refusé /events (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ExportDialog</name>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Rapport HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Rapport PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>Rapport JSON (*.json)</translation>
    </message>
    <message>
        <source>SARIF 2.1.0 (*.sarif)</source>
        <translation>SARIF 2.1.0 (*.sarif)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Report format</source>
        <translation>Format du rapport</translation>
    </message>
    <message>
        <source>HTML — self-contained page for people</source>
        <translation>HTML — page autonome, à lire</translation>
    </message>
    <message>
        <source>PDF — paginated, to hand over</source>
        <translation>PDF — paginé, à transmettre</translation>
    </message>
    <message>
        <source>JSON — versioned schema, for scripts</source>
        <translation>JSON — schéma versionné, pour les scripts</translation>
    </message>
    <message>
        <source>SARIF 2.1.0 — code scanning tools</source>
        <translation>SARIF 2.1.0 — outils d’analyse de code</translation>
    </message>
    <message>
        <source>&amp;All containers</source>
        <translation>&amp;Tous les conteneurs</translation>
    </message>
    <message>
        <source>&amp;Selected containers</source>
        <translation>Conteneurs &amp;sélectionnés</translation>
    </message>
    <message>
        <source>&amp;One container</source>
        <translation>&amp;Un conteneur</translation>
    </message>
    <message>
        <source>Containers to include</source>
        <translation>Conteneurs à inclure</translation>
    </message>
    <message>
        <source>Container to report</source>
        <translation>Conteneur du rapport</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Daemon and host findings are always included.</source>
        <translation>Les constats sur le démon et l’hôte sont toujours inclus.</translation>
    </message>
    <message>
        <source>Bulkhead security report</source>
        <translation>Rapport de sécurité Bulkhead</translation>
    </message>
    <message>
        <source>Report title</source>
        <translation>Titre du rapport</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Fichier de sortie</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation>Choisir le fichier de sortie</translation>
    </message>
    <message>
        <source>Open the report when done</source>
        <translation>Ouvrir le rapport une fois terminé</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l’export</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l’export</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Enregistrer sous :</translation>
    </message>
    <message numerus="yes">
        <source>Include the Dockerfile lint of %1 (%n finding(s))</source>
        <translation>
            <numerusform>Inclure l’analyse du Dockerfile %1 (%n constat)</numerusform>
            <numerusform>Inclure l’analyse du Dockerfile %1 (%n constats)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Include the layer scans (%n finding(s))</source>
        <translation>
            <numerusform>Inclure l’analyse des couches (%n constat)</numerusform>
            <numerusform>Inclure l’analyse des couches (%n constats)</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Choose a file to save the report to.</source>
        <translation>Choisissez un fichier pour enregistrer le rapport.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 est un dossier ; indiquez un nom de fichier.</translation>
    </message>
    <message>
        <source>Tick at least one container, or choose another scope.</source>
        <translation>Cochez au moins un conteneur, ou choisissez une autre portée.</translation>
    </message>
    <message>
        <source>Choose the container to report.</source>
        <translation>Choisissez le conteneur du rapport.</translation>
    </message>
    <message>
        <source>There is no scan to export yet.</source>
        <translation>Il n’y a pas encore d’analyse à exporter.</translation>
    </message>
    <message>
        <source>%1 was written, but no program could open it.</source>
        <translation>%1 a été écrit, mais aucun programme n’a pu l’ouvrir.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
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
        <translation>Aussi connu sous : %1</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c’est important</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Comment corriger</translation>
    </message>
    <message>
        <source>What fixing costs</source>
        <translation>Ce que coûte la correction</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation>Détails du constat</translation>
    </message>
    <message>
        <source>Select a finding to see its evidence, why it matters and how to fix it.</source>
        <translation>Sélectionnez un constat pour voir sa preuve, son importance et sa correction.</translation>
    </message>
    <message>
        <source>Accepted risk: %1</source>
        <translation>Risque accepté : %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Couche %1</translation>
    </message>
    <message>
        <source>Confidence %1%</source>
        <translation>Confiance %1 %</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Suggested change</source>
        <translation>Modification suggérée</translation>
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
        <translation>%1 [accepté : %2]</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 severity: %2</source>
        <translation>gravité %1 : %2</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::HostView</name>
    <message>
        <source>Daemon and host facts</source>
        <translation>Faits sur le démon et l’hôte</translation>
    </message>
    <message>
        <source>Daemon and host findings</source>
        <translation>Constats sur le démon et l’hôte</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point d’accès</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>%1 (API %2, minimum %3)</source>
        <translation>%1 (API %2, minimum %3)</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d’exploitation</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Noyau</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Storage driver</source>
        <translation>Pilote de stockage</translation>
    </message>
    <message>
        <source>Root directory</source>
        <translation>Répertoire racine</translation>
    </message>
    <message>
        <source>Security options</source>
        <translation>Options de sécurité</translation>
    </message>
    <message>
        <source>Live restore</source>
        <translation>Live restore</translation>
    </message>
    <message>
        <source>CPUs / memory</source>
        <translation>CPU / mémoire</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>Socket mode</source>
        <translation>Droits du socket</translation>
    </message>
    <message>
        <source>docker group members</source>
        <translation>Membres du groupe docker</translation>
    </message>
    <message>
        <source>Host facts</source>
        <translation>Faits sur l’hôte</translation>
    </message>
    <message>
        <source>not read (the endpoint is not on this machine)</source>
        <translation>non lus (le point d’accès n’est pas sur cette machine)</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collecté</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ImageTableModel</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
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
        <translation>Taille</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ImagesView</name>
    <message>
        <source>Search images…</source>
        <translation>Rechercher des images…</translation>
    </message>
    <message>
        <source>Search images</source>
        <translation>Rechercher des images</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Image configuration</source>
        <translation>Configuration de l’image</translation>
    </message>
    <message>
        <source>Image history and layers</source>
        <translation>Historique et couches de l’image</translation>
    </message>
    <message>
        <source>Image findings</source>
        <translation>Constats de l’image</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>History and layers</source>
        <translation>Historique et couches</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
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
        <translation>Empreintes</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>root (default)</source>
        <translation>root (par défaut)</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>Point d’entrée</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Répertoire de travail</translation>
    </message>
    <message>
        <source>Exposed ports</source>
        <translation>Ports exposés</translation>
    </message>
    <message>
        <source>Healthcheck</source>
        <translation>Healthcheck</translation>
    </message>
    <message>
        <source>none declared</source>
        <translation>aucun déclaré</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Environment (values masked)</source>
        <translation>Environnement (valeurs masquées)</translation>
    </message>
    <message>
        <source>(deleted but still in the image)</source>
        <translation>(supprimé mais toujours dans l’image)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>No history recorded for this image.</source>
        <translation>Aucun historique enregistré pour cette image.</translation>
    </message>
    <message>
        <source>Scan &amp;layers</source>
        <translation>Analyser les &amp;couches</translation>
    </message>
    <message>
        <source>Scan the layers of the selected image for secrets</source>
        <translation>Rechercher des secrets dans les couches de l’image sélectionnée</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the layer scan</source>
        <translation>Annuler l’analyse des couches</translation>
    </message>
    <message>
        <source>Layer scan progress</source>
        <translation>Progression de l’analyse des couches</translation>
    </message>
    <message>
        <source>Layer scan status</source>
        <translation>État de l’analyse des couches</translation>
    </message>
    <message>
        <source>Secrets and files found in the image layers</source>
        <translation>Secrets et fichiers trouvés dans les couches de l’image</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>Still in the image</source>
        <translation>Encore dans l’image</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Secrets in layers</source>
        <translation>Secrets dans les couches</translation>
    </message>
    <message>
        <source>%v/%m layers</source>
        <translation>%v/%m couches</translation>
    </message>
    <message>
        <source>Reading the image: %1</source>
        <translation>Lecture de l’image : %1</translation>
    </message>
    <message>
        <source>Layer scan cancelled.</source>
        <translation>Analyse des couches annulée.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in the layers</source>
        <translation>
            <numerusform>%n constat dans les couches</numerusform>
            <numerusform>%n constats dans les couches</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanning the layers of %1…</source>
        <translation>Analyse des couches de %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Reads the image from the daemon (GET only) and scans every layer for secrets, deleted files included</source>
        <translation>Lit l’image depuis le démon (GET uniquement) et cherche des secrets dans chaque couche, fichiers supprimés compris</translation>
    </message>
    <message>
        <source>Layer scans read the image from the daemon: connect to a Docker host (a snapshot holds no layers)</source>
        <translation>L’analyse des couches lit l’image depuis le démon : connectez-vous à un hôte Docker (un instantané ne contient pas de couches)</translation>
    </message>
    <message>
        <source>Layers not scanned yet.</source>
        <translation>Couches pas encore analysées.</translation>
    </message>
    <message>
        <source>deleted but still in the image</source>
        <translation>supprimé mais encore dans l’image</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in %1 layer(s)</source>
        <translation>
            <numerusform>%n constat dans %1 couche(s)</numerusform>
            <numerusform>%n constats dans %1 couche(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n deleted in a later layer but still in the image</source>
        <translation>
            <numerusform>; %n supprimé dans une couche ultérieure mais encore dans l’image</numerusform>
            <numerusform>; %n supprimés dans une couche ultérieure mais encore dans l’image</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n setuid/setgid file(s)</source>
        <translation>
            <numerusform>; %n fichier setuid/setgid</numerusform>
            <numerusform>; %n fichiers setuid/setgid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n layer(s) from the cache)</source>
        <translation>
            <numerusform> (%n couche depuis le cache)</numerusform>
            <numerusform> (%n couches depuis le cache)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::LayerScanJob</name>
    <message>
        <source>Layer scan cancelled.</source>
        <translation>Analyse des couches annulée.</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::LintView</name>
    <message>
        <source>Open a Dockerfile or a build-context folder (File menu), drop one here, or type.</source>
        <translation>Ouvrez un Dockerfile ou un dossier de contexte de build (menu Fichier), déposez-le ici ou tapez.</translation>
    </message>
    <message>
        <source>Dockerfile findings</source>
        <translation>Constats du Dockerfile</translation>
    </message>
    <message>
        <source>No Dockerfile in %1.</source>
        <translation>Aucun Dockerfile dans %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 (build context %2)</source>
        <translation>%1 (contexte de build %2)</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::MainWindow</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>DEMO — you are looking at the bundled demo snapshot (fixture data with fake secrets), not at a real host. Connect to a Docker host or open a snapshot from the File menu.</source>
        <translation>DÉMO — vous regardez l’instantané de démonstration fourni (données de test avec de faux secrets), pas un vrai hôte. Connectez-vous à un hôte Docker ou ouvrez un instantané depuis le menu Fichier.</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Mode démo</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <source>Container risk</source>
        <translation>Risque du conteneur</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Host and daemon</source>
        <translation>Hôte et démon</translation>
    </message>
    <message>
        <source>Dockerfile lint</source>
        <translation>Analyse de Dockerfile</translation>
    </message>
    <message>
        <source>Rule catalogue</source>
        <translation>Catalogue des règles</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Live updates</source>
        <translation>Mises à jour en direct</translation>
    </message>
    <message>
        <source>● live</source>
        <translation>● en direct</translation>
    </message>
    <message>
        <source>Following Docker events: changes appear without a reload</source>
        <translation>Suivi des événements Docker : les changements apparaissent sans rechargement</translation>
    </message>
    <message>
        <source>Live updates stopped: %1</source>
        <translation>Mises à jour en direct arrêtées : %1</translation>
    </message>
    <message>
        <source>Container %1: %2</source>
        <translation>Conteneur %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Dockerfile linted: %n finding(s)</source>
        <translation>
            <numerusform>Dockerfile analysé : %n constat</numerusform>
            <numerusform>Dockerfile analysé : %n constats</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open snapshot…</source>
        <translation>&amp;Ouvrir un instantané…</translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation>Ouvrir un instantané</translation>
    </message>
    <message>
        <source>Bulkhead snapshots (*.json);;All files (*)</source>
        <translation>Instantanés Bulkhead (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Save snapshot…</source>
        <translation>&amp;Enregistrer l’instantané…</translation>
    </message>
    <message>
        <source>Save snapshot</source>
        <translation>Enregistrer l’instantané</translation>
    </message>
    <message>
        <source>Bulkhead snapshots (*.json)</source>
        <translation>Instantanés Bulkhead (*.json)</translation>
    </message>
    <message>
        <source>Snapshot saved (readable by you only): %1</source>
        <translation>Instantané enregistré (lisible par vous seul) : %1</translation>
    </message>
    <message>
        <source>Open &amp;demo snapshot</source>
        <translation>Ouvrir l’instantané de &amp;démo</translation>
    </message>
    <message>
        <source>Lint a &amp;Dockerfile…</source>
        <translation>Analyser un &amp;Dockerfile…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Lint a Dockerfile</source>
        <translation>Analyser un Dockerfile</translation>
    </message>
    <message>
        <source>Lint a build &amp;context folder…</source>
        <translation>Analyser un dossier de &amp;contexte de build…</translation>
    </message>
    <message>
        <source>Lint a build context</source>
        <translation>Analyser un contexte de build</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Reconnect and rescan</source>
        <translation>&amp;Reconnecter et réanalyser</translation>
    </message>
    <message>
        <source>&amp;Find container</source>
        <translation>&amp;Trouver un conteneur</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Bulkhead</source>
        <translation>À &amp;propos de Bulkhead</translation>
    </message>
    <message>
        <source>About Bulkhead</source>
        <translation>À propos de Bulkhead</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bulkhead %1&lt;/h3&gt;&lt;p&gt;A read-only security dashboard for Docker: it only ever sends GET and HEAD requests to the Engine.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bulkhead %1&lt;/h3&gt;&lt;p&gt;Un tableau de bord de sécurité en lecture seule pour Docker : il n’envoie au moteur que des requêtes GET et HEAD.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>La nouvelle langue s’applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connect without TLS?</source>
        <translation>Se connecter sans TLS ?</translation>
    </message>
    <message>
        <source>%1 is a remote daemon without TLS. Anyone on the network path can read the traffic and take over the daemon.

Connect anyway?</source>
        <translation>%1 est un démon distant sans TLS. Toute personne sur le chemin réseau peut lire le trafic et prendre le contrôle du démon.

Se connecter quand même ?</translation>
    </message>
    <message>
        <source>Docker %1 · API %2 · %3</source>
        <translation>Docker %1 · API %2 · %3</translation>
    </message>
    <message>
        <source>Snapshot of %1, taken %2</source>
        <translation>Instantané de %1, pris le %2</translation>
    </message>
    <message numerus="yes">
        <source>Partial results: %n problem(s) while collecting.</source>
        <translation>
            <numerusform>Résultats partiels : %n problème pendant la collecte.</numerusform>
            <numerusform>Résultats partiels : %n problèmes pendant la collecte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scan complete: %n container(s).</source>
        <translation>
            <numerusform>Analyse terminée : %n conteneur.</numerusform>
            <numerusform>Analyse terminée : %n conteneurs.</numerusform>
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
        <translation>[DÉMO] %1</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Report written (readable by you only): %1</source>
        <translation>Rapport écrit (lisible par vous seul) : %1</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Review decision not saved: %1</source>
        <translation>Décision de revue non enregistrée : %1</translation>
    </message>
    <message>
        <source>Open &amp;review…</source>
        <translation>Ouvrir une &amp;revue…</translation>
    </message>
    <message>
        <source>Open review</source>
        <translation>Ouvrir une revue</translation>
    </message>
    <message>
        <source>Bulkhead reviews (*.json);;All files (*)</source>
        <translation>Revues Bulkhead (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Review opened: %n decision(s); every change is saved to it at once</source>
        <translation>
            <numerusform>Revue ouverte : %n décision ; chaque modification y est enregistrée aussitôt</numerusform>
            <numerusform>Revue ouverte : %n décisions ; chaque modification y est enregistrée aussitôt</numerusform>
        </translation>
    </message>
    <message>
        <source>Save review &amp;as…</source>
        <translation>Enregistrer la revue &amp;sous…</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Enregistrer la revue</translation>
    </message>
    <message>
        <source>Bulkhead reviews (*.json)</source>
        <translation>Revues Bulkhead (*.json)</translation>
    </message>
    <message>
        <source>Review saved (readable by you only): %1</source>
        <translation>Revue enregistrée (lisible par vous seul) : %1</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ReportExportJob</name>
    <message>
        <source>No output file chosen.</source>
        <translation>Aucun fichier de sortie choisi.</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Construction du rapport…</translation>
    </message>
    <message>
        <source>No container in the scan matches the chosen scope.</source>
        <translation>Aucun conteneur de l’analyse ne correspond à la portée choisie.</translation>
    </message>
    <message>
        <source>Choose other containers, or export all of them.</source>
        <translation>Choisissez d’autres conteneurs, ou exportez-les tous.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture du %1…</translation>
    </message>
    <message>
        <source>Saving the file…</source>
        <translation>Enregistrement du fichier…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message numerus="yes">
        <source>Report written: %1 (%n finding(s)).</source>
        <translation>
            <numerusform>Rapport écrit : %1 (%n constat).</numerusform>
            <numerusform>Rapport écrit : %1 (%n constats).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ReviewPanel</name>
    <message>
        <source>Review decision</source>
        <translation>Décision de revue</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Non revu</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Note de revue</translation>
    </message>
    <message>
        <source>Why: the reviewer&apos;s note, saved with the decision</source>
        <translation>Pourquoi : la note du relecteur, enregistrée avec la décision</translation>
    </message>
    <message>
        <source>&amp;Previous finding</source>
        <translation>Constat &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Next finding</source>
        <translation>Constat &amp;suivant</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Décision :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Accepted risk</source>
        <translation>Risque accepté</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Faux positif</translation>
    </message>
    <message>
        <source>Will fix</source>
        <translation>Sera corrigé</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>Decided by %1 on %2</source>
        <translation>Décidé par %1 le %2</translation>
    </message>
    <message>
        <source>Decided by %1</source>
        <translation>Décidé par %1</translation>
    </message>
    <message>
        <source>Not saved to %1</source>
        <translation>Non enregistré dans %1</translation>
    </message>
    <message>
        <source>Not saved: File &gt; Save review as…</source>
        <translation>Non enregistré : Fichier &gt; Enregistrer la revue sous…</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::RuleCatalogModel</name>
    <message>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Daemon</source>
        <translation>Démon</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S’applique à</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::RulesView</name>
    <message>
        <source>Search rules by id, title, alias (e.g. DL3002, CIS)…</source>
        <translation>Rechercher des règles par id, titre, alias (p. ex. DL3002, CIS)…</translation>
    </message>
    <message>
        <source>Search rules</source>
        <translation>Rechercher des règles</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n règle</numerusform>
            <numerusform>%n règles</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule catalogue</source>
        <translation>Catalogue des règles</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ScanController</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Unreadable snapshot.</source>
        <translation>Instantané illisible.</translation>
    </message>
    <message>
        <source>The demo snapshot is missing from this build.</source>
        <translation>L’instantané de démo manque dans cette version.</translation>
    </message>
    <message>
        <source>Demo snapshot</source>
        <translation>Instantané de démo</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Opening the demo snapshot…</source>
        <translation>Ouverture de l’instantané de démo…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::ScanData</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>root (default)</source>
        <translation>root (par défaut)</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>La nouvelle langue s’applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>Recent hosts</source>
        <translation>Hôtes récents</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected recent hosts</source>
        <translation>Retirer les hôtes récents sélectionnés</translation>
    </message>
    <message>
        <source>C&amp;lear all</source>
        <translation>&amp;Tout effacer</translation>
    </message>
    <message>
        <source>Clear the recent hosts</source>
        <translation>Effacer les hôtes récents</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Recent &amp;hosts:</source>
        <translation>&amp;Hôtes récents :</translation>
    </message>
</context>
<context>
    <name>bulkhead::ui::TlsDialog</name>
    <message>
        <source>TLS settings</source>
        <translation>Paramètres TLS</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation>Utiliser TLS</translation>
    </message>
    <message>
        <source>Verify the daemon&apos;s certificate and host name</source>
        <translation>Vérifier le certificat et le nom d’hôte du démon</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Fichier du certificat CA</translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation>Fichier du certificat client</translation>
    </message>
    <message>
        <source>Client key file</source>
        <translation>Fichier de la clé client</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>Certificat CA :</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>Choisir le certificat CA</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Certificat client :</translation>
    </message>
    <message>
        <source>Choose the client certificate</source>
        <translation>Choisir le certificat client</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>Clé client :</translation>
    </message>
    <message>
        <source>Choose the client key</source>
        <translation>Choisir la clé client</translation>
    </message>
</context>
</TS>
