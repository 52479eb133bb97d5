"""Continuity planning for messaging outages: impact model, fallback channels and printable plan."""

__version__ = "0.1.0"
