// SPDX-License-Identifier: GPL-3.0-or-later
#include "startuptrace.h"

#include <QByteArray>
#include <QFile>
#include <QQuickWindow>

#include <cstdio>
#include <ctime>
#include <memory>
#include <unistd.h>
#include <utility>

namespace
{
/// Milliseconds since this process started, from /proc/self/stat (field 22, in clock ticks since
/// boot) and CLOCK_BOOTTIME. Resolution is one clock tick (10 ms on Debian kernels).
double millisecondsSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray line = stat.readAll();
    // The command name (field 2) may contain spaces; fields after it start after the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    constexpr int StartTimeIndex = 22 - 3; // fields 3… are at 0…
    if (fields.size() <= StartTimeIndex) {
        return -1;
    }
    const double startSeconds = fields.at(StartTimeIndex).toDouble() / double(sysconf(_SC_CLK_TCK));
    timespec now {};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowSeconds = double(now.tv_sec) + double(now.tv_nsec) / 1e9;
    return (nowSeconds - startSeconds) * 1000.0;
}
}

bool StartupTrace::isEnabled()
{
    return qEnvironmentVariableIntValue("MLPREP_TRACE_STARTUP") == 1;
}

void StartupTrace::watchFirstFrame(QQuickWindow *window)
{
    // With the threaded render loop several frameSwapped signals can be queued before the first
    // one is handled, so "first" is decided by a flag, not by disconnecting.
    auto printed = std::make_shared<bool>(false);
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [printed] {
        if (std::exchange(*printed, true)) {
            return;
        }
        std::fprintf(stderr, "first frame: %.0f ms\n", millisecondsSinceProcessStart());
        std::fflush(stderr);
    });
}
