"""Plain files and folders of .txt / .html articles."""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from hoptac.model import RawDocument
from hoptac.sources import SourceError

TEXT_SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html"}


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | SourceError]:
    """Expand files and folders (recursively, sorted, symlink loops skipped) into article files."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            seen: set[tuple[int, int]] = set()
            for root, dirs, files in os.walk(path, followlinks=True):
                try:
                    st = os.stat(root)
                except OSError as e:
                    yield SourceError(root, f"cannot read folder: {e.strerror}")
                    continue
                key = (st.st_dev, st.st_ino)
                if key in seen:
                    dirs[:] = []
                    yield SourceError(root, "symlink loop: folder already visited")
                    continue
                seen.add(key)
                dirs.sort()
                for name in sorted(files):
                    f = Path(root) / name
                    if f.suffix.lower() in TEXT_SUFFIXES:
                        yield f
        elif path.exists():
            yield path
        else:
            yield SourceError(str(path), "no such file or folder")


def read_file(path: Path) -> RawDocument | SourceError:
    try:
        data = path.read_bytes()
    except OSError as e:
        return SourceError(str(path), f"cannot read file: {e.strerror or e}")
    return RawDocument(
        doc_id=path.stem,
        data=data,
        source=str(path),
        media_type=TEXT_SUFFIXES.get(path.suffix.lower(), "text"),
    )


def read_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[RawDocument | SourceError]:
    for item in iter_files(paths):
        yield item if isinstance(item, SourceError) else read_file(item)
