"""Build the PDFs, DOCX files and hostile inputs the tests need, in memory, from scratch."""

import io
import struct
import zipfile
import zlib

import docx
from pypdf import PdfReader, PdfWriter

RESUME_LINES = (
    "Jane Example",
    "jane.example@mail.test | +1 555 010 2030",
    "Experience",
    "Senior Engineer at Example Corp, 2019 to 2024, built payment services in Python and Go.",
    "Led a team of five engineers and cut cloud costs by a third with better autoscaling.",
    "Education",
    "BSc Computer Science, Example University, 2015 to 2019.",
    "Skills",
    "Python, Go, PostgreSQL, Kubernetes, Terraform, Django, asyncio, observability.",
)


_HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def pdf_from_objects(objects: list[bytes]) -> bytes:
    """Return a PDF whose object n+1 is objects[n]; object 1 must be the catalog."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def stream(content: bytes, *, extra: bytes = b"", compress: bool = False) -> bytes:
    """Return a stream object body holding content, optionally FlateDecode-compressed."""
    if compress:
        content = zlib.compress(content)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n" % (len(content), extra) + content + b"\nendstream"


def text_content(lines: tuple[str, ...]) -> bytes:
    """Return a content stream that draws lines top-down in Helvetica 11."""
    parts = [b"BT /F1 11 Tf 14 TL 50 780 Td"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        parts.append(b"(" + escaped.encode("latin-1") + b") Tj T*")
    parts.append(b"ET")
    return b"\n".join(parts)


def text_pdf(*, lines: tuple[str, ...] = RESUME_LINES, pages: int = 1) -> bytes:
    """Return a valid PDF with the same text lines on every page."""
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    first_page = 4
    kids = b" ".join(b"%d 0 R" % (first_page + 2 * index) for index in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
        font,
    ]
    for index in range(pages):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >>"
            b" /Contents %d 0 R >>" % (first_page + 2 * index + 1)
        )
        objects.append(stream(text_content(lines)))
    return pdf_from_objects(objects)


def single_page_pdf(
    *, content: bytes, resources: bytes = b"", extra_objects: tuple[bytes, ...] = ()
) -> bytes:
    """Return a one-page PDF whose page content stream object is content (already a stream body)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << %s >> /Contents 4 0 R >>"
        % resources,
        content,
        *extra_objects,
    ]
    return pdf_from_objects(objects)


def encrypted_pdf() -> bytes:
    """Return the resume PDF encrypted with a user password (AES-128)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf())))
    writer.encrypt(user_password="secret", owner_password="owner-secret", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def owner_only_encrypted_pdf() -> bytes:
    """Return the resume PDF encrypted with an empty user password (only copy/print restrictions)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf())))
    writer.encrypt(user_password="", owner_password="owner-secret", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def image_only_pdf() -> bytes:
    """Return a scanned-looking PDF: one page that only paints a grey image."""
    pixels = bytes([128]) * (32 * 32)
    image = stream(
        pixels,
        extra=b" /Type /XObject /Subtype /Image /Width 32 /Height 32 /ColorSpace /DeviceGray /BitsPerComponent 8",
    )
    return single_page_pdf(
        content=stream(b"q 500 0 0 700 50 50 cm /Im1 Do Q"),
        resources=b"/XObject << /Im1 5 0 R >>",
        extra_objects=(image,),
    )


def flate_bomb_pdf(*, megabytes: int) -> bytes:
    """Return a one-page PDF whose content stream inflates from a few KiB to megabytes of spaces."""
    compressor = zlib.compressobj(9)
    chunk = b" " * (1024 * 1024)
    compressed = b"".join(compressor.compress(chunk) for _ in range(megabytes)) + compressor.flush()
    body = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(compressed) + compressed + b"\nendstream"
    return single_page_pdf(content=body, resources=b"/Font << /F1 5 0 R >>", extra_objects=(_HELVETICA,))


def self_referencing_pages_pdf() -> bytes:
    """Return a PDF whose page tree lists itself as its own kid (a parser loop)."""
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            stream(text_content(RESUME_LINES)),
        ]
    )


