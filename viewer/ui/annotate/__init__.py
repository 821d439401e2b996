"""Annotating in the viewer: highlights, tags, verdicts, the annotations dock and sessions."""
