"""Screenshots the browser tests save for people to look at (var/screenshots/, not committed)."""

from pathlib import Path


def screenshot(page, name: str) -> None:
    """Save the whole page as var/screenshots/<name>.png."""
    Path("var/screenshots").mkdir(parents=True, exist_ok=True)
    page.screenshot(path=f"var/screenshots/{name}.png", full_page=True)
