// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobsections.h"

#include <QStringView>

#include <optional>

/// The vocabulary of posting headings and boilerplate, kept apart from the sectioning walk so that both
/// can grow without touching the other.
namespace JobHeadings
{
/// The section a line opens when it reads like a heading ("What you'll do:", "## Nice to have",
/// "■ Required skills / experience"); nothing for ordinary lines, bullets and sentences.
[[nodiscard]] std::optional<JobSection> classify(QStringView line);
/// True for lines of equal-opportunity, privacy and cookie boilerplate.
[[nodiscard]] bool isBoilerplate(QStringView line);
}
