// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the scalable app icon to the PNG sizes of the hicolor theme at build time, so the PNGs can
// never drift from the SVG. Usage: mlprep_render_icon ICON.svg OUT_DIR SIZE...
// Writes OUT_DIR/<size>x<size>/apps/<icon name>.png.

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 4) {
        std::fprintf(stderr, "usage: mlprep_render_icon ICON.svg OUT_DIR SIZE...\n");
        return 1;
    }
    QSvgRenderer svg(arguments.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "mlprep_render_icon: %s is not a valid SVG\n", qPrintable(arguments.at(1)));
        return 2;
    }
    const QString name = QFileInfo(arguments.at(1)).completeBaseName();
    for (const QString &sizeText : arguments.mid(3)) {
        const int size = sizeText.toInt();
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(arguments.at(2)).arg(size);
        if (!QDir().mkpath(dir) || !image.save(dir + QLatin1Char('/') + name + QStringLiteral(".png"))) {
            std::fprintf(stderr, "mlprep_render_icon: cannot write into %s\n", qPrintable(dir));
            return 2;
        }
    }
    return 0;
}
