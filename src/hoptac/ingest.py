"""Load a corpus into the store: sources → extract (in workers or on Dask) → resolve and store (one writer).

Stage order:
1. ``iter_sources``: files, folders and globs of .txt/.html, JSONL(.gz) and Parquet
   corpora, WARC archives — streamed, never held in memory all at once.
2. Skip inputs whose content hash is stored already (a re-run reads but does not
   re-extract them).
3. ``prepare``: extraction (``pipeline.extract_document``) plus the MinHash signature,
   run inline, in a multiprocessing pool (``workers``) or as Dask tasks (``dask``),
   a bounded window of chunks at a time so memory stays flat; results come back in
   input order, so every way of running gives the same database.
4. ``StoreWriter.write_batch`` in this process: near-duplicates, people, organisations,
   event merging, agreements, search index — one transaction per batch.

Every input that fails (unreadable, undecodable, binary, empty, or an extractor bug)
is recorded in ``failed_inputs`` with its reason and the run goes on.
"""
from __future__ import annotations

import glob
import multiprocessing
import os
import time
import traceback
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from hoptac.model import RawDocument
from hoptac.sources import SourceError
from hoptac.sources.corpus import CorpusFields, is_corpus, read_corpus
from hoptac.sources.files import iter_files, read_file
from hoptac.sources.warc import is_warc, read_warc
from hoptac.store.writer import Failure, Prepared, StoreWriter

__all__ = ["CorpusFields", "IngestError", "IngestReport", "ingest", "iter_sources", "prepare"]

MAX_FAILURES_KEPT = 1000


class IngestError(RuntimeError):
    """An ingest that cannot go on; the message tells the user what to do."""


@dataclass
class IngestReport:
    """What an ingest did; ``failures`` keeps the first MAX_FAILURES_KEPT, ``failed`` counts all."""

    db: str
    read: int = 0
    new: int = 0
    already: int = 0
    near_duplicate: int = 0
    failed: int = 0
    failures: list[Failure] = field(default_factory=list)
    elapsed: float = 0.0

    @property
    def docs_per_s(self) -> float:
        return self.read / self.elapsed if self.elapsed > 0 else 0.0

    def failure_reasons(self) -> list[tuple[str, int]]:
        """Failure reasons with counts, most common first."""
        return Counter(f.reason for f in self.failures).most_common()

    def to_dict(self) -> dict[str, Any]:
        return {
            "db": self.db, "read": self.read, "new": self.new, "already": self.already,
            "near_duplicate": self.near_duplicate, "failed": self.failed,
            "failures": [{"source": f.source, "reason": f.reason} for f in self.failures],
            "elapsed": round(self.elapsed, 3), "docs_per_s": round(self.docs_per_s, 1),
        }


# --- sources -----------------------------------------------------------------------

_GLOB_CHARS = set("*?[")


def _read_one(path: Path, fields: CorpusFields) -> Iterator[RawDocument | SourceError]:
    if is_corpus(path):
        yield from read_corpus(path, fields)
    elif is_warc(path):
        yield from read_warc(path)
    else:
        yield read_file(path)


def iter_sources(sources: Iterable[str | os.PathLike[str]], fields: CorpusFields = CorpusFields()) -> Iterator[RawDocument | SourceError]:
    """Raw documents from files, folders and glob patterns, each kind through its reader.

    Folders give their .txt/.html files (through ``sources.files``), then their corpora
    and WARC archives, each in sorted order so every run reads the same sequence.
    """
    for s in sources:
        text = os.fspath(s)
        path = Path(text)
        if not path.exists() and _GLOB_CHARS & set(text):
            matches = sorted(glob.glob(text, recursive=True))
            if not matches:
                yield SourceError(text, "no file matches this pattern")
            for m in matches:
                yield from iter_sources([m], fields)
            continue
        if path.is_dir():
            for item in iter_files([path]):
                yield item if isinstance(item, SourceError) else read_file(item)
            others = sorted(p for p in path.rglob("*") if p.is_file() and (is_corpus(p) or is_warc(p)))
            for p in others:
                yield from _read_one(p, fields)
        elif path.exists():
            yield from _read_one(path, fields)
        else:
            yield SourceError(text, "no such file or folder")


# --- extraction (runs in workers) ------------------------------------------------------


