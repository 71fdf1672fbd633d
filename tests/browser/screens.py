"""Screenshots the browser tests leave for people to look at (var/screenshots/, not committed)."""

from pathlib import Path

SCREENSHOTS = Path("var/screenshots")


def screenshot(page, name: str, *, full_page: bool = True) -> Path:
    """Save the page as var/screenshots/<name>.png (the screen only, for a drawer over it, with
    full_page=False) and return the path."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path
