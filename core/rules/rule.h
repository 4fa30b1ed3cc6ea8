// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the rules library: a rule is its metadata (model::RuleInfo) plus one pure check, kept together in a
// family file (privilegerules.cpp, mountrules.cpp, ...). Families are registered explicitly in engine.cpp.

#include "core/model/finding.h"
#include "core/model/inventory.h"
#include "core/rules/scan.h"

#include <QCoreApplication>

#include <span>

namespace bulkhead::rules {

// What a check may look at besides its target. Everything is read-only; checks do no I/O.
struct Context
{
    const model::Inventory& inventory;
    const ScanOptions& options;
    const model::Image* image = nullptr; // the container's image, when it is in the inventory
};

// Builds findings for one rule on one target, so checks only say what is specific to the instance.
class Emitter
{
public:
    Emitter(
        const model::RuleInfo& info, model::TargetKind kind, QString targetId, QString targetName, model::Findings* out)
        : m_info(info), m_kind(kind), m_targetId(std::move(targetId)), m_targetName(std::move(targetName)), m_out(out)
    {}

    // message: this instance, translated; field: inspect path; evidence: the field and its (redacted) value.
    model::Finding& add(const QString& message, const QString& field, const QString& evidence);
    model::Finding&
    add(model::Severity severity, const QString& message, const QString& field, const QString& evidence);
    int count() const { return m_count; }

private:
    const model::RuleInfo& m_info;
    model::TargetKind m_kind;
    QString m_targetId;
    QString m_targetName;
    model::Findings* m_out;
    int m_count = 0;
};

using ContainerCheck = void (*)(const Context&, const model::Container&, Emitter&);
using ImageCheck = void (*)(const Context&, const model::Image&, Emitter&);
using HostCheck = void (*)(const Context&, Emitter&); // daemon and host rules

struct Rule
{
    model::RuleInfo info;
    ContainerCheck container = nullptr;
    ImageCheck image = nullptr;
    HostCheck host = nullptr;
};

// The families (one file each).
std::span<const Rule> privilegeRules(); // CTR-001..019
std::span<const Rule> mountRules();     // CTR-020..029
std::span<const Rule> limitRules();     // CTR-030..039
std::span<const Rule> networkRules();   // CTR-040..049
std::span<const Rule> imageRules();     // IMG-
std::span<const Rule> daemonRules();    // DMN-
std::span<const Rule> hostRules();      // HST-

// Every rule with a check in this library, in id order.
std::span<const Rule> inventoryRules();

// Small shared helpers for checks.
inline QString rtr(const char* text)
{
    return QCoreApplication::translate("Rules", text);
}
QString jsonList(const QStringList& items); // ["a", "b"]
bool isRootUser(const QString& user);       // "", "0", "root", "0:0", "root:staff"
bool daemonRemapsUsers(const model::Inventory& inv);

} // namespace bulkhead::rules
