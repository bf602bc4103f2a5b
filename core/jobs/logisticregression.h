// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

/// Weighted, L2-regularised binary logistic regression solved by Newton's method, plus Platt scaling.
///
/// Small and dense on purpose: the job model has a few hundred features and a few hundred examples, where
/// an exact Newton solve converges in a handful of steps and is deterministic to the last bit.
namespace LogisticRegression
{
struct Problem {
    std::vector<std::vector<double>> x; ///< one feature row per example
    std::vector<int> y; ///< 0 or 1
    std::vector<double> sampleWeight; ///< > 0 per example
    std::vector<double> prior; ///< the weights are pulled towards these (one per feature)
    double l2 = 1; ///< pull strength: penalty l2/2 · (Σ (w − prior)² + bias²)
    double initialBias = 0;
    int maxIterations = 50;
};

struct Fit {
    std::vector<double> weights;
    double bias = 0;
};

[[nodiscard]] Fit fit(const Problem &problem);
[[nodiscard]] double score(const Fit &fit, const std::vector<double> &x);

/// σ(scale · z + shift) fitted to labels by maximum likelihood with Platt's smoothed targets, which keeps
/// the probabilities away from 0 and 1 when the scores separate the classes perfectly.
struct Platt {
    double scale = 1;
    double shift = 0;
};
[[nodiscard]] Platt fitPlatt(const std::vector<double> &scores, const std::vector<int> &y);
}
