package org.learnops.studio.app.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** Counts saves in flight for one workspace and remembers whether the last one failed. FX thread only. */
public final class SaveTracker {

    private final ReadOnlyObjectWrapper<SaveState> state = new ReadOnlyObjectWrapper<>(SaveState.SAVED);
    private int inFlight;
    private boolean failed;

    public ReadOnlyObjectProperty<SaveState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public SaveState getState() {
        return state.get();
    }

    void started() {
        inFlight++;
        update();
    }

    void succeeded() {
        inFlight--;
        failed = false;
        update();
    }

    void failed() {
        inFlight--;
        failed = true;
        update();
    }

    private void update() {
        state.set(inFlight > 0 ? SaveState.SAVING : failed ? SaveState.FAILED : SaveState.SAVED);
    }
}
