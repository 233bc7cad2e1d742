"""Latency of `hoptac serve` under concurrent load: search and event pages on a big store.

Prints figures; asserts nothing (it is not a timed test). Run from the repository root:

    python benchmarks/serve_load.py                       # 100k documents, 16 clients
    python benchmarks/serve_load.py --docs 20000 --requests 2000 --concurrency 8

What it does:

1. builds (or reuses) a SQLite store of ``--docs`` synthetic Vietnamese news-style
   articles at ``--db`` (default benchmarks/out/serve_load.db, gitignored), written through
   the store's own writer (``hoptac.store.writer.StoreWriter``) so the search index, merged
   events and evidence are what ``hoptac ingest`` would make. Names, organisations, places,
   dates and event types are drawn from small pools with a fixed seed;
2. starts ``hoptac serve`` on 127.0.0.1 and a free port in a child process;
3. runs the load generator in a second child process: ``--concurrency`` threads, each with
   its own keep-alive ``httpx.Client``, issuing ``--requests`` requests in all (bounded also
   by ``--max-seconds``), loopback only. The mix: search page, ``/api/search``, event page,
   ``/api/events/{id}``, in equal parts, queries and ids drawn at random;
4. prints p50 / p95 / p99 latency, error count and throughput per kind and overall, beside
   the target (p95 < 100 ms, 0 errors).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing as mp
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = ROOT / "benchmarks" / "out" / "serve_load.db"

VN_PEOPLE = ["Phạm Minh Chính", "Lê Minh Hưng", "Trần Văn Sơn", "Nguyễn Thị Hoa", "Đỗ Văn Chiến", "Bùi Thanh Sơn",
             "Vương Đình Huệ", "Trần Thanh Mẫn", "Lương Cường", "Nguyễn Xuân Thắng", "Phan Văn Giang", "Tô Lâm"]
FOREIGN = {
    "LA": ["Sonexay Siphandone", "Thongloun Sisoulith", "Saysomphone Phomvihane", "Bounthong Chitmany", "Khamphao Ernthavanh"],
    "KH": ["Hun Manet", "Hun Sen", "Say Chhum", "Sok Chenda Sophea"],
    "CN": ["Vương Nghị", "Triệu Lạc Tế", "Lý Cường"],
}
ORGS = {"VN": ["Văn phòng Trung ương Đảng", "Bộ Ngoại giao Việt Nam", "Chính phủ Việt Nam", "Quốc hội Việt Nam", "Bộ Quốc phòng Việt Nam"],
        "LA": ["Văn phòng Trung ương Đảng Nhân dân Cách mạng Lào", "Chính phủ Lào", "Quốc hội Lào"],
        "KH": ["Chính phủ Campuchia", "Quốc hội Campuchia"], "CN": ["Bộ Ngoại giao Trung Quốc"]}
PLACES = ["Hà Nội", "Viêng Chăn", "Phnôm Pênh", "Bắc Kinh", "Luông Pha Băng", "Đà Nẵng", "Thành phố Hồ Chí Minh", "Xiêng Khoảng"]
VERBS = {"talks": "đã hội đàm với", "reception": "đã tiếp", "visit": "đã thăm và làm việc với", "call": "đã điện đàm với",
         "signing": "đã ký kết văn kiện hợp tác với", "conference": "đã dự hội nghị cùng"}
TOPICS = ["hợp tác kinh tế", "giáo dục và đào tạo", "an ninh biên giới", "năng lượng", "giao thông vận tải", "nông nghiệp",
          "y tế", "văn hóa và du lịch", "quốc phòng", "thương mại và đầu tư"]
SEARCHES = ["hoi dam vieng chan", "Sonexay", "xon xay", "hợp tác kinh tế", "phnom penh", "le minh hung", "Văn phòng Trung ương Đảng",
            "dien dam", "hoc bong", "Thongloun Sisoulith", "an ninh bien gioi", "Hun Manet", "quoc hoi lao", "ky ket", "đà nẵng",
            "nang luong", "tiep doan", "Pham Minh Chinh", "giao duc dao tao", "<script>", "' OR 1=1 --"]


def _article(i: int, rng: random.Random):  # type: ignore[no-untyped-def]
    from hoptac.model import Agreement, Article, Commitment, Event, Evidence, Participant, Person

    country = rng.choice(["LA", "LA", "LA", "KH", "CN"])
    vn, fo = rng.choice(VN_PEOPLE), rng.choice(FOREIGN[country])
    vn_org, fo_org = rng.choice(ORGS["VN"]), rng.choice(ORGS[country])
    etype = rng.choice(list(VERBS))
    y, m, d = rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)
    place, topic = rng.choice(PLACES), rng.choice(TOPICS)
    doc_id = f"synthetic-{i:07d}"
    s1 = f"Ngày {d}/{m}/{y}, tại {place}, đồng chí {vn} {VERBS[etype]} đồng chí {fo}."
    s2 = f"Hai bên trao đổi về {topic} và nhất trí tăng cường quan hệ hữu nghị, đoàn kết đặc biệt (bài số {i})."
    s3 = f"{vn_org} và {fo_org} đánh giá Kế hoạch hợp tác giai đoạn {y - y % 5 + 1}-{y - y % 5 + 5} được triển khai tích cực."
    s4 = f"Phía Việt Nam cam kết hỗ trợ {rng.randint(10, 900)} suất học bổng trong năm {y + 1}."
    filler = " ".join(f"Đoạn {k}: các cơ quan liên quan tiếp tục phối hợp chặt chẽ về {rng.choice(TOPICS)}." for k in range(rng.randint(2, 6)))
    text = " ".join([s1, s2, s3, s4, filler])
    spans = []
    pos = 0
    for s in (s1, s2, s3, s4):
        spans.append(Evidence(doc_id, pos, pos + len(s), s))
        pos += len(s) + 1
    date = f"{y}-{m:02d}-{d:02d}"
    key = lambda n: "syn " + n.lower()  # noqa: E731
    a = Article(doc_id=doc_id, title=f"{vn} {VERBS[etype].replace('đã ', '')} {fo}", published=date, clean_text=text,
                removed=[], source=f"synthetic:{i}", url=f"https://example.invalid/{doc_id}.html", outlet="synthetic")
    a.content_hash = hashlib.sha256(text.encode()).hexdigest()
    a.people = [Person(vn, key(vn), "VN", ["Ủy viên Bộ Chính trị"], vn_org, spans[0]),
                Person(fo, key(fo), country, [], fo_org, spans[0])]
    a.events = [Event(etype, date, None, place, [Participant(vn, key(vn), "VN", "head", [], vn_org),
                                                  Participant(fo, key(fo), country, "head", [], fo_org)], spans[0])]
    a.agreements = [Agreement(f"Kế hoạch hợp tác giai đoạn {y - y % 5 + 1}-{y - y % 5 + 5}", y - y % 5 + 1, y - y % 5 + 5,
                              [vn_org, fo_org], rng.choice(["signed", "in_force", "reviewed"]), spans[2])]
    a.commitments = [Commitment("100", "suất", "học bổng", str(y + 1), spans[3])]
    return a


def build(db: Path, n: int, batch: int = 1000) -> None:
    """Add synthetic documents until the store at ``db`` holds ``n``."""
    from hoptac.store import open_engine
    from hoptac.store import queries as Q
    from hoptac.store.writer import Prepared, StoreWriter

    db.parent.mkdir(parents=True, exist_ok=True)
    engine = open_engine(str(db), write=True)
    have = Q.get_stats(engine)["documents"]
    if have >= n:
        print(f"store: {db} already holds {have} documents")
        return
    writer = StoreWriter(engine)
    rng = random.Random(7 + have)
    t0 = time.perf_counter()
    for start in range(have, n, batch):
        writer.write_batch([Prepared(_article(i, rng), None) for i in range(start, min(n, start + batch))])
        done = min(n, start + batch)
        rate = (done - have) / (time.perf_counter() - t0)
        print(f"\rbuilding store: {done}/{n} documents ({rate:.0f} docs/s)", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    print(f"store: built {n - have} documents in {time.perf_counter() - t0:.0f} s")
    engine.dispose()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _load(base: str, requests: int, concurrency: int, max_seconds: float, event_ids: list[int], out: mp.Queue) -> None:
    """The load generator (a separate process): threads with keep-alive clients, latencies per kind."""
    import threading
    from urllib.parse import quote

    import httpx

    rng = random.Random(11)
    plan = []
    for k in range(requests):
        kind = ("search", "api_search", "event", "api_event")[k % 4]
        if kind in ("search", "api_search"):
            q = quote(rng.choice(SEARCHES))
            plan.append((kind, f"/search?q={q}" if kind == "search" else f"/api/search?q={q}"))
        else:
            eid = rng.choice(event_ids)
            plan.append((kind, f"/events/{eid}" if kind == "event" else f"/api/events/{eid}"))
    lock = threading.Lock()
    results: list[tuple[str, float, int]] = []
    deadline = time.monotonic() + max_seconds
    it = iter(plan)

    def worker() -> None:
        with httpx.Client(base_url=base, timeout=30.0, headers={"accept": "text/html"}) as c:
            while time.monotonic() < deadline:
                with lock:
                    item = next(it, None)
                if item is None:
                    return
                kind, url = item
                t = time.perf_counter()
                try:
                    status = c.get(url).status_code
                except httpx.HTTPError:
                    status = -1
                dt = time.perf_counter() - t
                with lock:
                    results.append((kind, dt, status))

    t0 = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    out.put({"elapsed": time.perf_counter() - t0, "results": results})


def _pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=100_000, help="documents in the store (built if fewer)")
    ap.add_argument("--db", type=Path, default=DEFAULT_DB)
    ap.add_argument("--requests", type=int, default=4000)
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--workers", type=int, default=2, help="server processes (hoptac serve --workers); 2 on a 2-core machine")
    ap.add_argument("--max-seconds", type=float, default=300.0)
    ap.add_argument("--warmup", type=int, default=100, help="requests before measuring (caches, first imports)")
    ap.add_argument("--json", action="store_true", help="also print one JSON line of the figures")
    args = ap.parse_args()

    build(args.db, args.docs)
    from hoptac.store import open_engine
    from hoptac.store import queries as Q

    engine = open_engine(str(args.db))
    stats = Q.get_stats(engine)
    event_ids = [e["id"] for e in Q.list_events(engine, limit=500)["items"]]
    event_ids += [e["id"] for e in Q.list_events(engine, limit=500, offset=stats["events"] // 2)["items"]]
    engine.dispose()

    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-m", "hoptac.cli", "serve", "--db", str(args.db), "--port", str(port),
                               "--workers", str(args.workers)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    try:
        import httpx

        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(base + "/api/stats", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit("the server did not start")
            time.sleep(0.2)
        ctx = mp.get_context("spawn")
        q: mp.Queue = ctx.Queue()
        if args.warmup:
            p = ctx.Process(target=_load, args=(base, args.warmup, args.concurrency, 60.0, event_ids, q))
            p.start()
            q.get()
            p.join()
        p = ctx.Process(target=_load, args=(base, args.requests, args.concurrency, args.max_seconds, event_ids, q))
        p.start()
        run = q.get()
        p.join()
    finally:
        server.terminate()
        server.wait(timeout=20)

    results = run["results"]
    print(f"\nstore: {stats['documents']} documents, {stats['events']} events, {stats['people']} people  "
          f"| load: {len(results)} requests, {args.concurrency} concurrent clients, {run['elapsed']:.1f} s "
          f"({len(results) / run['elapsed']:.0f} req/s) | CPU cores: {os.cpu_count()}")
    print(f"{'kind':<12}{'n':>7}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}{'errors':>8}")
    figures = {"documents": stats["documents"], "concurrency": args.concurrency, "requests": len(results),
               "req_per_s": round(len(results) / run["elapsed"], 1), "kinds": {}}
    for kind in ("search", "api_search", "event", "api_event", "all"):
        rows = [r for r in results if kind == "all" or r[0] == kind]
        lat = [r[1] * 1000 for r in rows]
        errors = sum(1 for r in rows if r[2] != 200)
        f = {"n": len(rows), "p50": _pct(lat, 50), "p95": _pct(lat, 95), "p99": _pct(lat, 99),
             "max": max(lat) if lat else float("nan"), "mean": statistics.fmean(lat) if lat else float("nan"), "errors": errors}
        figures["kinds"][kind] = {k: round(v, 1) if isinstance(v, float) else v for k, v in f.items()}
        print(f"{kind:<12}{f['n']:>7}{f['p50']:>9.1f}{f['p95']:>9.1f}{f['p99']:>9.1f}{f['max']:>9.1f}{errors:>8}")
    allk = figures["kinds"]["all"]
    ok = allk["p95"] < 100 and allk["errors"] == 0
    print(f"target: p95 < 100 ms and 0 errors -> {'met' if ok else 'NOT met'} (p95 {allk['p95']} ms, {allk['errors']} errors)")
    if args.json:
        print(json.dumps(figures))


if __name__ == "__main__":
    main()
