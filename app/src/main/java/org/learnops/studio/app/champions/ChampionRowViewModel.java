package org.learnops.studio.app.champions;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.domain.champions.Champion;
import org.learnops.studio.domain.champions.EngagementEntry;

/** One champion as the Champions tab edits it, with their engagement log. */
public final class ChampionRowViewModel {

    static final List<String> FIELDS = List.of("businessArea", "region", "commitment");
    private static final Comparator<EngagementEntry> OLDEST_FIRST =
            Comparator.comparing(EngagementEntry::date).thenComparing(EngagementEntry::id);

    private final long id;
    private final StakeholderRowViewModel stakeholder;
    private final StringProperty businessArea;
    private final StringProperty region;
    private final ObjectProperty<AreaChoice> activityArea;
    private final StringProperty commitment;
    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper unassignedHint = new ReadOnlyStringWrapper();
    private final ObservableList<EngagementEntry> log = FXCollections.observableArrayList();
    private final ObservableList<EngagementEntry> logView = FXCollections.unmodifiableObservableList(log);
    private final ObjectProperty<LocalDate> newEntryDate = new SimpleObjectProperty<>();
    private final StringProperty newEntryNote = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper newEntryError = new ReadOnlyStringWrapper("");

    ChampionRowViewModel(Champion champion, StakeholderRowViewModel stakeholder, AreaChoice area, Messages messages) {
        this.id = champion.id();
        this.stakeholder = stakeholder;
        this.businessArea = new SimpleStringProperty(champion.businessArea());
        this.region = new SimpleStringProperty(champion.region());
        this.activityArea = new SimpleObjectProperty<>(area);
        this.commitment = new SimpleStringProperty(champion.commitment());
        FIELDS.forEach(field -> errors.put(field, new ReadOnlyStringWrapper("")));
        summary.bind(Bindings.createStringBinding(() -> {
            String assigned = assignments();
            return messages.get("champions.champion.summary", stakeholder.nameProperty().get().strip(),
                    assigned.isEmpty() ? messages.get("champions.champion.unassigned") : assigned);
        }, stakeholder.nameProperty(), businessArea, region, activityArea));
        unassignedHint.bind(Bindings.createStringBinding(
                () -> assignments().isEmpty() ? messages.get("champions.champion.unassignedHint") : "",
                businessArea, region, activityArea));
        newEntryNote.addListener(changed -> newEntryError.set(""));
        newEntryDate.addListener(changed -> newEntryError.set(""));
    }

    public long id() {
        return id;
    }

    public StakeholderRowViewModel stakeholder() {
        return stakeholder;
    }

    List<Property<?>> editableProperties() {
        return List.of(businessArea, region, activityArea, commitment);
    }

    public StringProperty businessAreaProperty() {
        return businessArea;
    }

    public StringProperty regionProperty() {
        return region;
    }

    /** The activity area championed; the "none" choice when there is none. */
    public ObjectProperty<AreaChoice> activityAreaProperty() {
        return activityArea;
    }

    public StringProperty commitmentProperty() {
        return commitment;
    }

    /** "Name — business area · region · activity area", for the list of champions. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Shown while the champion is assigned to nothing: not an error, a reminder. */
    public ReadOnlyStringProperty unassignedHintProperty() {
        return unassignedHint.getReadOnlyProperty();
    }

    /** Business area, region and activity area, those that are set, joined by " · ". */
    private String assignments() {
        AreaChoice area = activityArea.get();
        return Stream.of(businessArea.get(), region.get(), area == null ? "" : area.areaId().map(id -> area.name()).orElse(""))
                .filter(part -> part != null && !part.isBlank())
                .map(String::strip)
                .collect(Collectors.joining(" · "));
    }

    public ReadOnlyStringProperty errorProperty(String field) {
        ReadOnlyStringWrapper error = errors.get(field);
        if (error == null) {
            throw new IllegalArgumentException("No such field: " + field);
        }
        return error.getReadOnlyProperty();
    }

    /** The engagement log, oldest first. */
    public ObservableList<EngagementEntry> log() {
        return logView;
    }

    /** The date of the entry being typed (today unless changed). */
    public ObjectProperty<LocalDate> newEntryDateProperty() {
        return newEntryDate;
    }

    public StringProperty newEntryNoteProperty() {
        return newEntryNote;
    }

    public ReadOnlyStringProperty newEntryErrorProperty() {
        return newEntryError.getReadOnlyProperty();
    }

    void setNewEntryError(String message) {
        newEntryError.set(message);
    }

    void addToLog(EngagementEntry entry) {
        int at = 0;
        while (at < log.size() && OLDEST_FIRST.compare(log.get(at), entry) <= 0) {
            at++;
        }
        log.add(at, entry);
    }

    void removeFromLog(EngagementEntry entry) {
        log.remove(entry);
    }

    void showProblems(List<Problem> problems, Function<Problem, String> describe) {
        errors.values().forEach(error -> error.set(""));
        for (Problem problem : problems) {
            ReadOnlyStringWrapper error = errors.get(problem.field());
            if (error != null && error.get().isEmpty()) {
                error.set(describe.apply(problem));
            }
        }
    }

    Champion toChampion() {
        AreaChoice area = activityArea.get();
        return new Champion(id, stakeholder.id(), businessArea.get(), region.get(),
                area == null ? Optional.empty() : area.areaId(), commitment.get());
    }
}
