"""Kitchenware drawn in a unit box: pans, pots, plates, bowls, mugs, jugs, teapots, boards."""

from demo.pictures.canvas import RGB, Pen, lathe, shade, smooth, speckles, wave

WOOD: RGB = (150, 108, 68)


def skillet(pen: Pen, colour: RGB, *, seed: str = "") -> None:
    """A pan seen from above at an angle: rim, cooking surface, long handle."""
    pen.shadow(0.04, 0.7, 0.8, 0.84)
    pen.poly([(0.68, 0.47), (0.97, 0.4), (0.99, 0.46), (0.7, 0.56)], fill=shade(colour, 0.9))
    pen.ellipse(0.92, 0.415, 0.955, 0.44, fill=(235, 230, 220))
    pen.ellipse(0.04, 0.3, 0.76, 0.78, fill=shade(colour, 0.8))
    pen.ellipse(0.07, 0.3, 0.73, 0.72, fill=colour)
    pen.ellipse(0.12, 0.35, 0.68, 0.68, fill=shade(colour, 1.12))
    pen.arc(0.14, 0.37, 0.66, 0.66, 200, 260, fill=shade(colour, 1.5), width=0.01)
    pen.poly([(0.04, 0.5), (0.0, 0.53), (0.05, 0.56)], fill=shade(colour, 0.8))


def saucepan(pen: Pen, colour: RGB, *, seed: str = "", handles: int = 2) -> None:
    """A stock pot or saucepan: straight sides, a lid with a knob, side handles."""
    pen.shadow(0.12, 0.84, 0.88, 0.94)
    pen.rect(0.18, 0.38, 0.82, 0.86, fill=colour, radius=0.04)
    pen.rect(0.18, 0.38, 0.3, 0.86, fill=shade(colour, 1.12))
    pen.rect(0.7, 0.38, 0.82, 0.86, fill=shade(colour, 0.85))
    pen.ellipse(0.16, 0.32, 0.84, 0.44, fill=shade(colour, 0.8))
    pen.chord(0.18, 0.22, 0.82, 0.46, 180, 360, fill=shade(colour, 0.95))
    pen.ellipse(0.45, 0.19, 0.55, 0.26, fill=(40, 40, 40))
    if handles == 2:
        pen.rect(0.1, 0.44, 0.19, 0.49, fill=(60, 60, 60), radius=0.02)
        pen.rect(0.81, 0.44, 0.9, 0.49, fill=(60, 60, 60), radius=0.02)
    else:
        pen.poly([(0.8, 0.44), (0.99, 0.38), (0.99, 0.43), (0.8, 0.5)], fill=WOOD)


def plate(pen: Pen, colour: RGB, *, seed: str = "", deep: bool = False) -> None:
    """A plate (or bowl) seen at an angle: rim, well and a satin sheen."""
    pen.shadow(0.05, 0.66, 0.95, 0.8)
    if deep:
        pen.chord(0.1, 0.1, 0.9, 0.8, 0, 180, fill=shade(colour, 0.9))
        pen.ellipse(0.1, 0.3, 0.9, 0.54, fill=colour)
        pen.ellipse(0.14, 0.32, 0.86, 0.52, fill=shade(colour, 0.85))
        return
    pen.ellipse(0.05, 0.3, 0.95, 0.74, fill=shade(colour, 0.9))
    pen.ellipse(0.05, 0.28, 0.95, 0.7, fill=colour)
    pen.ellipse(0.22, 0.36, 0.78, 0.62, fill=shade(colour, 0.92))
    pen.arc(0.08, 0.3, 0.92, 0.68, 200, 250, fill=shade(colour, 1.4), width=0.01)


def mug(pen: Pen, colour: RGB, *, seed: str = "") -> None:
    """A speckled mug with a handle, a darker glaze dipped at the rim."""
    outline = [(0.24, 0.28), (0.7, 0.28), (0.68, 0.84), (0.26, 0.84)]
    pen.shadow(0.18, 0.8, 0.86, 0.9)
    pen.ellipse(0.6, 0.4, 0.86, 0.7, fill=shade(colour, 0.85))
    pen.ellipse(0.66, 0.46, 0.8, 0.64, fill=(245, 242, 236))

    def glaze(body: Pen) -> None:
        body.rect(-0.1, -0.1, 1.1, 1.1, fill=colour)
        body.rect(0.6, -0.1, 1.1, 1.1, fill=shade(colour, 0.9))
        body.rect(-0.1, 0.28, 1.1, 0.36, fill=shade(colour, 0.75))
        speckles(body, colour=shade(colour, 0.6), count=120, seed=seed, size=0.003)

    pen.masked(lambda mask: mask.poly(outline, fill=None), glaze)
    pen.ellipse(0.24, 0.24, 0.7, 0.32, fill=shade(colour, 0.8))
    pen.ellipse(0.26, 0.25, 0.68, 0.31, fill=(70, 45, 30))
    pen.ellipse(0.26, 0.8, 0.68, 0.88, fill=shade(colour, 0.9))


