"""Charts: real PNGs, Thai shaped (tone marks stacked above vowels), bars where the regions say."""

from __future__ import annotations

import io
import math

from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageChops, ImageDraw

from desktop.reports.charts import ChartSpec, Series, _font, render_chart, thai_shaping_available


def ink_top(text: str) -> int:
    image = Image.new("L", (300, 200), 255)
    ImageDraw.Draw(image).text((20, 60), text, font=_font(60), fill=0)
    box = ImageChops.invert(image).getbbox()
    assert box is not None
    return box[1]


def test_thai_tone_marks_stack_above_upper_vowels() -> None:
    assert thai_shaping_available()
    # ที่: the tone mark sits above sara ii, so the ink starts clearly higher than ที alone.
    assert ink_top("ที่") < ink_top("ที") - 8
    assert ink_top("ปี่") < ink_top("ปี") - 8


def spec(title: str = "ครัวเรือนเป้าหมาย รายตำบล", horizontal: bool = False) -> ChartSpec:
    return ChartSpec(
        title,
        ["เวียงทอง", "ห้วยแก้ว", "แม่ใส"],
        [Series("กลุ่ม 1", [8, 0, 5]), Series("กลุ่ม 2", [2, 4, 1])],
        stacked=True,
        horizontal=horizontal,
    )


def test_chart_png_has_the_thai_title_and_bars_where_regions_say() -> None:
    for horizontal in (False, True):
        chart = render_chart(spec(horizontal=horizontal), scale=2)
        image = Image.open(io.BytesIO(chart.png)).convert("RGB")
        assert image.size == (chart.width * 2, chart.height * 2)
        # Five bar segments (one value is 0): each region's centre is painted in its series colour.
        assert len(chart.regions) == 5
        colours = {0: (0x1F, 0x5F, 0x99), 1: (0xE0, 0x7B, 0x24)}
        for region in chart.regions:
            x, y = (region.left + region.right) / 2, (region.top + region.bottom) / 2
            assert image.getpixel((int(x * 2), int(y * 2))) == colours[region.series]
            hit = chart.hit(x, y)
            assert hit is not None and (hit.category, hit.series) == (region.category, region.series)
        assert chart.hit(1, 1) is None
    # The title is drawn: another title changes the top band, and only there.
    one = Image.open(io.BytesIO(render_chart(spec("ก"), scale=1).png)).convert("L")
    two = Image.open(io.BytesIO(render_chart(spec("ครัวเรือนที่ได้รับความช่วยเหลือ"), scale=1).png)).convert("L")
    difference = ImageChops.difference(one, two).getbbox()
    assert difference is not None and difference[3] < 40


def test_empty_chart_still_renders() -> None:
    chart = render_chart(ChartSpec("ไม่มีข้อมูล", [], [Series("x", [])]), scale=1)
    assert chart.png.startswith(b"\x89PNG") and chart.regions == []


@settings(max_examples=40, deadline=None)
@given(
    counts=st.lists(
        st.lists(st.sampled_from([0, 1, 2, 7, 1_000, 40_000, 1_000_000]), min_size=3, max_size=3),
        min_size=0,
        max_size=8,
    ),
    stacked=st.booleans(),
    horizontal=st.booleans(),
)
def test_any_counts_render(counts: list[list[int]], stacked: bool, horizontal: bool) -> None:
    """0, 1, a million, very unequal stacks: a segment under a pixel once crashed the overview."""
    series = [Series(f"กลุ่มที่ {j + 1}", [row[j] for row in counts]) for j in range(3)]
    chart = ChartSpec("ครัวเรือน", [f"ต.{i}" for i in range(len(counts))], series, stacked, horizontal)
    rendered = render_chart(chart)
    assert rendered.width == chart.width and len(rendered.regions) <= 3 * len(counts)


COUNTS = st.one_of(
    st.sampled_from([0, 1, 2, 7, 1_000, 40_000, 100_000, 1_000_000]),
    st.integers(0, 10**9),
    st.floats(0, 1e7),
    st.sampled_from([-1, -1_000, math.nan, math.inf]),  # not counts: no bar, no crash
)
LABELS = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)


@settings(max_examples=60, deadline=None)
@given(
    data=st.data(),
    categories=st.integers(0, 60),
    series=st.integers(1, 6),
    stacked=st.booleans(),
    horizontal=st.booleans(),
    size=st.tuples(st.integers(120, 900), st.integers(80, 600)),
)
def test_any_data_renders_and_every_positive_count_has_its_bar(
    data: st.DataObject, categories: int, series: int, stacked: bool, horizontal: bool, size: tuple[int, int]
) -> None:
    """Any counts (0, 1, a million, a thousand million, stacks of 1 on 1,000,000), any labels
    (control characters, empty, very long), small sizes, up to 60 categories: the chart draws,
    and each positive count has a clickable bar inside the chart."""
    values = [data.draw(st.lists(COUNTS, min_size=categories, max_size=categories)) for _ in range(series)]
    spec = ChartSpec(
        data.draw(LABELS),
        data.draw(st.lists(LABELS, min_size=categories, max_size=categories)),
        [Series(data.draw(LABELS), v) for v in values],
        stacked,
        horizontal,
        *size,
    )
    rendered = render_chart(spec, scale=1)
    assert rendered.pixel_size == size and len(rendered.rgb) == size[0] * size[1] * 3
    drawn = {(r.category, r.series) for r in rendered.regions}
    positive = {(i, j) for j, v in enumerate(values) for i, x in enumerate(v) if x > 0 and math.isfinite(x)}
    assert drawn == positive
    for region in rendered.regions:
        assert region.right - region.left >= 0 and region.bottom - region.top >= 0
