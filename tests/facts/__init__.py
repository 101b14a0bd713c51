"""Tests of the fact extraction and fact table (facts)."""
