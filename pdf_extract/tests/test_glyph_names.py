"""Glyph names left by pypdf for TeX fonts ("/one.lnum") become the characters they name."""

import io

import pypdf

from pdf_extract import extract_document
from pdf_extract.pypdf_extractor.glyphs import repair_unmapped_ligatures
from pdf_extract.tests import builders


def test_plain_pypdf_leaves_glyph_names_in_the_builder_pdf() -> None:
    reader = pypdf.PdfReader(io.BytesIO(builders.glyph_name_pdf()))

    assert "/two.lnum/zero.lnum/one.lnum/nine.lnum" in reader.pages[0].extract_text()


def test_it_maps_variant_ligature_and_unknown_glyph_names() -> None:
    text = extract_document(builders.glyph_name_pdf()).text

    assert text.splitlines()[-1] == "Team of 2019 and 2024: office KÜSTER"


def test_it_reads_an_unmapped_ligature_as_fl_before_o_u_a_and_as_fi_otherwise() -> None:
    text = "Stack Over\x00ow, in\x00uence, \x00at, \x00nancial, certi\x00ed"

    assert repair_unmapped_ligatures(text=text) == "Stack Overflow, influence, flat, financial, certified"


def test_an_icon_glyph_name_garbled_by_the_fonts_unicode_map_is_dropped(eval_documents) -> None:
    text = eval_documents["resumematcher-barry-allen-fe.pdf"].text

    assert "obile-alt" not in text
    assert "Google HQ, Mountain View, CA, USA\n(123) 456-7890" in text
