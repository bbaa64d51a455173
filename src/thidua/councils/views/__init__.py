"""Council pages: councils and members (councils.py), meetings (meetings.py), a member's
ballots and the receipt check (ballots.py)."""
