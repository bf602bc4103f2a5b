// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenegraphbackend.h"

#include <QDir>
#include <QFileInfo>
#include <QQuickWindow>
#include <QSGRendererInterface>

using namespace Qt::StringLiterals;

namespace
{
bool userChoseBackend()
{
    return !qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND") || !qEnvironmentVariableIsEmpty("QSG_RHI_BACKEND");
}

bool gpuReachable()
{
    if (qEnvironmentVariableIntValue("LIBGL_ALWAYS_SOFTWARE") == 1) {
        return false;
    }
    // Mesa and NVIDIA's nvidia-drm expose render nodes; NVIDIA without it still has /dev/nvidia0.
    const bool renderNode = !QDir(u"/dev/dri"_s).entryList({u"renderD*"_s}, QDir::System).isEmpty();
    return renderNode || QFileInfo::exists(u"/dev/nvidia0"_s);
}
}

void SceneGraphBackend::chooseForThisMachine()
{
    if (!userChoseBackend() && !gpuReachable()) {
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    }
}
