// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/endpoint.h"
#include "core/util/result.h"

#include <QDialog>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace bulkhead::ui {

// TLS client files for a tcp:// endpoint.
class TlsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsDialog)

public:
    explicit TlsDialog(const engine::TlsConfig& tls, QWidget* parent = nullptr);
    engine::TlsConfig tls() const;

private:
    QCheckBox* m_enabled;
    QCheckBox* m_verify;
    QLineEdit* m_ca;
    QLineEdit* m_cert;
    QLineEdit* m_key;
};

// The connection bar: endpoints found (DOCKER_HOST, contexts, default and rootless sockets), recent hosts and manual
// entry of unix://, tcp:// (TLS files, a visible warning without TLS) and ssh://; what we are connected to.
class ConnectionBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionBar)

public:
    explicit ConnectionBar(QWidget* parent = nullptr);

    void setCandidates(const std::vector<engine::EndpointCandidate>& found, const QStringList& recent);
    void setUrl(const QString& url);
    QString url() const;
    void setStatus(const QString& text, bool error = false);
    QComboBox* combo() const { return m_combo; }
    QLabel* warning() const { return m_warning; }

    // The endpoint for what is in the box: a known context resolves with its TLS files; anything else is parsed as a
    // URL and gets the TLS settings from the dialog.
    util::Result<engine::Endpoint> endpoint() const;

signals:
    void connectRequested();

private:
    void updateWarning();

    QComboBox* m_combo;
    QPushButton* m_tlsButton;
    QPushButton* m_connect;
    QLabel* m_warning;
    QLabel* m_status;
    engine::TlsConfig m_tls;
};

} // namespace bulkhead::ui
