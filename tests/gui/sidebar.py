"""A page's entry in the window's sidebar, found by the page's class, never by its row."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidgetItem

from continuity_app.gui.main_window import MainWindow
from continuity_app.gui.pages.base import Page


def sidebar_item(window: MainWindow, page_class: type[Page]) -> QListWidgetItem:
    return window.sidebar.item(window.pages.index(window.page(page_class)))
