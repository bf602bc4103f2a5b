// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// Chooses how Qt Quick draws before the first window exists.
///
/// Where no GPU is reachable (no DRM render node: virtual machines, remote X, Xvfb), Qt Quick's
/// default OpenGL path runs on Mesa's llvmpipe, which costs ~200–400 ms to set up at every start and
/// more CPU per frame than Qt Quick's own software renderer, which draws the same views. The user's
/// QT_QUICK_BACKEND / QSG_RHI_BACKEND always win.
namespace SceneGraphBackend
{
/// Call before the first QQuickWindow is created.
void chooseForThisMachine();
}
