"""`hoptac serve --workers N`: each worker process builds its app from the environment."""
import pytest
from fastapi.testclient import TestClient

from hoptac.serve.app import app_from_env, run
from hoptac.store import open_engine


def test_worker_app_reads_the_database_from_the_environment(tmp_path, monkeypatch):
    db = tmp_path / "w.db"
    open_engine(str(db)).dispose()  # an empty, migrated store
    monkeypatch.setenv("HOPTAC_SERVE_DB", str(db))
    monkeypatch.delenv("HOPTAC_WRITE_TOKEN", raising=False)
    client = TestClient(app_from_env())
    r = client.get("/api/stats")
    assert r.status_code == 200
    assert r.json()["documents"] == 0


def test_several_workers_need_a_path_not_an_engine(tmp_path):
    engine = open_engine(str(tmp_path / "e.db"))
    with pytest.raises(ValueError, match="path or URL"):
        run(engine, workers=2)
