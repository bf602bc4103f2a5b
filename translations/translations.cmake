# SPDX-License-Identifier: GPL-3.0-or-later
# Every user-visible string goes through tr()/qsTr(). `cmake --build <dir> --target update_translations`
# runs lupdate over all C++ and QML sources into the .ts files here; the .qm files are compiled into the
# binary under :/i18n and main.cpp loads the one matching the user's locale. mlprep_en.ts holds only
# English plural forms (%n card / %n cards); a translation is a new mlprep_<lang>.ts listed below.
file(GLOB_RECURSE _translatable CONFIGURE_DEPENDS
    ${CMAKE_SOURCE_DIR}/app/*.cpp ${CMAKE_SOURCE_DIR}/app/*.h
    ${CMAKE_SOURCE_DIR}/core/*.cpp ${CMAKE_SOURCE_DIR}/core/*.h
    ${CMAKE_SOURCE_DIR}/qml/*.qml)
qt_add_translations(mlprep
    TS_FILES ${CMAKE_CURRENT_LIST_DIR}/mlprep_en.ts
    SOURCES ${_translatable}
    RESOURCE_PREFIX /i18n
    LUPDATE_OPTIONS -no-obsolete -locations none -pluralonly)
