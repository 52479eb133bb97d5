"""Results are computed off the window's thread, newest plan wins, and long commands show
progress on a terminal only."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
import threading

import pytest
from PySide6.QtCore import Qt

from continuity_app.core.evaluation import evaluate
from continuity_app.core.plan import Plan, revise
from continuity_app.core.progress import EVALUATE, OUTLOOK, RECOMMEND, SIMULATE, Cancelled
from continuity_app.core.recommend import recommend
from continuity_app.core.reference import load_reference
from continuity_app.gui import results_engine
from continuity_app.gui.open_plan import OpenPlan
from continuity_app.gui.results_engine import ResultsEngine
from continuity_app.io.examples import example_path, load_example

REFERENCE = load_reference()


def with_share(plan: Plan, share: float) -> Plan:
    """The plan with its first function's WhatsApp share changed."""
    functions = list(plan.functions)
    functions[0] = revise(functions[0], channel_mix={"whatsapp": share})
    return revise(plan, functions=functions)


@pytest.fixture
def engine(qtbot):
    """An engine on the bakery example that has computed nothing yet."""
    engine = ResultsEngine(OpenPlan(load_example("ramallah-bakery")), REFERENCE, debounce_ms=0)
    yield engine
    engine.cancel()
    engine.wait()


# -- the core: evaluate reports progress and can be stopped ---------------------------------


def test_evaluate_reports_progress_and_stops_when_asked():
    plan = load_example("ramallah-bakery")
    heard: list[float] = []
    result = evaluate(plan, REFERENCE, lambda done: heard.append(done) or True)
    assert heard == sorted(heard) and heard[0] == 0.0 and heard[-1] == 1.0
    assert len(heard) > len(plan.scenarios)  # a report per scenario, then done
    assert result.ale == pytest.approx(evaluate(plan, REFERENCE).ale)
    asked: list[float] = []
    with pytest.raises(Cancelled):
        evaluate(plan, REFERENCE, lambda done: asked.append(done) or len(asked) < 3)
    assert len(asked) == 3  # stopped at the third report, not at the end


def test_recommend_reuses_an_evaluation_it_is_given():
    plan = load_example("ramallah-bakery")
    given = recommend(plan, REFERENCE, evaluation=evaluate(plan, REFERENCE))
    computed = recommend(plan, REFERENCE)
    assert given.ale_before == computed.ale_before
    assert [v.action.id for v in given.actions] == [v.action.id for v in computed.actions]
    assert [p.action.id for p in given.portfolio] == [p.action.id for p in computed.portfolio]


# -- the engine -------------------------------------------------------------------------------


def test_evaluation_runs_off_the_gui_thread(qtbot, engine, monkeypatch):
    threads: list[int] = []

    def recording(plan, reference, progress=None):
        threads.append(threading.get_ident())
        return evaluate(plan, reference, progress)

    monkeypatch.setattr(results_engine, "evaluate", recording)
    with qtbot.waitSignal(engine.evaluationReady, timeout=10_000):
        engine.open_plan.edit(with_share(engine.open_plan.plan, 0.3), "edit")
    assert threads and threading.get_ident() not in threads
    assert engine.evaluation.ale == pytest.approx(evaluate(engine.open_plan.plan, REFERENCE).ale)


def test_refresh_then_wait_gives_every_result_stage_by_stage(qtbot, engine):
    """The screenshots command and the self-test rely on refresh(); wait()."""
    stages: list[str] = []
    shares: list[float] = []
    engine.slowStage.connect(stages.append)
    engine.slowProgress.connect(shares.append)
    engine.refresh()
    assert engine.wait()
    plan = engine.open_plan.plan
    assert engine.evaluation is not None and engine.up_to_date
    assert engine.evaluation.ale == pytest.approx(evaluate(plan, REFERENCE).ale)
    assert engine.monte_carlo is not None and engine.recommendations is not None
    assert engine.outlook is not None and engine.outlook_up_to_date
    assert not engine.busy
    assert stages == [EVALUATE, SIMULATE, OUTLOOK, RECOMMEND]
    assert shares == sorted(shares) and shares[-1] <= 1.0


