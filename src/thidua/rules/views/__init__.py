"""Pages of the rules app: eligibility (eligibility.py), history (history.py), catalogue."""
