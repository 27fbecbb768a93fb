"""The contact list: a lazily paged table model, its state, and the page widget."""
