"""Abstract illustrations for the demo, drawn locally with Pillow: a soft gradient, glowing
light and translucent shapes, printed as a duotone in the palette's deep and pale colours, with a
fine grain. The same seed always gives the same JPEG, so loading
the demo twice produces identical files and never needs the network."""

import io
import math
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

# Colour families that suit the site: deep blues and teals with sand, gold or coral accents.
PALETTES = {
    "dusk": ["#0b1f3a", "#1d4e89", "#f2a541", "#f6d8ae", "#e4572e"],
    "river": ["#06283d", "#1363df", "#47b5ff", "#dff6ff", "#f9d923"],
    "desert": ["#3d1e0f", "#a0522d", "#e9b872", "#f4e3c1", "#2e86ab"],
    "olive": ["#1b2d1e", "#4f772d", "#90a955", "#ecf39e", "#f28f3b"],
    "night": ["#10002b", "#3c096c", "#7b2cbf", "#c77dff", "#ffd166"],
    "coast": ["#012a4a", "#2a6f97", "#61a5c2", "#a9d6e5", "#ff7f51"],
    "ember": ["#2b0f0e", "#7f1d1d", "#d1495b", "#edae49", "#f7ede2"],
    "stone": ["#1f2933", "#52606d", "#9aa5b1", "#e4e7eb", "#f0b429"],
}
STYLES = ("orbs", "bands", "hills", "rings", "tiles")


def _rgb(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def _linear_gradient(size, start, end, angle: float) -> Image.Image:
    """A two-colour gradient across the whole image at the given angle (degrees)."""
    width, height = size
    diagonal = int(math.hypot(width, height)) + 2
    mask = Image.linear_gradient("L").resize((diagonal, diagonal)).rotate(angle)
    left, top = (diagonal - width) // 2, (diagonal - height) // 2
    mask = mask.crop((left, top, left + width, top + height))
    return Image.composite(Image.new("RGB", size, end), Image.new("RGB", size, start), mask)


def _glow(size, colour, centre, radius, strength) -> Image.Image:
    """A soft radial light, as an RGBA layer."""
    # Pillow's radial gradient reaches 181 on the inscribed circle: fade to nothing there, so
    # the square it is pasted in leaves no edge.
    mask = Image.radial_gradient("L").resize((radius * 2, radius * 2))
    mask = mask.point(lambda value: int(255 * strength * max(0.0, 1 - value / 181) ** 2))
    layer = Image.new("RGBA", size, (*colour, 0))
    alpha = Image.new("L", size, 0)
    alpha.paste(mask, (centre[0] - radius, centre[1] - radius))
    layer.putalpha(alpha)
    return layer


def _shapes(size, style, colours, rng: random.Random) -> Image.Image:
    """Translucent shapes in one of a few styles, as an RGBA layer."""
    width, height = size
    layer = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    if style == "orbs":
        for _ in range(rng.randint(6, 11)):
            r = rng.randint(height // 12, height // 3)
            x, y = rng.randint(-r // 2, width), rng.randint(-r // 2, height)
            draw.ellipse((x - r, y - r, x + r, y + r), fill=(*rng.choice(colours), 70))
    elif style == "bands":
        slope = rng.uniform(-0.6, 0.6) * height
        for i in range(rng.randint(5, 9)):
            x = rng.randint(-width // 4, width)
            w = rng.randint(width // 30, width // 7)
            points = [(x, 0), (x + w, 0), (x + w + slope, height), (x + slope, height)]
            draw.polygon(points, fill=(*colours[i % len(colours)], rng.randint(50, 110)))
    elif style == "hills":
        for i in range(4):
            base = height * (0.45 + 0.14 * i)
            points = [(0, height)]
            for step in range(0, width + 80, 80):
                wave = math.sin(step / width * math.pi * rng.uniform(1, 3) + i) * height * 0.06
                points.append((step, base + wave + rng.uniform(-8, 8)))
            points.append((width, height))
            draw.polygon(points, fill=(*colours[i % len(colours)], 120 + 30 * i))
    elif style == "rings":
        cx, cy = rng.randint(width // 4, 3 * width // 4), rng.randint(height // 4, 3 * height // 4)
        for i in range(rng.randint(8, 14), 0, -1):
            r = i * height // 12
            box = (cx - r, cy - r, cx + r, cy + r)
            draw.ellipse(box, outline=(*colours[i % len(colours)], 150), width=max(3, r // 14))
    else:  # tiles: a loose grid of rounded squares, like a mosaic
        cell = width // rng.randint(8, 12)
        for x in range(0, width, cell):
            for y in range(0, height, cell):
                if rng.random() < 0.55:
                    inset = rng.randint(4, cell // 5)
                    box = (x + inset, y + inset, x + cell - inset, y + cell - inset)
                    colour = (*rng.choice(colours), rng.randint(40, 140))
                    draw.rounded_rectangle(box, radius=cell // 6, fill=colour)
    return layer


def _grain(size, rng: random.Random) -> Image.Image:
    """Fine seeded noise that keeps large gradients from banding after JPEG compression."""
    small = (size[0] // 2, size[1] // 2)
    noise = Image.frombytes("L", small, rng.randbytes(small[0] * small[1]))
    return noise.point(lambda value: 128 + (value - 128) // 10).resize(size)


def generate(
    seed: str, width: int = 1440, height: int = 960, palette: str = "", style: str = ""
) -> bytes:
    """An abstract illustration as JPEG bytes, fully determined by its arguments."""
    rng = random.Random(seed)
    colours = [_rgb(c) for c in PALETTES[palette or rng.choice(sorted(PALETTES))]]
    style = style or rng.choice(STYLES)
    size = (width, height)
    picture = _linear_gradient(size, colours[0], colours[1], rng.uniform(0, 360)).convert("RGBA")
    for colour in rng.sample(colours[2:], 2):
        centre = (rng.randint(0, width), rng.randint(0, height))
        radius = rng.randint(height // 2, height)
        picture = Image.alpha_composite(picture, _glow(size, colour, centre, radius, 0.55))
    # Shapes are drawn and softened at half size: the blur hides the upscaling and costs a quarter.
    half = (width // 2, height // 2)
    shapes = _shapes(half, style, colours[1:], rng).filter(ImageFilter.GaussianBlur(height / 180))
    picture = Image.alpha_composite(picture, shapes.resize(size, Image.Resampling.BICUBIC))
    # Duotone: the composition's light and shade remapped onto the palette's deep and pale ends
    # (its accent in the middle), so every picture of a family reads as one printed series.
    tones = ImageOps.autocontrast(picture.convert("L"), cutoff=1)
    picture = ImageOps.colorize(tones, black=colours[0], mid=colours[2], white=colours[3])
    picture = ImageChops.overlay(picture, Image.merge("RGB", [_grain(size, rng)] * 3))
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=84, optimize=True, progressive=True)
    return buffer.getvalue()
