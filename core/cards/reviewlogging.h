// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

/// Study sessions: the queue, answers, undo ("mlprep.review").
Q_DECLARE_LOGGING_CATEGORY(lcReview)
