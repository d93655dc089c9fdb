package org.learnops.studio.app.directory;

import org.learnops.studio.app.common.Choice;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.learnops.studio.app.common.Autosave;
import org.learnops.studio.domain.operations.Course;
import org.learnops.studio.domain.operations.CourseFormat;

/** One course as the Courses tab edits it. */
public final class CourseRowViewModel {

    static final List<String> FIELDS = List.of("title", "defaultDurationMinutes");

    private final long id;
    private final StringProperty title;
    private final ObjectProperty<Choice> area;
    private final ObjectProperty<CourseFormat> format;
    private final ObjectProperty<Integer> duration;
    private final ObjectProperty<Choice> owner;
    private final FieldErrors errors = new FieldErrors(FIELDS);
    Autosave<Course> save;

    CourseRowViewModel(Course course, Choice area, Choice owner) {
        this.id = course.id();
        this.title = new SimpleStringProperty(course.title());
        this.area = new SimpleObjectProperty<>(area);
        this.format = new SimpleObjectProperty<>(course.format());
        this.duration = new SimpleObjectProperty<>(course.defaultDurationMinutes());
        this.owner = new SimpleObjectProperty<>(owner);
    }

    public long id() {
        return id;
    }

    public StringProperty titleProperty() {
        return title;
    }

    /** The Scope step's activity area, or "none". */
    public ObjectProperty<Choice> areaProperty() {
        return area;
    }

    public ObjectProperty<CourseFormat> formatProperty() {
        return format;
    }

    /** Default session length in minutes, 1 to 1440. */
    public ObjectProperty<Integer> durationProperty() {
        return duration;
    }

    public ObjectProperty<Choice> ownerProperty() {
        return owner;
    }

    public FieldErrors errors() {
        return errors;
    }

    Course toCourse() {
        Integer minutes = duration.get();
        return new Course(id, title.get(), area.get() == null ? java.util.Optional.empty() : area.get().optionalId(),
                format.get(), minutes == null ? 0 : minutes, owner.get() == null ? java.util.Optional.empty() : owner.get().optionalId());
    }
}
