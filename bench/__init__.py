"""Benchmarks that anyone can rerun; `make bench` runs `bench.run` (serving vs the model card)."""
