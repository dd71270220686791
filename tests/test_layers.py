"""Import rules between layers (see DESIGN.md), checked by parsing the source with ast."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

DECISION_FORBIDDEN = ("app", "PySide6", "pyqtgraph", "sqlalchemy", "shiboken6")
STORAGE_FORBIDDEN = (
    "PySide6",
    "pyqtgraph",
    "shiboken6",
    "app.widgets",
    "app.models",
    "app.services",
)
# The memo builds documents headless (CLI too): no widgets, table models or the GUI entry;
# Qt's document classes are imported inside functions only (see the module-level rule).
MEMO_FORBIDDEN = ("app.widgets", "app.models", "app.gui")
MEMO_MODULE_LEVEL_FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph")
# The pages' Qt-free logic (app/services/*_logic.py), shared with the memo and the CLI.
LOGIC_FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph", "app.widgets", "app.models", "app.gui")
# app.gui imports the widgets at module level, so it counts as importing them.
CLI_MODULE_LEVEL_FORBIDDEN = ("app.widgets", "app.gui", "PySide6")


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(
    path: Path, root: Path = ROOT, module_level_only: bool = False
) -> Iterator[tuple[int, str]]:
    """(line, absolute module name) for every import in a file, relative ones resolved.

    ``importlib.import_module("x")`` and ``__import__("x")`` with a literal name count too.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    name = module_name(path, root)
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    nodes = _module_level_nodes(tree) if module_level_only else ast.walk(tree)
    for node in nodes:
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                prefix = ".".join([*base, *([node.module] if node.module else [])])
            else:
                prefix = node.module or ""
            yield node.lineno, prefix
            # `from pkg import sub` may import the submodule pkg.sub.
            for alias in node.names:
                yield node.lineno, f"{prefix}.{alias.name}" if prefix else alias.name
        elif isinstance(node, ast.Call) and _is_dynamic_import(node.func):
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                yield node.lineno, first.value


def _is_dynamic_import(func: ast.expr) -> bool:
    if isinstance(func, ast.Name):
        return func.id in {"__import__", "import_module"}
    return isinstance(func, ast.Attribute) and func.attr == "import_module"


def _module_level_nodes(tree: ast.Module) -> Iterator[ast.AST]:
    """Nodes run at import time: everything outside function bodies (classes included)."""
    stack: list[ast.AST] = list(tree.body)
    while stack:
        node = stack.pop()
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            continue
        yield node
        stack.extend(ast.iter_child_nodes(node))


def is_forbidden(module: str, forbidden: tuple[str, ...]) -> bool:
    return any(module == f or module.startswith(f + ".") for f in forbidden)


def violations(
    files: list[Path],
    forbidden: tuple[str, ...],
    root: Path = ROOT,
    module_level_only: bool = False,
) -> list[str]:
    found = []
    for path in files:
        for line, module in imported_modules(path, root, module_level_only):
            if is_forbidden(module, forbidden):
                found.append(f"{path.relative_to(root)}:{line} imports {module}")
    return sorted(set(found))


def python_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.py")) if folder.is_dir() else []


def test_decision_imports_no_app_qt_or_database() -> None:
    files = python_files(ROOT / "decision")
    assert files, "decision/ has no Python files to check"
    assert violations(files, DECISION_FORBIDDEN) == []


def test_storage_imports_no_qt_or_upper_layers() -> None:
    files = python_files(ROOT / "app" / "storage")
    assert files, "app/storage/ has no Python files to check"
    assert violations(files, STORAGE_FORBIDDEN) == []


def test_memo_imports_no_widgets_and_qt_only_inside_functions() -> None:
    files = python_files(ROOT / "app" / "memo")
    assert files, "app/memo/ has no Python files to check"
    assert violations(files, MEMO_FORBIDDEN) == []
    assert violations(files, MEMO_MODULE_LEVEL_FORBIDDEN, module_level_only=True) == []


