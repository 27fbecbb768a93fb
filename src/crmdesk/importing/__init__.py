"""Import of contacts from vCard and CSV files: detection, reading, mapping, dry run, batches, undo."""
