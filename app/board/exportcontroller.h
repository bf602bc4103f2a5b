// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QUrl>

class BoardController;

/// The export and import dialogs' rules: which options apply to which format, writing the open
/// board (or its selection) to PNG/SVG/PDF/.excalidraw/.mlboard through core/board/io, and
/// importing a file as a new board. Import adds the elements as one undoable step, so a wrong
/// import is one Ctrl+Z away, and it never touches the board that was open.
class ExportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Reached through AppContext.boardFiles")

    /// "png", "svg", "pdf", "excalidraw" or "mlboard".
    Q_PROPERTY(QString format READ format WRITE setFormat NOTIFY optionsChanged)
    /// PNG pixels per board unit: 1, 2 or 3.
    Q_PROPERTY(int scale READ scale WRITE setScale NOTIFY optionsChanged)
    Q_PROPERTY(bool transparent READ isTransparent WRITE setTransparent NOTIFY optionsChanged)
    Q_PROPERTY(bool dark READ isDark WRITE setDark NOTIFY optionsChanged)
    Q_PROPERTY(bool onlySelection READ onlySelection WRITE setOnlySelection NOTIFY optionsChanged)
    Q_PROPERTY(bool embedScene READ embedScene WRITE setEmbedScene NOTIFY optionsChanged)
    /// Which options mean something for the chosen format (the dialog disables the others).
    Q_PROPERTY(bool scaleApplies READ scaleApplies NOTIFY optionsChanged)
    Q_PROPERTY(bool transparencyApplies READ transparencyApplies NOTIFY optionsChanged)
    Q_PROPERTY(bool embedApplies READ embedApplies NOTIFY optionsChanged)
    /// Result of the last export or import, and the import's warnings (one per line).
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QStringList warnings READ warnings NOTIFY messageChanged)

public:
    explicit ExportController(BoardController *board, QObject *parent = nullptr);

    [[nodiscard]] QString format() const
    {
        return m_format;
    }
    void setFormat(const QString &format);
    [[nodiscard]] int scale() const
    {
        return m_scale;
    }
    void setScale(int scale);
    [[nodiscard]] bool isTransparent() const
    {
        return m_transparent;
    }
    void setTransparent(bool transparent);
    [[nodiscard]] bool isDark() const
    {
        return m_dark;
    }
    void setDark(bool dark);
    [[nodiscard]] bool onlySelection() const
    {
        return m_onlySelection;
    }
    void setOnlySelection(bool only);
    [[nodiscard]] bool embedScene() const
    {
        return m_embedScene;
    }
    void setEmbedScene(bool embed);
    [[nodiscard]] bool scaleApplies() const
    {
        return m_format == u"png";
    }
    [[nodiscard]] bool transparencyApplies() const
    {
        return m_format == u"png" || m_format == u"svg";
    }
    [[nodiscard]] bool embedApplies() const
    {
        return m_format == u"png" || m_format == u"svg";
    }
    [[nodiscard]] QString message() const
    {
        return m_message;
    }
    [[nodiscard]] QStringList warnings() const
    {
        return m_warnings;
    }

    /// Writes the open board to `file` in the chosen format; false (and `message`) on failure.
    Q_INVOKABLE bool exportTo(const QUrl &file);
    /// Reads `file` (.mlboard, .excalidraw, .excalidrawlib, PNG/SVG with a scene) into a new board.
    Q_INVOKABLE bool importFrom(const QUrl &file);

Q_SIGNALS:
    void optionsChanged();
    void messageChanged();

private:
    template<typename T> void assign(T &member, const T &value);
    void report(const QString &message, const QStringList &warnings = {});

    BoardController *m_board;
    QString m_format = QStringLiteral("png");
    int m_scale = 2;
    bool m_transparent = false;
    bool m_dark = false;
    bool m_onlySelection = false;
    bool m_embedScene = true;
    QString m_message;
    QStringList m_warnings;
};
