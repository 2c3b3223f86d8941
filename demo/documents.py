"""A minimal PDF writer for the demo's official documents: text pages in Helvetica.

Helvetica is one of the fonts every PDF reader has built in, so nothing is embedded and nothing is
downloaded; the text stays selectable and searchable. Only Latin-1 text can be written this way,
which is enough for the English originals the demo attaches.
"""

import textwrap

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN = 64
WRAP = 86  # characters per line at 10.5 pt


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _page_stream(title: str, paragraphs: list[str]) -> bytes:
    lines = [f"BT /F2 16 Tf {MARGIN} {PAGE_HEIGHT - MARGIN} Td ({_escape(title)}) Tj ET"]
    y = PAGE_HEIGHT - MARGIN - 36
    for paragraph in paragraphs:
        for line in textwrap.wrap(paragraph, WRAP) or [""]:
            lines.append(f"BT /F1 10.5 Tf {MARGIN} {y} Td ({_escape(line)}) Tj ET")
            y -= 15
        y -= 9
    return "\n".join(lines).encode("latin-1")


def simple_pdf(title: str, paragraphs: list[str]) -> bytes:
    """A one-page PDF with a title and paragraphs of wrapped text. Deterministic: no dates."""
    stream = _page_stream(title, paragraphs)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
            "/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>"
        ).encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        f"<< /Title ({_escape(title)}) >>".encode("latin-1"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\n" % (len(objects) + 1, len(objects))
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)
