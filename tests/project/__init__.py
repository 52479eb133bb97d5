"""Repository-wide rules: layering, import cycles, translations, whole sentences."""
