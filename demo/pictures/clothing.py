"""Clothes laid flat, drawn in a unit box: tees, shirts, jumpers, beanies, scarves."""

from demo.pictures.canvas import RGB, Pen, shade, smooth, speckles

WHITE: RGB = (244, 242, 236)


def _pattern(pen: Pen, *, colour: RGB, pattern: str | None, seed: str) -> None:
    """Fill the unit box with the garment's cloth: plain, Breton stripes, a check or a knit."""
    if pattern == "stripes":
        pen.rect(-0.1, -0.1, 1.1, 1.1, fill=WHITE)
        y = 0.3
        while y < 1.0:
            pen.rect(-0.1, y, 1.1, y + 0.022, fill=colour)
            y += 0.055
    elif pattern == "check":
        # Dark bands over a third of the cloth: the cloth's own colour still leads.
        pen.rect(-0.1, -0.1, 1.1, 1.1, fill=colour)
        dark, light = shade(colour, 0.6), shade(colour, 1.35)
        for step in range(-1, 10):
            offset = step * 0.12
            pen.rect(offset, -0.1, offset + 0.026, 1.1, fill=dark)
            pen.rect(-0.1, offset, 1.1, offset + 0.026, fill=dark)
            pen.line([(offset + 0.07, -0.1), (offset + 0.07, 1.1)], fill=light, width=0.004)
            pen.line([(-0.1, offset + 0.07), (1.1, offset + 0.07)], fill=light, width=0.004)
    else:
        pen.rect(-0.1, -0.1, 1.1, 1.1, fill=colour)
        if pattern == "knit":
            rib = shade(colour, 0.9)
            x = 0.0
            while x < 1.0:
                pen.line([(x, 0.0), (x, 1.0)], fill=rib, width=0.004)
                x += 0.02
        speckles(pen, colour=shade(colour, 0.93), count=160, seed=seed, size=0.004)


def _sleeved(long: bool) -> list[tuple[float, float]]:
    """The outline of a garment laid flat, collar to hem, clockwise from the left of the neck."""
    if long:
        left = [(0.25, 0.19), (0.13, 0.3), (0.06, 0.84), (0.16, 0.86), (0.24, 0.45), (0.26, 0.9)]
    else:
        left = [(0.25, 0.19), (0.08, 0.33), (0.15, 0.46), (0.27, 0.41), (0.27, 0.9)]
    right = [(1 - x, y) for x, y in reversed(left)]
    neck = [(0.6, 0.2), (0.5, 0.225), (0.4, 0.2)]
    return [(0.38, 0.15), *left, *right, (0.62, 0.15), *neck]


def garment(
    pen: Pen,
    colour: RGB,
    *,
    long: bool = False,
    pattern: str | None = None,
    collar: bool = False,
    pocket: bool = False,
    seed: str = "",
) -> None:
    """A tee, shirt or jumper laid flat: sleeves, neckline, seams, in its cloth."""
    outline = _sleeved(long)
    pen.shadow(0.12, 0.86, 0.88, 0.95, strength=50)
    pen.ellipse(0.39, 0.12, 0.61, 0.23, fill=shade(colour, 0.6))
    pen.masked(
        lambda mask: mask.poly(outline, fill=None),
        lambda cloth: _pattern(cloth, colour=colour, pattern=pattern, seed=seed),
    )
    seam = shade(colour if pattern != "stripes" else WHITE, 0.78)
    if long:
        pen.line([(0.25, 0.19), (0.25, 0.45)], fill=seam, width=0.005)
        pen.line([(0.75, 0.19), (0.75, 0.45)], fill=seam, width=0.005)
        pen.line([(0.065, 0.8), (0.165, 0.82)], fill=seam, width=0.006)
        pen.line([(0.935, 0.8), (0.835, 0.82)], fill=seam, width=0.006)
    else:
        pen.line([(0.25, 0.19), (0.27, 0.41)], fill=seam, width=0.005)
        pen.line([(0.75, 0.19), (0.73, 0.41)], fill=seam, width=0.005)
        pen.line([(0.1, 0.36), (0.16, 0.44)], fill=seam, width=0.005)
        pen.line([(0.9, 0.36), (0.84, 0.44)], fill=seam, width=0.005)
    pen.line([(0.27, 0.87), (0.73, 0.87)], fill=seam, width=0.005)
    # Soft folds where cloth laid flat creases.
    fold = shade(colour if pattern != "stripes" else WHITE, 0.86)
    pen.line(smooth([(0.33, 0.55), (0.42, 0.6), (0.5, 0.58)]), fill=fold, width=0.006)
    pen.line(smooth([(0.56, 0.72), (0.64, 0.69), (0.7, 0.74)]), fill=fold, width=0.006)
    if collar:
        _shirt_front(pen, colour, pattern=pattern)
    else:
        pen.line(
            smooth([(0.38, 0.155), (0.44, 0.205), (0.5, 0.222), (0.56, 0.205), (0.62, 0.155)]),
            fill=shade(colour if pattern != "stripes" else WHITE, 0.8),
            width=0.018,
        )
    if pocket:
        pen.rect(0.57, 0.32, 0.67, 0.43, fill=shade(colour, 0.92), radius=0.005)
        pen.line([(0.57, 0.335), (0.67, 0.335)], fill=shade(colour, 0.75), width=0.004)


