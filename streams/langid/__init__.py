"""Helpers of streams.language: scripts and alphabets, and the three detectors it combines."""
