"""Tests of io: plan files, chat exports, spreadsheets."""
