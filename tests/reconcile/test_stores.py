"""Claims and checkpoint stores: in memory, in a file, in a real redis-server (started per test), and
what they do while Redis is down."""

from __future__ import annotations

import logging
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bench.redis_server import RedisServer
from cal_async import (
    ChangeCheckpoint,
    ClaimStore,
    FileCheckpointStore,
    MemoryCheckpointStore,
    MemoryClaims,
    RedisCheckpointStore,
    RedisClaims,
)

CHECKPOINT = ChangeCheckpoint(
    datetime(2030, 1, 1, 8, 0, 5, 123000, tzinfo=UTC), datetime(2030, 1, 1, 8, 0, 4, tzinfo=UTC)
)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


async def _claim_semantics(claims: ClaimStore) -> None:
    first = await claims.claim("k", ttl=30)
    assert first.acquired and first.status == "claimed"
    assert (await claims.claim("k", ttl=30)).status == "busy"
    await claims.release(first)
    again = await claims.claim("k", ttl=30)
    assert again.acquired
    await claims.release(first)  # an old token releases nothing: the key stays claimed by `again`
    assert (await claims.claim("k", ttl=30)).status == "busy"
    await claims.complete(again, ttl=30)
    assert (await claims.claim("k", ttl=30)).status == "done"
    await claims.release(again)  # a done key stays done
    assert (await claims.claim("k", ttl=30)).status == "done"


async def test_memory_claims_claim_release_complete_and_expire() -> None:
    clock = Clock()
    claims = MemoryClaims(clock=clock)
    await _claim_semantics(claims)
    held = await claims.claim("crashed", ttl=5)
    clock.now += 5  # its holder died: the claim expires
    assert (await claims.claim("crashed", ttl=5)).acquired
    await claims.complete(held, ttl=10)
    clock.now += 10
    assert (await claims.claim("crashed", ttl=5)).acquired  # done, for its retention only


async def test_memory_claims_sweep_what_expired() -> None:
    clock = Clock()
    claims = MemoryClaims(clock=clock)
    for index in range(3000):
        await claims.claim(f"k{index}", ttl=1)
        clock.now += 0.01
    assert len(claims._entries) < 1200


@pytest.mark.parametrize("ttl", [0, -1, float("inf"), float("nan")])
async def test_a_claim_needs_a_finite_positive_ttl(ttl: float) -> None:
    with pytest.raises(ValueError, match="ttl"):
        await MemoryClaims().claim("k", ttl=ttl)


async def test_redis_claims_share_the_same_semantics_across_clients(redis_server: RedisServer) -> None:
    async with RedisClaims(redis_server.url) as claims, RedisClaims(redis_server.url) as other:
        await _claim_semantics(claims)
        mine = await claims.claim("shared", ttl=30)
        assert (await other.claim("shared", ttl=30)).status == "busy"  # another worker's view
        await claims.complete(mine, ttl=30)
        assert (await other.claim("shared", ttl=30)).status == "done"
        short = await claims.claim("short", ttl=0.2)
        assert short.where == "redis"
        import anyio

        await anyio.sleep(0.3)  # expired in Redis by Redis's clock
        assert (await other.claim("short", ttl=30)).acquired


async def test_redis_claims_fall_back_to_this_process_while_redis_is_down(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    async with RedisClaims(redis_server.url, timeout=0.2, retry_interval=0.0) as claims:
        done = await claims.claim("before", ttl=30)
        await claims.complete(done, ttl=60)
        redis_server.stop()
        with caplog.at_level(logging.WARNING, logger="cal_async"):
            during = await claims.claim("during", ttl=30)
            assert during.acquired and during.where == "local"  # never refused: the work goes on
            assert (await claims.claim("during", ttl=30)).status == "busy"
            assert (await claims.claim("before", ttl=30)).status == "done"  # remembered here too
            await claims.complete(during, ttl=60)
        assert any("Redis failed" in r.getMessage() for r in caplog.records)
        redis_server.start()  # restarted empty, as a Redis without persistence is
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="cal_async"):
            back = await claims.claim("after", ttl=30)
        assert back.where == "redis" and back.acquired
        assert any("reachable again" in r.getMessage() for r in caplog.records)


def test_redis_stores_need_one_of_url_and_client() -> None:
    with pytest.raises(ValueError, match="one of them"):
        RedisClaims()
    with pytest.raises(ValueError, match="one of them"):
        RedisCheckpointStore()


# --- checkpoints ----------------------------------------------------------------------------------


