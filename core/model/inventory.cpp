// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/inventory.h"

namespace bulkhead::model {

QString Image::displayName() const
{
    for (const QString& t : repoTags) {
        // "<none>:<none>" is how the Engine says "untagged".
        if (!t.isEmpty() && t != QLatin1String("<none>:<none>")) {
            return t;
        }
    }
    QString s = id;
    if (s.startsWith(QLatin1String("sha256:"))) {
        s = s.mid(7);
    }
    return s.left(12);
}

bool DaemonInfo::hasSecurityOption(QStringView option) const
{
    // Entries look like "name=seccomp,profile=default" (API >= 1.26) or a bare "seccomp" (older daemons).
    for (const QString& opt : securityOptions) {
        for (QStringView part : QStringView(opt).split(u',')) {
            part = part.trimmed();
            if (part == option || (part.startsWith(u"name=") && part.mid(5) == option)) {
                return true;
            }
        }
    }
    return false;
}

const Image* Inventory::imageById(QStringView id) const
{
    if (id.isEmpty()) {
        return nullptr;
    }
    for (const Image& img : images) {
        if (img.id == id) {
            return &img;
        }
    }
    // Accept a short or unprefixed id.
    const QStringView bare = id.startsWith(u"sha256:") ? id.mid(7) : id;
    for (const Image& img : images) {
        const QStringView imgBare =
            QStringView(img.id).startsWith(u"sha256:") ? QStringView(img.id).mid(7) : QStringView(img.id);
        if (imgBare.startsWith(bare)) {
            return &img;
        }
    }
    return nullptr;
}

} // namespace bulkhead::model
