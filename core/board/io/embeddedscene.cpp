// SPDX-License-Identifier: GPL-3.0-or-later
#include "embeddedscene.h"

#include "limits.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace Board::Io::EmbeddedScene
{

namespace
{
constexpr QByteArrayView s_pngSignature("\x89PNG\r\n\x1a\n", 8);
constexpr QByteArrayView s_keyword("application/vnd.excalidraw+json");
constexpr QByteArrayView s_payloadStart("<!-- payload-start -->");
constexpr QByteArrayView s_payloadEnd("<!-- payload-end -->");

QString tr(const char *text)
{
    return QCoreApplication::translate("Board::Io", text);
}

QByteArray fail(QString *error, const QString &message)
{
    if (error) {
        *error = message;
    }
    return {};
}

/// zlib inflate with an output cap; qUncompress has none.
QByteArray inflateCapped(const QByteArray &in, QString *error)
{
    z_stream stream {};
    if (inflateInit(&stream) != Z_OK) {
        return fail(error, tr("The embedded scene cannot be decompressed."));
    }
    QByteArray out;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    stream.avail_in = uInt(in.size());
    char buffer[64 * 1024];
    int rc = Z_OK;
    while (rc == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof(buffer);
        rc = inflate(&stream, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            break;
        }
        out.append(buffer, qsizetype(sizeof(buffer) - stream.avail_out));
        if (out.size() > Limits::MaxFileBytes) {
            inflateEnd(&stream);
            return fail(error, tr("The embedded scene is larger than 64 MB and was not opened."));
        }
        if (rc == Z_OK && stream.avail_in == 0 && stream.avail_out != 0) {
            break;
        }
    }
    inflateEnd(&stream);
    if (rc != Z_STREAM_END) {
        return fail(error, tr("The embedded scene is damaged (its compressed data is cut short)."));
    }
    return out;
}

quint32 crc(QByteArrayView data)
{
    return quint32(crc32(crc32(0, nullptr, 0), reinterpret_cast<const Bytef *>(data.data()), uInt(data.size())));
}
} // namespace

QByteArray encode(const QByteArray &sceneJson)
{
    // qCompress prefixes a 4-byte length to the zlib stream; Excalidraw (pako) writes the bare stream.
    const QByteArray zlibStream = qCompress(sceneJson, 9).mid(4);
    const QJsonObject wrapper {
        {"version"_L1, "1"_L1},
        {"encoding"_L1, "bstring"_L1},
        {"compressed"_L1, true},
        {"encoded"_L1, QString::fromLatin1(zlibStream)},
    };
    return QString::fromUtf8(QJsonDocument(wrapper).toJson(QJsonDocument::Compact)).toLatin1();
}

QByteArray decode(const QByteArray &payload, QString *error)
{
    QJsonParseError parseError;
    const QJsonObject wrapper = QJsonDocument::fromJson(QString::fromLatin1(payload).toUtf8(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        // Some writers put the UTF-8 JSON in directly; the Latin-1 reading above garbles it.
        const QJsonObject direct = QJsonDocument::fromJson(payload).object();
        if (direct.value("type"_L1).toString().startsWith("excalidraw"_L1)) {
            return payload;
        }
        return fail(error, tr("The embedded scene is not valid JSON."));
    }
    if (!wrapper.contains("encoded"_L1)) {
        if (wrapper.value("type"_L1).toString().startsWith("excalidraw"_L1)) {
            return QString::fromLatin1(payload).toUtf8();
        }
        return fail(error, tr("The embedded data is not an Excalidraw scene."));
    }
    const QByteArray bytes = wrapper.value("encoded"_L1).toString().toLatin1();
    if (!wrapper.value("compressed"_L1).toBool(false)) {
        return bytes;
    }
    return inflateCapped(bytes, error);
}

bool isPng(const QByteArray &data)
{
    return data.startsWith(s_pngSignature);
}

bool isSvg(const QByteArray &data)
{
    const QByteArray head = data.left(4096).trimmed();
    return head.startsWith("<?xml") || head.startsWith("<svg") || head.startsWith("<!--") || head.contains("<svg");
}

QByteArray embedInPng(const QByteArray &png, const QByteArray &sceneJson)
{
    const qsizetype iend = png.lastIndexOf("IEND");
    if (!isPng(png) || iend < 12) {
        return png;
    }
    QByteArray chunk = "tEXt" + s_keyword.toByteArray() + '\0' + encode(sceneJson);
    QByteArray out = png.left(iend - 4);
    char be[4];
    qToBigEndian(quint32(chunk.size() - 4), be);
    out.append(be, 4);
    out.append(chunk);
    qToBigEndian(crc(chunk), be);
    out.append(be, 4);
    out.append(png.mid(iend - 4));
    return out;
}

QByteArray embedInSvg(const QByteArray &svg, const QByteArray &sceneJson)
{
    const qsizetype open = svg.indexOf("<svg");
    const qsizetype close = open < 0 ? -1 : svg.indexOf('>', open);
    if (close < 0) {
        return svg;
    }
    const QByteArray metadata = "<!-- svg-source:excalidraw --><metadata><!-- payload-type:application/vnd.excalidraw+json -->"
                                "<!-- payload-version:2 --><!-- payload-start -->"
        + encode(sceneJson).toBase64() + "<!-- payload-end --></metadata>";
    return svg.left(close + 1) + metadata + svg.mid(close + 1);
}

QByteArray extract(const QByteArray &image, QString *error)
{
    if (isPng(image)) {
        qsizetype pos = s_pngSignature.size();
        while (pos + 12 <= image.size()) {
            const quint32 length = qFromBigEndian<quint32>(image.constData() + pos);
            const QByteArray type = image.mid(pos + 4, 4);
            if (length > quint32(image.size() - pos - 12)) {
                return fail(error, tr("The PNG file is damaged (a chunk runs past its end)."));
            }
            if (type == "tEXt") {
                const QByteArray data = image.mid(pos + 8, length);
                const qsizetype nul = data.indexOf('\0');
                if (nul > 0 && QByteArrayView(data).first(nul) == s_keyword) {
                    return decode(data.mid(nul + 1), error);
                }
            }
            if (type == "IEND") {
                break;
            }
            pos += 12 + qsizetype(length);
        }
        return fail(error, tr("The PNG has no embedded Excalidraw scene; export it from Excalidraw with “Embed scene” on."));
    }
    const qsizetype start = image.indexOf(s_payloadStart);
    const qsizetype end = start < 0 ? -1 : image.indexOf(s_payloadEnd, start);
    if (end < 0) {
        return fail(error, tr("The SVG has no embedded Excalidraw scene; export it from Excalidraw with “Embed scene” on."));
    }
    const qsizetype from = start + s_payloadStart.size();
    const QByteArray decoded = QByteArray::fromBase64(image.mid(from, end - from).trimmed());
    const bool byteString = image.contains("<!-- payload-version:2 -->");
    // Version 1 is base64 of UTF-8 text; version 2 of a byte string, which decode() expects.
    return decode(byteString ? decoded : QString::fromUtf8(decoded).toLatin1(), error);
}

} // namespace Board::Io::EmbeddedScene
