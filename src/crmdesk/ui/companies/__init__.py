"""Companies: a lazily paged list, the company record, and its edit dialog."""
