"""Plan files: validation messages with paths, exact round trips, atomic saves, migration."""

from __future__ import annotations

import json
import os

import pytest

from continuity_app.core.plan import SCHEMA_VERSION
from continuity_app.io import planfile
from continuity_app.io.examples import example_names, example_path, load_example
from continuity_app.io.planfile import (
    PlanFileError,
    load_plan,
    plan_json_schema,
    plan_to_json,
    save_plan,
)
from continuity_app.resources import resource_path


def example_document() -> dict:
    return json.loads(example_path("ramallah-bakery").read_text(encoding="utf-8"))


def write(tmp_path, document, name="plan.cplan"):
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def problems_of(tmp_path, document) -> list[str]:
    with pytest.raises(PlanFileError) as caught:
        load_plan(write(tmp_path, document))
    return caught.value.problems


def test_every_example_loads_and_round_trips_to_the_same_bytes(tmp_path):
    assert len(example_names()) >= 3
    for name in example_names():
        original = example_path(name).read_text(encoding="utf-8")
        plan = load_plan(example_path(name))
        assert plan_to_json(plan) == original
        save_plan(plan, tmp_path / f"{name}.cplan")
        again = load_plan(tmp_path / f"{name}.cplan")
        assert again == plan
        assert (tmp_path / f"{name}.cplan").read_text(encoding="utf-8") == original


def test_out_of_range_share_is_reported_with_its_path(tmp_path):
    document = example_document()
    document["functions"][2]["channel_mix"]["whatsapp"] = 1.7
    assert problems_of(tmp_path, document) == [
        "functions[2].channel_mix.whatsapp: 1.7 is not between 0 and 1"
    ]


def test_every_problem_is_reported_not_just_the_first(tmp_path):
    document = example_document()
    document["functions"][0]["daily_interactions"] = -5
    document["business"]["currency"] = "shekel"
    document["fallbacks"][0]["function"] = "nonexistent"
    del document["tolerance"]["max_loss_per_outage"]
    document["functions"][1]["colour"] = "red"
    problems = problems_of(tmp_path, document)
    assert "functions[0].daily_interactions: -5 must be at least 0" in problems
    assert (
        "business.currency: 'shekel' is not valid; "
        "use a three-letter ISO 4217 currency code such as USD, BRL or INR"
    ) in problems
    assert "tolerance.max_loss_per_outage: is missing" in problems
    assert "functions[1].colour: is not a known field (check its spelling)" in problems
    assert len(problems) == 4  # references are only checked once the fields themselves are valid


def test_references_between_parts_are_checked(tmp_path):
    document = example_document()
    document["fallbacks"][0]["function"] = "nonexistent"
    document["functions"][1]["id"] = document["functions"][0]["id"]
    problems = problems_of(tmp_path, document)
    assert "fallbacks[0].function: no function has id 'nonexistent'" in problems
    assert "functions[1].id: function id 'orders' is used twice" in problems


def test_ranges_must_be_ordered_and_shares_add_up(tmp_path):
    document = example_document()
    document["functions"][0]["patience_hours"] = {"low": 5, "likely": 1, "high": 6}
    document["business"]["country_mix"] = {"PS": 0.5, "IL": 0.2}
    problems = problems_of(tmp_path, document)
    assert "functions[0].patience_hours: low <= likely <= high must hold, got 5.0, 1.0, 6.0" in (
        problems
    )
    assert "business.country_mix: shares add up to 0.7; they must add up to 1" in problems


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "not valid JSON"),
        (b"{not json", "not valid JSON (line 1, column 2)"),
        (b"\xff\xfe{\x00", "not UTF-8"),
        (b"[1, 2]", "expected a JSON object"),
        (b'{"schema_version": "one"}', "schema_version: 'one' is not a schema version"),
    ],
)
def test_files_that_are_not_plans_say_why(tmp_path, content, expected):
    path = tmp_path / "bad.cplan"
    path.write_bytes(content)
    with pytest.raises(PlanFileError) as caught:
        load_plan(path)
    assert expected in str(caught.value)
    assert str(path) in str(caught.value)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(PlanFileError, match="does not exist"):
        load_plan(tmp_path / "nothing.cplan")
    with pytest.raises(PlanFileError, match="folder"):
        load_plan(tmp_path)


def test_newer_schema_is_refused_with_a_way_out(tmp_path):
    document = example_document()
    document["schema_version"] = SCHEMA_VERSION + 1
    (problem,) = problems_of(tmp_path, document)
    assert "newer version of the application" in problem
    assert "Update the application" in problem


def test_older_schema_versions_are_migrated_step_by_step(tmp_path, monkeypatch):
    """A document one version behind passes through the registered migration on load."""
    document = example_document()
    older = SCHEMA_VERSION - 1
    document["schema_version"] = older
    if older not in planfile.MIGRATIONS:
        # No older real format exists yet: exercise the mechanism with an older layout in
        # which the tolerance was a bare number.
        document["tolerance"] = document["tolerance"]["max_loss_per_outage"]

        def upgrade(old):
            old["tolerance"] = {"max_loss_per_outage": old["tolerance"]}
            return old

        monkeypatch.setitem(planfile.MIGRATIONS, older, upgrade)
    plan = load_plan(write(tmp_path, document))
    assert plan.schema_version == SCHEMA_VERSION
    example = load_example("ramallah-bakery")
    assert plan.tolerance.max_loss_per_outage == example.tolerance.max_loss_per_outage
    assert plan.functions == example.functions


def test_unknown_old_version_is_refused(tmp_path):
    document = example_document()
    document["schema_version"] = -3
    assert problems_of(tmp_path, document) == [
        "schema_version: -3 is not a plan format this application knows"
    ]


def test_save_is_atomic_and_keeps_the_old_file_when_writing_fails(tmp_path, monkeypatch):
    plan = load_example()
    target = tmp_path / "plan.cplan"
    target.write_text("previous content", encoding="utf-8")

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        save_plan(plan, target)
    assert target.read_text(encoding="utf-8") == "previous content"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.cplan"]  # no temporary left behind


def test_committed_json_schema_is_current_and_validates_the_examples():
    committed = json.loads(resource_path("schema", "cplan.schema.json").read_text("utf-8"))
    assert committed == plan_json_schema()
    assert committed["properties"]["schema_version"]["const"] == SCHEMA_VERSION


def test_lengths_and_limits_are_said_in_words(tmp_path):
    document = example_document()
    document["fallbacks"][0]["activation_delay_hours"] = 500
    document["tasks"] = [
        {
            "id": "t",
            "title": "",
            "function": document["functions"][0]["id"],
            "channel": "sms",
            "readiness_when_done": 0.2,
            "owner": "o" * 300,
        }
    ]
    problems = problems_of(tmp_path, document)
    assert "fallbacks[0].activation_delay_hours: 500 must be at most 168" in problems
    assert "tasks[0].title: cannot be empty; write a few words" in problems
    assert "tasks[0].owner: is longer than 200 characters; write it shorter" in problems
