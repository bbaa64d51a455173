"""Emulation movements: launch and cascade, targets and progress, registration, unit reports."""
