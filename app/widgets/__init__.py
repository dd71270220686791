"""Qt widgets and pages (views): they know models and services, never SQL."""
