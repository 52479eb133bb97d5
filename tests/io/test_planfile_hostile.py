"""Hostile plan files: every one is refused with one readable message, fast and in bounded memory.

The small inputs live in tests/hostile/plans/ (each with the start of its expected message in
EXPECTED below); large or special ones (a named pipe, a device, a 100,000-level nesting, a file
larger than the limit) are made here at run time. Fuzzing is in test_planfile_fuzz.py.
"""

from __future__ import annotations

import json
import os
import sys
import time
import types
from pathlib import Path

import pytest

from continuity_app.core import plan as plan_model
from continuity_app.core.reference import load_reference
from continuity_app.io import planfile, regular_files
from continuity_app.io.examples import example_path, load_example
from continuity_app.io.planfile import (
    MAX_PLAN_BYTES,
    PlanFileError,
    load_plan,
    plan_to_json,
    save_plan,
)
from tests.paths import HOSTILE

CORPUS = HOSTILE / "plans"

# file name -> the start of the one problem it must report (after "<path>: ")
EXPECTED = {
    "nan-staff-cost.cplan": "business.staff_hourly_cost: NaN is not a number a plan can hold",
    "infinity-share.cplan": "functions[0].channel_mix.whatsapp: Infinity is not a number a plan",
    "minus-infinity-low.cplan": "functions[0].daily_interactions.low: -Infinity is not a number",
    "huge-exponent.cplan": "business.customer_lifetime_value.likely: Infinity is not a number",
    "nan-in-profile.cplan": "functions[0].hourly_profile[3]: NaN is not a number a plan can hold",
    "nan-in-country-mix.cplan": "business.country_mix.PS: NaN is not a number a plan can hold",
    "true-as-number.cplan": "functions[0].daily_interactions: true is a yes/no value, not a number",
    "false-as-staff.cplan": "business.staff: false is a yes/no value, not a number",
    "true-in-profile.cplan": "functions[0].hourly_profile: true is a yes/no value, not a number",
    "duplicate-key.cplan": 'the field "whatsapp" is written twice in one object',
    "duplicate-top-key.cplan": 'the field "business" is written twice in one object',
    "unknown-country.cplan": "business.country_mix: 'AQ' is not one of the",
    "absurd-volume.cplan": "functions[0].daily_interactions: 1e+30 interactions a day is more",
    "absurd-staff-cost.cplan": "business.staff_hourly_cost: 1e+200 is more money than any",
    "absurd-staff.cplan": "business.staff: 1,000,000,000,000 people is more than any employer has",
    "absurd-tolerance.cplan": "tolerance.max_loss_per_outage: 1e+300 is more money than any",
    "no-schema-version.cplan": "schema_version: the file has no schema version; is it a plan",
    "null-schema-version.cplan": "schema_version: null is not a schema version; plan files",
    "string-as-number.cplan": 'functions[0].backlog_cost: "lots" is not a number; write a number',
    "mix-over-whole.cplan": "functions[0].channel_mix: the channels' shares add up to 125%",
    "unknown-mix-channel.cplan": "functions[0].channel_mix: 'myspace' is not a known channel",
    "mix-not-a-mapping.cplan": "functions[0].channel_mix: 0.8 is not",
    "not-json.cplan": "the file is not valid JSON (line 2, column 3)",
    "latin1.cplan": "the file is not UTF-8 text",
    "array.cplan": "the file does not hold a plan (expected a JSON object)",
}
# The corpus files above are written by write_corpus() from the bakery example; rerun it with
# `python -m tests.io.test_planfile_hostile` after changing the example.


def _example() -> dict:
    return json.loads(example_path("ramallah-bakery").read_text(encoding="utf-8"))


