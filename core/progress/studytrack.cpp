// SPDX-License-Identifier: GPL-3.0-or-later
#include "studytrack.h"

using namespace Qt::StringLiterals;

namespace StudyTracks
{
const std::array<StudyTrack, StudyTrackCount> &all()
{
    static constexpr std::array<StudyTrack, StudyTrackCount> tracks {StudyTrack::Coding, StudyTrack::Design, StudyTrack::Domain};
    return tracks;
}

QString key(StudyTrack track)
{
    switch (track) {
    case StudyTrack::Coding:
        return u"coding"_s;
    case StudyTrack::Design:
        return u"design"_s;
    case StudyTrack::Domain:
        return u"domain"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<StudyTrack> fromKey(const QString &key)
{
    for (const StudyTrack track : all()) {
        if (StudyTracks::key(track) == key) {
            return track;
        }
    }
    return std::nullopt;
}
}
