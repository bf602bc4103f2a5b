// SPDX-License-Identifier: GPL-3.0-or-later
#include "textlayout.h"

#include <QFontMetricsF>

using namespace Qt::Literals::StringLiterals;

namespace Board::TextLayout
{

QFont font(const Element &text)
{
    QFont f;
    // Family 3 is Cascadia (code); every other Excalidraw family is a proportional face.
    if (text.fontFamily == 3) {
        f.setFamilies({u"DejaVu Sans Mono"_s, u"monospace"_s});
        f.setStyleHint(QFont::Monospace);
    } else {
        f.setFamilies({u"DejaVu Sans"_s, u"sans-serif"_s});
        f.setStyleHint(QFont::SansSerif);
    }
    f.setPixelSize(std::max(1, qRound(text.fontSize)));
    return f;
}

double lineAdvance(const Element &text)
{
    return text.fontSize * (text.fontFamily == 3 ? 1.2 : 1.25);
}

QStringList lines(const Element &text, double maxWidth)
{
    const QStringList hard = text.text.split(u'\n');
    if (maxWidth <= 0) {
        return hard;
    }
    const QFontMetricsF fm(font(text));
    QStringList out;
    for (const QString &para : hard) {
        QString line;
        const QStringList words = para.split(u' ');
        for (const QString &word : words) {
            const QString candidate = line.isEmpty() ? word : line + u' ' + word;
            if (line.isEmpty() || fm.horizontalAdvance(candidate) <= maxWidth) {
                line = candidate;
            } else {
                out.append(line);
                line = word;
            }
        }
        out.append(line);
    }
    return out;
}

QSizeF naturalSize(const Element &text)
{
    const QFontMetricsF fm(font(text));
    const QStringList ls = lines(text, 0);
    double w = 0;
    for (const QString &l : ls) {
        w = std::max(w, fm.horizontalAdvance(l));
    }
    return {std::ceil(w), ls.size() * lineAdvance(text)};
}

QRectF containerTextArea(const Element &container)
{
    QRectF box = container.boundingBox();
    // Diamonds and ellipses have less room than their box: use the inscribed rectangle.
    if (container.type == ElementType::Diamond) {
        box = QRectF(box.center().x() - box.width() / 4, box.center().y() - box.height() / 4, box.width() / 2, box.height() / 2);
    } else if (container.type == ElementType::Ellipse) {
        const double k = 1.0 / std::sqrt(2.0);
        box = QRectF(box.center().x() - box.width() * k / 2, box.center().y() - box.height() * k / 2, box.width() * k, box.height() * k);
    }
    return box.adjusted(ContainerPadding, ContainerPadding, -ContainerPadding, -ContainerPadding);
}

} // namespace Board::TextLayout
