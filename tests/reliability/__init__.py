"""Reliability suite (issue 5): bad input, crashes, concurrency, hostile content; helpers and tests."""
