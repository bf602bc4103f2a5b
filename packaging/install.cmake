# SPDX-License-Identifier: GPL-3.0-or-later
# An FHS install tree (`cmake --install`) and a Debian package (`cpack -G DEB`).
include(GNUInstallDirs)
install(TARGETS mlprep RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

set(_app_id org.mlprep.MLPrep)
set(_packaging ${CMAKE_CURRENT_LIST_DIR})
install(FILES ${_packaging}/${_app_id}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${_packaging}/${_app_id}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${_packaging}/${_app_id}.mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME ${_app_id}.xml)
install(FILES ${_packaging}/icons/${_app_id}.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# The PNG sizes are rendered from the SVG at build time, so they cannot drift from it.
set(_icon_sizes 16 22 24 32 48 64 128 256)
set(_icon_dir ${CMAKE_BINARY_DIR}/icons)
set(_icon_pngs)
foreach(_size IN LISTS _icon_sizes)
    list(APPEND _icon_pngs ${_icon_dir}/${_size}x${_size}/apps/${_app_id}.png)
endforeach()
add_executable(mlprep_render_icon ${CMAKE_SOURCE_DIR}/tools/render-icon.cpp)
target_link_libraries(mlprep_render_icon PRIVATE Qt6::Gui Qt6::Svg)
mlprep_set_warnings(mlprep_render_icon)
add_custom_command(OUTPUT ${_icon_pngs}
    COMMAND mlprep_render_icon ${_packaging}/icons/${_app_id}.svg ${_icon_dir} ${_icon_sizes}
    DEPENDS mlprep_render_icon ${_packaging}/icons/${_app_id}.svg
    COMMENT "Rendering the app icon to PNG")
add_custom_target(mlprep_icons ALL DEPENDS ${_icon_pngs})
install(DIRECTORY ${_icon_dir}/ DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor)

set(CPACK_PACKAGE_NAME mlprep)
set(CPACK_PACKAGE_VENDOR "The MLPrep developers")
set(CPACK_PACKAGE_CONTACT "The MLPrep developers <dev@mlprep.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://mlprep.org/")
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
# Library dependencies come from dpkg-shlibdeps; the rest are what Qt loads at run time (QML modules,
# the SQLite driver) and the highlighter it runs, which no linker can see.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# They are the "# Run" section of the one package list.
file(STRINGS ${_packaging}/dependencies.txt _lines)
set(_runtime)
set(_in_run FALSE)
foreach(_line IN LISTS _lines)
    if(_line MATCHES "^# ")
        string(COMPARE EQUAL "${_line}" "# Run" _in_run)
    elseif(_in_run AND _line MATCHES "^[a-z0-9]")
        list(APPEND _runtime ${_line})
    endif()
endforeach()
list(JOIN _runtime ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
include(CPack)