def _corpus_texts() -> dict[str, bytes]:
    """How each corpus file is made: one change to the bakery example (or none of it)."""

    def edited(change) -> bytes:
        document = _example()
        change(document)
        return json.dumps(document, indent=1, ensure_ascii=False, allow_nan=True).encode()

    def replaced(old: str, new: str) -> bytes:
        text = json.dumps(_example(), indent=1, ensure_ascii=False)
        assert old in text
        return text.replace(old, new, 1).encode()

    def function0(field, value):
        return lambda d: d["functions"][0].__setitem__(field, value)

    def business(field, value):
        return lambda d: d["business"].__setitem__(field, value)

    profile = [1.0] * 24
    return {
        "nan-staff-cost.cplan": edited(business("staff_hourly_cost", float("nan"))),
        "infinity-share.cplan": edited(
            lambda d: d["functions"][0]["channel_mix"].__setitem__("whatsapp", float("inf"))
        ),
        "minus-infinity-low.cplan": edited(
            function0("daily_interactions", {"low": float("-inf"), "likely": 1, "high": 2})
        ),
        "huge-exponent.cplan": replaced('"likely": 1500.0', '"likely": 1e4300'),
        "nan-in-profile.cplan": edited(
            function0("hourly_profile", [*profile[:3], float("nan"), *profile[4:]])
        ),
        "nan-in-country-mix.cplan": edited(business("country_mix", {"PS": float("nan")})),
        "true-as-number.cplan": edited(function0("daily_interactions", True)),
        "false-as-staff.cplan": edited(business("staff", False)),
        "true-in-profile.cplan": edited(function0("hourly_profile", [True, *profile[1:]])),
        "duplicate-key.cplan": replaced('"whatsapp": {', '"whatsapp": 0.1,\n   "whatsapp": {'),
        "duplicate-top-key.cplan": replaced('"business": {', '"business": 1, "business": {'),
        "unknown-country.cplan": edited(business("country_mix", {"AQ": 1.0})),
        "absurd-volume.cplan": edited(function0("daily_interactions", 1e30)),
        "absurd-staff-cost.cplan": edited(business("staff_hourly_cost", 1e200)),
        "absurd-staff.cplan": edited(business("staff", 10**12)),
        "absurd-tolerance.cplan": edited(
            lambda d: d["tolerance"].__setitem__("max_loss_per_outage", 1e300)
        ),
        "no-schema-version.cplan": edited(lambda d: d.pop("schema_version")),
        "null-schema-version.cplan": edited(lambda d: d.__setitem__("schema_version", None)),
        "string-as-number.cplan": edited(function0("backlog_cost", "lots")),
        "mix-over-whole.cplan": edited(
            function0("channel_mix", {"whatsapp": 0.85, "instagram": 0.4})
        ),
        "unknown-mix-channel.cplan": edited(
            function0("channel_mix", {"whatsapp": 0.5, "myspace": 0.2})
        ),
        "mix-not-a-mapping.cplan": edited(function0("channel_mix", 0.8)),
        "not-json.cplan": b"{\n  schema_version: 2\n}\n",
        "latin1.cplan": '{"business": {"name": "Caf\u00e9"}}'.encode("latin-1"),
        "array.cplan": b"[2, {}]\n",
    }


def write_corpus() -> None:
    CORPUS.mkdir(parents=True, exist_ok=True)
    for name, content in _corpus_texts().items():
        (CORPUS / name).write_bytes(content)


def only_problem(path: Path) -> str:
    with pytest.raises(PlanFileError) as caught:
        load_plan(path)
    assert len(caught.value.problems) == 1, caught.value.problems
    message = str(caught.value)
    assert message == f"{path}: {caught.value.problems[0]}"
    return caught.value.problems[0]


def test_the_corpus_is_current_and_every_file_has_an_expectation():
    made = _corpus_texts()
    assert sorted(made) == sorted(EXPECTED)
    on_disk = {p.name: p.read_bytes() for p in CORPUS.glob("*.cplan")}
    assert on_disk == made, "run: python -m tests.io.test_planfile_hostile"
    assert all(len(content) < 20_000 for content in on_disk.values())


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_hostile_file_gives_its_one_message(name):
    assert only_problem(CORPUS / name).startswith(EXPECTED[name])


def test_messages_say_the_bound_and_the_way_out():
    staff_cost = only_problem(CORPUS / "absurd-staff-cost.cplan")
    assert "at most 1,000,000,000,000,000 in the plan currency" in staff_cost
    volume = only_problem(CORPUS / "absurd-volume.cplan")
    assert "the most a plan accepts is 1,000,000,000" in volume
    country = only_problem(CORPUS / "unknown-country.cplan")
    assert f"not one of the {len(load_reference().countries)} countries" in country
    assert "BR for Brazil" in country
    missing = only_problem(CORPUS / "no-schema-version.cplan")
    assert 'Plan files made by this application begin with "schema_version": 5.' in missing


def test_every_country_the_reference_knows_is_accepted(tmp_path):
    document = _example()
    for code in load_reference().countries:
        document["business"]["country_mix"] = {code: 1.0}
        path = tmp_path / "plan.cplan"
        path.write_text(json.dumps(document), encoding="utf-8")
        assert load_plan(path).business.country_mix == {code: 1.0}


