// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

Screenshot::Screenshot(QQuickWindow *window, QString path) : QObject(window), m_window(window), m_path(std::move(path))
{
    connect(window, &QQuickWindow::frameSwapped, this, &Screenshot::onFrameSwapped);
    // Keep frames coming even when nothing animates, so that a page which loads its data after
    // the first frame is caught in a later one.
    auto *ticker = new QTimer(this);
    ticker->setInterval(30);
    connect(ticker, &QTimer::timeout, window, &QQuickWindow::update);
    ticker->start();
}

void Screenshot::onFrameSwapped()
{
    // The first frames may precede deferred work (page loaders, models filled after start-up).
    constexpr int FramesToSettle = 4;
    if (++m_frames < FramesToSettle) {
        return;
    }
    disconnect(m_window, &QQuickWindow::frameSwapped, this, &Screenshot::onFrameSwapped);
    const QImage image = m_window->grabWindow();
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    const bool saved = !image.isNull() && image.save(m_path, "PNG");
    if (!saved) {
        std::fprintf(stderr, "mlprep: %s cannot be written\n", qPrintable(QDir::toNativeSeparators(m_path)));
    }
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [saved] {
            QCoreApplication::exit(saved ? 0 : 2);
        },
        Qt::QueuedConnection);
}
