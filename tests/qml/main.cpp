// SPDX-License-Identifier: GPL-3.0-or-later
#include "setup.h"

#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(MLPrepPlugin)
Q_IMPORT_QML_PLUGIN(MLPrep_ViewsPlugin)

QUICK_TEST_MAIN_WITH_SETUP(mlprep_qml, Setup)
