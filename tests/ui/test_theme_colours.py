"""Coverage shading stays readable and tells unique from shared, in dark mode and for
colour-blind readers (deuteranopia and protanopia simulated with Machado et al. 2009)."""

import numpy as np
import pytest

from viewer.ui.annotate.tag_dialog import TAG_COLOURS
from viewer.ui.theme import (
    ANNOTATION_ALPHA,
    MARKS,
    coverage_colours,
    entity_palette,
    selected_entity_colours,
    untagged_colour,
)

_DEUTERANOPIA = np.array([[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                          [-0.011820, 0.042940, 0.968881]])
_PROTANOPIA = np.array([[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                        [-0.003882, -0.048116, 1.051998]])


def _linear(colour: str) -> np.ndarray:
    c = np.array([int(colour[k:k + 2], 16) / 255 for k in (1, 3, 5)])
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def _contrast(a: str, b: str) -> float:
    la, lb = sorted(float(_linear(c) @ [0.2126, 0.7152, 0.0722]) for c in (a, b))
    return (lb + 0.05) / (la + 0.05)


def _lab(rgb: np.ndarray) -> np.ndarray:
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722],
                    [0.0193, 0.1192, 0.9505]]) @ rgb / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def _seen_difference(a: str, b: str, deficiency: np.ndarray) -> float:
    """CIE76 distance between two colours as a reader with this deficiency sees them."""
    sa, sb = (np.clip(deficiency @ _linear(c), 0, 1) for c in (a, b))
    return float(np.linalg.norm(_lab(sa) - _lab(sb)))


@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("total", [2, 3, 5, 8])
def test_every_shade_keeps_its_text_readable(dark, total):
    for sources in range(1, total + 1):
        background, text = coverage_colours(sources, total, dark=dark)
        assert _contrast(background, text) >= 4.5, (sources, total, background)


@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("deficiency", [_DEUTERANOPIA, _PROTANOPIA])
def test_unique_and_shared_stay_apart_for_colour_blind_readers(dark, deficiency):
    total = 6
    unique = coverage_colours(1, total, dark=dark)[0]
    shared = [coverage_colours(k, total, dark=dark)[0] for k in range(2, total + 1)]
    assert min(_seen_difference(unique, s, deficiency) for s in shared) > 20
    steps = [_seen_difference(a, b, deficiency) for a, b in zip(shared, shared[1:]) if a != b]
    assert steps and min(steps) > 4, "more sources still looks different"


@pytest.mark.parametrize("dark, page", [(False, "#ffffff"), (True, "#28282c")])
def test_every_shade_stands_apart_from_the_page(dark, page):
    """Lightness, not only hue: a dark navy on dark grey reads as unshaded."""
    for total in (2, 3, 5, 8):
        for sources in range(1, total + 1):
            shade = coverage_colours(sources, total, dark=dark)[0]
            assert abs(_lab(_linear(shade))[0] - _lab(_linear(page))[0]) > 10, (sources, total)


def test_dark_mode_shading_is_dark_and_entity_underlines_lighter():
    background, text = coverage_colours(2, 5, dark=True)
    assert _contrast(background, "#000000") < _contrast(text, "#000000")
    light, dark = entity_palette(dark=False), entity_palette(dark=True)
    assert len(light) == len(dark)
    assert all(_contrast(d, "#1e3450") > _contrast(k, "#1e3450") for k, d in zip(light, dark))


def _hue(colour: str) -> float:
    import colorsys

    return 360 * colorsys.rgb_to_hls(*(int(colour[k:k + 2], 16) / 255 for k in (1, 3, 5)))[0]


def _over(top: str, under: str, alpha: int) -> str:
    """`top` painted at `alpha` (0-255) over `under`, as Qt blends an extra selection."""
    a = alpha / 255
    mixed = (a * int(top[k:k + 2], 16) + (1 - a) * int(under[k:k + 2], 16) for k in (1, 3, 5))
    return "#" + "".join(f"{round(v):02x}" for v in mixed)


def _shades(dark: bool) -> list[str]:
    return sorted({coverage_colours(k, total, dark=dark)[0] for total in (2, 5, 8)
                   for k in range(1, total + 1)})


@pytest.mark.parametrize("dark", [False, True])
def test_the_selected_entity_mark_is_unlike_every_coverage_shade(dark):
    background, text = selected_entity_colours(dark=dark)
    assert _contrast(background, text) >= 7
    for shade in _shades(dark):  # the old mark (the entity's own blue) equalled "5 of 5"
        assert _contrast(background, shade) >= 3, (background, shade)
    assert _seen_difference(background, MARKS["diff"], np.eye(3)) > 40


def test_default_tag_colours_stay_clear_of_the_coverage_hues():
    """An orange tag read as "only one source", a blue one as "shared"."""
    coverage = {round(_hue(s)) for dark in (False, True) for s in _shades(dark)}
    for tag in TAG_COLOURS:
        gap = min(min(abs(_hue(tag) - h), 360 - abs(_hue(tag) - h)) for h in coverage)
        assert gap >= 25, (tag, gap)


@pytest.mark.parametrize("dark", [False, True])
def test_annotation_highlights_show_over_every_shade(dark):
    plain = np.eye(3)
    for colour in (*TAG_COLOURS, untagged_colour(dark=dark)):
        for shade in _shades(dark):
            marked = _over(colour, shade, ANNOTATION_ALPHA)
            assert _seen_difference(marked, shade, plain) >= 15, (colour, shade, marked)
            others = [s for s in _shades(dark) if s != shade]
            assert min(_seen_difference(marked, s, plain) for s in others) >= 12, (colour, shade)
