// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <array>

/// The parts of a job posting, in the order they usually appear. The section a phrase sits in decides how
/// much it counts: "Kubernetes" in the requirements says more about the job than "foundation models" in
/// the company blurb (ANCHORS.md §4c).
enum class JobSection : quint8 {
    Title,
    About, ///< company or team blurb, including the paragraphs before the first heading
    Responsibilities,
    Requirements,
    NiceToHave,
    Benefits, ///< benefits, compensation, EEO and other boilerplate
    Body, ///< text of a posting that has no recognisable headings at all
    Excluded, ///< what the job is explicitly not ("Not required", "You won't be doing"): counts for nothing
};
inline constexpr int JobSectionCount = 8;

/// A stable lower-case key for JSON and the UI, e.g. "nice-to-have"; sectionFromKey() is its inverse.
[[nodiscard]] QString sectionKey(JobSection section);
[[nodiscard]] bool sectionFromKey(QStringView key, JobSection *section);

/// Per-section multipliers, indexed by JobSection.
using SectionWeights = std::array<double, JobSectionCount>;

/// A half-open range [start, end) of the plain text and the section it belongs to.
struct SectionSpan {
    JobSection section = JobSection::Body;
    qsizetype start = 0;
    qsizetype end = 0;
};

/// The plain text cut into sections, plus the title and company guessed from it.
struct SectionedPosting {
    QList<SectionSpan> spans; ///< contiguous, in text order, covering the whole text
    QString title;
    QString company;

    /// The section at a text offset (Body when out of range).
    [[nodiscard]] JobSection sectionAt(qsizetype offset) const;
};

/// Sectioning works on lines: a short line that reads like a heading ("Requirements", "What you'll do:",
/// "Nice to have") opens a section; the first line is the title; EEO and benefits paragraphs are
/// boilerplate wherever they appear. Pure function; linear in the text length.
[[nodiscard]] SectionedPosting sectionPosting(QStringView plainText);
