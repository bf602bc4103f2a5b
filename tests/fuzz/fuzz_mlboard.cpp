// SPDX-License-Identifier: GPL-3.0-or-later
// The .mlboard reader on arbitrary bytes, plus the round trip of whatever it accepted: a document
// the reader produced must write and read back to itself.
#include "board/io/jsonfields.h"
#include "board/io/mlboard.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    QStringList warnings;
    const Board::Document doc = Board::Io::fromMlboard(input, &error, &warnings);
    for (const Board::Element &e : doc.elements) {
        if (!Board::Io::isDrawable(e.x) || !Board::Io::isDrawable(e.y) || !Board::Io::isDrawable(e.width) || !Board::Io::isDrawable(e.height)) {
            std::abort();
        }
    }
    if (error.isEmpty() && !(Board::Io::fromMlboard(Board::Io::toMlboard(doc)) == doc)) {
        std::abort();
    }
    return 0;
}
