"""The test suite, one package per layer (see README.md)."""
