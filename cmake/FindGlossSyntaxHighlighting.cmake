# Finds KSyntaxHighlighting built for Qt 6 and provides the target Gloss::SyntaxHighlighting.
#
# Tries KF6SyntaxHighlighting first (Debian 13, Fedora, Arch, newer Ubuntu), then the KF5-named
# Qt 6 build that scripts/setup.sh makes on Debian 12 (in /opt/gloss-deps unless told otherwise).
# A Qt 5 build of the library is refused: it cannot be linked into a Qt 6 program.

find_package(KF6SyntaxHighlighting QUIET CONFIG)
if(TARGET KF6::SyntaxHighlighting)
    set(_gloss_ksh_target KF6::SyntaxHighlighting)
    set(GlossSyntaxHighlighting_VERSION ${KF6SyntaxHighlighting_VERSION})
else()
    list(APPEND CMAKE_PREFIX_PATH "${GLOSS_DEPS_PREFIX}")
    find_package(KF5SyntaxHighlighting QUIET CONFIG)
    if(TARGET KF5::SyntaxHighlighting)
        get_target_property(_gloss_ksh_links KF5::SyntaxHighlighting INTERFACE_LINK_LIBRARIES)
        if("${_gloss_ksh_links}" MATCHES "Qt5::")
            message(FATAL_ERROR
                "KSyntaxHighlighting found at ${KF5SyntaxHighlighting_DIR} is built for Qt 5; Gloss needs a Qt 6 build.\n"
                "Run scripts/setup.sh (it builds one into ${GLOSS_DEPS_PREFIX}) or install libkf6syntaxhighlighting-dev.")
        endif()
        set(_gloss_ksh_target KF5::SyntaxHighlighting)
        set(GlossSyntaxHighlighting_VERSION ${KF5SyntaxHighlighting_VERSION})
    endif()
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(GlossSyntaxHighlighting
    REQUIRED_VARS _gloss_ksh_target
    VERSION_VAR GlossSyntaxHighlighting_VERSION
    REASON_FAILURE_MESSAGE "KSyntaxHighlighting for Qt 6 not found: run scripts/setup.sh, or install libkf6syntaxhighlighting-dev.")

if(GlossSyntaxHighlighting_FOUND AND NOT TARGET Gloss::SyntaxHighlighting)
    add_library(Gloss::SyntaxHighlighting INTERFACE IMPORTED)
    set_target_properties(Gloss::SyntaxHighlighting PROPERTIES INTERFACE_LINK_LIBRARIES ${_gloss_ksh_target})
    get_target_property(_gloss_ksh_location ${_gloss_ksh_target} LOCATION)
    if(_gloss_ksh_location)
        get_filename_component(GLOSS_SYNTAXHIGHLIGHTING_LIBDIR "${_gloss_ksh_location}" DIRECTORY)
    endif()
endif()
