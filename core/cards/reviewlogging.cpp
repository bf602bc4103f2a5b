// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewlogging.h"

Q_LOGGING_CATEGORY(lcReview, "mlprep.review", QtWarningMsg)
