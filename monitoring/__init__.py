"""Prometheus, alerts and Grafana for tweetbots: `make monitor` and `make report`."""
