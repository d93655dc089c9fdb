package org.learnops.studio.app.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Undo and redo for one workspace (Edit menu, Ctrl+Z / Ctrl+Shift+Z). ViewModels record what the
 * user did; undoing applies the opposite through the same ViewModel intents, so it is saved like
 * any other edit and the stored state always matches the screen. FX thread only.
 */
public final class UndoManager {

    /** Keep this many steps; older ones drop off. */
    public static final int LIMIT = 200;

    /** Something the user did that can be taken back. */
    public interface Edit {
        /** What the Edit menu shows after "Undo"/"Redo", e.g. "Delete stakeholder “Ana”". */
        String description();

        void undo();

        void redo();
    }

    /** An edit that undoes and redoes with two actions (typically ViewModel intents). */
    public static Edit edit(String description, Runnable undo, Runnable redo) {
        return new Step(description, undo, redo);
    }

    /**
     * Adding or removing a row, as an undo step: undo takes back what was done, redo does it again.
     *
     * @param wasRemoval true when the user removed the row, false when they added it
     */
    public static Edit addOrRemove(String description, boolean wasRemoval, Runnable remove, Runnable restore) {
        return wasRemoval ? edit(description, restore, remove) : edit(description, remove, restore);
    }

    private record Step(String description, Runnable undoAction, Runnable redoAction) implements Edit {
        @Override
        public void undo() {
            undoAction.run();
        }

        @Override
        public void redo() {
            redoAction.run();
        }
    }

    private final Deque<Edit> undoable = new ArrayDeque<>();
    private final Deque<Edit> redoable = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper("");
    private boolean applying;

    /** Records an edit the user just made; clears the redo list. Ignored while undoing or redoing. */
    public void record(Edit edit) {
        if (applying) {
            return;
        }
        undoable.push(edit);
        if (undoable.size() > LIMIT) {
            undoable.removeLast();
        }
        redoable.clear();
        update();
    }

    /**
     * Records a change of one field. Changes of the same field in a row (typing a word) merge into
     * one edit, so one undo takes back the whole word rather than one letter.
     *
     * @param field       identifies the field, e.g. {@code List.of(row, "name")}; compared with equals
     * @param description what the Edit menu shows
     * @param apply       sets the field to a value (through the ViewModel, so the change is saved)
     */
    public <T> void recordChange(Object field, String description, T before, T after, Consumer<T> apply) {
        if (applying || Objects.equals(before, after)) {
            return;
        }
        if (!undoable.isEmpty() && undoable.peek() instanceof FieldChange<?> top && top.field.equals(field) && redoable.isEmpty()) {
            @SuppressWarnings("unchecked")
            FieldChange<T> same = (FieldChange<T>) top;
            same.after = after;
            return;
        }
        record(new FieldChange<>(field, description, before, after, apply));
    }

    public void undo() {
        if (undoable.isEmpty()) {
            return;
        }
        Edit edit = undoable.pop();
        apply(edit::undo);
        redoable.push(edit);
        update();
    }

    public void redo() {
        if (redoable.isEmpty()) {
            return;
        }
        Edit edit = redoable.pop();
        apply(edit::redo);
        undoable.push(edit);
        update();
    }

    /** True while an undo or redo runs: ViewModels must not record the changes it makes. */
    public boolean isApplying() {
        return applying;
    }

    /** Forgets everything (another workspace was opened). */
    public void clear() {
        undoable.clear();
        redoable.clear();
        update();
    }

    private void apply(Runnable action) {
        applying = true;
        try {
            action.run();
        } finally {
            applying = false;
        }
    }

    private void update() {
        canUndo.set(!undoable.isEmpty());
        canRedo.set(!redoable.isEmpty());
        undoDescription.set(undoable.isEmpty() ? "" : undoable.peek().description());
        redoDescription.set(redoable.isEmpty() ? "" : redoable.peek().description());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }

    private static final class FieldChange<T> implements Edit {
        private final Object field;
        private final String description;
        private final T before;
        private T after;
        private final Consumer<T> apply;

        FieldChange(Object field, String description, T before, T after, Consumer<T> apply) {
            this.field = field;
            this.description = description;
            this.before = before;
            this.after = after;
            this.apply = apply;
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public void undo() {
            apply.accept(before);
        }

        @Override
        public void redo() {
            apply.accept(after);
        }
    }
}
