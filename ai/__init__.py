"""Resume-vs-job analysis engines behind one async streaming interface."""
