// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/connectionbar.h"

#include "ui/style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace bulkhead::ui {

namespace {
constexpr int kContextRole = Qt::UserRole + 1; // context name when the entry is a docker context
constexpr int kUrlRole = Qt::UserRole + 2;

QWidget* fileRow(QLineEdit* edit, const QString& title, QWidget* parent)
{
    auto* w = new QWidget(parent);
    auto* l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    auto* browse = new QToolButton(w);
    browse->setText(QStringLiteral("…"));
    browse->setAccessibleName(title);
    l->addWidget(edit, 1);
    l->addWidget(browse);
    QObject::connect(browse, &QToolButton::clicked, w, [edit, title, w] {
        const QString f = QFileDialog::getOpenFileName(w, title, edit->text());
        if (!f.isEmpty())
            edit->setText(f);
    });
    return w;
}
} // namespace

TlsDialog::TlsDialog(const engine::TlsConfig& tls, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("TLS settings"));
    m_enabled = new QCheckBox(tr("Use TLS"), this);
    m_enabled->setChecked(tls.enabled);
    m_verify = new QCheckBox(tr("Verify the daemon's certificate and host name"), this);
    m_verify->setChecked(tls.verify);
    m_ca = new QLineEdit(tls.caFile, this);
    m_ca->setAccessibleName(tr("CA certificate file"));
    m_cert = new QLineEdit(tls.certFile, this);
    m_cert->setAccessibleName(tr("Client certificate file"));
    m_key = new QLineEdit(tls.keyFile, this);
    m_key->setAccessibleName(tr("Client key file"));
    auto* form = new QFormLayout(this);
    form->addRow(m_enabled);
    form->addRow(m_verify);
    form->addRow(tr("CA certificate:"), fileRow(m_ca, tr("Choose the CA certificate"), this));
    form->addRow(tr("Client certificate:"), fileRow(m_cert, tr("Choose the client certificate"), this));
    form->addRow(tr("Client key:"), fileRow(m_key, tr("Choose the client key"), this));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

engine::TlsConfig TlsDialog::tls() const
{
    engine::TlsConfig t;
    t.enabled = m_enabled->isChecked();
    t.verify = m_verify->isChecked();
    t.caFile = m_ca->text().trimmed();
    t.certFile = m_cert->text().trimmed();
    t.keyFile = m_key->text().trimmed();
    return t;
}

ConnectionBar::ConnectionBar(QWidget* parent) : QWidget(parent)
{
    auto* label = new QLabel(tr("&Docker host:"), this);
    m_combo = new QComboBox(this);
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setMinimumContentsLength(36);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setAccessibleName(tr("Docker host"));
    m_combo->setToolTip(tr("unix:///var/run/docker.sock, tcp://host:2376, ssh://user@host, or a docker context"));
    label->setBuddy(m_combo);
    m_tlsButton = new QPushButton(appIcon(QStringLiteral("lock")), tr("TLS…"), this);
    m_tlsButton->setAccessibleName(tr("TLS settings"));
    m_connect = new QPushButton(appIcon(QStringLiteral("connect")), tr("Connect"), this);
    m_connect->setDefault(true);
    m_warning = new QLabel(this);
    m_warning->setVisible(false);
    const QColor warn = severityColor(model::Severity::High);
    m_warning->setStyleSheet(
        QStringLiteral("QLabel { background-color: %1; color: %2; padding: 2px 6px; border-radius: 4px; }")
            .arg(warn.name(), textOn(warn).name()));
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText); // daemon versions and error messages: never markup
    m_status->setAccessibleName(tr("Connection status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(label);
    layout->addWidget(m_combo, 2);
    layout->addWidget(m_tlsButton);
    layout->addWidget(m_connect);
    layout->addWidget(m_warning);
    layout->addWidget(m_status, 1);

    connect(m_connect, &QPushButton::clicked, this, &ConnectionBar::connectRequested);
    connect(m_combo->lineEdit(), &QLineEdit::returnPressed, this, &ConnectionBar::connectRequested);
    connect(m_combo, &QComboBox::currentTextChanged, this, &ConnectionBar::updateWarning);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this](int i) {
        // Show the URL in the box: the label ("prod — tcp://…") is for the list only.
        const QString url = m_combo->itemData(i, kUrlRole).toString();
        if (!url.isEmpty() && m_combo->lineEdit())
            m_combo->lineEdit()->setText(url);
    });
    connect(m_tlsButton, &QPushButton::clicked, this, [this] {
        TlsDialog dialog(m_tls, this);
        if (dialog.exec() == QDialog::Accepted) {
            m_tls = dialog.tls();
            updateWarning();
        }
    });
    updateWarning();
}

