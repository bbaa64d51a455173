"""The legal moves of a nomination dossier (STYLE convention 5): the one transition table.

`dossier_transition` (services/transition.py) looks every move up here, the pages draw
their buttons from here, and tests/nominations/test_workflow.py walks every row and every
forbidden pair. `by` says who makes the move:

- "unit": whoever holds NOMINATE over the proposing unit;
- "officer": whoever holds APPRAISE over the round's organiser (the department office);
- "council": whoever holds RUN_COUNCIL over the organiser (the council's secretary);
- "decider": whoever holds DECIDE over the organiser (issuing the decision makes this move).

`guard` names a rule of nominations/rules.py that must return no errors first.

    draft ─submit→ submitted ─receive→ received ─appraise→ appraised ─to council→ council
      ↑  ←recall─┘      (return with a reason, from received or appraised, back to draft)
    council ─withdraw→ appraised      (taken off the agenda with a reason, before any vote)
    council ─publish→ published ─conclude→ concluded      (publication where required)
    council ─conclude→ concluded ─decide→ decided
                       concluded ─forward→ forwarded ─decide→ decided   (awards decided above)
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError

from thidua.audit.models import EventType
from thidua.nominations.models import DossierStatus

S = DossierStatus


@dataclass(frozen=True)
class Transition:
    label: str  # what the button says
    event: str  # the audit event type
    by: str  # "unit", "officer", "council" or "decider"
    guard: str = ""  # a key of nominations.rules.GUARDS
    needs_note: bool = False  # a reason is required (returns, withdrawal from the agenda)
    danger: bool = False
    button: bool = True  # False: made by another page's service (council, decision), not a button


TRANSITIONS: dict[tuple[str, str], Transition] = {
    (S.DRAFT, S.SUBMITTED): Transition(
        "Gửi hồ sơ", EventType.DOSSIER_SUBMITTED, "unit", guard="submission"
    ),
    (S.SUBMITTED, S.DRAFT): Transition(
        "Thu hồi hồ sơ", EventType.DOSSIER_RECALLED, "unit", danger=True
    ),
    (S.SUBMITTED, S.RECEIVED): Transition("Tiếp nhận hồ sơ", EventType.DOSSIER_RECEIVED, "officer"),
    (S.RECEIVED, S.DRAFT): Transition(
        "Trả lại", EventType.DOSSIER_RETURNED, "officer", needs_note=True, danger=True
    ),
    (S.RECEIVED, S.APPRAISED): Transition(
        "Hoàn thành thẩm định", EventType.DOSSIER_APPRAISED, "officer", guard="appraisal"
    ),
    (S.APPRAISED, S.DRAFT): Transition(
        "Trả lại", EventType.DOSSIER_RETURNED, "officer", needs_note=True, danger=True
    ),
    (S.APPRAISED, S.COUNCIL): Transition(
        "Trình Hội đồng", EventType.DOSSIER_TO_COUNCIL, "council", button=False
    ),
    (S.COUNCIL, S.APPRAISED): Transition(
        "Rút khỏi chương trình họp",
        EventType.DOSSIER_AGENDA_REMOVED,
        "council",
        guard="agenda_removal",
        needs_note=True,
        button=False,
    ),
    (S.COUNCIL, S.PUBLISHED): Transition(
        "Công khai lấy ý kiến",
        EventType.DOSSIER_PUBLISHED,
        "officer",
        guard="publication_start",
        button=False,
    ),
    (S.COUNCIL, S.CONCLUDED): Transition(
        "Kết thúc xét", EventType.DOSSIER_CONCLUDED, "officer", guard="conclusion"
    ),
    (S.PUBLISHED, S.CONCLUDED): Transition(
        "Kết thúc lấy ý kiến", EventType.DOSSIER_CONCLUDED, "officer", guard="publication_end"
    ),
    (S.CONCLUDED, S.DECIDED): Transition(
        "Có quyết định", EventType.DOSSIER_DECIDED, "decider", button=False
    ),
    (S.CONCLUDED, S.FORWARDED): Transition(
        "Trình cấp trên", EventType.DOSSIER_FORWARDED, "officer", guard="forward", button=False
    ),
    (S.FORWARDED, S.DECIDED): Transition(
        "Có quyết định của cấp trên", EventType.DOSSIER_DECIDED, "officer", button=False
    ),
}


def transition_for(source: str, target: str) -> Transition:
    """The row for source → target, or a ValidationError saying the move is not allowed."""
    row = TRANSITIONS.get((source, target))
    if row is None:
        labels = dict(DossierStatus.choices)
        raise ValidationError(
            f"Không thể chuyển hồ sơ từ trạng thái «{labels.get(source, source)}» "
            f"sang «{labels.get(target, target)}»."
        )
    return row


def moves_from(source: str, by: set[str]) -> list[tuple[str, Transition]]:
    """The button moves out of `source` that someone acting as one of `by` may make."""
    return [
        (t, row)
        for (s, t), row in TRANSITIONS.items()
        if s == source and row.by in by and row.button
    ]


def mermaid() -> str:
    """The table as a Mermaid state diagram (docs/nominations.md is generated from it)."""
    lines = ["stateDiagram-v2"]
    lines += [f"    {s} --> {t}: {row.label}" for (s, t), row in TRANSITIONS.items()]
    return "\n".join(lines)
