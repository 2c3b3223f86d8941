"""The README's pictures: the home page, an article and the members map in English and Arabic, on
a laptop and a phone, written to docs/screenshots/ by `make screenshots`.

Not part of the test suite (pytest collects test_*.py files): it runs only when named on the
command line, so an ordinary test run never rewrites committed images.
"""

import io
from pathlib import Path

import pytest
from PIL import Image

pytestmark = pytest.mark.browser

OUTPUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
PAGES = {"home": "", "article": "news/water-returns-west-mosul/", "members": "members/"}
# Every image in the window has arrived (or failed) before the picture is taken.
IMAGES_LOADED = """() => Promise.all([...document.images]
    .filter((img) => img.getBoundingClientRect().top < window.innerHeight)
    .map((img) => img.complete ? null : new Promise((done) => {
        img.addEventListener('load', done); img.addEventListener('error', done);
    })))"""


def small_png(png: bytes) -> bytes:
    """The screenshot in 256 colours: a quarter of the size, no visible loss for a page."""
    picture = Image.open(io.BytesIO(png)).convert("RGB").quantize(colors=256)
    output = io.BytesIO()
    picture.save(output, format="PNG", optimize=True)
    return output.getvalue()


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("screen", ["desktop", "mobile"], indirect=True)
def test_screenshots(page, demo, lang, screen):
    # The pictures show the pages, not the cookie banner over them.
    page.context.add_cookies([{"name": "cookie_consent", "value": "rejected", "url": demo.url}])
    OUTPUT.mkdir(parents=True, exist_ok=True)
    for name, path in PAGES.items():
        page.goto(f"{demo.url}/{lang}/{path}")
        page.evaluate(IMAGES_LOADED)
        picture = OUTPUT / f"{name}-{lang}-{screen}.png"
        picture.write_bytes(small_png(page.screenshot()))
