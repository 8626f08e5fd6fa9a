"""One meaning per name: no two classes (or type variables) in bot/ and handlers/ share a name."""

from __future__ import annotations

import ast
from collections import defaultdict

from bot.config import PROJECT_ROOT


def type_names() -> dict[str, list[str]]:
    """Each class or TypeVar name, with the files defining it."""
    defined: dict[str, list[str]] = defaultdict(list)
    for package in ("bot", "handlers"):
        for path in sorted((PROJECT_ROOT / package).rglob("*.py")):
            relative = path.relative_to(PROJECT_ROOT).as_posix()
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), relative)):
                name = node.name if isinstance(node, ast.ClassDef) else _type_var(node)
                if name:
                    defined[name].append(relative)
    return defined


def _type_var(node: ast.AST) -> str | None:
    """The name bound by `Name = TypeVar(...)`, if that is what `node` is."""
    if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)):
        return None
    called, target = node.value.func, node.targets[0]
    is_type_var = isinstance(called, ast.Name) and called.id == "TypeVar"
    return target.id if is_type_var and isinstance(target, ast.Name) else None


def test_every_class_name_means_one_thing() -> None:
    assert {name: files for name, files in type_names().items() if len(files) > 1} == {}


def test_the_guard_sees_classes_and_type_variables() -> None:
    names = type_names()
    assert names["Store"] == ["bot/store/__init__.py"]
    assert names["Entry"] == ["bot/questions/names.py"]
