"""Homeware and books drawn in a unit box: bedding, throws, lamps, vases, cushions, baskets."""

import math

from demo.pictures.canvas import RGB, Pen, lathe, mix, shade, smooth, speckles, wave

OAK: RGB = (176, 132, 88)
BRASS: RGB = (196, 154, 72)
PAPER: RGB = (246, 244, 236)


def bed(pen: Pen, colour: RGB, *, seed: str = "") -> None:
    """A made bed seen from its foot: headboard, two pillows, the duvet turned down."""
    pen.shadow(0.04, 0.86, 0.96, 0.96)
    pen.rect(0.1, 0.18, 0.9, 0.6, fill=OAK, radius=0.03)
    pen.rect(0.06, 0.78, 0.1, 0.92, fill=shade(OAK, 0.7))
    pen.rect(0.9, 0.78, 0.94, 0.92, fill=shade(OAK, 0.7))
    for left in (0.14, 0.51):
        pen.rect(left, 0.34, left + 0.35, 0.5, fill=shade(colour, 1.12), radius=0.05)
        pen.line([(left + 0.03, 0.47), (left + 0.32, 0.47)], fill=shade(colour, 0.9), width=0.006)
    pen.masked(
        lambda mask: mask.poly([(0.07, 0.5), (0.93, 0.5), (0.95, 0.84), (0.05, 0.84)], fill=None),
        lambda cloth: _linen(cloth, colour=colour, seed=seed),
    )
    pen.rect(0.07, 0.5, 0.93, 0.58, fill=shade(colour, 1.06))
    pen.line([(0.07, 0.58), (0.93, 0.58)], fill=shade(colour, 0.82), width=0.006)
    for y in (0.66, 0.74):
        pen.line(wave(0.12, 0.88, y, 0.006, 3), fill=shade(colour, 0.88), width=0.005)


def _linen(pen: Pen, *, colour: RGB, seed: str) -> None:
    pen.rect(-0.1, -0.1, 1.1, 1.1, fill=colour)
    speckles(pen, colour=shade(colour, 0.92), count=220, seed=seed, size=0.004)


def throw(pen: Pen, colour: RGB, *, seed: str = "") -> None:
    """A folded waffle-weave throw."""
    pen.shadow(0.1, 0.74, 0.9, 0.84)

    def waffle(cloth: Pen) -> None:
        # A grid of raised ridges: the cells between them read as the waffle's hollows.
        cloth.rect(-0.1, -0.1, 1.1, 1.1, fill=shade(colour, 0.85))
        ridge = colour
        for index in range(40):
            offset = 0.1 + index * 0.028
            cloth.line([(offset, 0.0), (offset, 1.0)], fill=ridge, width=0.01)
            cloth.line([(0.0, offset), (1.0, offset)], fill=ridge, width=0.01)

    for top, bottom in ((0.52, 0.8), (0.4, 0.58), (0.3, 0.44)):
        pen.masked(lambda mask, t=top, b=bottom: mask.rect(0.12, t, 0.88, b, None, 0.04), waffle)
        pen.line(
            [(0.13, bottom - 0.01), (0.87, bottom - 0.01)], fill=shade(colour, 0.7), width=0.006
        )


def lamp(pen: Pen, colour: RGB, *, seed: str = "") -> None:
    """An adjustable reading lamp: round base, two arms, a conical shade and its light."""
    metal = colour if sum(colour) > 200 else BRASS
    pen.shadow(0.2, 0.86, 0.65, 0.94)
    pen.chord(0.22, 0.8, 0.62, 0.94, 180, 360, fill=shade(metal, 0.85))
    pen.rect(0.22, 0.86, 0.62, 0.89, fill=shade(metal, 0.7))
    pen.line([(0.42, 0.85), (0.33, 0.45), (0.62, 0.24)], fill=metal, width=0.022)
    pen.ellipse(0.31, 0.43, 0.36, 0.48, fill=shade(metal, 0.7))
    pen.poly([(0.55, 0.2), (0.7, 0.16), (0.86, 0.42), (0.68, 0.5)], fill=shade(metal, 0.9))
    pen.ellipse(0.67, 0.38, 0.87, 0.52, fill=(255, 240, 190))
    pen.line([(0.58, 0.22), (0.66, 0.18)], fill=shade(metal, 1.3), width=0.01)


