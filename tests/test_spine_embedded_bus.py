"""The embedded bus is durable: uncommitted records come back, committed ones never do."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from salvo.bus import open_bus


def test_redelivers_uncommitted_and_never_committed(tmp_path: Path) -> None:
    url = f"embedded:///{tmp_path}/bus.db"
    bus = open_bus(url)
    producer = bus.producer()
    for i in range(5):
        producer.send("claims", f"m{i}".encode(), key="k", message_id=f"id{i}")
    producer.flush()

    first = bus.consumer("g", ["claims"])
    batch = first.poll(timeout=0.1, max_records=3)
    assert [r.value for r in batch] == [b"m0", b"m1", b"m2"]
    first.commit()
    assert [r.value for r in first.poll(timeout=0.1)] == [b"m3", b"m4"]
    first.close()  # crash before committing m3, m4

    # A new process opening the same file resumes after the last commit.
    reopened = open_bus(url).consumer("g", ["claims"])
    assert [r.value for r in reopened.poll(timeout=0.1)] == [b"m3", b"m4"]
    reopened.commit()
    assert reopened.poll(timeout=0.05) == []
    assert reopened.lag() == {("claims", 0): 0}


def test_resending_the_same_message_id_is_dropped(tmp_path: Path) -> None:
    bus = open_bus(f"embedded:///{tmp_path}/bus.db")
    producer = bus.producer()
    for _ in range(3):
        producer.send("alerts", b"same", message_id="alr_1")
        producer.flush()
    producer.send("alerts", b"no id")
    producer.send("alerts", b"no id")
    producer.flush()
    values = [r.value for r in bus.consumer("g", ["alerts"]).poll(timeout=0.1)]
    assert values == [b"same", b"no id", b"no id"]


def test_groups_are_independent_and_topics_separate(tmp_path: Path) -> None:
    bus = open_bus(f"embedded:///{tmp_path}/bus.db")
    producer = bus.producer()
    producer.send("articles", b"a")
    producer.send("claims", b"c")
    producer.flush()
    a = bus.consumer("one", ["articles"])
    assert [r.value for r in a.poll(0.1)] == [b"a"]
    a.commit()
    b = bus.consumer("two", ["articles", "claims"])
    assert sorted(r.value for r in b.poll(0.1)) == [b"a", b"c"]


def test_a_waiting_consumer_wakes_when_a_producer_flushes(tmp_path: Path) -> None:
    bus = open_bus(f"embedded:///{tmp_path}/bus.db")
    consumer = bus.consumer("g", ["claims"])
    got: list[bytes] = []

    def wait() -> None:
        got.extend(r.value for r in consumer.poll(timeout=10))

    t = threading.Thread(target=wait)
    t.start()
    time.sleep(0.1)
    producer = bus.producer()
    producer.send("claims", b"x")
    producer.flush()
    t.join(timeout=10)
    assert got == [b"x"]
