// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QStringList>

/// The outcome of one run of the real binary.
struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;
};

/// Runs `mlprep ARGS…` (offscreen, no MLPREP_DATA_DIR from the caller's environment) and waits.
Run runMlprep(const QStringList &arguments, int timeoutMs = 60000);

/// How many distinct colours an image uses: a blank or single-colour render has very few.
int distinctColours(const QImage &image);