def prepare(raw: RawDocument) -> Prepared | Failure:
    """Extract one document and sign it for near-duplicate search; any failure becomes a Failure."""
    from hoptac.clean.decode import DecodeError
    from hoptac.pipeline import content_hash, extract_document
    from hoptac.resolve.dedup import signature
    from hoptac.store.search import document_entry

    try:
        article = extract_document(raw)
    except DecodeError as e:
        return Failure(raw.source or raw.doc_id, str(e), content_hash(raw))
    except Exception as e:  # an extractor bug must not stop a corpus load; keep the input's name and the error
        where = traceback.extract_tb(e.__traceback__)[-1]
        return Failure(raw.source or raw.doc_id, f"extraction failed: {type(e).__name__}: {e} ({Path(where.filename).name}:{where.lineno})", content_hash(raw))
    if not article.clean_text.strip():
        return Failure(raw.source or raw.doc_id, "no article text left after removing boilerplate", article.content_hash)
    sig = signature(article.clean_text)
    return Prepared(article, sig, search_row=document_entry(article.title, article.clean_text))


def prepare_many(raws: list[RawDocument]) -> list[Prepared | Failure]:
    """One task's worth of documents (a task per document costs more than extracting it)."""
    return [prepare(r) for r in raws]


# --- executors ---------------------------------------------------------------------------


class _Inline:
    workers = 1

    def submit(self, raws: list[RawDocument]) -> Any:
        out = prepare_many(raws)

        class _Done:
            def result(self) -> list[Prepared | Failure]:
                return out

        return _Done()

    def close(self) -> None:
        pass


class _Pool:
    def __init__(self, workers: int) -> None:
        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
        ctx = multiprocessing.get_context(method)
        if method == "forkserver":
            ctx.set_forkserver_preload(["hoptac.ingest"])
        self.workers = workers
        self.pool = ctx.Pool(workers)

    def submit(self, raws: list[RawDocument]) -> Any:
        res = self.pool.apply_async(prepare_many, (raws,))

        class _Wait:
            def result(self) -> list[Prepared | Failure]:
                return res.get()

        return _Wait()

    def close(self) -> None:
        self.pool.close()
        self.pool.join()


class _Dask:
    def __init__(self, address: str, workers: int) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as e:  # pragma: no cover - dask is a declared extra
            raise IngestError("--dask needs dask.distributed: pip install 'hoptac[dask]'") from e
        self.cluster = None
        if address == "local":
            import dask

            # No statistical profiler in the workers we start: it samples the extracting thread
            # every 10 ms and contends with it for the interpreter (a debugging aid we don't show).
            with dask.config.set({"distributed.worker.profile.enabled": False}):
                self.cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                                            dashboard_address=None, silence_logs=40)
            self.client = Client(self.cluster)
        else:
            _check_reachable(address)
            try:
                self.client = Client(address, timeout=30)
            except OSError as e:
                raise IngestError(f"cannot reach the Dask scheduler at {address}: {e}; start one (dask scheduler) or use --dask local") from e
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})) or workers)
        # Results are fetched in the background as tasks finish (as_completed with results),
        # not when this process asks for them: asking would cost a round trip to a worker per
        # task while the writer waits, which capped Dask at the speed of one worker.
        from dask.distributed import as_completed

        self._arriving = as_completed([], with_results=True)
        self._arrived: dict[str, list[Prepared | Failure]] = {}

    def submit(self, raws: list[RawDocument]) -> Any:
        future = self.client.submit(prepare_many, raws, pure=False)
        self._arriving.add(future)
        return _DaskResult(self, future.key)

    def _take(self, key: str) -> list[Prepared | Failure]:
        """The results of one task, taking whatever else has arrived meanwhile."""
        while key not in self._arrived:
            future, result = next(self._arriving)  # raises the task's error, if it failed
            self._arrived[future.key] = result
        return self._arrived.pop(key)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


class _DaskResult:
    def __init__(self, executor: _Dask, key: str) -> None:
        self.executor, self.key = executor, key

    def result(self) -> list[Prepared | Failure]:
        return self.executor._take(self.key)


def _check_reachable(address: str) -> None:
    """Fail in a moment, not after Dask's connect timeout, when nothing listens at a tcp:// address."""
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(address if "://" in address else f"tcp://{address}")
    if parts.scheme != "tcp" or not parts.hostname:
        return
    try:
        socket.create_connection((parts.hostname, parts.port or 8786), timeout=5).close()
    except OSError as e:
        raise IngestError(f"cannot reach the Dask scheduler at {address}: {e.strerror or e}; start one (dask scheduler) or use --dask local") from None


