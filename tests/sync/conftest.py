"""Fixtures shared by the sync tests: a private PostgreSQL cluster, one database per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.sync.pg_cluster import fresh_database, missing_reason, postgres_cluster


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[str]:
    reason = missing_reason()
    if reason:
        pytest.skip(reason)
    with postgres_cluster() as url:
        yield url


@pytest.fixture
def pg_url(pg_cluster: str) -> str:
    """An empty database of its own in the shared cluster."""
    return fresh_database(pg_cluster)
