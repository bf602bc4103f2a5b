// SPDX-License-Identifier: GPL-3.0-or-later
// Job classifier throughput (issue 7): ≥ 5,000 typical postings/s on one core, a 1 MB posting in < 50 ms,
// the model loaded in < 20 ms. Typical postings are the labelled corpus, classified from their raw bytes.
#include "jobs/jobclassifier.h"
#include "jobs/jobcorpus.h"

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;

namespace
{
const QList<LabelledPosting> &corpus()
{
    static const QList<LabelledPosting> postings = JobCorpus::loadDirectory(QStringLiteral(MLPREP_TEST_DATA_DIR "/../../resources/jobs/corpus"));
    return postings;
}

void BM_ClassifyTypicalPosting(benchmark::State &state)
{
    const JobClassifier classifier(JobModel::load());
    const QList<LabelledPosting> &postings = corpus();
    if (postings.isEmpty()) {
        state.SkipWithError("corpus not found");
        return;
    }
    qsizetype i = 0;
    qint64 bytes = 0;
    for (auto _ : state) {
        const LabelledPosting &posting = postings[i];
        benchmark::DoNotOptimize(classifier.classify(posting.raw, posting.fileNameHint));
        bytes += posting.raw.size();
        i = (i + 1) % postings.size();
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_ClassifyTypicalPosting);

void BM_ClassifyOneMegabytePosting(benchmark::State &state)
{
    const JobClassifier classifier(JobModel::load());
    QByteArray large;
    for (qsizetype i = 0; large.size() < 1024 * 1024 && !corpus().isEmpty(); i = (i + 1) % corpus().size())
        large += corpus()[i].raw + '\n';
    for (auto _ : state)
        benchmark::DoNotOptimize(classifier.classify(large, u"large.txt"_s));
    state.SetBytesProcessed(state.iterations() * large.size());
}
BENCHMARK(BM_ClassifyOneMegabytePosting)->Unit(benchmark::kMillisecond);

void BM_LoadModel(benchmark::State &state)
{
    for (auto _ : state) {
        JobClassifier classifier(JobModel::load());
        benchmark::DoNotOptimize(classifier.model().terms().size());
    }
}
BENCHMARK(BM_LoadModel)->Unit(benchmark::kMillisecond);
}
