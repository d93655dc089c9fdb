package org.learnops.studio.app.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

class UndoManagerTest {

    private final UndoManager undo = new UndoManager();

    /** A field whose changes are recorded the way a ViewModel records them. */
    private StringProperty field(String name) {
        StringProperty property = new SimpleStringProperty("");
        property.addListener((observable, before, after) ->
                undo.recordChange(name, "Change " + name, before, after, property::set));
        return property;
    }

    @Test
    void typingInOneFieldIsUndoneInOneStepAndRedoneAgain() {
        StringProperty name = field("name");
        name.set("L");
        name.set("Le");
        name.set("Lea");

        assertEquals("Change name", undo.undoDescriptionProperty().get());
        undo.undo();
        assertEquals("", name.get());
        assertFalse(undo.canUndoProperty().get());
        assertTrue(undo.canRedoProperty().get());

        undo.redo();
        assertEquals("Lea", name.get());
        assertFalse(undo.canRedoProperty().get());
    }

    @Test
    void changesToDifferentFieldsAreSeparateSteps() {
        StringProperty name = field("name");
        StringProperty role = field("role");
        name.set("Ana");
        role.set("CFO");
        name.set("Anna");

        undo.undo();
        assertEquals("Ana", name.get());
        undo.undo();
        assertEquals("", role.get());
        undo.undo();
        assertEquals("", name.get());
    }

    @Test
    void aNewEditAfterAnUndoDropsTheRedoList() {
        StringProperty name = field("name");
        name.set("Ana");
        undo.undo();
        name.set("Bo");
        assertFalse(undo.canRedoProperty().get());
        undo.undo();
        assertEquals("", name.get());
    }

    @Test
    void changesMadeByUndoAreNotRecordedAgain() {
        List<String> log = new ArrayList<>();
        undo.record(new UndoManager.Edit() {
            @Override
            public String description() {
                return "Delete";
            }

            @Override
            public void undo() {
                log.add("restore");
                undo.record(this); // a ViewModel reacting to its own restore must not add a step
            }

            @Override
            public void redo() {
                log.add("delete");
            }
        });
        undo.undo();
        undo.redo();
        assertEquals(List.of("restore", "delete"), log);
        assertTrue(undo.canUndoProperty().get());
        undo.undo();
        assertFalse(undo.canUndoProperty().get(), "only the one recorded step existed");
    }

    @Test
    void theOldestStepsDropOffPastTheLimit() {
        StringProperty a = field("a");
        StringProperty b = field("b");
        for (int i = 0; i < UndoManager.LIMIT + 10; i++) {
            (i % 2 == 0 ? a : b).set("v" + i);
        }
        int steps = 0;
        while (undo.canUndoProperty().get()) {
            undo.undo();
            steps++;
        }
        assertEquals(UndoManager.LIMIT, steps);
    }
}
