"""Translations: complete, current with the code, placeholders kept, no text bypassing tr()."""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.paths import REPO_ROOT

I18N = REPO_ROOT / "resources" / "i18n"
LANGUAGES = ("ar", "es", "fr", "hi", "id", "pt_BR")
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"%L?\d|%n|\{[a-z_]+(?::[^}]*)?\}")


def sources() -> list[str]:
    return sorted(str(p) for p in (REPO_ROOT / "continuity_app").rglob("*.py"))


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def lupdate(target: Path, language: str) -> None:
    subprocess.run(
        [
            "bash",
            str(REPO_ROOT / "scripts" / "lupdate.sh"),
            "-no-obsolete",
            "-locations",
            "relative",
            *sources(),
            "-target-language",
            language,
            "-ts",
            str(target),
        ],
        check=True,
        capture_output=True,
        cwd=REPO_ROOT,
        env={**os.environ, "VENV": sys.prefix},  # the tool is kept beside this environment
    )


@pytest.fixture(scope="module")
def fresh_template(tmp_path_factory) -> Path:
    """What lupdate extracts from the code right now."""
    target = tmp_path_factory.mktemp("ts") / "template.ts"
    lupdate(target, "en")
    return target


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(language):
    ts = I18N / f"continuity_app_{language}.ts"
    unfinished = []
    for context, message in messages(ts):
        translation = message.find("translation")
        forms = translation.findall("numerusform") if translation is not None else []
        texts = (
            [f.text for f in forms]
            if forms
            else [translation.text if translation is not None else None]
        )
        if (
            translation is None
            or translation.get("type") in ("unfinished", "vanished", "obsolete")
            or not all(t and t.strip() for t in texts)
        ):
            unfinished.append(f"{context}: {message.findtext('source')!r}")
    assert not unfinished, f"{len(unfinished)} untranslated in {language}: {unfinished[:10]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_every_placeholder(language):
    broken = []
    for context, message in messages(I18N / f"continuity_app_{language}.ts"):
        source = message.findtext("source") or ""
        wanted = sorted(PLACEHOLDER.findall(source))
        translation = message.find("translation")
        if translation is None:
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        for text in forms:
            found = sorted(PLACEHOLDER.findall(text))
            # a plural form may leave out %n (e.g. Arabic "one" and "two" forms)
            if [p for p in found if p != "%n"] != [p for p in wanted if p != "%n"]:
                broken.append(f"{context}: {source!r} -> {text!r}")
    assert not broken, "\n".join(broken[:10])


@pytest.mark.parametrize("language", LANGUAGES)
def test_translation_sources_are_current_with_the_code(language, fresh_template):
    """A string added to the code without updating the .ts files fails here."""
    current = {(c, m.findtext("source")) for c, m in messages(fresh_template)}
    shipped = {
        (c, m.findtext("source")) for c, m in messages(I18N / f"continuity_app_{language}.ts")
    }
    missing = sorted(current - shipped)
    assert not missing, (
        f"run scripts/update_translations.sh: {len(missing)} new, e.g. {missing[:5]}"
    )


def test_every_count_is_extracted_as_a_plural(fresh_template):
    """A lupdate that misses translate(..., None, count) leaves those texts English for ever."""
    texts = set()
    for path in sources():
        for call in ast.walk(ast.parse(Path(path).read_text("utf-8"))):
            if not isinstance(call, ast.Call):
                continue
            name = getattr(call.func, "attr", getattr(call.func, "id", ""))
            texts.update(
                argument.value
                for argument in call.args[:2]
                if name in {"tr", "translate"}
                and isinstance(argument, ast.Constant)
                and isinstance(argument.value, str)
                and "%n" in argument.value
            )
    plural = {m.findtext("source") for _, m in messages(fresh_template) if m.get("numerus")}
    missing = sorted(texts - plural)
    assert len(texts) > 20  # the application counts things in many places
    assert not missing, f"not extracted as plurals: {missing[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_translations_are_current(language, tmp_path):
    compiled = tmp_path / f"{language}.qm"
    subprocess.run(
        [
            str(BIN / "pyside6-lrelease"),
            "-silent",
            str(I18N / f"continuity_app_{language}.ts"),
            "-qm",
            str(compiled),
        ],
        check=True,
    )
    assert compiled.read_bytes() == (I18N / f"continuity_app_{language}.qm").read_bytes()


