"""Undoable edits of the annotation store: one QUndoCommand per user action.

Every annotation, tag and verdict change goes through one of these, so Edit ▸ Undo/Redo covers
all of them and the undo stack's clean state says whether the session has unsaved edits. The
store's methods return what they replaced, which is all a command needs to invert itself.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QUndoCommand

from viewer.core.annotations import Annotation, AnnotationStore, Tag, TagEdit, Verdict

__all__ = ["AddAnnotation", "EditAnnotation", "RemoveAnnotation", "AddTag", "RenameTag",
           "RecolourTag", "MergeTags", "DeleteTag", "SetVerdict"]


class AddAnnotation(QUndoCommand):
    def __init__(self, store: AnnotationStore, annotation: Annotation) -> None:
        super().__init__("Annotate selection")
        self.store, self.annotation = store, annotation

    def redo(self) -> None:
        self.store.add(self.annotation)

    def undo(self) -> None:
        self.store.remove(self.annotation.id)


class EditAnnotation(QUndoCommand):
    """New tags and/or note for one annotation (its anchor never changes here)."""

    def __init__(self, store: AnnotationStore, ann_id: str, tags: list[str], note: str) -> None:
        super().__init__("Edit annotation")
        self.store = store
        self.before = store.get(ann_id)
        if self.before is None:
            raise KeyError(f"no annotation {ann_id!r}")
        self.after: Annotation | None = None
        self._tags, self._note = list(tags), note

    def redo(self) -> None:
        if self.after is None:  # first time: stamp it; later redos restore that exact version
            self.store.update(replace(self.before, tags=list(self._tags), note=self._note))
            self.after = self.store.get(self.before.id)
        else:
            self.store.update(self.after, touch=False)

    def undo(self) -> None:
        self.store.update(self.before, touch=False)


class RemoveAnnotation(QUndoCommand):
    def __init__(self, store: AnnotationStore, ann_id: str) -> None:
        super().__init__("Delete annotation")
        self.store, self.ann_id = store, ann_id
        self.removed: Annotation | None = None

    def redo(self) -> None:
        self.removed = self.store.remove(self.ann_id)

    def undo(self) -> None:
        if self.removed is not None:
            self.store.add(self.removed)


class AddTag(QUndoCommand):
    def __init__(self, store: AnnotationStore, name: str, colour: str) -> None:
        super().__init__(f"New tag “{name.strip()}”")
        self.store, self.name, self.colour = store, name, colour
        self.tag: Tag | None = None

    def redo(self) -> None:
        if self.tag is None:
            self.tag = self.store.add_tag(self.name, self.colour)
        else:
            self.store.insert_tag(self.tag)

    def undo(self) -> None:
        if self.tag is not None:
            self.store.remove_tag_unused(self.tag.id)


class RenameTag(QUndoCommand):
    def __init__(self, store: AnnotationStore, tag_id: str, name: str) -> None:
        super().__init__(f"Rename tag to “{name.strip()}”")
        self.store, self.tag_id, self.name = store, tag_id, name
        self.old = ""

    def redo(self) -> None:
        self.old = self.store.rename_tag(self.tag_id, self.name)

    def undo(self) -> None:
        self.store.rename_tag(self.tag_id, self.old)


class RecolourTag(QUndoCommand):
    def __init__(self, store: AnnotationStore, tag_id: str, colour: str) -> None:
        super().__init__("Recolour tag")
        self.store, self.tag_id, self.colour = store, tag_id, colour
        self.old = ""

    def redo(self) -> None:
        self.old = self.store.recolour_tag(self.tag_id, self.colour)

    def undo(self) -> None:
        self.store.recolour_tag(self.tag_id, self.old)


class MergeTags(QUndoCommand):
    """Fold one tag into another: its annotations get the other tag, it disappears."""

    def __init__(self, store: AnnotationStore, source_id: str, target_id: str) -> None:
        super().__init__("Merge tags")
        self.store, self.source_id, self.target_id = store, source_id, target_id
        self.edit: TagEdit | None = None

    def redo(self) -> None:
        self.edit = self.store.merge_tags(self.source_id, self.target_id)

    def undo(self) -> None:
        if self.edit is not None:
            self.store.restore_tag(self.edit)


class DeleteTag(QUndoCommand):
    """Remove a tag from the codebook; its annotations stay with their notes and other tags."""

    def __init__(self, store: AnnotationStore, tag_id: str) -> None:
        super().__init__("Delete tag")
        self.store, self.tag_id = store, tag_id
        self.edit: TagEdit | None = None

    def redo(self) -> None:
        self.edit = self.store.delete_tag(self.tag_id)

    def undo(self) -> None:
        if self.edit is not None:
            self.store.restore_tag(self.edit)


class SetVerdict(QUndoCommand):
    """Set (or with `verdict=None`, clear) the verdict on a fact.

    `replaces` is the key of the verdict the fact carried before; it may differ from the new
    key when re-analysis grouped the fact's sentences a little differently.
    """

    def __init__(self, store: AnnotationStore, verdict: Verdict | None,
                 replaces: str | None) -> None:
        super().__init__("Clear verdict" if verdict is None else f"Verdict “{verdict.value}”")
        self.store, self.verdict, self.replaces = store, verdict, replaces
        self.removed: Verdict | None = None
        self.overwritten: Verdict | None = None

    def redo(self) -> None:
        self.removed = self.store.remove_verdict(self.replaces) if self.replaces else None
        if self.verdict is not None:
            self.overwritten = self.store.set_verdict(self.verdict)

    def undo(self) -> None:
        if self.verdict is not None:
            if self.overwritten is not None:
                self.store.set_verdict(self.overwritten)
            else:
                self.store.remove_verdict(self.verdict.fact_key)
        if self.removed is not None:
            self.store.set_verdict(self.removed)