void ConnectionBar::setCandidates(const std::vector<engine::EndpointCandidate>& found, const QStringList& recent)
{
    const QString current = url();
    QSignalBlocker block(m_combo);
    m_combo->clear();
    int currentIndex = -1;
    for (const auto& c : found) {
        QString label = c.name == c.url || c.name.isEmpty() ? c.url : QStringLiteral("%1 — %2").arg(c.name, c.url);
        if (!c.error.isEmpty())
            label += QStringLiteral(" (%1)").arg(c.error);
        m_combo->addItem(label);
        const int i = m_combo->count() - 1;
        m_combo->setItemData(i, c.url, kUrlRole);
        if (c.source.contains(QLatin1String("context")) && !c.name.isEmpty())
            m_combo->setItemData(i, c.name, kContextRole);
        m_combo->setItemData(i, QStringLiteral("%1\n%2").arg(c.source, c.description), Qt::ToolTipRole);
        if (c.current)
            currentIndex = i;
    }
    for (const QString& r : recent) {
        if (m_combo->findData(r, kUrlRole) >= 0)
            continue;
        m_combo->addItem(tr("%1 (recent)").arg(r));
        m_combo->setItemData(m_combo->count() - 1, r, kUrlRole);
    }
    if (!current.isEmpty())
        m_combo->setEditText(current);
    else if (currentIndex >= 0)
        m_combo->setEditText(m_combo->itemData(currentIndex, kUrlRole).toString());
    updateWarning();
}

void ConnectionBar::setUrl(const QString& url)
{
    m_combo->setEditText(url);
    updateWarning();
}

QString ConnectionBar::url() const
{
    return m_combo->currentText().trimmed();
}

void ConnectionBar::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    if (error) {
        const QColor bad = severityColor(model::Severity::Critical);
        m_status->setStyleSheet(
            QStringLiteral("QLabel { color: %1; }").arg(isDarkPalette() ? QStringLiteral("#ff8a80") : bad.name()));
    } else {
        m_status->setStyleSheet({});
    }
}

util::Result<engine::Endpoint> ConnectionBar::endpoint() const
{
    const QString text = url();
    // A context picked from the list resolves like `docker --context NAME` (its TLS files included).
    const int i = m_combo->findData(text, kUrlRole);
    if (i >= 0 && !m_combo->itemData(i, kContextRole).toString().isEmpty()) {
        engine::ResolveInput in = engine::ResolveInput::fromEnvironment();
        in.hostFlag.clear();
        in.dockerHost.clear();
        in.contextFlag = m_combo->itemData(i, kContextRole).toString();
        return engine::resolveEndpoint(in);
    }
    auto e = engine::parseEndpointUrl(text);
    if (!e)
        return e;
    if (e->scheme == engine::Scheme::Tcp && m_tls.enabled)
        e->tls = m_tls;
    e->source = tr("entered");
    return e;
}

void ConnectionBar::updateWarning()
{
    const QString text = url();
    const bool tcp = text.startsWith(QLatin1String("tcp://"), Qt::CaseInsensitive) ||
                     text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
    m_tlsButton->setEnabled(tcp);
    if (tcp && !m_tls.enabled) {
        m_warning->setText(tr("TLS off: traffic and the daemon are unprotected"));
        m_warning->setAccessibleName(m_warning->text());
        m_warning->setVisible(true);
    } else if (tcp && !m_tls.verify) {
        m_warning->setText(tr("TLS without verification"));
        m_warning->setAccessibleName(m_warning->text());
        m_warning->setVisible(true);
    } else {
        m_warning->setVisible(false);
    }
}

} // namespace bulkhead::ui
