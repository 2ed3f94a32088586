"""The HTML route: the forms as an HTML page printed by WeasyPrint (a browser-style CSS layout
engine, not LibreOffice). A repeated header is a <thead>, which the engine prints on every page."""

import html
from pathlib import Path

from layout import Grid
from style import Page, Style

RULES = {
    "grid": "td, th { border: 0.6pt solid #000; }",
    "horizontal": "td, th { border-top: 0.6pt solid #000; border-bottom: 0.6pt solid #000; }",
    "none": "td, th { border: none; }",
}


def row_html(grid: Grid, row: int) -> str:
    cells = sorted((c for c in grid.cells if c.row == row), key=lambda c: c.col)
    parts = []
    for c in cells:
        attributes = ""
        if c.rowspan > 1:
            attributes += f' rowspan="{c.rowspan}"'
        if c.colspan > 1:
            attributes += f' colspan="{c.colspan}"'
        tag = "th" if c.header else "td"
        parts.append(f'<{tag}{attributes} class="{c.align}">{html.escape(c.text)}</{tag}>')
    return "<tr>" + "".join(parts) + "</tr>"


def table_html(grid: Grid, rows: range, head: range | None) -> str:
    cols = "".join(f'<col style="width:{w}cm">' for w in grid.widths)
    out = [f"<table><colgroup>{cols}</colgroup>"]
    if head:
        out.append("<thead>" + "".join(row_html(grid, r) for r in head) + "</thead>")
    body = [r for r in rows if not head or r not in head]
    out.append("<tbody>" + "".join(row_html(grid, r) for r in body) + "</tbody></table>")
    return "".join(out)


def font_faces(fonts: dict[bool, Path] | None) -> str:
    """@font-face rules for subsets of the page's font (regular and bold), which WeasyPrint embeds
    much faster than the whole Noto CJK collection."""
    if not fonts:
        return ""
    return "".join(f'@font-face {{ font-family: "FormFont"; font-weight: {"bold" if bold else "normal"}; '
                   f'src: url("{path.as_uri()}"); }}' for bold, path in fonts.items())


def document_html(forms: list[tuple[Page, Grid]], style: Style, fonts: dict[bool, Path] | None = None) -> str:
    family = "FormFont" if fonts else style.font
    css = font_faces(fonts) + f"""
    @page {{ size: A4 {'landscape' if style.landscape else 'portrait'}; margin: 2cm;
             @bottom-center {{ content: "第 " counter(page) " 页"; font-size: 8pt; font-family: "{family}"; }} }}
    html, body {{ font-family: "{family}"; font-size: {style.size}pt; }}
    h1 {{ font-size: {style.size + 6}pt; text-align: center; margin: 0 0 4pt 0; }}
    p {{ margin: 2pt 0; }} .subtitle {{ text-align: center; }} .unit {{ text-align: right; }}
    table {{ border-collapse: collapse; table-layout: fixed; width: {sum(forms[0][1].widths)}cm; }}
    table + table {{ margin-top: 0; }}
    td, th {{ padding: 2pt 3pt; vertical-align: middle; word-break: break-all; font-weight: normal; }}
    th {{ font-weight: bold; }}
    .center {{ text-align: center; }} .left {{ text-align: left; }}
    tr {{ break-inside: avoid; }}
    .form + .form {{ {'break-before: page;' if style.formPerPage else 'margin-top: 18pt;'} }}
    {RULES[style.rules]}
    """
    body = []
    for page, grid in forms:
        part = [f'<div class="form"><h1>{html.escape(page.title)}</h1>',
                f'<p class="subtitle">{html.escape(page.subtitle)}</p>', f"<p>{html.escape(page.filler)}</p>"]
        if page.unitLine:
            part.append(f'<p class="unit">{html.escape(page.unitLine)}</p>')
        if style.repeatHeader:
            part.append(table_html(grid, range(0, grid.headerStart), None))
            part.append(table_html(grid, range(grid.headerStart, grid.rows), range(grid.headerStart, grid.headerEnd)))
        else:
            part.append(table_html(grid, range(0, grid.rows), None))
        part.append("</div>")
        body.append("".join(part))
    return f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>{css}</style></head>' \
           f'<body>{"".join(body)}</body></html>'


FONT_FILES = {"Noto Sans CJK SC": "NotoSansCJK", "Noto Serif CJK SC": "NotoSerifCJK"}


def characters(forms: list[tuple[Page, Grid]]) -> str:
    text = "".join(p.title + p.subtitle + p.filler + (p.unitLine or "") + "".join(c.text for c in g.cells)
                   for p, g in forms)
    return text + "第页 0123456789"


def subset_fonts(families: set[str], text: str, work: Path) -> dict[str, dict[bool, Path]]:
    """Regular and bold subsets of each family (SC face of the installed collection) for `text`."""
    from fontTools import subset

    out = {}
    for family in families:
        out[family] = {}
        for bold in (False, True):
            options = subset.Options()
            options.font_number = 2  # the SC face of the Noto CJK collections
            options.layout_features = ["*"]
            options.name_IDs = ["*"]
            source = f"/usr/share/fonts/opentype/noto/{FONT_FILES[family]}-{'Bold' if bold else 'Regular'}.ttc"
            font = subset.load_font(source, options)
            subsetter = subset.Subsetter(options)
            subsetter.populate(text=text)
            subsetter.subset(font)
            path = work / f"{FONT_FILES[family]}-{'Bold' if bold else 'Regular'}-subset.otf"
            subset.save_font(font, str(path), options)
            out[family][bold] = path
    return out


def render(forms: list[tuple[Page, Grid]], style: Style, pdf: Path, work: Path,
           fonts: dict[bool, Path]) -> None:
    import weasyprint

    source = work / (pdf.stem + ".html")
    source.write_text(document_html(forms, style, fonts), encoding="utf-8")
    weasyprint.HTML(filename=str(source)).write_pdf(str(pdf))
