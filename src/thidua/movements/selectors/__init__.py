"""Selectors of the movements app: every read is scoped and joined here."""
