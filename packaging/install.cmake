# SPDX-License-Identifier: GPL-3.0-or-later
include(GNUInstallDirs)
install(TARGETS mlprep RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
