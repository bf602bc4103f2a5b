// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QQuickWindow;

/// With MLPREP_TRACE_STARTUP=1, prints `first frame: N ms` to stderr: the time from the process
/// start (as the kernel recorded it, so dynamic loading counts) to the window's first frameSwapped.
namespace StartupTrace
{
[[nodiscard]] bool isEnabled();
void watchFirstFrame(QQuickWindow *window);
}
