// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "collection.h"

std::unique_ptr<Collection> CommandContext::openCollection() const
{
    QString error;
    auto collection = Collection::open(dataDir, &error);
    if (!collection) {
        err << "mlprep: " << error << Qt::endl;
    }
    return collection;
}
