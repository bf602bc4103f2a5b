// SPDX-License-Identifier: GPL-3.0-or-later
// The .excalidraw reader (scenes, clipboard, libraries, PNG/SVG with an embedded scene) on arbitrary
// bytes: it must return a document or an error, never crash, hang or leave undrawable numbers.
#include "board/io/excalidraw.h"
#include "board/io/jsonfields.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    QStringList warnings;
    const Board::Document doc = Board::Io::fromExcalidraw(input, &error, &warnings);
    for (const Board::Element &e : doc.elements) {
        if (!Board::Io::isDrawable(e.x) || !Board::Io::isDrawable(e.y) || !Board::Io::isDrawable(e.width) || !Board::Io::isDrawable(e.height)) {
            std::abort();
        }
    }
    (void)Board::Io::fromExcalidrawLibrary(input, &error, &warnings);
    return 0;
}
