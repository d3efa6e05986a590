"""Which Qt files go into the desk bundle: only what the window uses.

PySide6's PyInstaller hooks collect every plugin and translation of the Qt modules the app
imports; these rules trim that to what a desk needs, so the bundle stays well under 200 MB.
Used by ``op-desk.spec`` to filter the Analysis tables, and checked by tests/build.
"""

import re

QT_MODULES_NOT_USED = (
    "PySide6.Qt3DAnimation", "PySide6.Qt3DCore", "PySide6.Qt3DExtras", "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic", "PySide6.Qt3DRender", "PySide6.QtBluetooth", "PySide6.QtCharts",
    "PySide6.QtConcurrent", "PySide6.QtDBus", "PySide6.QtDataVisualization",
    "PySide6.QtDesigner", "PySide6.QtGraphs", "PySide6.QtHelp", "PySide6.QtHttpServer",
    "PySide6.QtLocation", "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets",
    "PySide6.QtNetwork", "PySide6.QtNetworkAuth", "PySide6.QtNfc", "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets", "PySide6.QtPdf", "PySide6.QtPdfWidgets",
    "PySide6.QtPositioning", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuick3D",
    "PySide6.QtQuickControls2", "PySide6.QtQuickWidgets", "PySide6.QtRemoteObjects",
    "PySide6.QtScxml", "PySide6.QtSensors", "PySide6.QtSerialBus", "PySide6.QtSerialPort",
    "PySide6.QtSpatialAudio", "PySide6.QtSql", "PySide6.QtStateMachine", "PySide6.QtTest",
    "PySide6.QtTextToSpeech", "PySide6.QtUiTools", "PySide6.QtWebChannel",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineQuick", "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets", "PySide6.QtXml",
)
"""Python-side Qt modules excluded from the analysis (their hooks would pull libraries in)."""

PLUGINS_KEPT = {
    "platforms": {"offscreen", "xcb", "windows", "minimal", "cocoa"},
    "imageformats": {"svg", "ico", "jpeg", "gif"},
    "iconengines": {"svgicon"},
    "printsupport": {"cupsprintersupport", "windowsprintersupport"},
    "platformthemes": set(),  # the window sets its own look; GTK's would pull in cairo & co
    "platforminputcontexts": {"composeplatforminputcontextplugin",
                              "ibusplatforminputcontextplugin"},
    "styles": {"modernwindowsstyle", "windowsvistastyle"},
    "xcbglintegrations": {"xcb-glx-integration", "xcb-egl-integration"},
    "tls": set(),
    "generic": set(),
    "egldeviceintegrations": set(),
    "networkinformation": set(),
    "wayland-decoration-client": set(),
    "wayland-graphics-integration-client": set(),
    "wayland-shell-integration": set(),
}
"""Per plugin folder, the plugins a desk needs (name without ``lib``/``q`` prefix and suffix).
Folders not listed are kept whole."""

LANGUAGES_KEPT = ("it", "en")

_PLUGIN = re.compile(r"(?:^|[\\/])plugins[\\/](?P<folder>[^\\/]+)[\\/](?P<file>[^\\/]+)$")
_TRANSLATION = re.compile(r"(?:^|[\\/])translations[\\/](?P<base>qt\w*?)_(?P<lang>[a-z]{2})"
                          r"(?:_[A-Za-z]{2})?\.qm$")
_PREFIXES = ("libq", "q", "lib")
_SUFFIXES = (".so", ".dll", ".dylib")


def plugin_name(file_name: str) -> str:
    """``libqxcb.so`` / ``qwindows.dll`` / ``qwindowsd.dll`` -> ``xcb`` / ``windows``."""
    name = file_name
    for suffix in _SUFFIXES:
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    for prefix in _PREFIXES:
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def is_wanted(destination: str) -> bool:
    """Whether a collected file (its path inside the bundle) belongs in the desk bundle."""
    plugin = _PLUGIN.search(destination)
    if plugin and "PySide6" in destination:
        kept = PLUGINS_KEPT.get(plugin["folder"])
        return kept is None or plugin_name(plugin["file"]) in kept
    translation = _TRANSLATION.search(destination)
    if translation and "PySide6" in destination:
        return translation["lang"] in LANGUAGES_KEPT
    return True


def trimmed(entries):
    """An Analysis table (``binaries`` or ``datas``) without the Qt files a desk never uses."""
    return [entry for entry in entries if is_wanted(entry[0])]
