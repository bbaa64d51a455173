"""Reads of the rules app: the catalogue, facts in bulk, evaluations, history pages."""
