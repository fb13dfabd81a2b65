"""The DNS verdict cache of the private-address check: hits, expiry, bound, and the
connected-peer check that still catches a stale (or rebound) public verdict."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from ingest.fetch import Fetcher, FetchError
from ingest.urls import AddressCache, UnsafeURLError, resolve
from salvo.settings import IngestSettings
from tests.test_ingest_support import LoopbackServer, Reply

STRICT = IngestSettings(
    allow_private_addresses=False, connect_timeout=2.0, read_timeout=2.0, total_timeout=5.0
)


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    s = LoopbackServer()
    yield s
    s.close()


class CountingResolver:
    """The real resolver, counting the lookups it is asked for."""

    def __init__(self) -> None:
        self.lookups: list[str] = []

    async def __call__(self, host: str, port: int) -> list[str]:
        self.lookups.append(host)
        return await resolve(host, port)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _refusals(fetcher: Fetcher, url: str, times: int = 1) -> list[FetchError]:
    async def go() -> list[FetchError]:
        errors = []
        async with fetcher:
            for _ in range(times):
                with pytest.raises(FetchError) as info:
                    await fetcher.get(url)
                errors.append(info.value)
        return errors

    return asyncio.run(go())


def test_fetcher_resolves_a_host_once_per_ttl(server: LoopbackServer) -> None:
    server.routes["/page"] = Reply(200, b"<html>secret</html>")
    fetcher = Fetcher(STRICT)
    counting = CountingResolver()
    fetcher.addresses.resolver = counting
    url = f"http://localhost:{server.port}/page"
    for err in _refusals(fetcher, url, 3):
        assert err.kind == "unsafe_url" and "non-public address" in str(err)
    assert counting.lookups == ["localhost"]  # the verdict came from the cache twice
    assert server.hits("/page") == 0


def test_verdicts_expire_and_failed_lookups_are_not_kept() -> None:
    clock = Clock()
    counting = CountingResolver()
    cache = AddressCache(ttl=60, resolver=counting, clock=clock)

    async def check(host: str) -> str | None:
        try:
            await cache.check(host, 80)
        except UnsafeURLError as exc:
            return str(exc)
        return None

    assert "non-public" in (asyncio.run(check("localhost")) or "")
    clock.now += 59
    asyncio.run(check("localhost"))
    assert counting.lookups == ["localhost"]
    clock.now += 2  # past the TTL: asked again
    asyncio.run(check("localhost"))
    assert counting.lookups == ["localhost", "localhost"]

    for _ in range(2):  # .invalid never resolves (RFC 6761): each check asks again
        assert "cannot resolve" in (asyncio.run(check("no-such-host.invalid")) or "")
    assert counting.lookups.count("no-such-host.invalid") == 2
    assert asyncio.run(check("93.184.216.34")) is None  # a public literal passes


def test_the_cache_is_bounded_least_recently_used_first() -> None:
    cache = AddressCache(size=2)
    cache.remember("a.example", None)
    cache.remember("b.example", None)

    async def touch() -> None:
        await cache.check("a.example", 80)  # a hit: a.example becomes the most recent

    asyncio.run(touch())
    cache.remember("c.example", "refused")
    assert len(cache) == 2
    counting = CountingResolver()
    cache.resolver = counting
    asyncio.run(touch())
    with pytest.raises(UnsafeURLError, match="refused"):
        asyncio.run(cache.check("c.example", 80))
    assert counting.lookups == []  # b.example was the one evicted


def test_a_stale_public_verdict_is_caught_by_the_peer_check(server: LoopbackServer) -> None:
    """DNS rebinding: the name was public when checked, the connection goes to loopback."""
    server.routes["/page"] = Reply(200, b"<html>secret</html>")
    fetcher = Fetcher(STRICT)
    fetcher.addresses.remember("localhost", None)  # as if it had resolved to a public address
    (err,) = _refusals(fetcher, f"http://localhost:{server.port}/page")
    assert err.kind == "unsafe_url" and "connected to non-public address" in str(err)


def test_concurrent_checks_of_one_host_share_one_lookup() -> None:
    counting = CountingResolver()
    cache = AddressCache(resolver=counting)

    async def many(host: str) -> list[BaseException | None]:
        results = await asyncio.gather(
            *(cache.check(host, 80) for _ in range(20)), return_exceptions=True
        )
        return list(results)

    assert asyncio.run(many("93.184.216.34")) == [None] * 20
    refusals = asyncio.run(many("localhost"))
    assert all(isinstance(r, UnsafeURLError) and "non-public" in str(r) for r in refusals)
    failures = asyncio.run(many("no-such-host.invalid"))
    assert all(isinstance(r, UnsafeURLError) and "cannot resolve" in str(r) for r in failures)
    assert counting.lookups == ["93.184.216.34", "localhost", "no-such-host.invalid"]
    assert len(cache) == 2  # the failed lookup is not kept
