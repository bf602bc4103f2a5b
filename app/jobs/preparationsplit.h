// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// How to divide preparation time for one posting, from its P(ML systems). Shares are whole percents that
/// sum to 100.
///
/// The rule, linear in P so that it moves smoothly through the ambiguous band:
/// - coding      = 35 − 10·P  (every loop has coding rounds; systems-with-ML loops lean on them more)
/// - ML systems design = 10 + 45·P  (training and serving design, model internals: the ML systems loop)
/// - domain depth = the rest, 55 − 35·P  (distributed systems, storage, networking, reliability: the
///   general system-design loop a systems-with-ML role stresses)
/// So P = 1 gives 25 / 55 / 20, P = 0 gives 35 / 10 / 55 and P = 0.5 gives 30 / 33 / 37.
struct PreparationSplit {
    int coding = 0;
    int mlSystemsDesign = 0;
    int domainDepth = 0;

    [[nodiscard]] static PreparationSplit forProbability(double pMlSystems);
};
