"""URL canonicalisation and the address safety check.

One article has one canonical URL: scheme and host lower-cased, default port,
fragment and tracking parameters dropped, the remaining query sorted. The
safety check refuses anything but http(s) and, unless allowed, any host that
resolves to a private, loopback, link-local or otherwise non-public address
(so a hostile feed cannot make us fetch cloud metadata or the intranet).
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import socket
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from urllib.parse import parse_qsl, quote, unquote, urlencode, urljoin, urlsplit, urlunsplit

# Query parameters that identify a campaign or a click, never the document.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "gclsrc",
        "dclid",
        "msclkid",
        "yclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "oly_anon_id",
        "oly_enc_id",
        "rb_clickid",
        "vero_id",
        "wickedid",
        "ref_src",
        "ref_url",
        "cmpid",
        "icid",
        "ocid",
        "smid",
        "ito",
        "taid",
        "at_medium",
        "at_campaign",
        "feature",
        "rss",
        "from_rss",
        "xtor",
        "ns_mchannel",
        "ns_source",
        "ns_campaign",
        "ns_linkname",
        "ns_fee",
    }
)
TRACKING_PREFIXES = ("utm_", "at_", "ns_", "pk_", "mtm_", "itm_", "hsa_", "stm_")

_DEFAULT_PORTS = {"http": 80, "https": 443}


class UnsafeURLError(ValueError):
    """A URL we refuse to fetch: wrong scheme, or a non-public address."""


def is_tracking_param(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def _normalise_path(path: str) -> str:
    # Decode then re-encode so "%7E" and "~" (or "%2f" vs "%2F") compare equal,
    # keeping reserved characters that change the meaning of the path.
    return quote(unquote(path), safe="/:@!$&'()*+,;=-._~%") or "/"


def canonicalize(url: str, base: str | None = None) -> str:
    """The canonical form of `url` (resolved against `base` if relative)."""
    raw = url.strip()
    if base:
        raw = urljoin(base, raw)
    parts = urlsplit(raw)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".").lower()
    with contextlib.suppress(UnicodeError):
        host = host.encode("idna").decode("ascii") if host and not host.isascii() else host
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    port = parts.port if parts.port and parts.port != _DEFAULT_PORTS.get(scheme) else None
    netloc = f"{host}:{port}" if port else host
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not is_tracking_param(k)
    ]
    query.sort()
    return urlunsplit((scheme, netloc, _normalise_path(parts.path), urlencode(query), ""))


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def check_scheme(url: str) -> None:
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise UnsafeURLError(f"only http(s) URLs are fetched, not {scheme or 'relative'!r}")
    if not urlsplit(url).hostname:
        raise UnsafeURLError("URL has no host")


def is_public_address(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global
    )


async def resolve(host: str, port: int) -> list[str]:
    """Every address `host` resolves to (an IP literal resolves to itself)."""
    try:
        return [str(ipaddress.ip_address(host.strip("[]")))]
    except ValueError:
        pass
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


Resolver = Callable[[str, int], Awaitable[list[str]]]


class AddressCache:
    """The safety verdict per host for `ttl` seconds, at most `size` hosts (LRU).

    Saves a getaddrinfo (a thread-pool round trip, or a real DNS query) per
    request to a host already checked; concurrent checks of one host share one
    lookup (the article links of a feed's first poll). Safe with a stale entry
    because the fetcher also checks the address it actually connected to.
    Failed lookups are not cached. One per Fetcher, used on one event loop.
    """

    def __init__(
        self,
        ttl: float = 60.0,
        size: int = 4096,
        resolver: Resolver = resolve,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.ttl = ttl
        self.size = size
        self.resolver = resolver
        self._clock = clock
        self._verdicts: OrderedDict[str, tuple[float, str | None]] = OrderedDict()
        self._lookups: dict[str, asyncio.Future[str | None]] = {}  # in progress

    def __len__(self) -> int:
        return len(self._verdicts)

    async def check(self, host: str, port: int) -> None:
        """Raise UnsafeURLError unless every address of `host` is public."""
        now = self._clock()
        cached = self._verdicts.get(host)
        if cached is not None and cached[0] > now:
            self._verdicts.move_to_end(host)
            problem = cached[1]
        else:
            lookup = self._lookups.get(host)
            if lookup is None:
                lookup = self._lookups[host] = asyncio.ensure_future(self._verdict(host, port))
                lookup.add_done_callback(lambda done: self._settle(host, done))
            # Shielded: one caller's timeout must not cancel the others' lookup.
            problem = await asyncio.shield(lookup)
        if problem is not None:
            raise UnsafeURLError(problem)

    def _settle(self, host: str, lookup: asyncio.Future[str | None]) -> None:
        self._lookups.pop(host, None)
        if not lookup.cancelled() and lookup.exception() is None:
            self.remember(host, lookup.result())

    def remember(self, host: str, problem: str | None, now: float | None = None) -> None:
        """Record a verdict (None: every address is public)."""
        self._verdicts[host] = ((self._clock() if now is None else now) + self.ttl, problem)
        self._verdicts.move_to_end(host)
        while len(self._verdicts) > self.size:
            self._verdicts.popitem(last=False)

    async def _verdict(self, host: str, port: int) -> str | None:
        try:
            addresses = await self.resolver(host, port)
        except OSError as exc:
            raise UnsafeURLError(f"cannot resolve {host}: {exc}") from exc
        bad = [a for a in addresses if not is_public_address(a)]
        if bad or not addresses:
            return f"{host} resolves to a non-public address ({', '.join(bad)})"
        return None


async def check_url_safe(
    url: str, *, allow_private: bool, cache: AddressCache | None = None
) -> None:
    """Raise UnsafeURLError unless `url` is http(s) and (if required) public."""
    check_scheme(url)
    if allow_private:
        return
    parts = urlsplit(url)
    port = parts.port or _DEFAULT_PORTS[parts.scheme.lower()]
    if cache is None:  # (not `cache or …`: an empty cache is falsy)
        cache = AddressCache(ttl=0)
    await cache.check(parts.hostname or "", port)
