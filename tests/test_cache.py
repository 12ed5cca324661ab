"""foiagen's cache folder (the compiled template's; the registry is compiled into the package, not cached)."""

import os

from foiagen.cache import cache_dir


def test_no_cache_when_turned_off_or_unwritable(tmp_path, monkeypatch):
    monkeypatch.setenv("FOIAGEN_CACHE_DIR", "")
    assert cache_dir("templates") is None
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("FOIAGEN_CACHE_DIR", str(blocker))
    assert cache_dir("templates") is None


def test_default_folder_follows_xdg_cache_home(tmp_path, monkeypatch):
    monkeypatch.delenv("FOIAGEN_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir("templates") == os.path.join(str(tmp_path), "foiagen", "templates")
