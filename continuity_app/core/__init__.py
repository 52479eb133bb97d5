"""Pure domain model: plan document, reference data, scenarios, impact model, recommendations."""
