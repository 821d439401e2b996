"""Every test gets its own empty settings and log folders, so a test never reads or changes the
user's real preferences, recent files or error log (subprocesses inherit the variables)."""

import pytest


@pytest.fixture(autouse=True)
def _private_settings(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("CORROBORATE_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    monkeypatch.setenv("CORROBORATE_LOG_DIR", str(tmp_path_factory.mktemp("log")))
