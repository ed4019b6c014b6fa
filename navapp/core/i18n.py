"""How the Qt-free core asks for its words in the user's language.

The core, the readers and the command line write their messages in English through
:func:`translate`; the desktop app installs Qt's translator behind it as it starts, so a
finding, an error line or a status reaches the crew in their language, while the command
line stays in English. Texts kept in tables are marked with :func:`QT_TRANSLATE_NOOP` and
translated where they are shown.

Placeholders are ``str.format`` fields named in the source (``"Box {number} has no tulip"``),
so a translation may move them but keeps every one.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str, str | None, int], str]


def _english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text


_translator: Translator = _english
_decimal_point = "."
_language = "en"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` (English) in the user's language; ``context`` groups it for the translators."""
    return _translator(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks ``text`` for translation where it is kept; :func:`translate` it where it is shown."""
    return text


def decimal_point() -> str:
    """The decimal separator of the user's language (``.`` until the app sets it)."""
    return _decimal_point


def language() -> str:
    """The code of the language messages are in (``en`` until the app sets another)."""
    return _language


def install(translator: Translator | None, decimal_point: str = ".", language: str = "en") -> None:
    """Route :func:`translate` through ``translator`` (None: English) with that separator;
    ``language`` is the code of the language it translates into."""
    global _translator, _decimal_point, _language
    _translator = translator or _english
    _decimal_point = decimal_point if decimal_point in (".", ",") else "."
    _language = language if translator is not None else "en"