def _shirt_front(pen: Pen, colour: RGB, *, pattern: str | None) -> None:
    """A shirt's collar points, placket and buttons."""
    base = colour if pattern != "check" else shade(colour, 0.9)
    pen.poly([(0.38, 0.15), (0.5, 0.23), (0.44, 0.29), (0.36, 0.2)], fill=shade(base, 1.08))
    pen.poly([(0.62, 0.15), (0.5, 0.23), (0.56, 0.29), (0.64, 0.2)], fill=shade(base, 1.02))
    pen.line([(0.5, 0.23), (0.5, 0.9)], fill=shade(base, 0.8), width=0.004)
    pen.line([(0.525, 0.23), (0.525, 0.9)], fill=shade(base, 0.8), width=0.004)
    for y in (0.3, 0.42, 0.54, 0.66, 0.78):
        pen.ellipse(0.5, y - 0.012, 0.525, y + 0.012, fill=(236, 232, 222))


def beanie(pen: Pen, colour: RGB, *, seed: str = "") -> None:
    """A rib-knit beanie with a turned-up cuff."""
    pen.shadow(0.18, 0.78, 0.82, 0.88)

    def crown(mask: Pen) -> None:
        mask.chord(0.2, 0.12, 0.8, 0.95, 180, 360, fill=None)
        mask.rect(0.2, 0.52, 0.8, 0.6, fill=None)

    pen.masked(crown, lambda cloth: _pattern(cloth, colour=colour, pattern="knit", seed=seed))
    pen.rect(0.17, 0.55, 0.83, 0.82, fill=shade(colour, 0.92), radius=0.03)
    x = 0.19
    while x < 0.82:
        pen.line([(x, 0.57), (x, 0.8)], fill=shade(colour, 0.75), width=0.008)
        x += 0.035
    pen.line([(0.5, 0.14), (0.5, 0.52)], fill=shade(colour, 0.85), width=0.005)


def scarf(pen: Pen, colour: RGB, *, seed: str = "") -> None:
    """A folded scarf with fringed ends."""
    pen.shadow(0.15, 0.8, 0.85, 0.9)
    pen.masked(
        lambda mask: mask.rect(0.2, 0.2, 0.8, 0.82, fill=None, radius=0.03),
        lambda cloth: _pattern(cloth, colour=colour, pattern="knit", seed=seed),
    )
    for y in (0.4, 0.6):
        pen.line([(0.2, y), (0.8, y)], fill=shade(colour, 0.8), width=0.006)
    x = 0.22
    while x < 0.79:
        pen.line([(x, 0.82), (x + 0.005, 0.9)], fill=shade(colour, 0.85), width=0.006)
        x += 0.025
