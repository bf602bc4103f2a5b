// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/jobclassifier.h"

#include <QColor>
#include <QList>
#include <QString>

/// The posting's text as rich text for a QML Text, with the evidence marked: each phrase that moved the
/// score gets its side's background colour and becomes a link `evidence:<index>` (index into the evidence
/// list), so that the view can show the phrase's weight when the pointer hovers it.
namespace EvidenceText
{
/// Texts longer than this are cut (with a note): Qt's rich text lays out a megabyte far too slowly for a
/// page that switches posting on every arrow key.
inline constexpr qsizetype MaxChars = 60000;

/// `mlSystems` and `systems` are the background colours for positive and negative weights; `text` colours
/// the marked phrases (rich text ignores Text.linkColor). Overlapping spans keep the first (evidence comes
/// strongest first, so the stronger phrase wins).
[[nodiscard]] QString html(const QString &plainText, const QList<Evidence> &evidence, const QColor &mlSystems, const QColor &systems, const QColor &text);

/// The evidence index a link from html() names, or -1.
[[nodiscard]] int indexOfLink(const QString &link);
}
