#!/usr/bin/env python3
"""Writes the tiny PDFs of the robustness tests into Tests/Fixtures (run from anywhere):

- nul-padded.pdf: a valid one-page PDF followed by 5,000 NUL bytes (as some download tools
  leave them); pdftotext reads it, so must we.
"""
import pathlib
import sys

FIXTURES = pathlib.Path(__file__).resolve().parent.parent / "Fixtures"
# The xref-writing PDF assembler of the Corpus generator, shared rather than copied.
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "Corpus" / "generator"))
from image_pdf import pdf_file  # noqa: E402


def one_page_pdf(media_box: str, text: str) -> bytes:
    """A one-page PDF with `text` in Helvetica near the top left, with a correct xref table."""
    content = f"BT /F1 12 Tf 72 72 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [{media_box}] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    return pdf_file(objects)


def main() -> None:
    FIXTURES.mkdir(exist_ok=True)
    (FIXTURES / "nul-padded.pdf").write_bytes(one_page_pdf("0 0 595 842", "Padded page text") + b"\0" * 5000)
    # huge-mediabox.pdf, the other fixture these tests use, is made by Corpus/generator/make_fixtures.sh.
    print(f"wrote nul-padded.pdf into {FIXTURES}")


if __name__ == "__main__":
    main()
