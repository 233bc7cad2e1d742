"""The bad-input corpus, generated at run time (nothing binary is committed).

Each :class:`Case` is one input file (or folder) and what hoptac must do with it:
``stored`` (read, with the text we expect) or ``failed`` (named on stderr / in the
``failed`` table with a reason matching ``reason``). ``build`` writes a folder of them
beside a few good articles, so one run checks that good files survive bad neighbours.
"""
from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import random
import unicodedata
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from hoptac.clean import legacy
from reliability.articles import article

BIG_BYTES = 50 * 2**20


def to_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows wrote it: tones as combining marks after the letter."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out += (base + tones).encode("cp1258")
    return bytes(out)


@dataclass
class Case:
    """One bad (or good) input and the outcome hoptac owes it."""

    name: str
    path: str  # relative to the corpus root
    expect: str  # "stored" | "failed" | "skipped" (not an article file for this command)
    reason: str = ""  # regex the failure reason must match
    text: str | None = None  # the article text it holds, for stored cases: body must survive
    check: Callable[[dict], None] | None = field(default=None, repr=False)
    why: str = ""
    count: int = 1  # documents a stored case yields (a truncated corpus may yield several)
    ingest_expect: str | None = None  # where `ingest` owes a different outcome than `extract`
    ingest_reason: str = ""

    def outcome(self, command: str) -> tuple[str, str]:
        """(expect, reason) for ``command`` ("extract" or "ingest")."""
        if command == "ingest" and self.ingest_expect:
            return self.ingest_expect, self.ingest_reason
        return self.expect, self.reason


def _utf8_article(i: int) -> str:
    return article(i)[1]


def _no_script(rec: dict) -> None:
    low = rec["clean_text"].lower()
    assert "<script" not in low and "alert(" not in low and "document.write" not in low and "evil" not in low


