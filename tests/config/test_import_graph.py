"""No import cycles between the project's own modules.

The graph is read from the source (no module is imported): every `import` and `from ... import`
counts, at the top of a module or inside a function, so a cycle cannot hide behind a
function-level import. Relative imports are resolved, and `from pkg import name` points at the
module `pkg.name` when there is one, else at `pkg` itself."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("cms", "commerce", "demo")


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules(root: Path, packages: tuple[str, ...]) -> dict[str, Path]:
    return {
        _module_name(path, root): path
        for package in packages
        for path in sorted((root / package).rglob("*.py"))
    }


def _absolute(module: str, *, is_package: bool, level: int, target: str | None) -> str:
    """The absolute name `from <level dots><target> import ...` refers to inside `module`."""
    if level == 0:
        return target or ""
    base = module.split(".")
    if not is_package:
        base.pop()
    base = base[: len(base) - (level - 1)]
    return ".".join([*base, target] if target else base)


def _imports(module: str, path: Path, known: set[str]) -> set[str]:
    """The project modules `module` imports, anywhere in its body."""
    is_package = path.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            source = _absolute(module, is_package=is_package, level=node.level, target=node.module)
            for alias in node.names:
                submodule = f"{source}.{alias.name}"
                found.add(submodule if submodule in known else source)
    return {name for name in found if name in known and name != module}


def import_graph(root: Path = ROOT, packages: tuple[str, ...] = PACKAGES) -> dict[str, set[str]]:
    """Module -> the project modules it imports, for every module of `packages` under `root`."""
    modules = _modules(root, packages)
    known = set(modules)
    return {module: _imports(module, path, known) for module, path in modules.items()}


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components of `graph`, each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for neighbour in sorted(graph[node]):
            if neighbour not in index:
                visit(neighbour)
                low[node] = min(low[node], low[neighbour])
            elif neighbour in on_stack:
                low[node] = min(low[node], index[neighbour])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            components.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return components


def _cycle_through(graph: dict[str, set[str]], component: list[str]) -> list[str]:
    """One concrete loop inside a strongly connected component, for the failure message."""
    members = set(component)
    start = component[0]
    paths = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for neighbour in sorted(graph[node] & members):
            if neighbour == start:
                return [*paths[node], start]
            if neighbour not in paths:
                paths[neighbour] = [*paths[node], neighbour]
                queue.append(neighbour)
    return component


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def _cycles(graph: dict[str, set[str]], package: str) -> list[list[str]]:
    return [
        _cycle_through(graph, component)
        for component in strongly_connected(graph)
        if len(component) > 1 and any(m.split(".")[0] == package for m in component)
    ]


def test_a_cycle_hidden_in_a_function_through_relative_imports_is_found(tmp_path):
    _write(
        tmp_path,
        {
            "shop/__init__.py": "",
            "shop/blocks.py": "def render():\n    from .cards import card\n",
            "shop/cards.py": "from shop import pages\n",
            "shop/pages/__init__.py": "",
            "shop/pages/models.py": "from .. import blocks\nimport os\n",
            "shop/pages/__main__.py": "from ..pages import models\n",
        },
    )
    graph = import_graph(tmp_path, ("shop",))

    assert graph["shop.blocks"] == {"shop.cards"}
    assert graph["shop.cards"] == {"shop.pages"}  # `from shop import pages`: the package
    assert graph["shop.pages.models"] == {"shop.blocks"}
    assert graph["shop.pages.__main__"] == {"shop.pages.models"}
    assert _cycles(graph, "shop") == []
    (tmp_path / "shop/pages/__init__.py").write_text("from . import models\n")
    assert _cycles(import_graph(tmp_path, ("shop",)), "shop") == [
        ["shop.blocks", "shop.cards", "shop.pages", "shop.pages.models", "shop.blocks"]
    ]


@pytest.mark.parametrize("package", PACKAGES)
def test_no_import_cycle_in(package):
    cycles = _cycles(import_graph(), package)
    assert not cycles, "import cycles:\n" + "\n".join(" -> ".join(c) for c in cycles)
