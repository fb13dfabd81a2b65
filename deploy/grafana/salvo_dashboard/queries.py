"""The dashboard's PostgreSQL queries, over the records stage's tables.

See processors/records/state.py for the schema; a test runs each one against PostgreSQL.
"""

# Largest attack per night, the running record, and any unverified figure apart.
# A value stored not `verified` (a figure above the record that one source alone
# gives: one outlet's own figure, e.g. a typo "7,410" for 741, or a report dated the day
# before it was published; see processors/records/state.py) is no attack size the
# records stage stands by: it is neither the night's bar nor part of the record line,
# and shows as its own series until a second or a military source verifies it.
# Portable SQL (a test runs it on SQLite and PostgreSQL); the window function runs
# over all history before the time filter, so the record line is right even at the
# left edge of the graph.
NIGHTLY_VALUES_SQL = """
SELECT night, launched, unverified,
       MAX(launched) OVER (ORDER BY night ROWS UNBOUNDED PRECEDING) AS record
FROM (
  SELECT e.event_date AS night,
         MAX(CASE WHEN v.verified = 1 THEN v.value END) AS launched,
         MAX(CASE WHEN v.verified = 0 THEN v.value END) AS unverified
  FROM records_events e JOIN records_values v ON v.event_id = e.event_id
  WHERE e.direction = '$direction' AND v.metric = '$metric'
  GROUP BY e.event_date
) nightly
""".strip()

UNVERIFIED = "Unverified figure (single source)"

# The panel: the same rows with Grafana's time column and time filter.
NIGHTLY_SQL = f"""
SELECT night AS "time", launched AS "Largest attack", unverified AS "{UNVERIFIED}",
       record AS "Record"
FROM (
  SELECT CAST(night AS timestamp) AS night, launched, unverified, record
  FROM ({NIGHTLY_VALUES_SQL}) history
) timed
WHERE $__timeFilter(night)
ORDER BY 1
"""

LATEST_EVENTS_SQL = """
SELECT e.event_date AS "Night",
       CASE WHEN e.daytime = 1 THEN 'day' ELSE 'night' END AS "Wave",
       MAX(CASE WHEN v.metric = 'total' THEN v.value END) AS "Launched",
       MAX(CASE WHEN v.metric = 'drones' THEN v.value END) AS "Drones",
       MAX(CASE WHEN v.metric = 'missiles' THEN v.value END) AS "Missiles",
       MAX(CASE WHEN v.metric = 'total' THEN v.qualifier END) AS "Qualifier",
       MAX(CASE WHEN v.metric = 'total' THEN
         CASE WHEN v.verified = 1 THEN 'yes' ELSE 'no: single source' END END)
         AS "Verified",
       CAST(CAST(e.snapshot AS jsonb) ->> 'independent_sources' AS integer)
         AS "Independent sources",
       CAST(e.snapshot AS jsonb) ->> 'official' AS "Official figure",
       (SELECT COUNT(*) FROM records_alerts a WHERE a.event_id = e.event_id) AS "Alerts",
       e.updated AS "Updated"
FROM records_events e LEFT JOIN records_values v ON v.event_id = e.event_id
WHERE e.direction = '$direction'
GROUP BY e.event_id, e.event_date, e.daytime, e.snapshot, e.updated
ORDER BY e.event_date DESC, e.updated DESC
LIMIT 20
"""

LATEST_SOURCES_SQL = """
SELECT e.event_date AS "Night",
       s ->> 'outlet' AS "Outlet",
       s ->> 'attributed_to' AS "Attributed to",
       CAST(s ->> 'launched_total' AS integer) AS "Launched",
       CAST(s ->> 'drones' AS integer) AS "Drones",
       CAST(s ->> 'missiles' AS integer) AS "Missiles",
       s ->> 'qualifier' AS "Qualifier",
       CASE WHEN s ->> 'duplicate_of' IS NULL THEN 'no' ELSE 'yes' END AS "Syndicated copy",
       s ->> 'quote' AS "Quote",
       s ->> 'url' AS "URL"
FROM (
  SELECT event_date, snapshot FROM records_events
  WHERE direction = '$direction' ORDER BY event_date DESC LIMIT 7
) e
CROSS JOIN LATERAL jsonb_array_elements(CAST(e.snapshot AS jsonb) -> 'sources') AS s
ORDER BY e.event_date DESC, "Launched" DESC NULLS LAST
"""
