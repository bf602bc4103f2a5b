// SPDX-License-Identifier: GPL-3.0-or-later
// Extraction and sectioning of job postings on arbitrary bytes: no crash, no hang, and the invariants the
// classifier and the Jobs page rely on (spans cover the text in order, offsets stay inside it).
#include "jobs/jobsections.h"
#include "jobs/jobtext.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    // The first byte picks the format hint so every reader sees every input.
    static const QString hints[] = {QString(), QStringLiteral("p.html"), QStringLiteral("p.md"), QStringLiteral("p.txt")};
    const JobText::Extracted extracted = JobText::extract(raw, hints[size > 0 ? data[0] % 4 : 0]);
    if (!extracted.problem.isEmpty() && !extracted.text.isEmpty())
        std::abort();
    const SectionedPosting posting = sectionPosting(extracted.text);
    qsizetype expectedStart = 0;
    for (const SectionSpan &span : posting.spans) {
        if (span.start != expectedStart || span.end <= span.start || span.end > extracted.text.size())
            std::abort();
        expectedStart = span.end;
    }
    if (!posting.spans.isEmpty() && expectedStart != extracted.text.size())
        std::abort();
    return 0;
}
