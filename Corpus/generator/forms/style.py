"""How one document is printed: rules, font, page, whether the indicator header repeats."""

from dataclasses import dataclass


@dataclass
class Style:
    rules: str            # grid | horizontal | none
    font: str             # a Noto CJK family as installed
    size: float           # pt
    landscape: bool
    repeatHeader: bool
    formPerPage: bool     # each form starts on a new page


@dataclass
class Page:
    """One printed form: its title lines above the grid."""
    title: str
    subtitle: str
    filler: str           # 填报单位 line
    unitLine: str | None  # 单位：万元


def text_width(style: Style) -> float:
    """cm between the margins of an A4 page with 2 cm margins."""
    return (29.7 if style.landscape else 21.0) - 4.0
