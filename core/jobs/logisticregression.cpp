// SPDX-License-Identifier: GPL-3.0-or-later
#include "logisticregression.h"

#include <algorithm>
#include <cmath>

namespace
{
double sigmoid(double z)
{
    return z >= 0 ? 1.0 / (1.0 + std::exp(-z)) : std::exp(z) / (1.0 + std::exp(z));
}

/// log(1 + e^z) without overflow.
double softplus(double z)
{
    return z > 0 ? z + std::log1p(std::exp(-z)) : std::log1p(std::exp(z));
}

/// Solves A x = b for symmetric positive definite A (row-major n×n) by Cholesky; A is overwritten.
/// False when A is not positive definite (cannot happen with a positive ridge, checked anyway).
bool solveSpd(std::vector<double> &a, std::vector<double> &b, size_t n)
{
    for (size_t j = 0; j < n; ++j) {
        double d = a[j * n + j];
        for (size_t k = 0; k < j; ++k)
            d -= a[j * n + k] * a[j * n + k];
        if (d <= 0)
            return false;
        d = std::sqrt(d);
        a[j * n + j] = d;
        for (size_t i = j + 1; i < n; ++i) {
            double s = a[i * n + j];
            for (size_t k = 0; k < j; ++k)
                s -= a[i * n + k] * a[j * n + k];
            a[i * n + j] = s / d;
        }
    }
    for (size_t i = 0; i < n; ++i) {
        double s = b[i];
        for (size_t k = 0; k < i; ++k)
            s -= a[i * n + k] * b[k];
        b[i] = s / a[i * n + i];
    }
    for (size_t i = n; i-- > 0;) {
        double s = b[i];
        for (size_t k = i + 1; k < n; ++k)
            s -= a[k * n + i] * b[k];
        b[i] = s / a[i * n + i];
    }
    return true;
}

/// The bias is parameter 0, weight j is parameter j + 1.
double objective(const LogisticRegression::Problem &p, const std::vector<double> &theta)
{
    double loss = 0;
    for (size_t i = 0; i < p.x.size(); ++i) {
        double z = theta[0];
        for (size_t j = 0; j < p.x[i].size(); ++j)
            z += theta[j + 1] * p.x[i][j];
        loss += p.sampleWeight[i] * (softplus(z) - p.y[i] * z);
    }
    for (size_t j = 0; j < p.prior.size(); ++j)
        loss += 0.5 * p.l2 * (theta[j + 1] - p.prior[j]) * (theta[j + 1] - p.prior[j]);
    loss += 0.5 * std::max(1e-6, p.l2) * theta[0] * theta[0];
    return loss;
}
}