def lantern(pen: Pen, colour: RGB, *, seed: str = "") -> None:
    """A round rice-paper pendant on its cord, glowing a little."""
    pen.line([(0.5, 0.0), (0.5, 0.18)], fill=(60, 60, 60), width=0.006)
    pen.rect(0.46, 0.16, 0.54, 0.2, fill=(70, 70, 70))
    glow = mix(colour, (255, 236, 190), 0.35)
    pen.ellipse(0.17, 0.18, 0.83, 0.84, fill=glow)
    pen.ellipse(0.3, 0.3, 0.7, 0.72, fill=shade(glow, 1.2))
    rib = shade(glow, 0.85)
    for index in range(1, 9):
        y = 0.18 + index * 0.66 / 9
        half = math.sqrt(max(0.0, 0.33**2 - (y - 0.51) ** 2))
        pen.arc(0.5 - half, y - 0.02, 0.5 + half, y + 0.02, 0, 180, fill=rib, width=0.004)


def lampshade(pen: Pen, colour: RGB, *, seed: str = "") -> None:
    """A drum table lamp: a turned base and a fabric shade."""
    pen.shadow(0.28, 0.88, 0.72, 0.95)
    pen.poly(lathe([(0.55, 0.05), (0.62, 0.12), (0.75, 0.15), (0.88, 0.1), (0.91, 0.12)]), OAK)
    pen.poly([(0.25, 0.12), (0.75, 0.12), (0.82, 0.56), (0.18, 0.56)], fill=colour)
    pen.ellipse(0.18, 0.53, 0.82, 0.59, fill=shade(colour, 0.8))
    pen.line([(0.3, 0.14), (0.22, 0.54)], fill=shade(colour, 1.15), width=0.01)


def vase(pen: Pen, colour: RGB, *, seed: str = "") -> None:
    """A hand-thrown bud vase with a glaze that runs thinner towards the foot."""
    profile = [(0.2, 0.05), (0.26, 0.045), (0.36, 0.06), (0.5, 0.17), (0.66, 0.22), (0.8, 0.19)]
    profile += [(0.88, 0.13), (0.9, 0.12)]
    outline = lathe(smooth_profile(profile))
    pen.shadow(0.3, 0.86, 0.7, 0.94)
    pen.poly(outline, fill=shade(colour, 0.95))
    pen.masked(
        lambda mask: mask.poly(outline, fill=None),
        lambda glaze: _glaze(glaze, colour=colour, seed=seed),
    )
    pen.ellipse(0.45, 0.18, 0.55, 0.22, fill=shade(colour, 0.45))
    pen.line(smooth([(0.4, 0.45), (0.37, 0.6), (0.39, 0.75)]), fill=shade(colour, 1.3), width=0.012)


def _glaze(pen: Pen, *, colour: RGB, seed: str) -> None:
    pen.rect(-0.1, -0.1, 1.1, 1.1, fill=colour)
    pen.rect(-0.1, 0.8, 1.1, 1.1, fill=(214, 196, 170))
    pen.line(wave(0.0, 1.0, 0.8, 0.015, 5), fill=shade(colour, 0.8), width=0.012)
    speckles(pen, colour=shade(colour, 0.7), count=90, seed=seed, size=0.003)