PSEUDO_CHECK = r"""
import json, os, re, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtWidgets import (QAbstractButton, QApplication, QGroupBox, QLabel, QLineEdit,
    QTabWidget, QAbstractItemView, QMenu)
from continuity_app.core.i18n import set_language
from continuity_app.localization import QtLanguage
app = QApplication([])
translator = QTranslator()
assert translator.load(sys.argv[1])
app.installTranslator(translator)
set_language(QtLanguage(QLocale(), translator=translator))
from continuity_app.core.reference import load_reference
from continuity_app.gui.context import AppContext
from continuity_app.gui.open_plan import OpenPlan
from continuity_app.gui.main_window import MainWindow, page_classes
from continuity_app.gui.recovery import Recovery
from continuity_app.gui.results_engine import ResultsEngine
from continuity_app.gui.settings import FIRST_START_DONE, Settings
from continuity_app.io.examples import load_example
reference = load_reference()
open_plan = OpenPlan(load_example("ramallah-bakery"))
engine = ResultsEngine(open_plan, reference)
settings = Settings(QSettings(sys.argv[2] + "/s.ini", QSettings.Format.IniFormat))
settings.set(FIRST_START_DONE, True)
recovery = Recovery(open_plan, folder=__import__("pathlib").Path(sys.argv[2]))
window = MainWindow(AppContext(open_plan, engine, reference, settings), recovery)
window.resize(1280, 860)
window.show()
engine.refresh(); engine.wait(); app.processEvents()
texts = set()
for page_class in page_classes():
    window.show_page(page_class)
    app.processEvents()
    for widget in window.findChildren(QLabel):
        if widget.isVisible(): texts.add(widget.text())
    for widget in window.findChildren(QAbstractButton):
        if widget.isVisible(): texts.add(widget.text())
    for widget in window.findChildren(QGroupBox):
        if widget.isVisible(): texts.add(widget.title())
    for widget in window.findChildren(QLineEdit):
        if widget.isVisible(): texts.add(widget.placeholderText())
    for widget in window.findChildren(QTabWidget):
        if widget.isVisible(): texts.update(widget.tabText(i) for i in range(widget.count()))
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisible() and model is not None and hasattr(view, "horizontalHeader"):
            from PySide6.QtCore import Qt
            texts.update(str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                         for c in range(model.columnCount()))
for menu in window.findChildren(QMenu):
    texts.add(menu.title())
    texts.update(a.text() for a in menu.actions())
open_plan.undo_stack.setClean(); window.close()
from PySide6.QtCore import QLocale
locale_names = {QLocale().dayName(day) for day in range(1, 8)}  # the locale's, not ours to tr()
print(json.dumps(sorted(t for t in texts if t and t not in locale_names)))
"""


def test_pseudo_locale_finds_no_text_that_bypasses_tr(tmp_path, fresh_template):
    """Every source text becomes ⟦text⟧; any English left on screen did not go through tr()."""
    tree = ET.parse(fresh_template)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = f"⟦{source}⟧"
        else:
            translation.text = f"⟦{source}⟧"
    pseudo_ts = tmp_path / "pseudo.ts"
    tree.write(pseudo_ts, encoding="utf-8", xml_declaration=True)
    pseudo_qm = tmp_path / "pseudo.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(pseudo_ts), "-qm", str(pseudo_qm)],
        check=True,
    )
    result = subprocess.run(
        [sys.executable, "-c", PSEUDO_CHECK, str(pseudo_qm), str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    plan = json.loads(
        (REPO_ROOT / "resources" / "examples" / "ramallah-bakery.cplan").read_text("utf-8")
    )

    def strings(value):
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for item in value.values():
                yield from strings(item)
        elif isinstance(value, list):
            for item in value:
                yield from strings(item)

    data = set(strings(plan))
    bypassed = [
        text
        for text in shown
        if re.search(r"[A-Za-z]{3,}", text)
        and "⟦" not in text
        and not any(text == d or text in d for d in data)
    ]
    assert not bypassed, f"{len(bypassed)} texts bypass tr(): {bypassed[:15]}"