namespace LogisticRegression
{
double score(const Fit &fit, const std::vector<double> &x)
{
    double z = fit.bias;
    for (size_t j = 0; j < x.size() && j < fit.weights.size(); ++j)
        z += fit.weights[j] * x[j];
    return z;
}

Fit fit(const Problem &p)
{
    const size_t d = p.prior.size();
    const size_t n = d + 1;
    // The bias is pulled towards 0 like the weights: a posting with no evidence should land near the middle, not
    // on whichever side has the more generic vocabulary.
    const double biasRidge = std::max(1e-6, p.l2);
    std::vector<double> theta(n);
    theta[0] = p.initialBias;
    std::copy(p.prior.begin(), p.prior.end(), theta.begin() + 1);

    double current = objective(p, theta);
    std::vector<double> hessian(n * n);
    std::vector<double> gradient(n);
    std::vector<double> row(n);
    for (int iteration = 0; iteration < p.maxIterations; ++iteration) {
        std::fill(hessian.begin(), hessian.end(), 0.0);
        std::fill(gradient.begin(), gradient.end(), 0.0);
        for (size_t i = 0; i < p.x.size(); ++i) {
            row[0] = 1;
            std::copy(p.x[i].begin(), p.x[i].end(), row.begin() + 1);
            double z = 0;
            for (size_t j = 0; j < n; ++j)
                z += theta[j] * row[j];
            const double prob = sigmoid(z);
            const double c = p.sampleWeight[i];
            const double curvature = c * prob * (1 - prob);
            for (size_t j = 0; j < n; ++j) {
                if (row[j] == 0)
                    continue; // rows are sparse: most terms do not occur in a posting
                gradient[j] += c * (prob - p.y[i]) * row[j];
                const double hj = curvature * row[j];
                for (size_t k = 0; k <= j; ++k)
                    hessian[j * n + k] += hj * row[k];
            }
        }
        hessian[0] += biasRidge;
        gradient[0] += biasRidge * theta[0];
        for (size_t j = 1; j < n; ++j) {
            hessian[j * n + j] += p.l2;
            gradient[j] += p.l2 * (theta[j] - p.prior[j - 1]);
        }
        for (size_t j = 0; j < n; ++j) {
            for (size_t k = j + 1; k < n; ++k)
                hessian[j * n + k] = hessian[k * n + j];
        }
        std::vector<double> step = gradient;
        if (!solveSpd(hessian, step, n))
            break;
        // Damped Newton: halve the step until the objective does not grow.
        double scale = 1;
        std::vector<double> candidate(n);
        double next = current;
        for (int halving = 0; halving < 30; ++halving, scale /= 2) {
            for (size_t j = 0; j < n; ++j)
                candidate[j] = theta[j] - scale * step[j];
            next = objective(p, candidate);
            if (next <= current)
                break;
        }
        if (next > current)
            break;
        theta = candidate;
        const double improvement = current - next;
        current = next;
        if (improvement < 1e-10 * (1 + std::abs(current)))
            break;
    }
    Fit result;
    result.bias = theta[0];
    result.weights.assign(theta.begin() + 1, theta.end());
    return result;
}

Platt fitPlatt(const std::vector<double> &scores, const std::vector<int> &y)
{
    const double positives = double(std::count(y.begin(), y.end(), 1));
    const double negatives = double(y.size()) - positives;
    const double high = (positives + 1) / (positives + 2);
    const double low = 1 / (negatives + 2);
    const auto loss = [&](double a, double b) {
        double total = 0;
        for (size_t i = 0; i < scores.size(); ++i) {
            const double z = a * scores[i] + b;
            const double target = y[i] ? high : low;
            total += softplus(z) - target * z;
        }
        return total;
    };
    // Newton with backtracking (Lin, Lin and Weng's version of Platt's method): saturated scores make the
    // Hessian tiny, and an undamped step would fly off.
    double a = 1;
    double b = 0;
    double current = loss(a, b);
    for (int iteration = 0; iteration < 100; ++iteration) {
        double gA = 0, gB = 0, hAA = 1e-12, hAB = 0, hBB = 1e-12;
        for (size_t i = 0; i < scores.size(); ++i) {
            const double target = y[i] ? high : low;
            const double prob = sigmoid(a * scores[i] + b);
            const double r = prob - target;
            const double w = prob * (1 - prob);
            gA += r * scores[i];
            gB += r;
            hAA += w * scores[i] * scores[i];
            hAB += w * scores[i];
            hBB += w;
        }
        if (std::abs(gA) < 1e-9 && std::abs(gB) < 1e-9)
            break;
        const double det = hAA * hBB - hAB * hAB;
        if (det <= 0)
            break;
        const double dA = (hBB * gA - hAB * gB) / det;
        const double dB = (hAA * gB - hAB * gA) / det;
        double step = 1;
        bool improved = false;
        while (step > 1e-10) {
            const double next = loss(a - step * dA, b - step * dB);
            if (next < current - 1e-4 * step * (gA * dA + gB * dB) || next < current) {
                a -= step * dA;
                b -= step * dB;
                improved = current - next > 1e-12 * (1 + std::abs(current));
                current = next;
                break;
            }
            step /= 2;
        }
        if (!improved)
            break;
    }
    if (!std::isfinite(a) || !std::isfinite(b) || a <= 0)
        return {};
    return {a, b};
}
}
