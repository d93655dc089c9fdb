package org.learnops.studio.app.scope;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import org.learnops.studio.domain.scope.ActivityArea;
import org.learnops.studio.domain.scope.BuiltInArea;
import org.learnops.studio.domain.scope.ScopeRules;

/** One activity area as the Scope step edits it: the model record copied into properties. */
public final class AreaRowViewModel {

    private final long id;
    private final BuiltInArea builtIn;
    private final StringProperty customName;
    private final BooleanProperty inScope;
    private final StringProperty rationale;
    private final ObjectProperty<Integer> impact;
    private final ObjectProperty<Integer> effort;
    private final ReadOnlyBooleanWrapper drain = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper displayName = new ReadOnlyStringWrapper();

    AreaRowViewModel(ActivityArea area, String builtInName) {
        this.id = area.id();
        this.builtIn = area.builtIn();
        this.customName = new SimpleStringProperty(area.customName());
        this.inScope = new SimpleBooleanProperty(area.inScope());
        this.rationale = new SimpleStringProperty(area.rationale());
        this.impact = new SimpleObjectProperty<>(area.impact());
        this.effort = new SimpleObjectProperty<>(area.effort());
        drain.bind(Bindings.createBooleanBinding(
                () -> inScope.get() && ScopeRules.looksLikeDrain(rating(impact), rating(effort)), inScope, impact, effort));
        ObservableStringValue name = builtIn == null ? customName : new SimpleStringProperty(builtInName);
        displayName.bind(name);
    }

    private static int rating(ObjectProperty<Integer> value) {
        return value.get() == null ? 0 : value.get();
    }

    public long id() {
        return id;
    }

    /** A stable key for this row: the built-in area's name, or {@code custom-<id>}. */
    public String key() {
        return builtIn == null ? "custom-" + id : builtIn.name();
    }

    public boolean isCustom() {
        return builtIn == null;
    }

    /** Editable for custom areas only. */
    public StringProperty customNameProperty() {
        return customName;
    }

    public ReadOnlyStringProperty displayNameProperty() {
        return displayName.getReadOnlyProperty();
    }

    public BooleanProperty inScopeProperty() {
        return inScope;
    }

    public StringProperty rationaleProperty() {
        return rationale;
    }

    public ObjectProperty<Integer> impactProperty() {
        return impact;
    }

    public ObjectProperty<Integer> effortProperty() {
        return effort;
    }

    /** In scope, high effort and low impact: see {@link ScopeRules#looksLikeDrain(int, int)}. */
    public ReadOnlyBooleanProperty drainProperty() {
        return drain.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    void setNameError(String message) {
        nameError.set(message);
    }

    ActivityArea toArea() {
        return new ActivityArea(id, builtIn, customName.get(), inScope.get(), rationale.get(), rating(impact), rating(effort));
    }
}
