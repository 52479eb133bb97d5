"""The command line as a user runs it: demo, evaluate, scenarios, and bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from continuity_app import __version__
from continuity_app.cli import main
from continuity_app.io.examples import example_names, example_path


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out.strip() == f"continuity-app {__version__}"


def test_demo_lists_examples_name_first(capsys):
    code, out, _ = run(capsys, "demo", "--list")
    assert code == 0
    lines = out.splitlines()
    assert [line.split("\t")[0] for line in lines] == example_names()
    assert {"ramallah-bakery", "sao-paulo-fashion", "mumbai-clinic"} <= set(example_names())


def test_demo_writes_an_example_that_evaluates(capsys, tmp_path):
    target = tmp_path / "clinic.cplan"
    code, _, _ = run(capsys, "demo", "-o", str(target), "--example", "mumbai-clinic")
    assert code == 0
    assert target.read_bytes() == example_path("mumbai-clinic").read_bytes()
    code, out, _ = run(capsys, "evaluate", str(target), "--trials", "500")
    assert code == 0
    assert "Annualised loss expectancy (ALE): ₹" in out


def test_demo_unknown_example(capsys):
    code, _, err = run(capsys, "demo", "--example", "pizzeria")
    assert code == 2
    assert "no example called 'pizzeria'" in err and "ramallah-bakery" in err


@pytest.mark.parametrize("name", ["ramallah-bakery", "sao-paulo-fashion", "mumbai-clinic"])
def test_evaluate_json_has_the_promised_shape_and_sums(capsys, name):
    code, out, _ = run(
        capsys, "evaluate", str(example_path(name)), "--json", "--trials", "2000", "--seed", "7"
    )
    assert code == 0
    result = json.loads(out)
    assert set(result) >= {"currency", "scenarios", "loss_curve", "mtpd_hours", "ale"}
    assert result["monte_carlo"]["trials"] == 2000 and result["monte_carlo"]["seed"] == 7
    for key in ("per_outage", "per_year"):
        quantiles = result["monte_carlo"][key]
        assert quantiles["p50"] <= quantiles["p90"] <= quantiles["p99"]
    ale = 0.0
    for scenario in result["scenarios"]:
        assert set(scenario) >= {
            "id",
            "name",
            "failed_layers",
            "duration_hours",
            "frequency_per_year",
            "loss",
        }
        loss = scenario["loss"]
        assert sum(loss["by_category"].values()) == pytest.approx(loss["total"])
        assert sum(loss["by_function"].values()) == pytest.approx(loss["total"])
        ale += loss["total"] * scenario["frequency_per_year"]
    assert result["ale"] == pytest.approx(ale)
    curve = result["loss_curve"]
    assert len(curve["duration_hours"]) == len(curve["loss"])
    assert curve["loss"] == sorted(curve["loss"])


def test_evaluate_is_reproducible_with_a_seed(capsys):
    path = str(example_path("sao-paulo-fashion"))
    first = run(capsys, "evaluate", path, "--json", "--trials", "1000", "--seed", "3")[1]
    second = run(capsys, "evaluate", path, "--json", "--trials", "1000", "--seed", "3")[1]
    other = run(capsys, "evaluate", path, "--json", "--trials", "1000", "--seed", "4")[1]
    assert first == second
    assert json.loads(first)["monte_carlo"] != json.loads(other)["monte_carlo"]


def test_evaluate_one_scenario(capsys):
    path = str(example_path("ramallah-bakery"))
    code, out, _ = run(capsys, "evaluate", path, "--json", "--scenario", "carrier")
    assert code == 0
    assert [s["id"] for s in json.loads(out)["scenarios"]] == ["carrier"]
    code, _, err = run(capsys, "evaluate", path, "--scenario", "alien-invasion")
    assert code == 2 and "no scenario 'alien-invasion'" in err


def test_evaluate_text_report(capsys):
    code, out, _ = run(capsys, "evaluate", str(example_path("ramallah-bakery")), "--trials", "500")
    assert code == 0
    for phrase in ("Meta-wide outage", "MTPD", "ALE", "P90", "₪"):
        assert phrase in out


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "the file does not exist"),
        ("not json at all", "not valid JSON"),
        ('{"schema_version": 99}', "newer version of the application"),
    ],
)
def test_bad_input_is_one_clear_line_and_status_2(capsys, tmp_path, content, expected):
    path = tmp_path / "broken.cplan"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "evaluate", str(path))
    assert code == 2
    assert expected in err and str(path) in err
    assert "Traceback" not in err and out == ""


def test_invalid_values_name_the_field(capsys, tmp_path):
    document = json.loads(example_path("ramallah-bakery").read_text(encoding="utf-8"))
    document["functions"][2]["channel_mix"]["whatsapp"] = 1.7
    document["fallbacks"][0]["channel"] = "pigeon"
    path = tmp_path / "plan.cplan"
    path.write_text(json.dumps(document), encoding="utf-8")
    code, _, err = run(capsys, "evaluate", str(path))
    assert code == 2
    assert "functions[2].channel_mix.whatsapp: 1.7 is not between 0 and 1" in err
    document["functions"][2]["channel_mix"]["whatsapp"] = 0.7
    path.write_text(json.dumps(document), encoding="utf-8")
    code, _, err = run(capsys, "evaluate", str(path))
    assert code == 2 and "fallbacks[0].channel: 'pigeon' is not a known channel" in err


def test_bad_option_values_exit_2_without_traceback(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "continuity_app", "evaluate", "x.cplan", "--trials", "ten"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "'ten' is not a whole number" in result.stderr
    assert "Traceback" not in result.stderr


def test_scenarios_explain_their_derivation(capsys):
    code, out, _ = run(capsys, "scenarios", "--json")
    assert code == 0
    presets = {p["id"]: p for p in json.loads(out)}
    assert {"whatsapp_short", "meta_wide", "meta_long", "carrier", "mobile_data_shutdown"} <= set(
        presets
    )
    assert presets["meta_wide"]["failed_layers"] == ["meta", "whatsapp"]
    assert "4 Oct 2021" in presets["meta_wide"]["explanation"]
    assert presets["carrier"]["failed_layers"] == ["cellular", "mobile_data"]


def test_scenarios_are_counted_for_the_countries_given(capsys):
    code, out, _ = run(capsys, "scenarios", "--json", "--country", "br")
    assert code == 0
    presets = {p["id"]: p for p in json.loads(out)}
    assert presets["whatsapp_block"]["frequency_per_year"] > 0  # Brazil's court blocks
    assert presets["meta_wide"]["duration_max_hours"] == 10  # the long ones are meta_long's
    assert "Brazil" in presets["carrier"]["explanation"]
    code, _, err = run(capsys, "scenarios", "--country", "XX")
    assert code == 2
    assert "XX is not a country this application knows" in err and "Traceback" not in err
