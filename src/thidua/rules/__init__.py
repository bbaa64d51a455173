"""The rules engine: titles and awards as effective-dated data, yearly history, eligibility.

Layout (ADR 0005):

* `models/` — the catalogue (award types, rule versions, reward coefficients, base salary,
  per-province yearly settings) and the yearly history (ratings, disciplines, awards
  received, initiatives with their authors).
* `checks/` — the pure rule functions and the `RULES` list (their contract is there).
* `facts.py` — the frozen dataclasses the checks read; `engine.py` runs the checks in
  order; `money.py` and `quotas.py` are pure too.
* `selectors/` build facts and catalogue plans in bulk; `services.py` writes (audited).
"""