def test_bounds_leave_real_plans_alone(tmp_path):
    """A large but real business (the bounds' order of magnitude below them) still loads."""
    document = _example()
    document["business"]["staff"] = 2_300_000
    document["business"]["staff_hourly_cost"] = 10**12  # in a currency of ~10^6 per dollar
    document["functions"][0]["daily_interactions"] = 5e8
    document["tolerance"]["max_loss_per_outage"] = 1e15
    path = tmp_path / "plan.cplan"
    path.write_text(json.dumps(document), encoding="utf-8")
    plan = load_plan(path)
    assert plan.business.staff == 2_300_000
    assert plan.tolerance.max_loss_per_outage == 1e15


def _timed_problem(path: Path, seconds: float = 5.0) -> str:
    started = time.perf_counter()
    problem = only_problem(path)
    assert time.perf_counter() - started < seconds
    return problem


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_opening_it(tmp_path, monkeypatch):
    fifo = tmp_path / "pipe.cplan"
    os.mkfifo(fifo)
    opened = []
    real_open = os.open
    monkeypatch.setattr(os, "open", lambda *args, **kw: opened.append(args) or real_open(*args))
    problem = _timed_problem(fifo, seconds=2)  # it used to block forever on open
    assert problem.startswith("this is a named pipe, not a plan file")
    assert opened == []


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_endless_device_is_refused():
    problem = _timed_problem(Path("/dev/zero"), seconds=2)  # it used to read until out of memory
    assert problem.startswith("this is a device, not a plan file")


def test_a_file_above_the_limit_says_its_size_and_the_limit(tmp_path):
    big = tmp_path / "big.cplan"
    with big.open("wb") as file:  # sparse: the size is real, the disk stays empty
        file.truncate(218_000_000)
    assert _timed_problem(big, seconds=1) == (
        "the file is 218.0 MB, larger than any plan (a plan file is at most 16.0 MB); "
        "is it really a plan made by this application?"
    )


def test_at_most_the_limit_and_one_byte_are_read(tmp_path, monkeypatch):
    """A file that is larger than it said (it grew while it was read) is still cut short."""
    path = tmp_path / "grows.cplan"
    path.write_bytes(b" " * 1000)
    monkeypatch.setattr(planfile, "MAX_PLAN_BYTES", 100)
    reads = []

    class Spy:
        def __init__(self, file):
            self.file = file

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.file.close()

        def fileno(self):
            return self.file.fileno()

        def read(self, size=-1):
            reads.append(size)
            return self.file.read(size)

    def shrunk(descriptor):  # the open file says it holds 10 bytes
        result = os.fstat(descriptor)
        return os.stat_result((result.st_mode, *result[1:6], 10, *result[7:]))

    fake_os = types.SimpleNamespace(
        **{name: getattr(os, name) for name in dir(os) if not name.startswith("__")}
    )
    fake_os.fstat = shrunk
    fake_os.fdopen = lambda *a: Spy(os.fdopen(*a))
    monkeypatch.setattr(regular_files, "os", fake_os)
    problem = only_problem(path)
    assert problem.startswith("the file is larger than any plan (a plan file is at most 0.0 MB)")
    assert reads == [101]


def test_deep_nesting_is_refused_quickly(tmp_path):
    for depth in (1_000, 100_000):
        path = tmp_path / f"deep{depth}.cplan"
        path.write_text('{"schema_version": 2, "business": ' + "[" * depth + "]" * depth + "}")
        problem = _timed_problem(path)
        assert problem.startswith("the file nests brackets hundreds of levels deep")


