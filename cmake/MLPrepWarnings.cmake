# SPDX-License-Identifier: GPL-3.0-or-later
# Warnings for our own targets only (generated moc/qml code is compiled with them too and is clean).
function(mlprep_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor)
    if(MLPREP_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
