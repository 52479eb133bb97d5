"""Qt item models over the plan and the reference data."""
