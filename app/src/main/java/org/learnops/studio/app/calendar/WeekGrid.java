package org.learnops.studio.app.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The week view: a column per day under its name, sessions placed by their local start and end
 * time, overlapping sessions side by side. The hours shown run from 07:00 to 21:00, widened to
 * the earliest and latest session of the week.
 */
final class WeekGrid extends GridPane {

    private static final PseudoClass TODAY = PseudoClass.getPseudoClass("today");
    /** One hour's height, in em of the current type size. */
    private static final double HOUR_EM = 3.2;
    /** The hours' column, as a share of the width (the days share the rest by how many columns each needs). */
    private static final double GUTTER_PERCENT = 6.5;

    private final Function<SessionItem, Button> chip;
    private int firstHour = 7;
    private int lastHour = 21;

    WeekGrid(Function<SessionItem, Button> chip) {
        this.chip = chip;
        getStyleClass().add("week-grid");
        setId("weekGrid");
    }

    void show(List<DayCell> days, Locale locale) {
        getChildren().clear();
        getColumnConstraints().clear();
        firstHour = 7;
        lastHour = 21;
        for (DayCell day : days) {
            for (SessionItem item : day.sessions()) {
                firstHour = Math.min(firstHour, item.startMinute() / 60);
                lastHour = Math.max(lastHour, (item.endMinute() + 59) / 60);
            }
        }
        ColumnConstraints gutter = new ColumnConstraints();
        gutter.setPercentWidth(GUTTER_PERCENT);
        getColumnConstraints().add(gutter);
        Pane hours = new HourGutter();
        add(hours, 0, 1);
        DateTimeFormatter heading = DateTimeFormatter.ofPattern("EEE d", locale);
        // A day whose sessions overlap gets a share of the width per column it needs, so side by side they stay readable.
        int[] weights = days.stream().mapToInt(day -> day.sessions().stream().mapToInt(SessionItem::lanes).max().orElse(1)).toArray();
        double total = java.util.Arrays.stream(weights).sum();
        for (int i = 0; i < days.size(); i++) {
            DayCell day = days.get(i);
            ColumnConstraints column = new ColumnConstraints();
            column.setHgrow(Priority.ALWAYS);
            column.setMinWidth(0);
            column.setPercentWidth((100 - GUTTER_PERCENT) * weights[i] / total);
            getColumnConstraints().add(column);
            Label name = new Label(heading.format(day.date()));
            name.getStyleClass().add("calendar-weekday");
            name.pseudoClassStateChanged(TODAY, day.today());
            name.setMaxWidth(Double.MAX_VALUE);
            add(name, i + 1, 0);
            DayColumn column1 = new DayColumn(day.date());
            column1.pseudoClassStateChanged(TODAY, day.today());
            for (SessionItem item : day.sessions()) {
                Button button = chip.apply(item);
                button.getStyleClass().add("week-session");
                button.setAlignment(Pos.TOP_LEFT);
                if (item.lanes() == 1) {
                    button.setWrapText(true);
                } else {
                    // Side by side the column is narrow: time and title on a line each, cut short rather than broken mid-word.
                    int space = item.chip().indexOf(' ', 5);
                    Label time = new Label(item.chip().substring(0, Math.max(5, space < 0 ? 5 : space)));
                    Label title = new Label(item.entry().courseTitle());
                    time.getStyleClass().add("week-session-time");
                    button.setText(null);
                    button.setGraphic(new javafx.scene.layout.VBox(time, title));
                }
                column1.getChildren().add(button);
            }
            add(column1, i + 1, 1);
        }
    }

    private double hourHeight() {
        return HOUR_EM * getFont().getSize();
    }

    private double minutes(int minute) {
        return (minute - firstHour * 60) * hourHeight() / 60;
    }

    private double totalHeight() {
        return (lastHour - firstHour) * hourHeight();
    }

    private javafx.scene.text.Font getFont() {
        Label probe = getChildren().stream().filter(Label.class::isInstance).map(Label.class::cast).findFirst().orElse(null);
        return probe == null ? javafx.scene.text.Font.getDefault() : probe.getFont();
    }

    /** The hour labels down the left side. */
    private final class HourGutter extends Pane {
        HourGutter() {
            getStyleClass().add("week-hours");
            for (int hour = firstHour; hour < lastHour; hour++) {
                Label label = new Label(String.format("%02d:00", hour));
                label.getStyleClass().add("week-hour");
                label.setUserData(hour);
                getChildren().add(label);
            }
        }

        @Override
        protected double computePrefWidth(double height) {
            return getChildren().stream().mapToDouble(node -> node.prefWidth(-1)).max().orElse(40) + 8;
        }

        @Override
        protected double computePrefHeight(double width) {
            return totalHeight();
        }

        @Override
        protected void layoutChildren() {
            for (Node node : getChildren()) {
                int hour = (Integer) node.getUserData();
                double y = minutes(hour * 60);
                node.resizeRelocate(0, Math.max(0, y - 2), getWidth() - 6, node.prefHeight(-1));
            }
        }
    }

    /** One day's sessions, placed by time; overlapping ones share the width. */
    private final class DayColumn extends Pane {
        DayColumn(LocalDate date) {
            getStyleClass().add("week-day");
            setId("week-" + date);
            for (int hour = firstHour + 1; hour < lastHour; hour++) {
                Region line = new Region();
                line.getStyleClass().add("week-hour-line");
                line.setUserData(hour);
                line.setManaged(false);
                getChildren().add(line);
            }
        }

        @Override
        protected double computePrefHeight(double width) {
            return totalHeight();
        }

        @Override
        protected void layoutChildren() {
            double width = getWidth();
            for (Node node : getChildren()) {
                if (node.getUserData() instanceof Integer hour) {
                    node.resizeRelocate(0, minutes(hour * 60), width, 1);
                } else if (node.getUserData() instanceof SessionItem item) {
                    double laneWidth = (width - 4) / Math.max(1, item.lanes());
                    double top = minutes(item.startMinute());
                    double height = Math.max(minutes(item.endMinute()) - top, hourHeight() / 2);
                    node.resizeRelocate(2 + item.lane() * laneWidth, top + 1, Math.max(0, laneWidth - 2), height - 2);
                }
            }
        }
    }
}
