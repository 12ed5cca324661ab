"""foiagen's cache folder: the registry's parsed data files and the compiled template."""

import os

import yaml

from foiagen import registry
from foiagen.cache import cache_dir

DATA_FILES = ("citations.yaml", "agencies.yaml")


def parsed(name):
    from importlib import resources

    return yaml.load(resources.files("foiagen.data").joinpath(name).read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def test_registry_data_read_back_from_the_cache_equals_the_parsed_yaml(tmp_path, monkeypatch):
    monkeypatch.setenv("FOIAGEN_CACHE_DIR", str(tmp_path))
    for name in DATA_FILES:
        first = registry._load_yaml(name)  # parses and writes the entry
        entries = list((tmp_path / "registry").glob(f"{name}.*.json"))
        assert len(entries) == 1
        second = registry._load_yaml(name)  # reads the entry
        assert first == second == parsed(name)
        # the same types, not just equal values (a date stays a date, a key keeps its type)
        assert repr(second) == repr(parsed(name))


def test_a_damaged_cache_entry_is_ignored_and_rewritten(tmp_path, monkeypatch):
    monkeypatch.setenv("FOIAGEN_CACHE_DIR", str(tmp_path))
    registry._load_yaml("citations.yaml")
    (entry,) = (tmp_path / "registry").glob("citations.yaml.*.json")
    entry.write_bytes(b'{"authorities": ')
    assert registry._load_yaml("citations.yaml") == parsed("citations.yaml")
    assert registry._load_yaml("citations.yaml") == parsed("citations.yaml")


def test_an_entry_whose_data_was_altered_is_not_believed(tmp_path, monkeypatch):
    monkeypatch.setenv("FOIAGEN_CACHE_DIR", str(tmp_path))
    registry._load_yaml("citations.yaml")
    (entry,) = (tmp_path / "registry").glob("citations.yaml.*.json")
    data = entry.read_bytes()
    assert b"6 C.F.R. \xc2\xa7 5.5(e)(1)(ii)" in data
    entry.write_bytes(data.replace(b"5.5(e)(1)(ii)", b"5.5(e)(1)(iv)", 1))  # valid JSON, wrong cite
    assert registry._load_yaml("citations.yaml") == parsed("citations.yaml")
    assert entry.read_bytes() == data  # and the entry was written again


def test_the_entry_is_named_by_the_file_contents(tmp_path, monkeypatch):
    monkeypatch.setenv("FOIAGEN_CACHE_DIR", str(tmp_path))
    registry._load_yaml("citations.yaml")
    registry._load_yaml("agencies.yaml")
    names = sorted(p.name for p in (tmp_path / "registry").iterdir())
    assert len(names) == 2 and all(len(n.split(".")[-2]) == 32 for n in names)
    assert not [p for p in (tmp_path / "registry").iterdir() if p.name.endswith(".tmp")]


def test_no_cache_when_turned_off_or_unwritable(tmp_path, monkeypatch):
    monkeypatch.setenv("FOIAGEN_CACHE_DIR", "")
    assert cache_dir("registry") is None
    assert registry._load_yaml("citations.yaml") == parsed("citations.yaml")
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("FOIAGEN_CACHE_DIR", str(blocker))
    assert cache_dir("registry") is None
    assert registry._load_yaml("agencies.yaml") == parsed("agencies.yaml")


def test_default_folder_follows_xdg_cache_home(tmp_path, monkeypatch):
    monkeypatch.delenv("FOIAGEN_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir("registry") == os.path.join(str(tmp_path), "foiagen", "registry")
