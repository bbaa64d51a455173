"""Which approved nominees this level decides and which go to the level above, as query
conditions over nominations (the award's decider against `nominations.rules.DECIDED_HERE`).
Decisions, upward packages and the dossier moves read them from here."""

from django.db.models import Q

from thidua.nominations.models import Outcome
from thidua.nominations.rules import DECIDED_HERE

HERE = Q(award_type__decider__in=DECIDED_HERE)
APPROVED_HERE = Q(outcome=Outcome.APPROVED) & HERE
UPWARD = Q(outcome=Outcome.APPROVED) & ~HERE
