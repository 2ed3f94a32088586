"""Reads the function and economic classification codes, with their names, that a PDF prints, from
`pdftotext -layout`: a code as one number (`2010101 行政运行`), split over 类 | 款 | 项 columns
(`201 01 01 行政运行`, a one-digit part `301 2` read as `30102`), glued to its name (`30215会议费`),
two codes on one line (two-sided 基本支出 tables), and names wrapped inside their cell.

A wrapped name comes out of the text layer as fragments on the lines next to its code: above and
below a vertically centred code (`机关事业单位基本养老保险缴费支` / `2080505  580.01` / `出`), or
below a code printed at the top of its cell. Only lines without a code of their own in the name's
column are fragments, and a fragment goes to one code only.
"""

import re
import subprocess
from dataclasses import dataclass, field

NAME_CHAR = r"[\u4e00-\u9fff（）()、“”·]"
NAME = NAME_CHAR + r"[^\s\d]*(?: (?=" + NAME_CHAR + r")[^\s\d]*)*"
FUNCTION_CLASSES = {str(number) for number in range(201, 234)}
ECONOMIC_CLASSES = {str(number) for number in [*range(301, 314), 399, *range(501, 515), 599]}
# A code starts a line or stands two spaces after text (a prose number has one space or none);
# the digits after a 3-digit class in their own columns are its 款 and 项.
CODE = re.compile(r"(?:^|(?<=\s\s)|(?<=^\s))(\d{3}(?:\d{2}){0,2})(?![\d.,%])((?:\s{1,8}\d{1,2}(?=\s)){0,2})\s*(" + NAME + ")?")
FIGURE = re.compile(r"-?\d[\d,]*\.\d+|\d{1,3}(?:,\d{3})+|(?<!\S)\d+(?!\S)")
FRAGMENT = re.compile(NAME)
# A measure word one space after a number is prose (`220 万元`, `54 人`), not a code's name.
MEASURE_WORD = re.compile(r"^(万|元|亿|年|月|个|人|名|次|辆|家|项|%|，)")
# Heading, total and note words never continue a wrapped name.
NOT_A_FRAGMENT = re.compile(r"合\s*计|^[合计注]|[:：]|科目|名称|编码|^项目$|分类|^[类款项]$")


def scheme(code):
    """function, economic, or None for a number that is no classification code."""
    if code[:3] in FUNCTION_CLASSES:
        return "function"
    if code[:3] in ECONOMIC_CLASSES:
        return "economic"
    return None


@dataclass
class Fragment:
    line: int
    start: int
    text: str
    has_figure: bool
    claimed: bool = False


@dataclass
class Row:
    line: int
    start: int
    code: str
    name: str
    name_start: int
    side_end: int
    has_figure: bool
    parts: list = field(default_factory=list)


def figure_between(text, start, end):
    return FIGURE.search(text[start:end]) is not None


def rows_and_fragments(lines):
    rows, fragments = [], []
    for number, text in enumerate(lines):
        matches = []
        for match in CODE.finditer(text):
            head, tail, name = match.group(1), match.group(2), match.group(3) or ""
            pieces = tail.split()
            code = head + "".join(piece.zfill(2) for piece in pieces)
            if (pieces and len(head) != 3) or len(code) not in (3, 5, 7) or not scheme(code) \
                    or (MEASURE_WORD.match(name) and match.start(3) - match.end(2) <= 1):
                continue
            matches.append((match, code, name))
        for index, (match, code, name) in enumerate(matches):
            # A name wrapped around a code that ends its line may stand further right than the code.
            side_end = matches[index + 1][0].start() if index + 1 < len(matches) else 10_000
            name_start = match.start(3) if name else match.end(2) if match.group(2) else match.end(1)
            rows.append(Row(number, match.start(), code, name, name_start, side_end,
                            figure_between(text, match.end(), side_end)))
        taken = [(match.start(), match.end()) for match, _, _ in matches]
        found = list(FRAGMENT.finditer(text))
        for index, match in enumerate(found):
            if any(start <= match.start() < end for start, end in taken) or NOT_A_FRAGMENT.search(match.group()):
                continue
            following = [start for start, _ in taken if start > match.end()]
            if index + 1 < len(found):
                following.append(found[index + 1].start())
            end = min(following, default=len(text))
            fragments.append(Fragment(number, match.start(), match.group(), figure_between(text, match.end(), end)))
    return rows, fragments


def fragment_at(fragments, line, low, high, *, with_figure=None):
    for fragment in fragments:
        if fragment.line == line and not fragment.claimed and low <= fragment.start < high \
                and (with_figure is None or fragment.has_figure == with_figure):
            return fragment
    return None


def join(pieces):
    return "".join(piece.replace(" ", "") for piece in pieces)


def read_page(lines):
    """(code, name) for every code printed on one page, in print order."""
    rows, fragments = rows_and_fragments(lines)
    # A code printed without a name: its cell's lines are around it.
    for row in (row for row in rows if not row.name):
        # The name may stand under the code itself (a code printed at the top of a wide cell).
        low, high = row.start, row.side_end
        above = fragment_at(fragments, row.line - 1, low, high, with_figure=False)
        below = fragment_at(fragments, row.line + 1, low, high)
        if not row.has_figure and below is not None and below.has_figure:
            # Code at the top of its cell, the name on the next line with the figures.
            parts = [below]
        else:
            parts = [part for part in (above, below) if part is not None and not part.has_figure]
        for part in parts:
            part.claimed = True
        row.name = join(part.text for part in parts)
    # A name on its code's line whose cell runs onto the lines above or below.
    for row in (row for row in rows if row.name and not row.parts):
        low, high = row.name_start - 3, row.name_start + 6
        above = fragment_at(fragments, row.line - 1, low, high, with_figure=False)
        below = fragment_at(fragments, row.line + 1, low, high, with_figure=False)
        for part in (above, below):
            if part is not None:
                part.claimed = True
        row.parts = [above.text if above else "", row.name, below.text if below else ""]
        row.name = join(row.parts)
    return [(row.code, row.name) for row in rows if row.name]


def printed_codes(pdf):
    """(code, name, page) for every classification code the PDF prints with a name."""
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [(code, name, page) for page, lines in enumerate(text.split("\f"), 1) for code, name in read_page(lines.split("\n"))]
