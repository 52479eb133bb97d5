"""Tests of the model in core: pure Python, no Qt."""
