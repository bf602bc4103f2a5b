// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQmlNetworkAccessManagerFactory>
#include <QString>

/// The QML engine's network access: refuses everything but files inside the data dir, qrc: and
/// data: URLs. Card text is untrusted (imported decks): an `<img src=http…>` that slipped past the
/// formatter must still never reach the network, and a `file:` URL never outside the data dir.
class OfflineNetworkFactory final : public QQmlNetworkAccessManagerFactory
{
public:
    explicit OfflineNetworkFactory(QString dataDir);
    QNetworkAccessManager *create(QObject *parent) override;

private:
    QString m_dataDir;
};
