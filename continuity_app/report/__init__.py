"""Charts and the printable plan (Qt GUI classes, no widgets)."""