def test_a_newer_edit_replaces_an_older_one_never_the_reverse(qtbot, engine, monkeypatch):
    """The older plan's evaluation finishes after the newer edit (it ignores cancellation
    here, as a step between two checks would): its result must not arrive, before or after
    the newer one's."""
    open_plan = engine.open_plan
    older = with_share(open_plan.plan, 0.3)
    newer = with_share(open_plan.plan, 0.6)
    started, release = threading.Event(), threading.Event()

    def slow_for_older(plan, reference, progress=None):
        if plan is older:
            started.set()
            release.wait(10)
            return evaluate(plan, reference)
        return evaluate(plan, reference, progress)

    monkeypatch.setattr(results_engine, "evaluate", slow_for_older)
    arrived, simulated = [], []
    engine.evaluationReady.connect(arrived.append)
    engine.monteCarloReady.connect(simulated.append)
    open_plan.edit(older, "older")
    engine.refresh()
    assert started.wait(10)
    open_plan.edit(newer, "newer")
    engine.refresh()
    release.set()
    assert engine.wait()
    expected = evaluate(newer, REFERENCE).ale
    assert expected != pytest.approx(evaluate(older, REFERENCE).ale)
    assert [e.ale for e in arrived] == [pytest.approx(expected)]
    assert engine.evaluation is arrived[0]
    assert len(simulated) == 1 and engine.monte_carlo is simulated[0]


def test_a_newer_edit_stops_the_running_evaluation(qtbot, engine, monkeypatch):
    open_plan = engine.open_plan
    older = with_share(open_plan.plan, 0.3)
    started, release = threading.Event(), threading.Event()
    outcome: list[str] = []

    def watched(plan, reference, progress=None):
        if plan is not older:
            return evaluate(plan, reference, progress)

        def held(done: float) -> bool:
            started.set()
            release.wait(10)
            return progress(done)

        try:
            result = evaluate(plan, reference, held)
        except Cancelled:
            outcome.append("cancelled")
            raise
        outcome.append("finished")
        return result

    monkeypatch.setattr(results_engine, "evaluate", watched)
    open_plan.edit(older, "older")
    engine.refresh()
    assert started.wait(10)
    with qtbot.waitSignal(engine.evaluationReady, timeout=30_000) as ready:
        open_plan.edit(with_share(open_plan.plan, 0.6), "newer")  # through the debounce
        release.set()
    assert outcome == ["cancelled"]
    assert ready.args[0].ale == pytest.approx(evaluate(open_plan.plan, REFERENCE).ale)


def test_an_evaluation_error_is_reported_and_the_next_edit_works(qtbot, engine, monkeypatch):
    def broken(plan, reference, progress=None):
        raise ValueError("the model cannot handle this plan")

    monkeypatch.setattr(results_engine, "evaluate", broken)
    with qtbot.waitSignal(engine.failed, timeout=10_000) as failed:
        engine.open_plan.edit(with_share(engine.open_plan.plan, 0.3), "edit")
    assert failed.args == ["ValueError: the model cannot handle this plan"]
    qtbot.waitUntil(lambda: not engine.busy, timeout=10_000)
    assert engine.evaluation is None and not engine.up_to_date
    monkeypatch.setattr(results_engine, "evaluate", evaluate)
    with qtbot.waitSignal(engine.evaluationReady, timeout=10_000):
        engine.open_plan.edit(with_share(engine.open_plan.plan, 0.4), "edit")
    assert engine.up_to_date


def test_current_results_wait_for_the_job_already_running(qtbot, engine, monkeypatch):
    """Printing while the plan's job runs takes that job's results; it does not start over."""
    calls: list[Plan] = []

    def counted(plan, reference, progress=None):
        calls.append(plan)
        return evaluate(plan, reference, progress)

    monkeypatch.setattr(results_engine, "evaluate", counted)
    engine.refresh()
    results = engine.current_results()
    assert results is not None
    assert calls == [engine.open_plan.plan]
    assert results.evaluation is engine.evaluation
    assert results.monte_carlo is engine.monte_carlo
    assert results.recommendations is engine.recommendations


def test_the_fallback_matrix_is_left_alone_by_edits_that_do_not_touch_it(qtbot):
    """A view sizing its columns re-reads every cell on dataChanged: that froze the window
    for a second per edit on a 200-function plan."""
    from continuity_app.gui.models.fallbacks_model import FallbacksModel

    open_plan = OpenPlan(load_example("ramallah-bakery"))
    model = FallbacksModel(open_plan, REFERENCE)
    changed: list[object] = []
    model.dataChanged.connect(lambda *args: changed.append(args))
    model.headerDataChanged.connect(lambda *args: changed.append(args))
    open_plan.edit(with_share(open_plan.plan, 0.3), "share")
    assert changed == []
    email = model.channels.index("email")
    assert model.setData(model.index(0, email), "35", Qt.ItemDataRole.EditRole)
    assert changed
    assert model.data(model.index(0, email)) == "35%"