HTML_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Hợp tác giáo dục Việt Nam - Lào</title>
<script>alert("EVIL-HEAD")</script><style>p{{color:red}}</style></head>
<body><nav><a href="/">Trang chủ</a> | <a href="/the-gioi">Thế giới</a></nav>
<div class="content"><h1>Hợp tác giáo dục Việt Nam - Lào</h1>
<p>{p1}<p>{p2}
<script type="text/javascript">document.write("EVIL-BODY")</script>
<div><b>Đoàn đã dâng hương <i>tại khu di tích</b></i> lịch sử.
<img src=x onerror="alert('EVIL-IMG')"><span <div>broken tag</span></div>
<!-- an unclosed comment
"""

HTML_SCRIPT_ONLY = "<html><head><script>var x = 1;</script></head><body><script>alert('x')</script></body></html>"


def build(root: Path, *, big: bool = False, jsonl: bool = True) -> list[Case]:
    """Write the corpus under ``root`` and return its cases. ``big`` adds the 50 MB article."""
    root.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []

    def put(rel: str, data: bytes) -> Path:
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
        return p

    # Good articles, so we see bad neighbours cost them nothing.
    for i in range(5):
        text = _utf8_article(100 + i)
        put(f"good_{i}.txt", text.encode("utf-8"))
        cases.append(Case(f"good_{i}", f"good_{i}.txt", "stored", text=text, why="plain UTF-8 article"))

    put("empty.txt", b"")
    cases.append(Case("empty", "empty.txt", "failed", reason=r"empty", why="zero bytes"))
    put("blank.txt", b" \n\t\r\n  \n")
    cases.append(Case("blank", "blank.txt", "failed", reason=r"no text|white space", why="only white space"))
    put("binary.txt", random.Random(1).randbytes(64 * 1024))
    cases.append(Case("binary", "binary.txt", "failed", reason=r"not text|binary|encoding", why="random bytes"))
    put("zip_as_txt.txt", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + random.Random(2).randbytes(8000))
    cases.append(Case("zip_as_txt", "zip_as_txt.txt", "failed", reason=r"not text|binary|encoding", why="a zip named .txt"))
    put("nul_heavy.txt", bytes(3000) + b"\x01\x02\x03" * 50 + bytes(3000) + b"\xff")
    cases.append(Case("nul_heavy", "nul_heavy.txt", "failed", reason=r"not text|no text|NUL", why="mostly NUL bytes"))

    t = _utf8_article(110)
    paras = t.split("\n\n")
    put("nul_sprinkled.txt", ("\n\n".join(paras[:2]) + "\x00\n\n" + "\n\n".join(paras[2:]) + "\x00\x00").encode())
    cases.append(Case("nul_sprinkled", "nul_sprinkled.txt", "stored", text=t, why="an article with three stray NULs"))

    encoders: dict[str, Callable[[str], bytes]] = {
        "utf8_bom": lambda s: codecs.BOM_UTF8 + s.encode("utf-8"),
        "utf16le_bom": lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"),
        "utf16be_bom": lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"),
        "utf16le_nobom": lambda s: s.encode("utf-16-le"),
        "utf16be_nobom": lambda s: s.encode("utf-16-be"),
        "cp1258": to_cp1258,
        "vni": lambda s: legacy.encode(s, "vni"),
        # TCVN3 cannot write toned capitals: use articles of templates 0 and 2, which have none.
        "tcvn3": lambda s: legacy.encode(s, "tcvn3"),
        "crlf": lambda s: s.replace("\n", "\r\n").encode("utf-8"),
        "nfd": lambda s: unicodedata.normalize("NFD", s).encode("utf-8"),
    }
    for k, (name, enc) in enumerate(encoders.items()):
        i = 120 + 4 * k  # template 0 (i % 4 == 0): no toned capitals, so TCVN3 keeps it exactly
        text = _utf8_article(i)
        assert not set(text) & legacy.TCVN3_LOSSY, name
        put(f"{name}.txt", enc(text))
        cases.append(Case(name, f"{name}.txt", "stored", text=text, why=f"the article saved as {name}"))

    text = _utf8_article(170)
    paras = text.split("\n\n")
    put("mixed_utf8_cp1258.txt", "\n\n".join(paras[:2]).encode() + b"\n\n" + to_cp1258(paras[2]) + b"\n\n" + "\n\n".join(paras[3:]).encode())
    cases.append(
        Case("mixed_utf8_cp1258", "mixed_utf8_cp1258.txt", "stored", text="\n\n".join(paras[:2]), why="a UTF-8 article with one paragraph pasted from a cp1258 page: the UTF-8 part must read right")
    )

    line = "Sáng 23/6, tại Hà Nội, đồng chí Trần Văn Tuấn đã tiếp Đoàn đại biểu tỉnh Hủa Phăn (Lào)."
    put("one_line.txt", line.encode())
    cases.append(Case("one_line", "one_line.txt", "stored", text=line, why="a one-line article"))

    boiler = "Có thể bạn quan tâm\nChia sẻ\nIn bài viết\nTheo TTXVN\n"
    put("only_boilerplate.txt", boiler.encode())
    cases.append(
        Case(
            "only_boilerplate",
            "only_boilerplate.txt",
            "stored",
            text="",
            check=lambda rec: (_assert_eq(rec["clean_text"], ""), _assert_eq(len(rec["removed"]), 4)),
            why="only page furniture: extract prints it with an empty body and every removed line; ingest refuses it",
            ingest_expect="failed",
            ingest_reason=r"boilerplate",
        )
    )

    p1, p2 = _utf8_article(180).split("\n\n")[1:3]
    put("scripts_broken_tags.html", HTML_PAGE.format(p1=p1, p2=p2).encode())
    cases.append(
        Case("scripts_broken_tags", "scripts_broken_tags.html", "stored", text=p1, check=_no_script, why="HTML with scripts, an onerror handler, broken and unclosed tags")
    )
    put("scripts_only.html", HTML_SCRIPT_ONLY.encode())
    cases.append(Case("scripts_only", "scripts_only.html", "failed", reason=r"no main text|no text|empty", why="an HTML page with only scripts"))

    # A folder that contains a symlink to itself: walked once, loop reported, nothing lost.
    text = _utf8_article(190)
    put("loop/inner.txt", text.encode())
    os.symlink("..", root / "loop" / "back", target_is_directory=True)
    cases.append(Case("loop_inner", "loop/inner.txt", "stored", text=text, why="a file inside a folder with a symlink loop"))
    cases.append(Case("symlink_loop", "loop/back", "failed", reason=r"symlink loop|already visited", why="a folder symlink back to the corpus root"))

    if jsonl:
        # Corpus files for `ingest` (extract reads only .txt/.html in folders, so there they are skipped).
        good = [dict(zip(("id", "text"), article(200 + i))) for i in range(3)]
        lines = [json.dumps(good[0], ensure_ascii=False), "{not json", json.dumps(good[1], ensure_ascii=False), '{"id": "x", "text": ', "[1, 2, 3]", "", json.dumps(good[2], ensure_ascii=False)]
        put("corpus/malformed.jsonl", ("\n".join(lines) + "\n").encode())
        for g in good:
            cases.append(Case(f"jsonl_{g['id']}", "corpus/malformed.jsonl", "stored", text=g["text"], why="good line of a JSONL file with bad lines"))
        cases.append(Case("jsonl_bad_lines", "corpus/malformed.jsonl", "failed", reason=r"line|JSON|json", why="3 malformed JSONL lines"))

        gz_rows = [dict(zip(("id", "text"), article(210 + i))) for i in range(20)]
        blob = gzip.compress(("\n".join(json.dumps(r, ensure_ascii=False) for r in gz_rows) + "\n").encode())
        cut = blob[: len(blob) // 2]
        put("corpus/truncated.jsonl.gz", cut)
        d = zlib.decompressobj(wbits=31)
        whole_lines = d.decompress(cut).count(b"\n")
        cases.append(
            Case("truncated_gzip_whole_lines", "corpus/truncated.jsonl.gz", "stored", text=gz_rows[0]["text"] if whole_lines else None, count=whole_lines, why="the whole lines before the cut of a truncated gzip")
        )
        cases.append(Case("truncated_gzip", "corpus/truncated.jsonl.gz", "failed", reason=r"(?i)gzip|truncat|compressed|cut short|end of", why="gzip cut in half"))

        try:
            import pyarrow as pa
            import pyarrow.parquet as pq

            pq_rows = [dict(zip(("id", "text"), article(240 + i))) for i in range(20)]
            buf = io.BytesIO()
            pq.write_table(pa.Table.from_pylist(pq_rows), buf)
            data = buf.getvalue()
            put("corpus/truncated.parquet", data[: len(data) // 2])
            cases.append(Case("truncated_parquet", "corpus/truncated.parquet", "failed", reason=r"(?i)parquet|truncat|corrupt|footer|magic", why="Parquet cut in half"))
        except ImportError:  # pragma: no cover - pyarrow is a core dependency
            pass

    if big:
        body = _utf8_article(300)
        reps = BIG_BYTES // len(body.encode()) + 1
        data = ("\n\n".join([body] * reps)).encode()[:BIG_BYTES]
        data = data[: data.rfind(b"\n")]  # end on a whole line, not mid-character
        put("big.txt", data)
        cases.append(Case("big_50mb", "big.txt", "stored", text=body.split("\n\n")[1], why="a 50 MB article"))
    return cases


def _assert_eq(a: object, b: object) -> None:
    assert a == b, (a, b)
