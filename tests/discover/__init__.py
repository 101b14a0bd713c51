"""Tests of corpus discovery (compare.discovery*)."""