# -- long commands on a terminal --------------------------------------------------------------


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_terminal_progress_rewrites_one_line_and_clears_it():
    from continuity_app.cli.progress import TerminalProgress

    stream = FakeTerminal()
    with TerminalProgress(stream) as shown:
        report = shown.stage(RECOMMEND)
        for done in (0.0, 0.45, 0.451, 1.0):  # 45.1% shows as 45%: not written again
            assert report(done) is True
        shown.show("Laying out")
    text = "Valuing preparation steps… "
    longest = len(text + "100%")
    assert stream.getvalue() == (
        f"\r{text}0%\r{text}45%\r{text}100%"
        + "\rLaying out"
        + " " * (longest - len("Laying out"))  # rubs out the rest of the longer line
        + "\r"
        + " " * longest
        + "\r"
    )


def test_terminal_progress_says_nothing_to_a_pipe():
    from continuity_app.cli.progress import TerminalProgress

    stream = io.StringIO()
    with TerminalProgress(stream) as shown:
        assert shown.stage(EVALUATE) is None
        shown.show("Laying out the printed plan…")
    assert stream.getvalue() == ""


def _recommend_command(stderr, stdout_path) -> subprocess.Popen:
    """`continuity-app recommend EXAMPLE --json`, stdout into a file, in English."""
    example = example_path("ramallah-bakery")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    with open(stdout_path, "wb") as stdout:
        process = subprocess.Popen(
            [sys.executable, "-m", "continuity_app", "recommend", str(example), "--json"],
            stdout=stdout,
            stderr=stderr,
            env=env,
        )
        return process


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_recommend_shows_progress_on_a_terminal_and_keeps_json_clean(tmp_path):
    import pty

    main, secondary = pty.openpty()
    process = _recommend_command(secondary, tmp_path / "out.json")
    os.close(secondary)
    chunks = []
    while True:
        try:
            data = os.read(main, 4096)
        except OSError:  # the command closed its end
            break
        if not data:
            break
        chunks.append(data)
    os.close(main)
    assert process.wait(60) == 0
    shown = b"".join(chunks).decode("utf-8")
    assert "\rValuing preparation steps… " in shown and "%" in shown
    last = shown.split("\r")[-3:]  # the last line, then the spaces that rub it out
    assert last[1] == " " * len(last[0]) and last[2] == ""
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["actions"]


def test_recommend_writes_no_progress_into_a_pipe(tmp_path):
    process = _recommend_command(subprocess.PIPE, tmp_path / "out.json")
    _, errors = process.communicate(timeout=60)
    assert process.returncode == 0
    assert errors == b""
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["actions"]


def test_a_digits_change_rewords_without_recommending_again(qtbot, engine, monkeypatch):
    """The recommendations' texts are worded when shown: a digits change sends the same
    results again and starts no job, so no RECOMMEND stage."""
    engine.refresh()
    assert engine.wait()
    before = engine.recommendations
    stages: list[str] = []
    engine.slowStage.connect(stages.append)
    calls: list[object] = []
    monkeypatch.setattr(results_engine, "recommend", lambda *a, **k: calls.append(a))
    with qtbot.waitSignal(engine.recommendationsReady, timeout=1000) as sent:
        engine.rewrite_texts()
    assert engine.wait()
    assert sent.args == [before] and engine.recommendations is before
    assert stages == [] and calls == [] and not engine.busy


def test_task_words_keep_every_result_and_what_a_task_gives_moves_only_the_outlook(qtbot, engine):
    """Typing a task's owner on a large plan must not value every step again."""
    from continuity_app.core.plan import TaskStatus
    from continuity_app.core.plan_edits import PlanSteps, SetTaskField, SetTaskStatus

    engine.refresh()
    assert engine.wait()
    open_plan = engine.open_plan
    stages: list[str] = []
    engine.slowStage.connect(stages.append)
    kept = (engine.evaluation, engine.monte_carlo, engine.recommendations)
    step = next(v.action for v in engine.recommendations.actions if v.worth_doing)
    open_plan.apply(PlanSteps([step]))  # a new task: the outlook changes, nothing else
    assert engine.wait()
    assert stages == [OUTLOOK]
    assert engine.up_to_date and engine.recommendations_up_to_date
    assert (engine.evaluation, engine.monte_carlo, engine.recommendations) == kept
    assert engine.outlook_up_to_date and engine.outlook.open_tasks == 1
    task = open_plan.plan.tasks[0].id
    stages.clear()
    open_plan.apply(SetTaskField(task, "owner", "Rana"))  # no figure depends on it
    assert not engine.busy and engine.outlook_up_to_date and stages == []
    open_plan.apply(SetTaskStatus(task, TaskStatus.DONE, dt.date(2026, 12, 6)))
    # readiness today rose: everything again
    qtbot.waitUntil(lambda: engine.recommendations_up_to_date and not engine.busy, timeout=30000)
    assert stages == [EVALUATE, SIMULATE, OUTLOOK, RECOMMEND]
    assert engine.evaluation.ale < kept[0].ale
