"""Plan files fuzzed (hypothesis): any bytes, any JSON, a real plan with values replaced, any
text in its free-text fields. Each loads as a plan that saves and loads back as itself, or is
refused with a PlanFileError, never another exception."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from continuity_app.io.examples import example_path
from continuity_app.io.planfile import PlanFileError, load_plan, save_plan


def _example() -> dict:
    return json.loads(example_path("ramallah-bakery").read_text(encoding="utf-8"))


FUZZ = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner, max_size=5)
    ),
    max_leaves=20,
)


def _loads_or_refuses(path: Path):
    """A Plan or a PlanFileError, nothing else; a Plan must save and load back as itself."""
    try:
        plan = load_plan(path)
    except PlanFileError as error:
        str(error).encode("utf-8")  # the message can be printed
        event("refused")
        return None
    event("loaded")
    saved = path.with_name("saved.cplan")
    save_plan(plan, saved)
    assert load_plan(saved) == plan
    return plan


@FUZZ
@given(content=st.binary(max_size=2000))
def test_fuzz_arbitrary_bytes(tmp_path, content):
    path = tmp_path / "fuzz.cplan"
    path.write_bytes(content)
    _loads_or_refuses(path)


@FUZZ
@given(document=json_values)
def test_fuzz_arbitrary_json(tmp_path, document):
    path = tmp_path / "fuzz.cplan"
    path.write_text(json.dumps(document, allow_nan=True), encoding="utf-8")
    _loads_or_refuses(path)


def _leaves(value, path=()):
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _leaves(item, (*path, index))
    yield path


EXAMPLE_LEAVES = list(_leaves(_example()))
surrogate_text = st.text(
    alphabet=st.characters(codec=None, categories=None) | st.sampled_from("\ud800\udfffé"),
    max_size=10,
)

# values near the ones a plan holds load more often, and then must round-trip
plausible_values = (
    st.floats(min_value=0, max_value=1)
    | st.integers(min_value=0, max_value=50)
    | surrogate_text
    | json_values
)


@FUZZ
@given(
    changes=st.lists(
        st.tuples(st.sampled_from(EXAMPLE_LEAVES), plausible_values),
        min_size=1,
        max_size=3,
    )
)
def test_fuzz_mutated_example(tmp_path, changes):
    """One to three values of a real plan replaced: many still load and must round-trip."""
    document = _example()
    for where, value in changes:
        if not where:
            document = value
            continue
        parent = document
        try:
            for step in where[:-1]:
                parent = parent[step]
            parent[where[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change replaced the branch this one is in
    path = tmp_path / "fuzz.cplan"
    path.write_text(json.dumps(document, allow_nan=True, ensure_ascii=True), encoding="utf-8")
    _loads_or_refuses(path)


FREE_TEXT = {"name", "sector", "summary", "owner", "approver", "title", "holder", "duties", "text"}
TEXT_LEAVES = [where for where in EXAMPLE_LEAVES if where and where[-1] in FREE_TEXT]


@FUZZ
@given(
    changes=st.lists(
        st.tuples(
            st.sampled_from(TEXT_LEAVES),
            st.text(
                alphabet=st.characters(codec=None) | st.sampled_from("\ud800\udfff"),
                min_size=1,
                max_size=30,
            ),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_fuzz_any_text_in_text_fields_loads_and_round_trips(tmp_path, changes):
    """Any character (control, right-to-left, lone surrogate) in free text keeps the plan."""
    document = _example()
    for where, value in changes:
        parent = document
        for step in where[:-1]:
            parent = parent[step]
        parent[where[-1]] = value
    path = tmp_path / "fuzz.cplan"
    path.write_text(json.dumps(document, ensure_ascii=True), encoding="utf-8")
    assert _loads_or_refuses(path) is not None