def test_a_checkpoint_round_trips_through_json_and_refuses_anything_else() -> None:
    assert ChangeCheckpoint.from_json(CHECKPOINT.to_json()) == CHECKPOINT
    assert (
        CHECKPOINT.to_json()
        == b'{"updatedAt":"2030-01-01T08:00:05.123000Z","createdAt":"2030-01-01T08:00:04.000000Z"}'
    )
    for bad in (b"[]", b"{}", b'{"updatedAt": "soon", "createdAt": "2030-01-01T00:00:00Z"}', b"\x00"):
        with pytest.raises(ValueError, match="checkpoint"):
            ChangeCheckpoint.from_json(bad)
    with pytest.raises(ValueError, match="naive"):
        ChangeCheckpoint(datetime(2030, 1, 1), datetime(2030, 1, 1, tzinfo=UTC))


def test_a_checkpoint_moves_forward_and_is_held_back_for_what_was_not_handled() -> None:
    later = CHECKPOINT.updated_at + timedelta(seconds=9)
    assert CHECKPOINT.advanced(updated_at=later).updated_at == later
    assert CHECKPOINT.advanced(updated_at=CHECKPOINT.updated_at - timedelta(days=1)) == CHECKPOINT
    failed_at = CHECKPOINT.updated_at - timedelta(minutes=3)
    capped = CHECKPOINT.advanced(updated_at=later).capped(
        updated_at=failed_at, created_at=failed_at, overlap=timedelta(minutes=5)
    )
    # The next pass starts 5 minutes before the checkpoint: at the failed change, not after it.
    assert capped.updated_at - timedelta(minutes=5) <= failed_at
    assert capped.created_at == CHECKPOINT.created_at


async def test_memory_checkpoints_live_as_long_as_the_process() -> None:
    store = MemoryCheckpointStore()
    assert await store.load() is None
    await store.save(CHECKPOINT)
    assert await store.load() == CHECKPOINT


async def test_a_file_checkpoint_survives_a_restart_and_is_replaced_atomically(tmp_path: Path) -> None:
    path = tmp_path / "state" / "checkpoint.json"
    path.parent.mkdir()
    assert await FileCheckpointStore(path).load() is None
    await FileCheckpointStore(path).save(CHECKPOINT)
    moved = CHECKPOINT.advanced(updated_at=CHECKPOINT.updated_at + timedelta(hours=1))
    await FileCheckpointStore(path).save(moved)
    assert await FileCheckpointStore(path).load() == moved  # a new store: as after a restart
    assert os.listdir(path.parent) == ["checkpoint.json"]  # no temporary file left behind


async def test_a_failed_file_write_leaves_the_old_checkpoint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "checkpoint.json"
    store = FileCheckpointStore(path)
    await store.save(CHECKPOINT)

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        await store.save(CHECKPOINT.advanced(updated_at=CHECKPOINT.updated_at + timedelta(hours=1)))
    monkeypatch.undo()
    assert await store.load() == CHECKPOINT
    assert os.listdir(tmp_path) == ["checkpoint.json"]


async def test_a_corrupt_checkpoint_file_is_an_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "checkpoint.json"
    path.write_text("{not json")
    with pytest.raises(ValueError, match=r"checkpoint\.json"):
        await FileCheckpointStore(path).load()


async def test_a_redis_checkpoint_survives_a_restart_of_the_worker(redis_server: RedisServer) -> None:
    async with RedisCheckpointStore(redis_server.url, key="t:cp") as store:
        assert await store.load() is None
        await store.save(CHECKPOINT)
    async with RedisCheckpointStore(redis_server.url, key="t:cp") as restarted:
        assert await restarted.load() == CHECKPOINT


async def test_a_redis_checkpoint_is_kept_here_while_redis_is_down(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    async with RedisCheckpointStore(redis_server.url, key="t:cp", timeout=0.2, retry_interval=0.0) as store:
        await store.save(CHECKPOINT)
        redis_server.stop()
        moved = CHECKPOINT.advanced(updated_at=CHECKPOINT.updated_at + timedelta(hours=1))
        with caplog.at_level(logging.WARNING, logger="cal_async"):
            await store.save(moved)
            assert await store.load() == moved  # what this process knows, never an older one
        assert any("Redis failed" in r.getMessage() for r in caplog.records)
        redis_server.start()  # empty: the next save puts it back
        assert await store.load() == moved
        await store.save(moved)
    async with RedisCheckpointStore(redis_server.url, key="t:cp") as other:
        assert await other.load() == moved
