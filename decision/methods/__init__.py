"""Ranking methods behind one registry (``decision.methods.registry``)."""
