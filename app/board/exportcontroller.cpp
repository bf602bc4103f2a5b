// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcontroller.h"

#include "board/boardscene.h"
#include "board/io/boardfile.h"
#include "boardcontroller.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace
{
const QStringList s_formats {u"png"_s, u"svg"_s, u"pdf"_s, u"excalidraw"_s, u"mlboard"_s};
}

ExportController::ExportController(BoardController *board, QObject *parent) : QObject(parent), m_board(board)
{
}

template<typename T> void ExportController::assign(T &member, const T &value)
{
    if (member != value) {
        member = value;
        Q_EMIT optionsChanged();
    }
}

void ExportController::setFormat(const QString &format)
{
    if (s_formats.contains(format)) {
        assign(m_format, format);
    }
}

void ExportController::setScale(int scale)
{
    assign(m_scale, std::clamp(scale, 1, 3));
}

void ExportController::setTransparent(bool transparent)
{
    assign(m_transparent, transparent);
}

void ExportController::setDark(bool dark)
{
    assign(m_dark, dark);
}

void ExportController::setOnlySelection(bool only)
{
    assign(m_onlySelection, only);
}

void ExportController::setEmbedScene(bool embed)
{
    assign(m_embedScene, embed);
}

void ExportController::report(const QString &message, const QStringList &warnings)
{
    m_message = message;
    m_warnings = warnings;
    Q_EMIT messageChanged();
}

bool ExportController::exportTo(const QUrl &file)
{
    QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (QFileInfo(path).suffix().compare(m_format, Qt::CaseInsensitive) != 0) {
        path += u"."_s + m_format;
    }
    Board::Io::ExportOptions options;
    options.scale = m_scale;
    options.transparent = m_transparent && transparencyApplies();
    options.dark = m_dark;
    options.embedScene = m_embedScene;
    if (m_onlySelection) {
        const QStringList selection = m_board->selection();
        options.only = QSet<QString>(selection.cbegin(), selection.cend());
    }
    QString error;
    if (!Board::Io::writeBoardFile(path, m_board->scene().document(), options, &error)) {
        report(error);
        return false;
    }
    report(tr("Exported to %1.").arg(QFileInfo(path).fileName()));
    return true;
}

bool ExportController::importFrom(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QString error;
    QStringList warnings;
    const Board::Document doc = Board::Io::readBoardFile(path, &error, &warnings);
    if (!error.isEmpty()) {
        report(error);
        return false;
    }
    m_board->newBoard();
    m_board->renameBoard(m_board->currentBoardId(), QFileInfo(path).completeBaseName());
    Board::BoardScene &scene = m_board->scene();
    scene.setGrid(doc.gridEnabled, doc.gridSize);
    scene.addFiles(doc.files);
    Board::Edit edit;
    edit.put = doc.elements;
    scene.commit(tr("Import %1").arg(QFileInfo(path).fileName()), edit);
    report(warnings.isEmpty() ? tr("Imported %n element(s).", nullptr, int(doc.elements.size()))
                              : tr("Imported %n element(s) with warnings.", nullptr, int(doc.elements.size())),
           warnings);
    return true;
}
