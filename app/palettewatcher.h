// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

/// Tells whether the system palette is dark, and when that changes (a desktop switching themes
/// sends ApplicationPaletteChange). Qt 6.4 has no QStyleHints::colorScheme, so the window colour's
/// lightness decides.
class PaletteWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit PaletteWatcher(QObject *parent = nullptr);

    [[nodiscard]] bool isSystemDark() const;

Q_SIGNALS:
    void systemDarkChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_systemDark = false;
};
