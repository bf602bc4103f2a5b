// SPDX-License-Identifier: GPL-3.0-or-later
#include "localdays.h"

#include "cards/studysettings.h"

#include <QDateTime>

LocalDays::LocalDays(QTimeZone zone, int dayStartsHour) : m_zone(std::move(zone)), m_dayStartsHour(dayStartsHour)
{
}

LocalDays LocalDays::fromSettings(const StudySettings &settings)
{
    return LocalDays(settings.timeZone, settings.dayStartsHour);
}

QDate LocalDays::dayOf(qint64 ms) const
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, m_zone);
    return local.time().hour() < m_dayStartsHour ? local.date().addDays(-1) : local.date();
}

qint64 LocalDays::startOf(QDate day) const
{
    return QDateTime(day, QTime(m_dayStartsHour, 0), m_zone).toMSecsSinceEpoch();
}

qint64 LocalDays::endOf(QDate day) const
{
    return startOf(day.addDays(1));
}
