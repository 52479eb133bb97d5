"""The installation's pseudonym key: where it lives, how it is made, kept and recovered."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from continuity_app.io.chat_export import secret


def test_data_folder_per_platform(monkeypatch) -> None:
    home = Path.home()
    assert secret.data_dir({}, "linux") == home / ".local" / "share" / "continuity-app"
    assert secret.data_dir({"XDG_DATA_HOME": "/x"}, "linux") == Path("/x/continuity-app")
    assert (
        secret.data_dir({"APPDATA": r"C:\Users\a\AppData\Roaming"}, "win32")
        == Path(r"C:\Users\a\AppData\Roaming") / "continuity-app"
    )
    assert secret.data_dir({}, "darwin") == home / "Library" / "Application Support" / (
        "continuity-app"
    )
    assert secret.data_dir({"CONTINUITY_APP_DATA_DIR": "/t", "XDG_DATA_HOME": "/x"}, "linux") == (
        Path("/t")
    )
    # the test run itself never points at the real home
    assert not str(secret.data_dir()).startswith(str(home / ".local"))


def test_key_is_made_once_and_kept_private(tmp_path: Path) -> None:
    key = secret.installation_key(tmp_path)
    assert len(key) == 32
    stored = tmp_path / "keys" / "pseudonym-key"
    assert bytes.fromhex(stored.read_text(encoding="ascii")) == key
    if os.name == "posix":
        assert stored.stat().st_mode & 0o777 == 0o600
        assert stored.parent.stat().st_mode & 0o777 == 0o700
    assert secret.installation_key(tmp_path) == key
    assert secret.installation_key(tmp_path / "other") != key
    assert [p.name for p in stored.parent.iterdir()] == ["pseudonym-key"]  # no temporaries


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_key_is_private_at_the_moment_it_takes_its_name(tmp_path: Path, monkeypatch) -> None:
    from continuity_app.io import atomic

    modes = []
    real_replace = os.replace

    def spy(source, target):
        modes.append(os.stat(source).st_mode & 0o777)
        real_replace(source, target)

    monkeypatch.setattr(atomic.os, "replace", spy)
    secret.installation_key(tmp_path)
    assert modes == [0o600]


def test_damaged_key_is_replaced(tmp_path: Path) -> None:
    stored = tmp_path / "keys" / "pseudonym-key"
    stored.parent.mkdir(parents=True)
    stored.write_text("not hex at all", encoding="ascii")
    key = secret.installation_key(tmp_path)
    assert len(key) == 32 and stored.read_text(encoding="ascii").strip() == key.hex()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_unwritable_folder_gives_a_session_key(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    try:
        first = secret.installation_key(locked)
        assert first == secret.installation_key(locked) and len(first) == 32
    finally:
        locked.chmod(0o700)


def test_unwritable_folder_gives_a_session_key_anywhere(tmp_path: Path, monkeypatch) -> None:
    def refuse(path: Path, key: bytes) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(secret, "_write", refuse)
    first = secret.installation_key(tmp_path / "ro")
    assert first == secret.installation_key(tmp_path / "ro") and len(first) == 32
    assert not (tmp_path / "ro" / "keys" / "pseudonym-key").exists()
