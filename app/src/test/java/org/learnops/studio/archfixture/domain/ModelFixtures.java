package org.learnops.studio.archfixture.domain;

import javafx.beans.property.SimpleStringProperty;
import org.learnops.studio.app.common.SaveState;
import org.learnops.studio.error.StudioException;

/** Model-side breaches: this package is outside {@code org.learnops.studio.app}, so it counts as model. */
public final class ModelFixtures {

    private ModelFixtures() {
    }

    /** A domain class holding a JavaFX property. */
    public static final class BadModelClass {
        final SimpleStringProperty name = new SimpleStringProperty();
    }

    /** A model class reaching up into the app module. */
    public static final class ModelUsingApp {
        final SaveState state = SaveState.SAVED;
    }

    /** A message-key exception declared outside {@code ..error..}. */
    public static final class StrayStudioException extends StudioException {
        public StrayStudioException() {
            super("scope.title");
        }
    }
}
