// SPDX-License-Identifier: GPL-3.0-or-later
#include "mlboard.h"

#include "jsonfields.h"
#include "limits.h"
#include "mlboardelement.h"
#include "repair.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Board::Io
{

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Board::Io", text);
}

Document refuse(QString *error, const QString &message)
{
    if (error) {
        *error = message;
    }
    return {};
}

void readFiles(const QJsonObject &files, Document &doc, WarningSink &warnings)
{
    qsizetype total = 0;
    for (auto it = files.begin(); it != files.end(); ++it) {
        FieldReader r(it.value().toObject());
        ImageFile file;
        file.id = it.key().left(256);
        file.mimeType = r.string("mimeType"_L1).left(100);
        file.created = qint64(r.number("created"_L1, 0));
        // Not r.string(): that cuts at the text limit, and images are bounded by their own limits below.
        const QByteArray base64 = r.json().value("data"_L1).toString().toLatin1();
        file.data = QByteArray::fromBase64(base64);
        if (file.data.size() > Limits::MaxImageBytes || total + file.data.size() > Limits::MaxTotalImageBytes) {
            warnings.add(tr("Image “%1” is too large and was left out.").arg(file.id.left(40)));
            continue;
        }
        total += file.data.size();
        doc.files.insert(file.id, file);
    }
}
} // namespace

QByteArray toMlboard(const Document &document)
{
    QJsonArray elements;
    for (const Element &e : document.elements) {
        elements.append(elementToJson(e));
    }
    QJsonObject files;
    for (const ImageFile &f : document.files) {
        files.insert(f.id, QJsonObject {{"mimeType"_L1, f.mimeType}, {"created"_L1, double(f.created)}, {"data"_L1, QString::fromLatin1(f.data.toBase64())}});
    }
    const QJsonObject root {
        {"type"_L1, "mlboard"_L1},
        {"version"_L1, MlboardVersion},
        {"background"_L1, cssColor(document.background)},
        {"gridSize"_L1, document.gridSize},
        {"gridEnabled"_L1, document.gridEnabled},
        {"elements"_L1, elements},
        {"files"_L1, files},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Document fromMlboard(const QByteArray &json, QString *error, QStringList *warningsOut)
{
    if (json.size() > Limits::MaxFileBytes) {
        return refuse(error, tr("The board file is larger than 64 MB and was not opened."));
    }
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return refuse(error, tr("The board file is not valid JSON (%1 at byte %2).").arg(parseError.errorString()).arg(parseError.offset));
    }
    const QJsonObject root = parsed.object();
    if (root.value("type"_L1).toString() != "mlboard"_L1) {
        return refuse(error, tr("The file is not an MLPrep board."));
    }
    const int version = root.value("version"_L1).toInt(0);
    if (version < 1) {
        return refuse(error, tr("The board file has no valid version."));
    }
    if (version > MlboardVersion) {
        return refuse(error, tr("The board was saved by a newer MLPrep (format %1); update to open it.").arg(version));
    }
    if (!root.value("elements"_L1).isArray() && !root.value("elements"_L1).isUndefined()) {
        return refuse(error, tr("The board file's elements are not a list."));
    }

    Document doc;
    WarningSink warnings(warningsOut);
    FieldReader r(root);
    doc.background = r.color("background"_L1, doc.background);
    doc.gridSize = r.integer("gridSize"_L1, doc.gridSize, 1, 1000);
    doc.gridEnabled = r.boolean("gridEnabled"_L1, doc.gridEnabled);
    readFiles(r.object("files"_L1), doc, warnings);

    const QJsonArray elements = root.value("elements"_L1).toArray();
    doc.elements.reserve(std::min(elements.size(), Limits::MaxElements));
    for (const QJsonValue v : elements) {
        if (doc.elements.size() >= Limits::MaxElements) {
            warnings.add(tr("The board has more than %1 elements; the rest were left out.").arg(Limits::MaxElements));
            break;
        }
        if (!v.isObject()) {
            warnings.add(tr("Skipped an element that is not an object."));
            continue;
        }
        if (std::optional<Element> e = elementFromJson(v.toObject(), warnings)) {
            doc.elements.append(std::move(*e));
        }
    }
    repairReferences(doc, warnings);
    if (error) {
        error->clear();
    }
    return doc;
}

} // namespace Board::Io
