"""Writes of the councils app: council and members (council.py), meetings (meeting.py), the
secret ballot (voting.py), the minutes (minutes.py). Every write is audited."""
