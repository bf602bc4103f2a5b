// SPDX-License-Identifier: GPL-3.0-or-later
#include "promptlibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Board
{

PromptLibrary PromptLibrary::builtin()
{
    PromptLibrary library;
    QDir dir(u":/mlprep/board/prompts"_s);
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        if (std::optional<DesignPrompt> prompt = parse(file.readAll())) {
            library.m_prompts.append(*prompt);
        }
    }
    // Training prompts first, then inference, each by title: the order the picker shows.
    std::stable_sort(library.m_prompts.begin(), library.m_prompts.end(), [](const DesignPrompt &a, const DesignPrompt &b) {
        return a.kind != b.kind ? a.kind < b.kind : a.title.localeAwareCompare(b.title) < 0;
    });
    return library;
}

std::optional<DesignPrompt> PromptLibrary::parse(const QByteArray &json, QString *error)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    DesignPrompt p;
    p.key = o.value("key"_L1).toString();
    p.kind = o.value("kind"_L1).toString() == "inference"_L1 ? DesignPrompt::Kind::Inference : DesignPrompt::Kind::Training;
    p.title = o.value("title"_L1).toString();
    p.prompt = o.value("prompt"_L1).toString();
    p.minutes = std::clamp(o.value("minutes"_L1).toInt(35), 1, 600);
    for (const QJsonValue a : o.value("assumptions"_L1).toArray()) {
        p.assumptions.append(a.toString());
    }
    for (const QJsonValue r : o.value("rubric"_L1).toArray()) {
        const QJsonObject item = r.toObject();
        p.rubric.append({item.value("id"_L1).toString(), item.value("text"_L1).toString()});
    }
    if (p.key.isEmpty() || p.title.isEmpty() || p.rubric.isEmpty()) {
        if (error) {
            *error = QCoreApplication::translate("Board::PromptLibrary", "The prompt file has no key, title or rubric.");
        }
        return std::nullopt;
    }
    return p;
}

const DesignPrompt *PromptLibrary::find(const QString &key) const
{
    for (const DesignPrompt &p : m_prompts) {
        if (p.key == key) {
            return &p;
        }
    }
    return nullptr;
}

} // namespace Board
