// SPDX-License-Identifier: GPL-3.0-or-later
#include "limits.h"

#include <QCoreApplication>

namespace Board::Io
{

WarningSink::WarningSink(QStringList *out) : m_out(out)
{
}

WarningSink::~WarningSink()
{
    if (m_out && m_dropped > 0) {
        m_out->append(QCoreApplication::translate("Board::Io", "…and %n more problem(s) of the same kinds.", nullptr, int(m_dropped)));
    }
}

void WarningSink::add(const QString &message)
{
    if (!m_out) {
        return;
    }
    if (m_out->size() < Limits::MaxWarnings) {
        m_out->append(message);
    } else {
        ++m_dropped;
    }
}

} // namespace Board::Io
