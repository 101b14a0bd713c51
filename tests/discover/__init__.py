"""Tests of corpus discovery (discover.pipeline*)."""
