// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <optional>

/// The three kinds of preparation the study plan divides time between. The order is the storage and
/// display order; keys are what time_log.track and the settings keys store.
enum class StudyTrack { Coding = 0, Design = 1, Domain = 2 };

inline constexpr int StudyTrackCount = 3;

/// One value per track, indexed by `int(track)`.
template<typename T> using PerTrack = std::array<T, StudyTrackCount>;

namespace StudyTracks
{
[[nodiscard]] const std::array<StudyTrack, StudyTrackCount> &all();
/// "coding", "design" or "domain".
[[nodiscard]] QString key(StudyTrack track);
[[nodiscard]] std::optional<StudyTrack> fromKey(const QString &key);
}
