"""Reading drawn pictures the way a shopper sees them: which colour fills the picture."""

from io import BytesIO

from PIL import Image

from demo.pictures.scenes import FLOOR, WALL

RGB = tuple[int, int, int]


def distance(first: RGB, second: RGB) -> float:
    return sum((a - b) ** 2 for a, b in zip(first, second, strict=True)) ** 0.5


def _sample(picture: bytes) -> list[RGB]:
    """A grid of 80 x 80 pixels as drawn (not averaged, so thin stripes keep their colour)."""
    image = Image.open(BytesIO(picture)).convert("RGB")
    return list(image.resize((80, 80), Image.Resampling.NEAREST).getdata())


def object_pixels(picture: bytes) -> list[RGB]:
    """The pixels of a sample grid that are not the studio backdrop (wall or floor)."""
    return [
        pixel
        for pixel in _sample(picture)
        if min(distance(pixel, WALL), distance(pixel, FLOOR)) > 45
    ]


def dominant_colour(picture: bytes) -> RGB:
    """The commonest of four colours the picture's object reduces to; of the whole picture
    when nothing stands out from the backdrop (a white object)."""
    pixels = object_pixels(picture) or _sample(picture)
    strip = Image.new("RGB", (len(pixels), 1))
    strip.putdata(pixels)
    reduced = strip.quantize(colors=4, method=Image.Quantize.MEDIANCUT)
    _count, commonest = max(reduced.getcolors())
    palette = reduced.getpalette()
    return tuple(palette[commonest * 3 : commonest * 3 + 3])


def is_red(colour: RGB) -> bool:
    red, green, blue = colour
    return red > 120 and red > 1.8 * green and red > 1.8 * blue
