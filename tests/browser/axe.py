"""axe-core, the accessibility checker the browser tests run in Chromium: one pinned release from
the npm registry, fetched once into var/axe/ (`make test` runs `python -m tests.browser.axe`),
its tarball checked against the registry's sha512 before axe.min.js is taken out of it."""

import base64
import hashlib
import io
import sys
import tarfile
import urllib.request
from pathlib import Path

VERSION = "4.14.1"
TARBALL = f"https://registry.npmjs.org/axe-core/-/axe-core-{VERSION}.tgz"
# The registry's `dist.integrity` for VERSION.
INTEGRITY = (
    "sha512-"
    "FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ=="
)
ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "var" / "axe" / f"axe-core-{VERSION}.min.js"

# The impacts the shop allows none of; "moderate" and "minor" findings are left to review.
BLOCKING = ("serious", "critical")


def axe_fetch() -> Path:
    """var/axe/axe-core-<VERSION>.min.js, downloaded and checked unless already there."""
    if SCRIPT.exists():
        return SCRIPT
    with urllib.request.urlopen(TARBALL, timeout=60) as response:
        tarball = response.read()
    digest = "sha512-" + base64.b64encode(hashlib.sha512(tarball).digest()).decode()
    if digest != INTEGRITY:
        raise RuntimeError(f"{TARBALL} does not match its pinned integrity {INTEGRITY}")
    with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as archive:
        source = archive.extractfile("package/axe.min.js").read()
    SCRIPT.parent.mkdir(parents=True, exist_ok=True)
    SCRIPT.with_suffix(".tmp").write_bytes(source)
    SCRIPT.with_suffix(".tmp").replace(SCRIPT)
    return SCRIPT


def blocking_violations(page) -> list[str]:
    """Run axe-core on the page as it is now; one line per serious or critical violation's node
    (rule, impact, target, page). Injected by evaluate, so a Content-Security-Policy cannot
    block it."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(SCRIPT.read_text(encoding="utf-8"))
    results = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
    )
    return [
        f"{rule['id']} ({rule['impact']}) {node['target']} on {page.url}: {rule['help']}"
        for rule in results
        if rule["impact"] in BLOCKING
        for node in rule["nodes"]
    ]


if __name__ == "__main__":
    try:
        print(axe_fetch().relative_to(ROOT))
    except OSError as error:
        sys.exit(f"Cannot fetch axe-core {VERSION} from {TARBALL}: {error}")