def _chunks(items: Iterator[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for x in items:
        chunk.append(x)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# --- ingest ---------------------------------------------------------------------------


def ingest(
    sources: Sequence[str | os.PathLike[str]],
    db: str | os.PathLike[str] | sa.Engine | None = None,
    *,
    workers: int = 1,
    dask: str | None = None,
    batch_size: int = 200,
    fields: CorpusFields = CorpusFields(),
    busy_timeout: float = 60.0,
    on_progress: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    """Read, extract, resolve and store ``sources`` into ``db``; safe to re-run and to resume after a kill.

    ``workers`` > 1 extracts in a process pool; ``dask`` ("local" or a scheduler address)
    extracts on Dask. Either way this process is the single writer.
    """
    from hoptac.store.schema import db_url, open_engine

    if batch_size < 1:
        raise IngestError("--batch-size must be at least 1")
    if workers < 1:
        raise IngestError("--workers must be at least 1")
    label = str(db.url) if isinstance(db, sa.Engine) else db_url(db)
    try:
        engine = open_engine(db, write=True, busy_timeout=busy_timeout)
    except sa.exc.OperationalError as e:
        raise _store_error(label, e, busy_timeout) from e
    except sa.exc.ArgumentError as e:
        raise IngestError(f"{label}: not a database URL or file path ({e})") from e
    report = IngestReport(db=label)
    writer = StoreWriter(engine)
    executor: Any
    if dask:
        executor = _Dask(dask, workers)
    elif workers > 1:
        executor = _Pool(workers)
    else:
        executor = _Inline()
    chunk = max(1, min(batch_size, 32))
    # Chunks in flight: while this process writes a batch (batch_size documents), the workers
    # must have at least that much queued, or they idle for the whole write.
    window = 2 * executor.workers + -(-batch_size // chunk)
    start = time.perf_counter()
    batch: list[Prepared | Failure] = []

    def flush() -> None:
        nonlocal batch
        if not batch:
            return
        try:
            res = writer.write_batch(batch)
        except sa.exc.OperationalError as e:
            raise _store_error(label, e, busy_timeout) from e
        report.new += res.new
        report.already += res.already
        report.near_duplicate += res.near_duplicate
        report.failed += len(res.failed)
        room = MAX_FAILURES_KEPT - len(report.failures)
        if room > 0:
            report.failures.extend(res.failed[:room])
        batch = []
        report.elapsed = time.perf_counter() - start
        if on_progress is not None:
            on_progress(report)

    def submitted() -> Iterator[tuple[list[Prepared | Failure], Any]]:
        """(ready results, pending future) per chunk of input, in input order."""
        from hoptac.pipeline import content_hash

        for items in _chunks(iter_sources(sources, fields), chunk):
            ready: list[Prepared | Failure] = []
            todo: list[RawDocument] = []
            raws = [x for x in items if isinstance(x, RawDocument)]
            hashes = {id(r): content_hash(r) for r in raws}
            stored = writer.stored_hashes(sorted(set(hashes.values())))
            for x in items:
                report.read += 1
                if isinstance(x, SourceError):
                    ready.append(Failure(x.source, x.reason))
                elif hashes[id(x)] in stored:
                    report.already += 1
                else:
                    todo.append(x)
            yield ready, (executor.submit(todo) if todo else None)

    try:
        pending: deque[tuple[list[Prepared | Failure], Any]] = deque()
        for item in submitted():
            pending.append(item)
            while len(pending) > window:
                _drain(pending.popleft(), batch)
                if len(batch) >= batch_size:
                    flush()
        while pending:
            _drain(pending.popleft(), batch)
            if len(batch) >= batch_size:
                flush()
        flush()
        # the work itself: starting and stopping the workers (a Dask cluster takes seconds) is not counted
        report.elapsed = time.perf_counter() - start
    finally:
        executor.close()
        engine.dispose()
    if on_progress is not None:
        on_progress(report)
    return report


def _drain(item: tuple[list[Prepared | Failure], Any], batch: list[Prepared | Failure]) -> None:
    ready, future = item
    batch.extend(ready)
    if future is not None:
        batch.extend(future.result())


def _store_error(label: str, e: Exception, busy_timeout: float) -> IngestError:
    msg = str(getattr(e, "orig", e))
    if "locked" in msg or "busy" in msg:
        return IngestError(
            f"{label} is locked by another writer (waited {busy_timeout:g} s). Wait for the other ingest to finish "
            "and run this one again: batches stored so far are kept, and stored documents are skipped."
        )
    if "unable to open" in msg:
        return IngestError(f"{label}: cannot open the database file ({msg}); check that the folder exists and is writable")
    return IngestError(f"{label}: database error: {msg}")

