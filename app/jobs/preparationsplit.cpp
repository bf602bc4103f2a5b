// SPDX-License-Identifier: GPL-3.0-or-later
#include "preparationsplit.h"

#include <algorithm>
#include <cmath>

PreparationSplit PreparationSplit::forProbability(double pMlSystems)
{
    const double p = std::isfinite(pMlSystems) ? std::clamp(pMlSystems, 0.0, 1.0) : 0.5;
    PreparationSplit split;
    split.coding = int(std::lround(35.0 - 10.0 * p));
    split.mlSystemsDesign = int(std::lround(10.0 + 45.0 * p));
    // The remainder, so that rounding never makes the three miss 100.
    split.domainDepth = 100 - split.coding - split.mlSystemsDesign;
    return split;
}
