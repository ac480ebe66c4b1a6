"""news-streams: Kafka news ingestion with dedupe, language tagging and classification."""

__version__ = "0.1.0"
