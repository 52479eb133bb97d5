"""Tests of the printed plan and the charts."""
