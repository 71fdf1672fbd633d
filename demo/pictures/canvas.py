"""The drawing surface of the demo pictures: a Pen that draws in unit coordinates on a canvas
drawn at twice its size (halving it smooths the edges Pillow draws without anti-aliasing)."""

import math
import random
from collections.abc import Callable, Iterable
from io import BytesIO

from PIL import Image, ImageDraw, ImageFilter

RGB = tuple[int, int, int]
Point = tuple[float, float]

SUPERSAMPLE = 2
JPEG_QUALITY = 80


def shade(rgb: RGB, factor: float) -> RGB:
    """`rgb` darkened (factor < 1) or lightened towards white (factor > 1)."""
    if factor <= 1:
        return tuple(round(channel * factor) for channel in rgb)
    return tuple(round(channel + (255 - channel) * (factor - 1)) for channel in rgb)


def mix(first: RGB, second: RGB, share: float) -> RGB:
    """`share` of `second` mixed into `first`."""
    return tuple(round(a + (b - a) * share) for a, b in zip(first, second, strict=True))


class Pen:
    """Draws on `image` with coordinates in units: (x, y) lands at origin + (x, y) * scale.

    Objects are drawn in a unit box (0..1 both ways); where and how big they land is the
    caller's choice of origin and scale, so one drawing serves a front view, a close-up and a
    small object in a scene."""

    def __init__(self, image: Image.Image, *, origin: Point = (0, 0), scale: float | None = None):
        self.image = image
        self.draw = ImageDraw.Draw(image)
        self.origin = origin
        self.scale = scale if scale is not None else float(image.width)

    def at(self, *, origin: Point, scale: float) -> "Pen":
        """A pen on the same image placing the unit box at `origin` (pixels), `scale` wide."""
        return Pen(self.image, origin=origin, scale=scale)

    def point(self, x: float, y: float) -> Point:
        return (self.origin[0] + x * self.scale, self.origin[1] + y * self.scale)

    def _points(self, points: Iterable[Point]) -> list[Point]:
        return [self.point(x, y) for x, y in points]

    def _box(self, x0: float, y0: float, x1: float, y1: float) -> list[float]:
        (left, top), (right, bottom) = self.point(x0, y0), self.point(x1, y1)
        return [min(left, right), min(top, bottom), max(left, right), max(top, bottom)]

    def width(self, units: float) -> int:
        return max(1, round(units * self.scale))

    def poly(self, points: Iterable[Point], fill) -> None:
        self.draw.polygon(self._points(points), fill=fill)

    def ellipse(self, x0: float, y0: float, x1: float, y1: float, fill=None, outline=None, width=0):
        self.draw.ellipse(
            self._box(x0, y0, x1, y1), fill=fill, outline=outline, width=self.width(width)
        )

    def rect(self, x0: float, y0: float, x1: float, y1: float, fill, radius: float = 0) -> None:
        box = self._box(x0, y0, x1, y1)
        if radius:
            self.draw.rounded_rectangle(box, radius=self.width(radius), fill=fill)
        else:
            self.draw.rectangle(box, fill=fill)

    def line(self, points: Iterable[Point], fill, width: float) -> None:
        self.draw.line(self._points(points), fill=fill, width=self.width(width), joint="curve")

    def arc(self, x0, y0, x1, y1, start: float, end: float, fill, width: float) -> None:
        self.draw.arc(self._box(x0, y0, x1, y1), start, end, fill=fill, width=self.width(width))

    def chord(self, x0, y0, x1, y1, start: float, end: float, fill) -> None:
        self.draw.chord(self._box(x0, y0, x1, y1), start, end, fill=fill)

    def masked(self, shape: Callable[["Pen"], None], texture: Callable[["Pen"], None]) -> None:
        """Draw `texture` (stripes, checks, speckles) only inside what `shape` draws."""
        mask = Image.new("L", self.image.size, 0)
        shape(_MaskPen(mask, origin=self.origin, scale=self.scale))
        box = mask.getbbox()
        if box is None:
            return
        # Only the part of the canvas the shape covers is textured: much less to draw.
        layer = self.image.crop(box)
        origin = (self.origin[0] - box[0], self.origin[1] - box[1])
        texture(Pen(layer, origin=origin, scale=self.scale))
        self.image.paste(layer, box[:2], mask.crop(box))

    def shadow(self, x0: float, y0: float, x1: float, y1: float, strength: int = 70) -> None:
        """A soft contact shadow: a blurred dark ellipse, blurred small and stretched to fit."""
        box = [round(value) for value in self._box(x0, y0, x1, y1)]
        width, height = max(8, box[2] - box[0]), max(8, box[3] - box[1])
        pad = 4
        small = Image.new("L", (48 + 2 * pad, 16 + 2 * pad), 0)
        ImageDraw.Draw(small).ellipse((pad, pad, 48 + pad, 16 + pad), fill=strength)
        small = small.filter(ImageFilter.GaussianBlur(3))
        grow_x, grow_y = width * (48 + 2 * pad) / 48, height * (16 + 2 * pad) / 16
        mask = small.resize((round(grow_x), round(grow_y)), Image.BILINEAR)
        left = box[0] - round((grow_x - width) / 2)
        top = box[1] - round((grow_y - height) / 2)
        self.image.paste((40, 34, 30), (left, top), mask)