def test_page_logic_modules_are_qt_free() -> None:
    files = sorted((ROOT / "app" / "services").glob("*_logic.py"))
    assert len(files) >= 4, "the pages' Qt-free logic modules are missing"
    assert violations(files, LOGIC_FORBIDDEN) == []


def test_cli_does_not_import_widgets_at_module_level() -> None:
    cli = ROOT / "app" / "cli.py"
    assert cli.is_file(), "app/cli.py (the console script entry) is missing"
    assert violations([cli], CLI_MODULE_LEVEL_FORBIDDEN, module_level_only=True) == []


def _fresh_import(module: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", f"import sys, {module}; print('\\n'.join(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    return set(done.stdout.split())


@pytest.mark.parametrize(
    ("module", "forbidden"),
    [
        ("decision", DECISION_FORBIDDEN),
        ("app.cli", ("PySide6", "shiboken6", "app.widgets", "app.gui")),
        # translations and number formats serve the Qt-free logic, the memo and the CLI
        ("app.i18n", ("PySide6", "shiboken6")),
    ],
)
def test_importing_a_headless_package_loads_no_qt_or_database(
    module: str, forbidden: tuple[str, ...]
) -> None:
    loaded = _fresh_import(module)
    assert module in loaded
    assert sorted(m for m in loaded if is_forbidden(m, forbidden)) == []


# The checker itself: a rule that cannot fail proves nothing.


def _write(root: Path, relative: str, source: str) -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(source, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("relative", "source", "forbidden", "expected"),
    [
        ("decision/a.py", "import PySide6.QtCore\n", DECISION_FORBIDDEN, "PySide6.QtCore"),
        ("decision/a.py", "from sqlalchemy import orm\n", DECISION_FORBIDDEN, "sqlalchemy"),
        ("decision/a.py", "def f():\n    import app.cli\n", DECISION_FORBIDDEN, "app.cli"),
        (
            "decision/a.py",
            "import importlib\nimportlib.import_module('pyqtgraph')\n",
            DECISION_FORBIDDEN,
            "pyqtgraph",
        ),
        (
            "app/storage/repo.py",
            "from ..widgets import main_window\n",
            STORAGE_FORBIDDEN,
            "app.widgets",
        ),
        ("app/storage/repo.py", "from .. import models\n", STORAGE_FORBIDDEN, "app.models"),
        (
            "app/storage/__init__.py",
            "from ..services import worker\n",
            STORAGE_FORBIDDEN,
            "app.services",
        ),
    ],
)
def test_checker_catches_forbidden_imports(
    tmp_path: Path, relative: str, source: str, forbidden: tuple[str, ...], expected: str
) -> None:
    path = _write(tmp_path, relative, source)
    found = violations([path], forbidden, root=tmp_path)
    assert any(v.endswith(f"imports {expected}") for v in found), found


def test_checker_allows_what_the_layers_may_import(tmp_path: Path) -> None:
    decision = _write(
        tmp_path,
        "decision/a.py",
        "import numpy\nfrom . import errors\nfrom .methods import topsis\n",
    )
    storage = _write(
        tmp_path,
        "app/storage/repo.py",
        "import sqlalchemy\nfrom decision import Problem\nfrom . import schema\n",
    )
    assert violations([decision], DECISION_FORBIDDEN, root=tmp_path) == []
    assert violations([storage], STORAGE_FORBIDDEN, root=tmp_path) == []


def test_module_level_rule_ignores_function_bodies_only(tmp_path: Path) -> None:
    cli = _write(
        tmp_path,
        "app/cli.py",
        "import sys\n"
        "if sys.platform:\n    import app.widgets.main_window\n"
        "def main():\n    from app.gui import main as gui_main\n",
    )
    found = violations([cli], CLI_MODULE_LEVEL_FORBIDDEN, root=tmp_path, module_level_only=True)
    assert found == ["app/cli.py:3 imports app.widgets.main_window"]