def smooth_profile(profile: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """A turned object's profile with its corners rounded."""
    return [(y, half) for y, half in smooth(profile, steps=6)]


def cushion(pen: Pen, colour: RGB, *, seed: str = "") -> None:
    """A plump square cushion with pulled-in sides and corners."""
    top = smooth([(0.12, 0.18), (0.5, 0.23), (0.88, 0.18)])
    right = smooth([(0.88, 0.18), (0.83, 0.5), (0.88, 0.84)])
    bottom = smooth([(0.88, 0.84), (0.5, 0.8), (0.12, 0.84)])
    left = smooth([(0.12, 0.84), (0.17, 0.5), (0.12, 0.18)])
    outline = top + right + bottom + left
    pen.shadow(0.1, 0.8, 0.9, 0.9)
    pen.masked(
        lambda mask: mask.poly(outline, fill=None),
        lambda cloth: _linen(cloth, colour=colour, seed=seed),
    )
    pen.ellipse(0.25, 0.3, 0.75, 0.72, fill=shade(colour, 1.06))
    for points in ((0.2, 0.24, 0.3, 0.32), (0.8, 0.24, 0.7, 0.32), (0.2, 0.78, 0.3, 0.7)):
        pen.line([points[:2], points[2:]], fill=shade(colour, 0.85), width=0.006)
    pen.line(bottom, fill=shade(colour, 0.8), width=0.006)


def basket(pen: Pen, colour: RGB, *, seed: str = "") -> None:
    """A woven basket with rope handles."""
    pen.shadow(0.15, 0.84, 0.85, 0.94)
    outline = [(0.15, 0.32), (0.85, 0.32), (0.78, 0.88), (0.22, 0.88)]

    def weave(cloth: Pen) -> None:
        cloth.rect(-0.1, -0.1, 1.1, 1.1, fill=colour)
        for row in range(14):
            y = 0.32 + row * 0.04
            for column in range(18):
                x = 0.14 + column * 0.04 + (0.02 if row % 2 else 0)
                cloth.ellipse(x, y, x + 0.035, y + 0.03, fill=shade(colour, 0.85))

    pen.masked(lambda mask: mask.poly(outline, fill=None), weave)
    pen.ellipse(0.15, 0.28, 0.85, 0.36, fill=shade(colour, 0.6))
    pen.arc(0.08, 0.4, 0.2, 0.55, 90, 270, fill=shade(colour, 0.7), width=0.012)
    pen.arc(0.8, 0.4, 0.92, 0.55, 270, 90, fill=shade(colour, 0.7), width=0.012)


def book(pen: Pen, colour: RGB, *, seed: str = "") -> None:
    """A hardback standing up: cloth cover, darker spine, page block, a printed motif."""
    pen.shadow(0.2, 0.86, 0.88, 0.95)
    pen.poly([(0.3, 0.1), (0.8, 0.12), (0.8, 0.9), (0.3, 0.9)], fill=PAPER)
    pen.rect(0.77, 0.13, 0.8, 0.89, fill=(226, 220, 204))
    pen.rect(0.22, 0.08, 0.76, 0.9, fill=colour, radius=0.01)
    pen.rect(0.22, 0.08, 0.28, 0.9, fill=shade(colour, 0.75))
    ink = shade(colour, 1.5) if sum(colour) < 500 else shade(colour, 0.5)
    motif = sum(map(ord, seed)) % 3
    if motif == 0:
        pen.ellipse(0.4, 0.3, 0.62, 0.52, fill=ink)
        pen.rect(0.36, 0.6, 0.68, 0.61, fill=ink)
    elif motif == 1:
        pen.poly([(0.34, 0.58), (0.46, 0.34), (0.55, 0.5), (0.6, 0.42), (0.7, 0.58)], fill=ink)
        pen.ellipse(0.6, 0.24, 0.66, 0.3, fill=ink)
    else:
        for index in range(4):
            y = 0.26 + index * 0.08
            pen.line(wave(0.35, 0.68, y, 0.012, 2), fill=ink, width=0.008)
    pen.rect(0.36, 0.74, 0.66, 0.755, fill=ink)
