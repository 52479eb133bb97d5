"""Tests of the installed forms: the wheel and the PyInstaller bundle."""
