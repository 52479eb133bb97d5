"""Tests of the window, its pages and dialogs."""
