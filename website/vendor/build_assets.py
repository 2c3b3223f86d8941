"""Copy the front end's third-party assets from website/vendor/node_modules (installed by
`make assets` at the versions package-lock.json pins) into the places the site serves them from:

- flag-icons' 4×3 flags (MIT) → website/static/flags/ with the licence;
- @svg-maps/world (CC BY 4.0) → members/data/world_map.json: each country's outline, simplified
  (absolute whole-unit points, points closer than 1.6 unit to the last one dropped; a country
  too small for that keeps its largest ring at 0.1 unit), so the inline map weighs a tenth of
  the original and still shows every state, Bahrain and Singapore included.

The outputs are committed: the site and its tests need neither npm nor the network.
Run: python website/vendor/build_assets.py
"""

import json
import re
import shutil
import subprocess
from pathlib import Path

VENDOR = Path(__file__).resolve().parent
REPO = VENDOR.parents[1]
MODULES = VENDOR / "node_modules"
FLAGS = REPO / "website" / "static" / "flags"
MAP = REPO / "members" / "data" / "world_map.json"
MIN_STEP = 1.6  # map units (the map is 1010 wide)
NUMBER = re.compile(r"-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?", re.IGNORECASE)


def copy_flags() -> int:
    if FLAGS.exists():
        shutil.rmtree(FLAGS)
    FLAGS.mkdir(parents=True)
    for svg in sorted((MODULES / "flag-icons" / "flags" / "4x3").glob("*.svg")):
        shutil.copy(svg, FLAGS / svg.name)
    shutil.copy(MODULES / "flag-icons" / "LICENSE", FLAGS / "LICENSE")
    return len(list(FLAGS.glob("*.svg")))


def rings(path: str) -> list[list[tuple[float, float]]]:
    """The outline's closed rings as absolute points (the package uses only m, l-implied, z)."""
    found, ring = [], []
    x = y = 0.0
    for command, body in re.findall(r"([mMzZ])([^mMzZ]*)", path):
        if command in "zZ":
            if ring:
                found.append(ring)
            ring = []
            continue
        values = [float(v) for v in NUMBER.findall(body)]
        pairs = list(zip(values[0::2], values[1::2], strict=True))
        if ring:
            found.append(ring)
        relative = command == "m"
        ring = []
        for index, (dx, dy) in enumerate(pairs):
            if relative or index:  # after the first pair, an "M" is followed by absolute lines
                x, y = (x + dx, y + dy) if relative else (dx, dy)
            else:
                x, y = dx, dy
            ring.append((x, y))
    if ring:
        found.append(ring)
    return found


def simplify(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    kept = [ring[0]]
    for point in ring[1:]:
        last = kept[-1]
        if abs(point[0] - last[0]) + abs(point[1] - last[1]) >= MIN_STEP:
            kept.append(point)
    return kept


def ring_path(points: list[tuple[float, float]], digits: int) -> str:
    coords = " ".join(f"{round(x, digits):g} {round(y, digits):g}" for x, y in points)
    return f"M{coords}Z"


def compact_path(path: str) -> str:
    outline = rings(path)
    parts = [ring_path(points, 0) for ring in outline if len(points := simplify(ring)) >= 3]
    if not parts:  # a small island state: its largest ring, finely
        largest = max(outline, key=len)
        parts = [ring_path(largest[:: max(1, len(largest) // 12)], 1)]
    return "".join(parts)


def build_map() -> int:
    source = MODULES / "@svg-maps" / "world" / "index.js"
    script = f"import('{source.as_uri()}').then(m => console.log(JSON.stringify(m.default)))"
    data = json.loads(
        subprocess.run(["node", "-e", script], check=True, capture_output=True, text=True).stdout
    )
    countries = {}
    for location in data["locations"]:
        outline = compact_path(location["path"])
        if outline:
            countries[location["id"]] = {"name": location["name"], "path": outline}
    MAP.parent.mkdir(parents=True, exist_ok=True)
    MAP.write_text(
        json.dumps(
            {
                "source": "@svg-maps/world 2.0.0 (CC BY 4.0, https://github.com/VictorCazanave/svg-maps), simplified",
                "viewBox": data["viewBox"],
                "countries": countries,
            },
            ensure_ascii=False,
            separators=(",", ":"),
        ),
        encoding="utf-8",
    )
    return len(countries)


if __name__ == "__main__":
    print(f"{copy_flags()} flags, {build_map()} map outlines")
