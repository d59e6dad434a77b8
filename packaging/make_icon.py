"""Draw the application icon: a Thai house under a gabled roof on a deep-blue tile.

    uv run python packaging/make_icon.py

Writes resources/icons/amphoe-desk.png (512 px, the window icon) and
resources/icons/amphoe-desk.ico (16-256 px, the Windows executable and installer).
Drawn at 1024 px and scaled down, so the small sizes stay smooth.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZE = 1024
NAVY = (31, 58, 95, 255)  # the navigation colour of the main window (#1f3a5f)
BLUE = (47, 93, 143, 255)
GOLD = (232, 176, 58, 255)
WHITE = (255, 255, 255, 255)
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def draw(size: int = SIZE) -> Image.Image:
    s = size / 1024
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    # The tile: a rounded square, lighter at the top.
    pen.rounded_rectangle((40 * s, 40 * s, 984 * s, 984 * s), radius=190 * s, fill=NAVY)
    pen.rounded_rectangle((40 * s, 40 * s, 984 * s, 560 * s), radius=190 * s, fill=BLUE)
    pen.rectangle((40 * s, 400 * s, 984 * s, 560 * s), fill=BLUE)
    # The roof: a steep Thai gable in gold with upturned eave ends (chofa).
    roof = [(512 * s, 170 * s), (840 * s, 470 * s), (760 * s, 470 * s), (512 * s, 255 * s),
            (264 * s, 470 * s), (184 * s, 470 * s)]  # fmt: skip
    pen.polygon(roof, fill=GOLD)
    pen.polygon([(840 * s, 470 * s), (900 * s, 400 * s), (880 * s, 480 * s)], fill=GOLD)
    pen.polygon([(184 * s, 470 * s), (124 * s, 400 * s), (144 * s, 480 * s)], fill=GOLD)
    pen.ellipse((490 * s, 130 * s, 534 * s, 174 * s), fill=GOLD)
    # The house: a white body under the roof, on a white ground line.
    pen.polygon([(512 * s, 285 * s), (730 * s, 480 * s), (730 * s, 800 * s), (294 * s, 800 * s),
                 (294 * s, 480 * s)], fill=WHITE)  # fmt: skip
    pen.rounded_rectangle((200 * s, 800 * s, 824 * s, 850 * s), radius=22 * s, fill=WHITE)
    # Door and window in the tile's colour: the household.
    pen.rounded_rectangle((462 * s, 600 * s, 562 * s, 800 * s), radius=16 * s, fill=NAVY)
    pen.rounded_rectangle((350 * s, 520 * s, 430 * s, 600 * s), radius=10 * s, fill=NAVY)
    pen.rounded_rectangle((594 * s, 520 * s, 674 * s, 600 * s), radius=10 * s, fill=NAVY)
    return image


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    big = draw()
    big.resize((512, 512), Image.Resampling.LANCZOS).save(ICONS / "amphoe-desk.png", optimize=True)
    big.resize((256, 256), Image.Resampling.LANCZOS).save(ICONS / "amphoe-desk.ico", sizes=ICO_SIZES)
    print(f"wrote {ICONS / 'amphoe-desk.png'} and {ICONS / 'amphoe-desk.ico'}")


if __name__ == "__main__":
    main()