def deeply_nested_pdf(*, depth: int) -> bytes:
    """Return a PDF whose page dictionary holds arrays nested depth levels deep."""
    nested = b"[" * depth + b"]" * depth
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Junk " + nested + b" /Contents 4 0 R >>",
            stream(text_content(RESUME_LINES)),
        ]
    )


def slow_pdf(*, pages: int, operations: int) -> bytes:
    """Return a PDF whose pages each draw many tiny text runs: legal, small, and slow to extract."""
    runs = b"\n".join(b"(x) Tj 1 0 Td" for _ in range(operations))
    content = b"BT /F1 11 Tf 50 700 Td\n" + runs + b"\nET"
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    kids = b" ".join(b"%d 0 R" % (4 + index) for index in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
        font,
    ]
    content_number = 4 + pages
    for _ in range(pages):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >>"
            b" /Contents %d 0 R >>" % content_number
        )
    objects.append(stream(content, compress=True))
    return pdf_from_objects(objects)


def zip_bytes(files: dict[str, bytes]) -> bytes:
    """Return a ZIP archive holding files."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return out.getvalue()


def png_bytes() -> bytes:
    """Return a valid 1x1 PNG image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\x00"))
        + chunk(b"IEND", b"")
    )


def resume_docx(*, with_table: bool = True, contact_in_header: bool = False) -> bytes:
    """Return a DOCX resume with headings, a bullet list, optionally a skills table and a header."""
    document = docx.Document()
    section = document.sections[0]
    contact = "jane.example@mail.test | +1 555 010 2030"
    if contact_in_header:
        section.header.paragraphs[0].text = contact
    section.footer.paragraphs[0].text = "Jane Example - Resume"
    document.add_heading("Jane Example", level=0)
    if not contact_in_header:
        document.add_paragraph(contact)
    document.add_heading("Experience", level=1)
    document.add_paragraph("Senior Engineer at Example Corp, 2019 to 2024.")
    document.add_paragraph(
        "Built payment services in Python and Go for the ﬁnance team.", style="List Bullet"
    )
    document.add_paragraph("Cut cloud costs by a third with better autoscaling.", style="List Bullet")
    document.add_heading("Education", level=1)
    document.add_paragraph("BSc Computer Science, Example University, 2015 to 2019.")
    document.add_heading("Skills", level=1)
    if with_table:
        table = document.add_table(rows=2, cols=2)
        table.cell(0, 0).text = "Languages"
        table.cell(0, 1).text = "Python, Go, SQL"
        table.cell(1, 0).text = "Platforms"
        table.cell(1, 1).text = "Kubernetes, Terraform, PostgreSQL"
    else:
        document.add_paragraph("Languages: Python, Go, SQL. Platforms: Kubernetes, Terraform, PostgreSQL.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def glyph_name_pdf() -> bytes:
    """Return the resume PDF drawn with a font whose /Differences use TeX-style variant glyph names."""
    encoding = (
        b"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [48 /zero.lnum /one.lnum /two.lnum"
        b" /three.lnum /four.lnum /five.lnum /six.lnum /seven.lnum /eight.lnum /nine.lnum"
        b" 128 /f_f_i /U.sc /Udieresis.c2sc /g1234] >>"
    )
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding 5 0 R >>"
    lines = (*RESUME_LINES, "Team of 2019 and 2024: o\x80ce K\x82STER \x83")
    return single_page_pdf(
        content=stream(text_content(lines)),
        resources=b"/Font << /F1 6 0 R >>",
        extra_objects=(encoding, font),
    )


def text_then_image_page_pdf() -> bytes:
    """Return a two-page PDF: the resume text on page 1, a scanned (image-only) page 2."""
    pixels = bytes([128]) * (32 * 32)
    image = stream(
        pixels,
        extra=b" /Type /XObject /Subtype /Image /Width 32 /Height 32 /ColorSpace /DeviceGray /BitsPerComponent 8",
    )
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 7 0 R >> >>"
            b" /Contents 4 0 R >>",
            stream(text_content(RESUME_LINES)),
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 8 0 R >> >>"
            b" /Contents 6 0 R >>",
            stream(b"q 500 0 0 700 50 50 cm /Im1 Do Q"),
            _HELVETICA,
            image,
        ]
    )
