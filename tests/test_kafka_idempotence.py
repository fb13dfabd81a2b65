"""The idempotent Kafka producer on Tansu: a producer id, retries that do not duplicate,
and after an outage a flush that fails (never hangs) and a producer that recovers."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator

import pytest
from kafka import KafkaConsumer

from salvo.bus.kafka import KafkaBus
from salvo.bus.kafka.errors import BusError
from salvo.bus.kafka.producer import KafkaBusProducer
from tests.fixtures.tansu import Tansu

pytestmark = pytest.mark.kafka


@pytest.fixture
def bus(private_tansu: Tansu, topic_prefix: str) -> Iterator[KafkaBus]:
    bus = KafkaBus(
        private_tansu.bootstrap,
        topic_prefix=topic_prefix,
        request_timeout_ms=5_000,
        reconnect_backoff_max_ms=1_000,
        delivery_timeout_ms=10_000,
    )
    bus.ensure_topics(["articles"])
    yield bus
    bus.close()


def _send(producer: KafkaBusProducer, tag: str, count: int) -> None:
    for i in range(count):
        producer.send("articles", f"{tag}-{i}".encode(), key=f"k{i % 5}", message_id=f"{tag}-{i}")


def _read_all(broker: Tansu, topic: str) -> list[str]:
    consumer = KafkaConsumer(
        topic,
        bootstrap_servers=broker.bootstrap,
        auto_offset_reset="earliest",
        consumer_timeout_ms=5_000,
        group_id=None,
    )
    try:
        return [m.value.decode() for m in consumer]
    finally:
        consumer.close()


def test_outages_neither_duplicate_nor_hang(private_tansu: Tansu, bus: KafkaBus) -> None:
    producer = bus.producer()
    _send(producer, "a", 100)
    producer.flush()
    client = producer._producer
    assert client is not None and client.config["enable_idempotence"]
    manager = client._transaction_manager
    assert manager is not None and manager.producer_id_and_epoch.producer_id >= 0  # from Tansu

    # A short cut (connections reset, then refused): the batches wait, go out when the
    # broker is back within the delivery timeout, and nothing is written twice.
    private_tansu.stop()
    _send(producer, "b", 100)
    reopen = threading.Timer(2.0, private_tansu.start)
    reopen.start()
    try:
        producer.flush()
    finally:
        reopen.join()

    # A long outage: the flush gives up at the delivery timeout with an error (no hang);
    # the failed producer is dropped and the next send starts a fresh one.
    private_tansu.stop()
    _send(producer, "c", 20)
    with pytest.raises(BusError):
        producer.flush()
    private_tansu.start()
    _send(producer, "d", 50)
    producer.flush()
    assert producer._producer is not client

    values = _read_all(private_tansu, bus.physical("articles"))
    assert [v for v, n in Counter(values).items() if n > 1] == []
    by_tag = Counter(v.split("-")[0] for v in values)
    assert by_tag["a"] == 100 and by_tag["b"] == 100 and by_tag["d"] == 50
    assert by_tag["c"] <= 20  # reported as failed; the caller re-sends (ids dedupe downstream)


def test_an_epoch_bump_fails_fast_on_tansu_and_a_fresh_producer_recovers(
    private_tansu: Tansu, bus: KafkaBus
) -> None:
    """The recovery path that once hung (KIP-360 epoch bump after an error): Tansu answers
    the bump's InitProducerId with an error, kafka-python fails the batch, the flush says
    so at once, and the next send gets a new producer id."""
    producer = bus.producer()
    _send(producer, "a", 10)
    producer.flush()
    client = producer._producer
    assert client is not None and client._transaction_manager is not None
    first = client._transaction_manager.producer_id_and_epoch.producer_id
    client._transaction_manager.bump_producer_id_and_epoch()  # as after OutOfOrderSequence
    _send(producer, "b", 10)
    with pytest.raises(BusError):
        producer.flush()
    _send(producer, "c", 10)
    producer.flush()
    fresh = producer._producer
    assert fresh is not None and fresh is not client and fresh._transaction_manager is not None
    assert fresh._transaction_manager.producer_id_and_epoch.producer_id != first
    by_tag = Counter(v.split("-")[0] for v in _read_all(private_tansu, bus.physical("articles")))
    assert by_tag["a"] == 10 and by_tag["c"] == 10
