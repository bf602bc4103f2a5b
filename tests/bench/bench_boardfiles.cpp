// SPDX-License-Identifier: GPL-3.0-or-later
// Board files on a 5,000-element board (issue 5 targets): open and save .mlboard < 200 ms each,
// .excalidraw likewise, export PNG at 2× < 1 s.
#include "../core/boardfixtures.h"
#include "board/io/excalidraw.h"
#include "board/io/imageexport.h"
#include "board/io/mlboard.h"

#include <QGuiApplication>

#include <benchmark/benchmark.h>

namespace
{
const Board::Document &board()
{
    static const Board::Document doc = BoardFixtures::largeDocument(5000);
    return doc;
}

/// Text needs fonts, fonts need a QGuiApplication; offscreen keeps the benchmark display-free.
void ensureGuiApplication()
{
    if (!QGuiApplication::instance()) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        static int argc = 1;
        static char name[] = "bench_boardfiles";
        static char *argv[] = {name, nullptr};
        static QGuiApplication app(argc, argv);
    }
}

void BM_SaveMlboard(benchmark::State &state)
{
    for (auto _ : state) {
        benchmark::DoNotOptimize(Board::Io::toMlboard(board()));
    }
}
BENCHMARK(BM_SaveMlboard)->Unit(benchmark::kMillisecond);

void BM_OpenMlboard(benchmark::State &state)
{
    const QByteArray bytes = Board::Io::toMlboard(board());
    for (auto _ : state) {
        benchmark::DoNotOptimize(Board::Io::fromMlboard(bytes));
    }
}
BENCHMARK(BM_OpenMlboard)->Unit(benchmark::kMillisecond);

void BM_SaveExcalidraw(benchmark::State &state)
{
    for (auto _ : state) {
        benchmark::DoNotOptimize(Board::Io::toExcalidraw(board()));
    }
}
BENCHMARK(BM_SaveExcalidraw)->Unit(benchmark::kMillisecond);

void BM_OpenExcalidraw(benchmark::State &state)
{
    const QByteArray bytes = Board::Io::toExcalidraw(board());
    for (auto _ : state) {
        benchmark::DoNotOptimize(Board::Io::fromExcalidraw(bytes));
    }
}
BENCHMARK(BM_OpenExcalidraw)->Unit(benchmark::kMillisecond);

void BM_ExportPng2x(benchmark::State &state)
{
    ensureGuiApplication();
    Board::Io::ExportOptions options;
    options.scale = 2;
    options.embedScene = false;
    // The 5,000-element board spans ~8,800 × 4,800 units; 2× is capped by MaxExportSide.
    for (auto _ : state) {
        benchmark::DoNotOptimize(Board::Io::exportPng(board(), options));
    }
}
BENCHMARK(BM_ExportPng2x)->Unit(benchmark::kMillisecond)->Iterations(3);
} // namespace
