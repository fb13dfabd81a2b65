"""The Salvo Grafana dashboard's parts: panel builders, SQL, and one module per row.

deploy/grafana/build_dashboard.py assembles them and writes dashboards/salvo.json.
"""
