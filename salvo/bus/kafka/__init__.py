"""Kafka bus (kafka-python): prefixed topics, keyed messages, manual commits.

Stages speak logical topic names ("claims"); this backend prefixes them
("salvo.claims") on the wire and strips the prefix from records it returns.

Delivery is at-least-once. The producer waits for every replica (acks=all,
idempotent: a retried batch is not written twice) and `flush()` raises,
within a bounded time, unless every queued message was written, so a caller
never commits input offsets for outputs that were lost. The consumer
never auto-commits: `commit()` stores the position after the last polled
record, and `rewind()` seeks back to the first uncommitted record after a
failed batch. Kafka does not drop re-sends the way the embedded log does; every
message carries its deterministic `message_id` header and consumers deduplicate
by id.

Clients are created lazily, so a service started while the broker is away
fails inside poll()/send(), where the stage runner's backoff retries, instead
of at construction. kafka-python reconnects by itself once the broker returns.
"""

from salvo.bus.kafka.bus import KafkaBus
from salvo.bus.kafka.consumer import KafkaBusConsumer
from salvo.bus.kafka.errors import BusError
from salvo.bus.kafka.producer import KafkaBusProducer

__all__ = ["BusError", "KafkaBus", "KafkaBusConsumer", "KafkaBusProducer"]
