// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/jobsections.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
/// The section of the line that contains `needle`.
JobSection sectionOf(const QString &text, const SectionedPosting &posting, const QString &needle)
{
    const qsizetype at = text.indexOf(needle);
    return at < 0 ? JobSection::Body : posting.sectionAt(at);
}
}

class TestJobSections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headingsOpenSections()
    {
        const QString text = u"Careers home\nSenior Infrastructure Engineer\nHalcyon Labs — Berlin / Remote\n\n"
                             "We train frontier foundation models with RLHF.\n\n"
                             "What you'll do:\n- Run Kubernetes clusters\n\n"
                             "■ Required skills / experience\n- Terraform\n\n"
                             "Nice to have\n- FSDP\n\n"
                             "Not required\n- CUDA kernels\n\n"
                             "What we offer\n- Equity\n\n"
                             "Halcyon is an equal opportunity employer and considers applicants without regard to race."_s;
        const SectionedPosting posting = sectionPosting(text);
        QCOMPARE(posting.title, u"Senior Infrastructure Engineer"_s);
        QCOMPARE(posting.company, u"Halcyon Labs"_s);
        QCOMPARE(sectionOf(text, posting, u"Senior Infrastructure"_s), JobSection::Title);
        QCOMPARE(sectionOf(text, posting, u"Careers home"_s), JobSection::About);
        QCOMPARE(sectionOf(text, posting, u"frontier"_s), JobSection::About);
        QCOMPARE(sectionOf(text, posting, u"Run Kubernetes"_s), JobSection::Responsibilities);
        QCOMPARE(sectionOf(text, posting, u"Terraform"_s), JobSection::Requirements);
        QCOMPARE(sectionOf(text, posting, u"FSDP"_s), JobSection::NiceToHave);
        QCOMPARE(sectionOf(text, posting, u"CUDA kernels"_s), JobSection::Excluded);
        QCOMPARE(sectionOf(text, posting, u"Equity"_s), JobSection::Benefits);
        QCOMPARE(sectionOf(text, posting, u"regard to race"_s), JobSection::Benefits);
    }

    void spansCoverTheTextInOrder()
    {
        const QString text = u"ML Engineer\n\nAbout us\nBlurb.\n\nRequirements\n- PyTorch\n"_s;
        const SectionedPosting posting = sectionPosting(text);
        QVERIFY(!posting.spans.isEmpty());
        QCOMPARE(posting.spans.first().start, 0);
        QCOMPARE(posting.spans.last().end, text.size());
        for (qsizetype i = 1; i < posting.spans.size(); ++i) {
            QCOMPARE(posting.spans[i].start, posting.spans[i - 1].end);
            QVERIFY(posting.spans[i].section != posting.spans[i - 1].section);
        }
        QCOMPARE(posting.sectionAt(-1), JobSection::Body);
        QCOMPARE(posting.sectionAt(text.size() + 5), JobSection::Body);
    }

    void sentencesAndBulletsAreNotHeadings()
    {
        const QString text = u"Backend Engineer\n\nResponsibilities\n- Requirements gathering with product\n"
                             "Experience with Kafka is what we need most.\nBenefits of our approach are many, as described below in detail today\n"_s;
        const SectionedPosting posting = sectionPosting(text);
        QCOMPARE(sectionOf(text, posting, u"Requirements gathering"_s), JobSection::Responsibilities);
        QCOMPARE(sectionOf(text, posting, u"Experience with Kafka"_s), JobSection::Responsibilities);
        QCOMPARE(sectionOf(text, posting, u"Benefits of our"_s), JobSection::Responsibilities);
    }

    void postingWithoutHeadingsIsBody()
    {
        const QString text = u"Kernel Engineer at Fathom AI\nYou will write attention kernels and quantise models to FP8."_s;
        const SectionedPosting posting = sectionPosting(text);
        QCOMPARE(posting.title, u"Kernel Engineer at Fathom AI"_s);
        QCOMPARE(posting.company, u"Fathom AI"_s);
        QCOMPARE(sectionOf(text, posting, u"attention"_s), JobSection::Body);
    }

    void titleAfterPipeAndEmptyText()
    {
        const SectionedPosting posting = sectionPosting(u"Staff Software Engineer, API Platform | Willowmere Health\n\nRequirements\n- Go"_s);
        QCOMPARE(posting.title, u"Staff Software Engineer, API Platform"_s);
        QCOMPARE(posting.company, u"Willowmere Health"_s);
        QVERIFY(sectionPosting(u""_s).spans.isEmpty());
        QVERIFY(sectionPosting(u"\n\n"_s).title.isEmpty());
    }

    void sectionKeysRoundTrip()
    {
        for (int i = 0; i < JobSectionCount; ++i) {
            JobSection section = JobSection::Body;
            QVERIFY(sectionFromKey(sectionKey(JobSection(i)), &section));
            QCOMPARE(section, JobSection(i));
        }
        JobSection unused;
        QVERIFY(!sectionFromKey(u"salary", &unused));
    }
};

QTEST_GUILESS_MAIN(TestJobSections)
#include "tst_jobsections.moc"
