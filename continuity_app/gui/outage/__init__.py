"""Outage mode and tabletop exercises in the window: start, run, save as it goes, review."""
