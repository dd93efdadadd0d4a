"""The layers' import graph: no cycles, and the extractor uses nothing of ours but Fact."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "insights"


def _graph() -> dict[str, set[str]]:
    """Module -> the insights modules it imports (at the top, inside functions, for types)."""
    files = {
        ".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__"): p
        for p in PACKAGE.rglob("*.py")
    }
    graph = {}
    for name, path in files.items():
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            module = node.module if isinstance(node, ast.ImportFrom) else None
            if module and module.startswith("insights"):
                for alias in node.names:
                    full = f"{module}.{alias.name}"
                    found.add(full if full in files else module)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name.startswith("insights"))
        graph[name] = found - {"insights", name}
    return graph


def test_no_import_cycles():
    graph, cycles = _graph(), []

    def visit(module: str, path: list[str], done: set[str]) -> None:
        if module in path:
            cycles.append(path[path.index(module) :] + [module])
            return
        if module in done:
            return
        done.add(module)
        for imported in sorted(graph.get(module, ())):
            visit(imported, [*path, module], done)

    for module in sorted(graph):
        visit(module, [], set())
    assert cycles == []


def test_the_extractor_uses_nothing_of_ours_but_fact():
    graph = _graph()
    outside = {
        imported
        for module, imports in graph.items()
        if module.startswith("insights.extract")
        for imported in imports
        if not imported.startswith("insights.extract")
    }
    assert outside <= {"insights.fact"}


# What a module may not pull in when imported alone, in a fresh interpreter: the dashboard
# imports these on a server's first run, and the extractor's patterns are not needed there.
KEPT_OUT = [
    ("insights.tables", "insights.extract.quantities"),
    ("insights.table.corrections", "insights.extract.quantities"),
]


@pytest.mark.parametrize(("module", "absent"), KEPT_OUT, ids=[m for m, _ in KEPT_OUT])
def test_a_dashboard_module_does_not_import_the_extractor_s_patterns(module, absent):
    code = f"import sys, {module}; print({absent!r} in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], cwd=PACKAGE.parent, text=True,
                          capture_output=True, check=True)  # fmt: skip
    assert done.stdout.strip() == "False"


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: p.name)
def test_no_module_constant_is_assigned_twice(path):
    # A second pattern of the same name silently replaces the first when the module loads
    # (PLURAL_MODELS_AFTER once did: the first pattern's words were never read).
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        names = [t.id for t in targets if isinstance(t, ast.Name) and t.id.isupper()]
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.append(node.name)  # (nor a function or class defined twice)
        for name in names:
            if name in seen:
                twice.append(f"{name} (lines {seen[name]} and {node.lineno})")
            seen.setdefault(name, node.lineno)
    assert not twice, twice