def dripper(pen: Pen, colour: RGB, *, seed: str = "") -> None:
    """A cone coffee dripper with a paper filter, on a glass cup."""
    pen.shadow(0.25, 0.86, 0.75, 0.94)
    pen.rect(0.32, 0.58, 0.68, 0.9, fill=(205, 215, 215), radius=0.03)
    pen.rect(0.33, 0.72, 0.67, 0.89, fill=(92, 60, 38), radius=0.03)
    pen.rect(0.27, 0.54, 0.73, 0.58, fill=shade(colour, 0.88), radius=0.01)
    pen.poly([(0.2, 0.2), (0.8, 0.2), (0.58, 0.54), (0.42, 0.54)], fill=colour)
    pen.poly([(0.62, 0.2), (0.8, 0.2), (0.58, 0.54)], fill=shade(colour, 0.88))
    for x in (0.36, 0.5, 0.64):
        pen.line([(x, 0.24), (0.5 + (x - 0.5) * 0.4, 0.5)], fill=shade(colour, 0.85), width=0.005)
    pen.poly([(0.24, 0.14), (0.76, 0.14), (0.72, 0.22), (0.28, 0.22)], fill=(240, 235, 222))
    pen.ellipse(0.2, 0.17, 0.8, 0.23, fill=shade(colour, 0.8))


def teapot(pen: Pen, colour: RGB, *, seed: str = "") -> None:
    """A round cast-iron tetsubin: hobnailed body, spout, lid and its arched handle."""
    pen.shadow(0.15, 0.82, 0.85, 0.92)
    pen.arc(0.26, 0.06, 0.74, 0.5, 180, 360, fill=shade(colour, 0.85), width=0.03)
    pen.poly([(0.2, 0.52), (0.04, 0.36), (0.08, 0.34), (0.26, 0.6)], fill=shade(colour, 0.9))
    pen.ellipse(0.16, 0.26, 0.84, 0.86, fill=colour)
    pen.rect(0.2, 0.78, 0.8, 0.84, fill=shade(colour, 0.8))
    for row in range(5):
        for column in range(9):
            x = 0.24 + column * 0.065 + (0.03 if row % 2 else 0)
            y = 0.38 + row * 0.07
            if (x - 0.5) ** 2 / 0.11 + (y - 0.56) ** 2 / 0.08 < 1:
                pen.ellipse(x, y, x + 0.025, y + 0.025, fill=shade(colour, 1.3))
    pen.chord(0.34, 0.2, 0.66, 0.36, 180, 360, fill=shade(colour, 0.8))
    pen.ellipse(0.46, 0.18, 0.54, 0.24, fill=shade(colour, 0.7))


def board(pen: Pen, colour: RGB, *, seed: str = "") -> None:
    """A chopping board with a handle and the grain of one piece of wood."""
    pen.shadow(0.1, 0.8, 0.95, 0.9)

    def grain(wood: Pen) -> None:
        wood.rect(-0.1, -0.1, 1.1, 1.1, fill=colour)
        for index in range(14):
            y = 0.28 + index * 0.04
            wood.line(
                wave(0.0, 1.0, y, 0.01, 1.5 + index % 3), fill=shade(colour, 0.8), width=0.005
            )

    pen.masked(
        lambda mask: (
            mask.rect(0.1, 0.26, 0.78, 0.84, fill=None, radius=0.08),
            mask.rect(0.7, 0.44, 0.96, 0.64, fill=None, radius=0.06),
        ),
        grain,
    )
    pen.ellipse(0.86, 0.5, 0.91, 0.58, fill=(240, 236, 228))
    pen.rect(0.1, 0.8, 0.78, 0.84, fill=shade(colour, 0.7))


def jug(pen: Pen, colour: RGB, *, seed: str = "") -> None:
    """A pouring jug with a spout and a loop handle."""
    pen.shadow(0.2, 0.84, 0.8, 0.92)
    pen.ellipse(0.6, 0.32, 0.86, 0.7, fill=shade(colour, 0.85))
    pen.ellipse(0.66, 0.4, 0.8, 0.62, fill=(245, 242, 236))
    profile = smooth([(0.2, 0.2), (0.4, 0.2), (0.62, 0.25), (0.85, 0.2), (0.88, 0.18)], steps=6)
    pen.poly(lathe(profile, centre=0.46), fill=colour)
    pen.poly([(0.26, 0.2), (0.16, 0.16), (0.3, 0.26)], fill=colour)
    pen.ellipse(0.26, 0.17, 0.66, 0.23, fill=shade(colour, 0.7))
    pen.line(smooth([(0.33, 0.4), (0.3, 0.6), (0.33, 0.78)]), fill=shade(colour, 1.25), width=0.012)


def caddy(pen: Pen, colour: RGB, *, seed: str = "") -> None:
    """A round tea caddy with a fitted lid."""
    pen.shadow(0.24, 0.84, 0.76, 0.92)
    pen.rect(0.3, 0.3, 0.7, 0.88, fill=colour, radius=0.03)
    pen.rect(0.3, 0.3, 0.38, 0.88, fill=shade(colour, 1.15))
    pen.rect(0.62, 0.3, 0.7, 0.88, fill=shade(colour, 0.85))
    pen.rect(0.28, 0.22, 0.72, 0.36, fill=shade(colour, 0.8), radius=0.02)
    pen.ellipse(0.28, 0.19, 0.72, 0.25, fill=shade(colour, 1.1))