def test_nesting_just_below_the_parser_limit_is_still_a_plain_problem(tmp_path):
    path = tmp_path / "deep.cplan"
    document = _example()
    inner = ["x"]
    for _ in range(sys.getrecursionlimit() // 2):
        inner = [inner]
    document["business"]["sector"] = inner
    path.write_text(json.dumps(document))
    assert only_problem(path).startswith("business.sector: a list [...] is not text")


def test_integers_with_thousands_of_digits_are_refused_with_their_path(tmp_path):
    document = _example()
    path = tmp_path / "digits.cplan"
    text = json.dumps(document).replace('"staff": 9', '"staff": ' + "9" * 5000)
    path.write_text(text)
    problem = only_problem(path)
    assert problem.startswith("business.staff: Infinity is not a number a plan can hold")
    text = json.dumps(document).replace('"schema_version": 5', '"schema_version": ' + "5" * 5000)
    path.write_text(text)
    assert only_problem(path).startswith("schema_version: Infinity is not a schema version")


def test_many_problems_make_one_message_of_bounded_length(tmp_path):
    document = _example()
    document["functions"] = [dict(document["functions"][1], id=f"f{i}") for i in range(500)]
    for function in document["functions"]:
        function["channel_mix"] = {"whatsapp": 2}
    path = tmp_path / "many.cplan"
    path.write_text(json.dumps(document))
    with pytest.raises(PlanFileError) as caught:
        load_plan(path)
    assert len(caught.value.problems) == 500
    lines = str(caught.value).splitlines()
    assert lines[0] == f"{path}: 500 problems:"
    assert len(lines) == 22
    assert lines[-1] == "  ... and 480 more."


def test_a_plan_of_thousands_of_functions_is_refused_before_they_are_read(tmp_path):
    """Such a file loaded (and `continuity-app plan` modelled it for minutes, in gigabytes)."""
    document = _example()
    function = document["functions"][1]
    document["functions"] = [dict(function, id=f"f{i}") for i in range(50_000)]
    document["fallbacks"] = []
    document["tolerance"] = {"max_loss_per_outage": 1000}
    path = tmp_path / "many.cplan"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert MAX_PLAN_BYTES / 2 < path.stat().st_size < MAX_PLAN_BYTES
    problem = _timed_problem(path, seconds=5)
    assert problem == "functions: has 50,000 entries, more than any plan needs; at most 1,000"


def test_a_lone_surrogate_is_replaced_and_the_plan_saves(tmp_path):
    path = tmp_path / "surrogate.cplan"
    text = json.dumps(_example(), indent=1)
    text = text.replace('"sector": "Bakery and catering"', '"sector": "\\ud800 x"')
    # a pair written as two escapes stays the character it encodes
    text = text.replace('"owner": "Samir Haddad"', '"owner": "\\ud83d\\ude00 \\udfff"')
    path.write_text(text, encoding="utf-8")
    plan = load_plan(path)
    assert plan.business.sector == "\ufffd x"
    save_plan(plan, tmp_path / "saved.cplan")
    again = load_plan(tmp_path / "saved.cplan")
    assert again == plan
    assert again.details.owner == "\U0001f600 \ufffd"


def test_lone_surrogates_in_keys_do_not_break_the_message(tmp_path):
    path = tmp_path / "key.cplan"
    document = _example()
    text = json.dumps(document).replace('"sector":', '"\\udc80sector":', 1)
    path.write_text(text)
    problem = only_problem(path)
    assert problem == "business.\ufffdsector: is not a known field (check its spelling)"
    problem.encode("utf-8")  # printable


def test_a_plan_made_in_code_with_a_surrogate_is_mended_too():
    plan = load_example()
    revised = plan_model.revise(plan.business, sector="caf\udce9", name="\ud83d\ude00 shop")
    assert revised.sector == "caf\ufffd"
    assert revised.name == "\U0001f600 shop"


def test_atomic_write_text_survives_a_lone_surrogate(tmp_path):
    target = tmp_path / "notes.txt"
    planfile.atomic_write_text(target, "a\ud800b")
    assert target.read_text(encoding="utf-8") == "a\ufffdb"


def test_a_plan_holding_nan_is_never_written(tmp_path):
    plan = load_example()
    broken = plan.model_copy(
        update={"tolerance": plan.tolerance.model_copy(update={"max_loss_per_outage": math_nan()})}
    )
    target = tmp_path / "plan.cplan"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(ValueError, match="not JSON compliant"):
        save_plan(broken, target)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.cplan"]


def math_nan() -> float:
    return float("nan")


# -- the largest realistic plan sets the size limit ---------------------------------------------


def largest_realistic_plan() -> str:
    """200 functions with ranges and profiles, every channel as a fallback for each, 100
    scenarios, 100 roles and 200 long messages: more than any business plans for."""
    reference = load_reference()
    channels = [c for c in reference.channels if c != "whatsapp"]
    countries = sorted(reference.countries)[:20]

    def spread(x: float) -> dict:
        return {"low": x * 0.5, "likely": x, "high": x * 1.5}

    document = _example()
    document["business"]["name"] = "N" * 200
    document["business"]["sector"] = "S" * 200
    document["business"]["country_mix"] = {code: 0.05 for code in countries}
    document["functions"] = [
        {
            "id": f"function-{i:03d}-with-a-long-identifier",
            "kind": "supplier_coordination" if i % 2 else "orders_sales",
            "name": f"Function {i} " + "x" * 180,
            "daily_interactions": spread(1234.5678),
            "channel_mix": {"whatsapp": spread(0.456789)},
            "revenue_per_interaction": spread(123.456789),
            "patience_hours": spread(2.345678),
            "recapture_share": spread(0.345678),
            "churn_share": spread(0.0345678),
            "backlog_cost": spread(4.56789),
            "messages_per_interaction": 3.5,
            "hourly_profile": [0.0416666666666667] * 24,
            "weekday_profile": [0.142857142857143] * 7,
            "staff_affected": 12345,
            "productivity_loss": spread(0.456789),
        }
        for i in range(200)
    ]
    document["fallbacks"] = [
        {
            "function": function["id"],
            "channel": channel,
            "readiness": spread(0.3456789),
            "activation_delay_hours": 1.2345678,
            "cost_per_message": 0.0123456789,
        }
        for function in document["functions"]
        for channel in channels
    ]
    document["scenarios"] = [
        {
            "id": f"scenario-{i:03d}-with-a-long-identifier",
            "name": f"Scenario {i} " + "y" * 180,
            "failed_layers": list(reference.layers),
            "duration_hours": 12.345678,
            "frequency_per_year": 0.2345678,
            "duration_log_sigma": 0.5,
            "start": {"weekday": "mon", "hour": 18.65},
            "preset": "meta_wide_6h",
        }
        for i in range(100)
    ]
    document["settings"]["reference_scenario"] = document["scenarios"][0]["id"]
    document["tolerance"] = {
        "max_loss_per_outage": 1234567.89,
        "functions": {f["id"]: {"mbco": 0.5, "within_hours": 4.0} for f in document["functions"]},
    }
    roles = [f"role-{i:03d}" for i in range(100)]
    document["details"] = {
        "summary": "z" * 2000,
        "owner": "o" * 200,
        "approver": "a" * 200,
        "activation_criteria": ["c" * 300] * 50,
        "roles": [
            {
                "id": role,
                "title": "t" * 100,
                "holder": "h" * 100,
                "alternate": "a" * 100,
                "phone": "+970 59 123 4567",
                "alternate_phone": "+970 59 765 4321",
                "duties": "d" * 1000,
                "calls": roles[i + 1 : i + 6],
            }
            for i, role in enumerate(roles)
        ],
        "messages": [
            {
                "id": f"message-{i:03d}",
                "audience": "customers",
                "channel": "sms",
                "language": "ar",
                "text": "مرحبا " * 300,
            }
            for i in range(200)
        ],
    }
    return plan_to_json(planfile.plan_from_dict(document))


def test_the_size_limit_is_far_above_the_largest_realistic_plan(tmp_path):
    text = largest_realistic_plan()
    size = len(text.encode("utf-8"))
    assert 1_000_000 < size < MAX_PLAN_BYTES / 4
    path = tmp_path / "largest.cplan"
    path.write_text(text, encoding="utf-8")
    started = time.perf_counter()
    plan = load_plan(path)
    assert time.perf_counter() - started < 10
    assert len(plan.functions) == 200 and len(plan.scenarios) == 100


# -- the command line --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "name"),
    [
        ("evaluate", "nan-staff-cost.cplan"),
        ("evaluate", "true-as-number.cplan"),
        ("evaluate", "duplicate-key.cplan"),
        ("evaluate", "unknown-country.cplan"),
        ("plan", "absurd-volume.cplan"),
        ("plan", "no-schema-version.cplan"),
    ],
)
def test_cli_prints_one_message_and_exits_2(capsys, tmp_path, command, name):
    from continuity_app.cli import main

    argv = [command, str(CORPUS / name)]
    if command == "plan":
        argv += ["-o", str(tmp_path / "plan.pdf")]
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert (
        err
        == f"continuity-app {command}: {CORPUS / name}: {EXPECTED[name]}"
        + err.split(EXPECTED[name], 1)[1]
    )
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "plan.pdf").exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_cli_on_a_pipe_and_a_device(capsys, tmp_path):
    from continuity_app.cli import main

    fifo = tmp_path / "pipe.cplan"
    os.mkfifo(fifo)
    assert main(["evaluate", str(fifo)]) == 2
    assert capsys.readouterr().err == (
        f"continuity-app evaluate: {fifo}: this is a named pipe, not a plan file; "
        "choose a .cplan file saved by the application\n"
    )


if __name__ == "__main__":
    write_corpus()
    print(f"wrote {len(EXPECTED)} files to {CORPUS}")
