"""The ReportLab route (the check set's route): the forms drawn by ReportLab's platypus tables, as
report servers and Python back offices print them. ReportLab embeds TrueType outlines only, so
the installed Noto CJK (CFF outlines) is subset to the document's characters and its curves
converted to quadratic ones first."""

from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import newTable

from layout import Grid
from style import Page, Style

FONT_FILES = {"Noto Sans CJK SC": "NotoSansCJK", "Noto Serif CJK SC": "NotoSerifCJK"}


def truetype_subset(source: str, text: str, target: Path) -> None:
    """Subsets the SC face of a Noto CJK collection and rewrites its CFF outlines as glyf."""
    options = subset.Options()
    options.font_number = 2  # the SC face
    options.name_IDs = ["*"]
    options.notdef_outline = True
    font = subset.load_font(source, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    for glyph in glyf.glyphs.values():
        glyph.recalcBounds(glyf)
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 1 if field == "maxZones" else 0)
    maxp.recalc(font)
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\0\1\0\0"
    font.recalcBBoxes = True
    font.save(str(target))


def register_fonts(families: set[str], text: str, work: Path) -> dict[str, tuple[str, str]]:
    """Registers a regular and a bold TrueType subset of each family, holding `text`."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    out = {}
    for family in families:
        names = []
        for weight in ("Regular", "Bold"):
            name = f"{FONT_FILES[family]}-{weight}"
            path = work / f"{name}.ttf"
            truetype_subset(f"/usr/share/fonts/opentype/noto/{name}.ttc", text, path)
            pdfmetrics.registerFont(TTFont(name, str(path)))
            names.append(name)
        out[family] = (names[0], names[1])
    return out


def table(grid: Grid, rows: range, head: range | None, style: Style, fonts: tuple[str, str]):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, Table, TableStyle

    regular, bold = fonts
    paragraph_styles = {
        (header, align): ParagraphStyle(f"{header}{align}", fontName=bold if header else regular, fontSize=style.size,
                                        leading=style.size * 1.3, wordWrap="CJK",
                                        alignment=TA_CENTER if align == "center" else TA_LEFT)
        for header in (False, True) for align in ("center", "left")}
    data = [["" for _ in grid.widths] for _ in rows]
    commands = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    for c in grid.cells:
        if c.row not in rows:
            continue
        r = c.row - rows.start
        data[r][c.col] = Paragraph(c.text.replace("&", "&amp;").replace("<", "&lt;"),
                                   paragraph_styles[(c.header, c.align)])
        if c.rowspan > 1 or c.colspan > 1:
            commands.append(("SPAN", (c.col, r), (c.col + c.colspan - 1, r + c.rowspan - 1)))
    if style.rules == "grid":
        commands.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    elif style.rules == "horizontal":
        commands.append(("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black))
        commands.append(("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.black))
    repeat = len(head) if head else 0
    return Table(data, colWidths=[w * cm for w in grid.widths], style=TableStyle(commands), repeatRows=repeat,
                 splitByRow=1)


def characters(forms: list[tuple[Page, Grid]]) -> str:
    return "".join(p.title + p.subtitle + p.filler + (p.unitLine or "") + "".join(c.text for c in g.cells)
                   for p, g in forms) + "第页 0123456789"


def render(forms: list[tuple[Page, Grid]], style: Style, pdf: Path, fonts: tuple[str, str]) -> None:
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    regular, bold = fonts
    size = landscape(A4) if style.landscape else A4

    def footer(canvas, document):
        canvas.setFont(regular, 8)
        canvas.drawCentredString(size[0] / 2, 1.2 * cm, f"第{document.page}页")

    story = []
    for index, (page, grid) in enumerate(forms):
        if index:
            story.append(PageBreak() if style.formPerPage else Spacer(1, 18))
        story.append(Paragraph(page.title, ParagraphStyle("t", fontName=bold, fontSize=style.size + 6,
                                                          leading=(style.size + 6) * 1.4, alignment=TA_CENTER)))
        line = ParagraphStyle("l", fontName=regular, fontSize=style.size, leading=style.size * 1.5)
        story.append(Paragraph(page.subtitle, ParagraphStyle("s", parent=line, alignment=TA_CENTER)))
        story.append(Paragraph(page.filler, ParagraphStyle("f", parent=line, alignment=TA_LEFT)))
        if page.unitLine:
            story.append(Paragraph(page.unitLine, ParagraphStyle("u", parent=line, alignment=TA_RIGHT)))
        if style.repeatHeader:
            story.append(table(grid, range(0, grid.headerStart), None, style, fonts))
            story.append(table(grid, range(grid.headerStart, grid.rows), range(grid.headerStart, grid.headerEnd),
                               style, fonts))
        else:
            story.append(table(grid, range(0, grid.rows), None, style, fonts))
    document = SimpleDocTemplate(str(pdf), pagesize=size, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                                 bottomMargin=2 * cm, title=forms[0][0].title)
    document.build(story, onFirstPage=footer, onLaterPages=footer)
