"""PDF text extraction on top of pypdf: hardened limits, word gaps, glyph names and layout facts."""
