// SPDX-License-Identifier: GPL-3.0-or-later
#include "palettewatcher.h"

#include <QEvent>
#include <QGuiApplication>
#include <QPalette>

namespace
{
bool paletteIsDark()
{
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}
}

PaletteWatcher::PaletteWatcher(QObject *parent) : QObject(parent), m_systemDark(paletteIsDark())
{
    qApp->installEventFilter(this);
}

bool PaletteWatcher::isSystemDark() const
{
    return m_systemDark;
}

bool PaletteWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange) {
        const bool dark = paletteIsDark();
        if (dark != m_systemDark) {
            m_systemDark = dark;
            Q_EMIT systemDarkChanged();
        }
    }
    return QObject::eventFilter(watched, event);
}
