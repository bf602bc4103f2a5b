// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardstats.h"

#include <QString>

/// The statistics screen's numbers as one CSV table (RFC 4180, header first), for spreadsheets and for
/// anyone who wants to check them. Long format, one number per row: `section,date,group,measure,value`,
/// e.g. `reviews,2026-05-04,,young,12` or `topic,,fsdp,mastery_now,0.8123`; empty cells where a
/// dimension does not apply. Ratios are fractions (0–1), times seconds.
namespace StatsCsv
{
[[nodiscard]] QString write(const DashboardStats &stats);
}