class _MaskPen(Pen):
    """A pen that draws every shape opaque on a mask, whatever colour it is given."""

    def poly(self, points, fill):
        super().poly(points, 255)

    def ellipse(self, x0, y0, x1, y1, fill=None, outline=None, width=0):
        super().ellipse(x0, y0, x1, y1, fill=255)

    def rect(self, x0, y0, x1, y1, fill, radius=0):
        super().rect(x0, y0, x1, y1, 255, radius)

    def line(self, points, fill, width):
        super().line(points, 255, width)

    def chord(self, x0, y0, x1, y1, start, end, fill):
        super().chord(x0, y0, x1, y1, start, end, 255)


def canvas(width: int, height: int, colour: RGB) -> Image.Image:
    """A blank canvas `width` x `height` pixels (drawn twice as large, see `finish`)."""
    return Image.new("RGB", (width * SUPERSAMPLE, height * SUPERSAMPLE), colour)


def finish(image: Image.Image) -> bytes:
    """The canvas halved back to its size, as a JPEG."""
    buffer = BytesIO()
    image.reduce(SUPERSAMPLE).save(buffer, format="JPEG", quality=JPEG_QUALITY)
    return buffer.getvalue()


def lathe(profile: Iterable[tuple[float, float]], *, centre: float = 0.5) -> list[Point]:
    """The outline of a turned object (vase, mug, pot) from its half-widths: (y, half width)."""
    profile = list(profile)
    right = [(centre + half, y) for y, half in profile]
    left = [(centre - half, y) for y, half in reversed(profile)]
    return right + left


def smooth(points: list[Point], steps: int = 8) -> list[Point]:
    """Points along a Catmull-Rom curve through `points` (open curve), for soft outlines."""
    if len(points) < 3:
        return points
    padded = [points[0], *points, points[-1]]
    curve = []
    for index in range(1, len(padded) - 2):
        p0, p1, p2, p3 = padded[index - 1 : index + 3]
        for step in range(steps):
            t = step / steps
            curve.append(
                tuple(
                    0.5
                    * (
                        2 * b
                        + (-a + c) * t
                        + (2 * a - 5 * b + 4 * c - d) * t * t
                        + (-a + 3 * b - 3 * c + d) * t**3
                    )
                    for a, b, c, d in zip(p0, p1, p2, p3, strict=True)
                )
            )
    curve.append(points[-1])
    return curve


def speckles(pen: Pen, *, colour: RGB, count: int, seed: str, size: float = 0.006) -> None:
    """Random small dots over the unit box (a speckled glaze, boiled wool, paper fibres)."""
    rng = random.Random(seed)
    for _ in range(count):
        x, y = rng.random(), rng.random()
        radius = size * (0.5 + rng.random())
        pen.ellipse(x - radius, y - radius, x + radius, y + radius, fill=colour)


def wave(x0: float, x1: float, y: float, amplitude: float, waves: float) -> list[Point]:
    """A horizontal wavy line from x0 to x1 around y (wood grain, wrinkles)."""
    return [
        (x0 + (x1 - x0) * i / 24, y + amplitude * math.sin(i / 24 * waves * 2 * math.pi))
        for i in range(25)
    ]
