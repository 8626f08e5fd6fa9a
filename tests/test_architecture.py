"""The shape of the code, guarded cheaply: who may import Slack, the scheduler, sqlite_utils and the handlers."""

from __future__ import annotations

import ast
from collections.abc import Iterator

from bot.config import PROJECT_ROOT

COMPOSITION_ROOT = ("bot/app/", "bot/cli.py")  # the only places that know Slack and the scheduler exist
SLACK_AND_SCHEDULER = ("slack_bolt", "slack_sdk", "apscheduler")


def imports() -> Iterator[tuple[str, str]]:
    """(file relative to the project, top-level module imported) for every import in bot/ and handlers/."""
    for package in ("bot", "handlers"):
        for path in sorted((PROJECT_ROOT / package).rglob("*.py")):
            relative = path.relative_to(PROJECT_ROOT).as_posix()
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), relative)):
                if isinstance(node, ast.Import):
                    yield from ((relative, alias.name) for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    yield relative, node.module


def offenders(may_import: tuple[str, ...], modules: tuple[str, ...]) -> list[str]:
    return sorted(
        f"{file} imports {module}"
        for file, module in imports()
        if module.split(".")[0] in modules and not file.startswith(may_import)
    )


def test_only_the_composition_root_and_cli_import_slack_or_the_scheduler() -> None:
    assert offenders(COMPOSITION_ROOT, SLACK_AND_SCHEDULER) == []


def test_the_core_never_imports_the_handlers() -> None:
    # bot/app/ is the composition root: registering the handlers is its job.
    assert offenders(("bot/app/", "handlers/"), ("handlers",)) == []


def test_handlers_do_not_reach_into_the_composition_root() -> None:
    reaching = [f"{file} imports {module}" for file, module in imports() if module.startswith("bot.app")]
    assert [line for line in reaching if line.startswith("handlers/")] == []


def test_only_the_store_imports_sqlite_utils() -> None:
    assert offenders(("bot/store/",), ("sqlite_utils",)) == []


def test_the_guard_sees_the_imports_it_is_meant_to_catch() -> None:
    seen = set(imports())
    assert ("bot/app/__init__.py", "slack_bolt") in seen
    assert ("bot/store/__init__.py", "sqlite_utils") in seen
    assert ("bot/app/__init__.py", "handlers") in seen


def project_modules() -> dict[str, set[str]]:
    """Each module of bot/ and handlers/, and the project modules it imports anywhere (deferred imports too)."""
    paths = {}
    for package in ("bot", "handlers"):
        for path in (PROJECT_ROOT / package).rglob("*.py"):
            parts = path.relative_to(PROJECT_ROOT).with_suffix("").parts
            paths[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    graph: dict[str, set[str]] = {}
    for module, path in paths.items():
        imported: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                imported.update(
                    f"{node.module}.{a.name}" if f"{node.module}.{a.name}" in paths else node.module for a in node.names
                )
        graph[module] = {name for name in imported if name in paths and name != module}
    return graph


def test_no_module_imports_itself_round_a_cycle() -> None:
    graph = project_modules()

    def reachable(start: str) -> set[str]:
        seen: set[str] = set()
        todo = list(graph[start])
        while todo:
            module = todo.pop()
            if module not in seen:
                seen.add(module)
                todo.extend(graph[module])
        return seen

    cyclic = sorted(m for m in graph if m in reachable(m))
    assert cyclic == []


def test_only_the_settings_know_where_the_repository_keeps_its_data() -> None:
    # Every other module reads its files through a setting (GUARANTEES_LISTS, _CORPUS, _DB...), never by itself.
    knowing = []
    for package in ("bot", "handlers"):
        for path in sorted((PROJECT_ROOT / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and node.module == "bot.config":
                    names = {alias.name for alias in node.names} & {"DATA_DIR", "PROJECT_ROOT"}
                    knowing += [f"{path.relative_to(PROJECT_ROOT).as_posix()} imports {name}" for name in sorted(names)]
    assert knowing == []
