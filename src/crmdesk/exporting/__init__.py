"""Export of contacts (vCard, CSV) and scheduled activities (iCalendar), written atomically."""
