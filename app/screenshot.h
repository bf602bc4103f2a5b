// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QQuickWindow;

/// `--screenshot FILE`: waits until the window has drawn its page, saves it as a PNG and quits
/// the application with exit code 0 (or 2 when the file cannot be written).
class Screenshot final : public QObject
{
    Q_OBJECT

public:
    Screenshot(QQuickWindow *window, QString path);

private:
    void onFrameSwapped();

    QQuickWindow *m_window;
    QString m_path;
    int m_frames = 0;
};
