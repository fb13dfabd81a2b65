"""A gauge with one label and many values (one per feed): a float per label, not an object.

prometheus_client makes every label value a full child metric (its own object, value
and lock: about 700 bytes). Two per-feed gauges over 10,000 feeds came to 14 MB of
the poller; here each feed costs a dict entry and a float. Same exposition, same
`gauge.labels(value).set(x)` call.
"""

from __future__ import annotations

from collections.abc import Iterator

from prometheus_client import CollectorRegistry
from prometheus_client.core import GaugeMetricFamily


class _Slot:
    __slots__ = ("_key", "_values")

    def __init__(self, values: dict[str, float], key: str) -> None:
        self._values = values
        self._key = key

    def set(self, value: float) -> None:
        self._values[self._key] = float(value)  # one dict store: atomic under the GIL


class KeyedGauge:
    """A gauge labelled by one label; registered on `registry` as a collector."""

    def __init__(
        self, name: str, documentation: str, label: str, registry: CollectorRegistry
    ) -> None:
        self.name = name
        self.documentation = documentation
        self.label = label
        self._values: dict[str, float] = {}
        registry.register(self)

    def labels(self, value: str) -> _Slot:
        return _Slot(self._values, value)

    def describe(self) -> Iterator[GaugeMetricFamily]:
        yield GaugeMetricFamily(self.name, self.documentation, labels=[self.label])

    def collect(self) -> Iterator[GaugeMetricFamily]:
        family = GaugeMetricFamily(self.name, self.documentation, labels=[self.label])
        for key, value in list(self._values.items()):  # a copy: polls go on while scraped
            family.add_metric([key], value)
        yield family
