"""Import of contacts from vCard and CSV files: detection, reading, mapping, batches, undo."""
