"""Benchmarks of the decision engine against pymcdm and minimal numpy baselines."""
