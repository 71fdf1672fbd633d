"""Screenshots of the browser tests, saved under var/screenshots/ (not committed)."""

from pathlib import Path


def screenshot(page, name: str) -> Path:
    """Save a full-page screenshot of `page` as var/screenshots/<name>.png."""
    folder = Path("var/screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
