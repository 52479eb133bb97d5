"""Atomic saves: killed saves leave at most one temporary, links are followed, nothing mixes."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from continuity_app.io.atomic import replacing, temporary_pattern
from continuity_app.io.examples import example_path, load_example
from continuity_app.io.planfile import load_plan, plan_from_dict, plan_to_json, save_plan
from tests.paths import REPO_ROOT

POSIX = pytest.mark.skipif(os.name != "posix", reason="signals and symbolic links as on POSIX")


def temporaries(folder: Path, target: str = "plan.cplan") -> list[str]:
    pattern = temporary_pattern(Path(target))
    return sorted(p.name for p in folder.iterdir() if pattern.fullmatch(p.name))


def padded_plan(name: str, filler: str, size: int) -> str:
    """An example plan made large (a long summary), so that a save takes long enough to kill."""
    document = json.loads(example_path(name).read_text(encoding="utf-8"))
    document.setdefault("details", {})["summary"] = filler * size
    return plan_to_json(plan_from_dict(document))


SAVER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from continuity_app.io.atomic import replacing

    target, first, second = (Path(p) for p in sys.argv[1:4])
    texts = [first.read_bytes(), second.read_bytes()]
    print("ready", flush=True)
    turn = 0
    while True:  # save the two plans in turn until killed
        with replacing(target) as temporary:
            data = texts[turn % 2]
            with temporary.open("wb") as file:
                for start in range(0, len(data), 65536):
                    file.write(data[start : start + 65536])
        turn += 1
    """
)


@POSIX
def test_a_hundred_killed_saves_leave_the_old_or_new_plan_and_at_most_one_temporary(tmp_path):
    old = padded_plan("ramallah-bakery", "a", 600_000)
    new = padded_plan("mumbai-clinic", "b", 400_000)
    (tmp_path / "a.txt").write_text(old, encoding="utf-8")
    (tmp_path / "b.txt").write_text(new, encoding="utf-8")
    folder = tmp_path / "plans"
    folder.mkdir()
    target = folder / "plan.cplan"
    target.write_text(old, encoding="utf-8")
    script = tmp_path / "saver.py"
    script.write_text(SAVER, encoding="utf-8")
    environment = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    chance = random.Random(20211004)
    killed_mid_save = 0
    for _ in range(100):
        child = subprocess.Popen(
            [
                sys.executable,
                str(script),
                str(target),
                str(tmp_path / "a.txt"),
                str(tmp_path / "b.txt"),
            ],
            stdout=subprocess.PIPE,
            env=environment,
        )
        assert child.stdout.readline() == b"ready\n"
        time.sleep(chance.uniform(0.0, 0.03))
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=10) == -signal.SIGKILL
        child.stdout.close()
        content = target.read_text(encoding="utf-8")
        assert content in (old, new), "the plan file holds a mix or a part"
        left = temporaries(folder)
        assert len(left) <= 1, left
        killed_mid_save += bool(left)
    assert killed_mid_save > 0  # some kills did land in the middle of a save
    assert sorted(p.name for p in folder.iterdir()) == sorted(["plan.cplan", *temporaries(folder)])
    save_plan(load_example("sao-paulo-fashion"), target)
    assert sorted(p.name for p in folder.iterdir()) == ["plan.cplan"]
    assert load_plan(target) == load_example("sao-paulo-fashion")


@POSIX
def test_a_live_save_keeps_its_temporary_while_another_save_cleans(tmp_path):
    target = tmp_path / "plan.cplan"
    target.write_text("old", encoding="utf-8")
    with replacing(target) as outer:
        outer.write_text("outer", encoding="utf-8")
        with replacing(target) as inner:  # another save of the same file meanwhile
            inner.write_text("inner", encoding="utf-8")
        assert outer.exists()  # not taken for a leftover
        assert target.read_text(encoding="utf-8") == "inner"
    assert target.read_text(encoding="utf-8") == "outer"
    assert temporaries(tmp_path) == []


def test_only_this_files_leftovers_are_cleaned(tmp_path):
    target = tmp_path / "plan.cplan"
    leftover = tmp_path / ".plan.cplan.0123abcd.part"
    leftover.write_text("half a plan", encoding="utf-8")
    others = [
        tmp_path / ".other.cplan.0123abcd.part",  # another file's save
        tmp_path / ".plan.cplan.notes",  # not a temporary
        tmp_path / ".plan.cplan.x.cplan.0123abcd.part",  # the temporary of "plan.cplan.x.cplan"
    ]
    for other in others:
        other.write_text("keep", encoding="utf-8")
    save_plan(load_example(), target)
    assert not leftover.exists()
    assert all(other.read_text(encoding="utf-8") == "keep" for other in others)
    assert load_plan(target) == load_example()


@POSIX
def test_saving_through_a_symbolic_link_writes_the_file_it_points_to(tmp_path):
    real_folder = tmp_path / "documents"
    real_folder.mkdir()
    real = real_folder / "plan.cplan"
    real.write_text("old", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "shortcut.cplan"
    link.symlink_to(Path("documents") / "plan.cplan")  # relative, as users make them
    chained = tmp_path / "again.cplan"
    chained.symlink_to(link)
    plan = load_example()
    save_plan(plan, chained)
    assert link.is_symlink() and chained.is_symlink()
    assert os.readlink(link) == str(Path("documents") / "plan.cplan")
    assert load_plan(real) == plan
    assert real.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in real_folder.iterdir()) == ["plan.cplan"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "again.cplan",
        "documents",
        "shortcut.cplan",
    ]


@POSIX
def test_a_link_to_a_file_not_yet_there_creates_it(tmp_path):
    link = tmp_path / "plan.cplan"
    link.symlink_to(tmp_path / "target.cplan")
    save_plan(load_example(), link)
    assert link.is_symlink()
    assert load_plan(tmp_path / "target.cplan") == load_example()


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "plan.cplan"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), replacing(target) as temporary:
        temporary.write_text("half", encoding="utf-8")
        raise RuntimeError("the writer failed")
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.cplan"]
