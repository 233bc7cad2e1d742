"""Resolution: identity keys for people and organisations, near-duplicates, event merging."""
