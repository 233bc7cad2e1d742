"""Ingest figures (printed, not a timed test): docs/s per core, memory at two corpus sizes, search latency, Dask speed-up.

    python benchmarks/ingest_speed.py                 # 100k articles (long: run it in the background)
    python benchmarks/ingest_speed.py --n 10000 --small 2000
    python benchmarks/ingest_speed.py --pg-url postgresql+psycopg://user:pw@localhost/db

The corpus is synthetic, made from the test suite's own fixture articles
(tests/_store_helpers.py) with names, dates and numbers shuffled and a sentence of
filler, written as JSON Lines (gzip) so 100k articles are one file. One in twenty
articles is a republished copy of an earlier one (a near-duplicate, as in real news).

Figures, with the targets from issue 3:
- ingest docs/s on one core into SQLite (target >= 250) and into PostgreSQL;
- peak RSS of an ingest of --small vs --n articles (flat within 20 %);
- search p95 latency on the resulting database (target < 50 ms);
- speed-up of --dask local with 2 workers over 1 (target >= 1.7x; needs >= 3 free cores,
  as the writer runs in the client), on --dask-n articles (default 10,000), printed both
  for the work itself ("working": the ingest's own clock, which starts once the workers
  are up and stops before they are shut down) and for the whole call. Starting a local
  cluster (processes, imports) costs seconds whatever the corpus, so the whole-call
  figure understates the speed-up on small corpora.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import _store_helpers as fx  # noqa: E402  (the fixture articles)

VN_NAMES = ["Vương Đình Huệ", "Phạm Minh Chính", "Võ Văn Thưởng", "Trần Thanh Mẫn", "Bùi Thanh Sơn", "Lê Minh Hưng",
            "Nguyễn Xuân Phúc", "Phan Văn Giang", "Tô Lâm", "Lương Cường", "Trần Lưu Quang", "Nguyễn Hòa Bình"]
LA_NAMES = ["Xay-xổm-phon Phôm-vi-hản", "Thoong-lun Xi-xu-lít", "Xôn-xay Xi-phăn-đon", "Xa-lơm-xay Côm-ma-xít",
            "Pan-kham Vi-pha-vản", "Thoong-xa-lít Măng-nò-mệch", "Chăn-xả-mỏn Chăn-nhả-lạt", "Bun-thoong Chít-mạ-ny"]
FILLER = ("hợp tác đào tạo cán bộ giáo dục y tế nông nghiệp giao thông năng lượng thương mại đầu tư văn hóa du lịch "
          "quốc phòng an ninh biên giới tỉnh thành phố đoàn đại biểu hữu nghị truyền thống đoàn kết đặc biệt").split()
TEMPLATES = [fx.TALKS_NHANDAN, fx.TALKS_VNEXPRESS, fx.RECEPTION_PM, fx.RECEPTION_PRESIDENT, fx.DANANG, fx.THONGLOUN_VI, fx.THONGLOUN_ROMAN]
QUERIES = ["Phạm Minh Chính", "Thongloun Sisoulith", "hoi dam", "Đà Nẵng", "xay xom phon", "Quốc hội Lào", "hợp tác giáo dục",
           "Chăm-pa-xắc", "dang bo", "Bộ trưởng Ngoại giao", "ký kết", "Lương Cường", "du lich", "biên bản ghi nhớ", "Vientiane"]


def article(i: int, rnd: random.Random) -> str:
    text = TEMPLATES[i % len(TEMPLATES)]
    for name in VN_NAMES[:4]:
        text = text.replace(name, rnd.choice(VN_NAMES))
    for name in LA_NAMES[:4]:
        text = text.replace(name, rnd.choice(LA_NAMES))
    text = text.replace("12/3", f"{rnd.randint(1, 28)}/{rnd.randint(1, 12)}").replace("2024", str(rnd.randint(2010, 2025)))
    text = text.replace("10 tỷ", f"{rnd.randint(2, 500)} tỷ").replace("5/6/2023", f"{rnd.randint(1, 28)}/{rnd.randint(1, 12)}/{rnd.randint(2010, 2025)}")
    filler = " ".join(rnd.choice(FILLER) for _ in range(40))
    return f"{text}\n\nHai bên cũng trao đổi về {filler}.\n\nMã tin {i}."


def build_corpus(path: Path, n: int, seed: int = 7) -> Path:
    """n synthetic articles as JSON Lines (gzip); every 20th repeats an earlier one with a new tail."""
    rnd = random.Random(seed)
    recent: list[str] = []
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=1) as f:
        for i in range(n):
            if i % 20 == 19 and recent:
                text = rnd.choice(recent) + "\n\nTheo TTXVN"
            else:
                text = article(i, rnd)
                recent = (recent + [text])[-50:]
            f.write(json.dumps({"id": f"s{i:06d}", "text": text, "url": f"https://bao{i % 9}.vn/{i}", "date": f"20{10 + i % 15}-0{1 + i % 9}-1{i % 9}"}, ensure_ascii=False) + "\n")
    return path


_CHILD = """
import json, resource, sys, time
from hoptac.ingest import ingest
kw = json.loads(sys.argv[3])
t = time.perf_counter()
r = ingest([sys.argv[1]], sys.argv[2], **kw)
print(json.dumps({"seconds": time.perf_counter() - t, "working_seconds": r.elapsed, "read": r.read, "new": r.new, "near": r.near_duplicate,
                  "failed": r.failed, "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run_ingest(corpus: Path, db: str, **kw: object) -> dict:
    """Ingest in a fresh process so its peak RSS is its own."""
    out = subprocess.run([sys.executable, "-c", _CHILD, str(corpus), db, json.dumps(kw)], capture_output=True, text=True, check=True)
    res = json.loads(out.stdout.strip().splitlines()[-1])
    res["docs_per_s"] = res["read"] / res["seconds"]
    res["working_docs_per_s"] = res["read"] / res["working_seconds"]  # workers' start and stop taken out
    return res


def search_p95(db: str, rounds: int = 20) -> dict:
    from hoptac.store import open_engine
    from hoptac.store import queries as Q

    eng = open_engine(db)
    Q.search(eng, "warm up")
    times = []
    for _ in range(rounds):
        for q in QUERIES:
            t = time.perf_counter()
            Q.search(eng, q, limit=20)
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return {"queries": len(times), "p50_ms": statistics.median(times), "p95_ms": times[int(0.95 * len(times)) - 1], "max_ms": times[-1]}


def reset_pg(url: str) -> None:
    fx.reset_pg(url)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=100_000, help="articles in the big corpus")
    ap.add_argument("--small", type=int, default=10_000, help="articles in the small corpus (RSS comparison)")
    ap.add_argument("--dask-n", type=int, default=10_000, help="articles for the Dask 1-vs-2 worker comparison")
    ap.add_argument("--pg-url", default=os.environ.get("HOPTAC_TEST_PG_URL"), help="also ingest into this PostgreSQL (a throwaway database)")
    ap.add_argument("--pg-n", type=int, default=10_000, help="articles for the PostgreSQL run")
    ap.add_argument("--workdir", default=None, help="keep corpora and databases here (default: a temporary folder)")
    ap.add_argument("--skip-dask", action="store_true")
    args = ap.parse_args()

    work = Path(args.workdir or tempfile.mkdtemp(prefix="hoptac-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    figures: dict[str, object] = {"cores": os.cpu_count(), "n": args.n, "small": args.small}

    def say(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    say(f"building corpora in {work} …")
    big = build_corpus(work / f"corpus-{args.n}.jsonl.gz", args.n)
    small = build_corpus(work / f"corpus-{args.small}.jsonl.gz", args.small)

    say(f"ingest {args.small} articles into SQLite …")
    s = run_ingest(small, str(work / "small.db"))
    say(f"ingest {args.n} articles into SQLite …")
    b = run_ingest(big, str(work / "big.db"))
    figures["sqlite_small"] = s
    figures["sqlite_big"] = b
    figures["sqlite_docs_per_s_per_core"] = round(b["docs_per_s"], 1)
    figures["rss_growth_pct"] = round(100 * (b["maxrss_mb"] / s["maxrss_mb"] - 1), 1)

    say("search latency …")
    figures["search"] = search_p95(str(work / "big.db"))

    if args.pg_url:
        say(f"ingest {args.pg_n} articles into PostgreSQL …")
        reset_pg(args.pg_url)
        pg_corpus = build_corpus(work / f"corpus-{args.pg_n}.jsonl.gz", args.pg_n)
        figures["postgresql"] = run_ingest(pg_corpus, args.pg_url)
        figures["postgresql_search"] = search_p95(args.pg_url, rounds=5)

    if not args.skip_dask:
        say(f"Dask local, 1 then 2 workers, {args.dask_n} articles …")
        dc = build_corpus(work / f"corpus-{args.dask_n}.jsonl.gz", args.dask_n)
        d1 = run_ingest(dc, str(work / "dask1.db"), dask="local", workers=1)
        d2 = run_ingest(dc, str(work / "dask2.db"), dask="local", workers=2)
        figures["dask"] = {
            "1_worker_docs_per_s": round(d1["docs_per_s"], 1), "2_workers_docs_per_s": round(d2["docs_per_s"], 1),
            "speedup": round(d2["docs_per_s"] / d1["docs_per_s"], 2),
            # LocalCluster start (processes, imports) and shutdown cost seconds whatever the corpus
            "1_worker_working_docs_per_s": round(d1["working_docs_per_s"], 1),
            "2_workers_working_docs_per_s": round(d2["working_docs_per_s"], 1),
            "speedup_working": round(d2["working_docs_per_s"] / d1["working_docs_per_s"], 2),
        }

    print(json.dumps(figures, indent=2))
    print(f"\nSQLite ingest: {figures['sqlite_docs_per_s_per_core']} docs/s on one core (target >= 250)")
    print(f"peak RSS: {s['maxrss_mb']:.0f} MB at {args.small} vs {b['maxrss_mb']:.0f} MB at {args.n} ({figures['rss_growth_pct']:+.1f} %, target within 20 %)")
    print(f"search p95: {figures['search']['p95_ms']:.1f} ms (target < 50 ms)")
    if "postgresql" in figures:
        print(f"PostgreSQL ingest: {figures['postgresql']['docs_per_s']:.1f} docs/s; search p95 {figures['postgresql_search']['p95_ms']:.1f} ms")
    if "dask" in figures:
        dk = figures["dask"]
        print(f"Dask local speed-up, 2 workers over 1: {dk['speedup_working']}x once the cluster is up "
              f"({dk['1_worker_working_docs_per_s']} -> {dk['2_workers_working_docs_per_s']} docs/s), {dk['speedup']}x "
              f"with its start and stop (target >= 1.7x) on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
