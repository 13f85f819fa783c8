"""Plain-text files (.txt): UTF-8, one article per file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from thucydides.errors import InputError
from thucydides.ingest._article import make_article
from thucydides.ingest._options import ReadOptions
from thucydides.records import Article
from thucydides.settings import MAX_DOCUMENT_CHARS

# A UTF-8 character takes at most 4 bytes, so a file above this cannot fit the character limit.
# Checking the size first spares reading a multi-gigabyte file only to refuse it.
MAX_FILE_BYTES = MAX_DOCUMENT_CHARS * 4


def read_bytes(path: Path, max_bytes: int = MAX_FILE_BYTES) -> bytes | InputError:
    """The bytes of a file meant to hold one document, or the InputError saying why not."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return InputError("T110", path=str(path), size=size, limit=max_bytes)
        return path.read_bytes()
    except OSError as exc:
        return InputError("T100", path=str(path), reason=exc.strerror or str(exc))


def decode_utf8(content: bytes, path: str) -> str | InputError:
    """UTF-8 text (a BOM is allowed), or InputError T101 saying where decoding failed."""
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = content[exc.start : exc.start + 1].hex()
        reason = f"byte 0x{bad} at offset {exc.start} is not valid UTF-8 ({exc.reason})"
        return InputError("T101", path=path, reason=reason)


def read_text_file(path: str | Path, options: ReadOptions | None = None) -> Iterator[Article | InputError]:
    """One plain-text file as one article (its title and date come from the text itself)."""
    content = read_bytes(Path(path))
    if isinstance(content, InputError):
        yield content
        return
    text = decode_utf8(content, str(path))
    yield text if isinstance(text, InputError) else make_article(text, source=str(path))
