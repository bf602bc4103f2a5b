// SPDX-License-Identifier: GPL-3.0-or-later
#include "offlinenetwork.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace
{
class OfflineAccessManager final : public QNetworkAccessManager
{
public:
    OfflineAccessManager(QString dataDir, QObject *parent) : QNetworkAccessManager(parent), m_dataDir(QDir::cleanPath(std::move(dataDir)) + u'/')
    {
    }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override
    {
        if (isAllowed(request.url())) {
            return QNetworkAccessManager::createRequest(op, request, outgoingData);
        }
        // An unsupported scheme makes Qt answer with an error reply, without any I/O.
        QNetworkRequest refused(request);
        refused.setUrl(QUrl(u"mlprep-refused:"_s));
        return QNetworkAccessManager::createRequest(op, refused, outgoingData);
    }

private:
    bool isAllowed(const QUrl &url) const
    {
        const QString scheme = url.scheme();
        if (scheme == u"qrc"_s || scheme == u"data"_s) {
            return true;
        }
        return url.isLocalFile() && QDir::cleanPath(url.toLocalFile()).startsWith(m_dataDir);
    }

    QString m_dataDir;
};
}

OfflineNetworkFactory::OfflineNetworkFactory(QString dataDir) : m_dataDir(std::move(dataDir))
{
}

QNetworkAccessManager *OfflineNetworkFactory::create(QObject *parent)
{
    return new OfflineAccessManager(m_dataDir, parent);
}
