"""Translatable texts are whole sentences: no source text starts or ends with a space."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import continuity_app

PACKAGE = Path(continuity_app.__file__).parent
TRANSLATIONS = PACKAGE.parent / "resources" / "i18n"
RETIRED = ("obsolete", "vanished")  # lupdate's marks for sources no longer in the code
# translate("Context", "text"), QCoreApplication.translate(...) and self.tr("text")
_TRANSLATE_NAMES = {"translate": 1, "tr": 0}


def _literal(node: ast.expr) -> str | None:
    """A string literal (implicitly concatenated parts count as one); None otherwise."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _sources(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, source text) of every translatable literal in a module."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        index = _TRANSLATE_NAMES.get(name)
        if index is None or len(node.args) <= index:
            continue
        text = _literal(node.args[index])
        if text is not None:
            found.append((node.lineno, text))
    return found


def _padded(text: str) -> bool:
    return text != text.strip()


def test_the_scan_finds_translate_and_tr_literals():
    """The scanner sees the calls it is meant to check (a test that cannot fail is no test)."""
    code = 'translate("C", " and ")\nself.tr("Saved ")\nQCoreApplication.translate("C", "ok")\n'
    assert _sources(ast.parse(code)) == [(1, " and "), (2, "Saved "), (3, "ok")]
    assert [t for _, t in _sources(ast.parse(code)) if _padded(t)] == [" and ", "Saved "]


def test_no_translatable_source_starts_or_ends_with_whitespace():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for line, text in _sources(tree):
            if _padded(text):
                offenders.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {text!r}")
    assert not offenders, "sentence fragments (make them whole sentences):\n" + "\n".join(offenders)


def test_no_source_in_the_translation_files_starts_or_ends_with_a_space():
    """Sources still in use: lupdate keeps removed ones as obsolete or vanished."""
    offenders = []
    for path in sorted(TRANSLATIONS.glob("*.ts")):
        for context in ET.parse(path).getroot().iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") in RETIRED:
                    continue
                source = message.findtext("source") or ""
                if _padded(source):
                    offenders.append(f"{path.name}: {context.findtext('name')}: {source!r}")
    assert not offenders, "sentence fragments in the .ts files:\n" + "\n".join(offenders)
