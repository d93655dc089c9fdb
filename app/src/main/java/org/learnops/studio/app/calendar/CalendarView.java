package org.learnops.studio.app.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.ViewLoader;
import org.learnops.studio.app.calendar.CalendarViewModel.Mode;
import org.learnops.studio.app.common.Choice;
import org.learnops.studio.domain.operations.DueKind;

/**
 * The calendar screen: the month grid or the week's columns in the middle, the selected session's
 * details and "What's due" on the right. Binds to {@link CalendarViewModel} and forwards intents.
 * Keys: Page Up / Page Down (or Alt+←/→) move a period, T goes to today.
 */
public final class CalendarView {

    private static final PseudoClass CANCELLED = PseudoClass.getPseudoClass("cancelled");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass OUTSIDE = PseudoClass.getPseudoClass("outside");
    private static final PseudoClass TODAY = PseudoClass.getPseudoClass("today");
    /** Height of one chip line in a month cell, in em (measured: 19 px at 14 px type). */
    private static final double CHIP_EM = 1.4;
    /** Height of a month cell's first line, the day's number (and "+N more"), in em. */
    private static final double DAY_LINE_EM = 1.45;

    private final CalendarViewModel viewModel;
    private final Messages messages;
    private final Parent root;
    private final Locale locale;
    private final GridPane monthGrid = new GridPane();
    private final WeekGrid weekGrid;
    private final ScrollPane weekScroll;

    @FXML private BorderPane calendarRoot;
    @FXML private ToggleButton monthToggle;
    @FXML private ToggleButton weekToggle;
    @FXML private Button previousButton;
    @FXML private Button todayButton;
    @FXML private Button nextButton;
    @FXML private Label periodLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label summaryLabel;
    @FXML private ComboBox<Choice> coordinatorFilter;
    @FXML private ComboBox<Choice> roomFilter;
    @FXML private ComboBox<Choice> facilitatorFilter;
    @FXML private TextField businessAreaFilter;
    @FXML private CheckBox showCancelledCheck;
    @FXML private StackPane calendarHost;
    @FXML private Label noSelection;
    @FXML private VBox detailsContent;
    @FXML private Label detailTitle;
    @FXML private Label detailWhen;
    @FXML private Label detailRoom;
    @FXML private Label detailFacilitators;
    @FXML private Label detailStatus;
    @FXML private Button exportEventButton;
    @FXML private Button exportSeriesButton;
    @FXML private ListView<DueLine> dueList;

    public CalendarView(CalendarViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.locale = viewModel.locale();
        this.weekGrid = new WeekGrid(this::chip);
        this.weekScroll = new ScrollPane(weekGrid);
        this.root = ViewLoader.load(this, messages);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        ToggleGroup views = new ToggleGroup();
        monthToggle.setToggleGroup(views);
        weekToggle.setToggleGroup(views);
        monthToggle.setUserData(Mode.MONTH);
        weekToggle.setUserData(Mode.WEEK);
        views.selectToggle(viewModel.modeProperty().get() == Mode.MONTH ? monthToggle : weekToggle);
        views.selectedToggleProperty().addListener((observable, old, now) -> {
            if (now == null) {
                views.selectToggle(old);
            } else {
                viewModel.modeProperty().set((Mode) now.getUserData());
            }
        });
        viewModel.modeProperty().addListener((observable, old, mode) -> {
            views.selectToggle(mode == Mode.MONTH ? monthToggle : weekToggle);
            show();
        });
        previousButton.setGraphic(new FontIcon(Feather.CHEVRON_LEFT));
        nextButton.setGraphic(new FontIcon(Feather.CHEVRON_RIGHT));
        previousButton.setTooltip(new Tooltip(messages.get("calendar.previous.tooltip")));
        nextButton.setTooltip(new Tooltip(messages.get("calendar.next.tooltip")));
        todayButton.setTooltip(new Tooltip(messages.get("calendar.today.tooltip")));
        periodLabel.textProperty().bind(viewModel.periodProperty());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());

        filter(coordinatorFilter, viewModel.coordinators(), viewModel.coordinatorProperty(), "calendar.filter.coordinator");
        filter(roomFilter, viewModel.rooms(), viewModel.roomProperty(), "calendar.filter.room");
        filter(facilitatorFilter, viewModel.facilitators(), viewModel.facilitatorProperty(), "calendar.filter.facilitator");
        businessAreaFilter.textProperty().bindBidirectional(viewModel.businessAreaProperty());
        showCancelledCheck.selectedProperty().bindBidirectional(viewModel.showCancelledProperty());

        setUpMonthGrid();
        weekScroll.setFitToWidth(true);
        weekScroll.getStyleClass().add("edge-to-edge");
        weekScroll.setId("weekScroll");
        viewModel.days().addListener((ListChangeListener<DayCell>) change -> show());
        viewModel.selectedProperty().addListener((observable, old, now) -> markSelected());
        show();

        noSelection.visibleProperty().bind(viewModel.selectedProperty().isNull());
        noSelection.managedProperty().bind(noSelection.visibleProperty());
        detailsContent.visibleProperty().bind(viewModel.selectedProperty().isNotNull());
        detailsContent.managedProperty().bind(detailsContent.visibleProperty());
        detailTitle.textProperty().bind(viewModel.detailTitleProperty());
        detailWhen.textProperty().bind(viewModel.detailWhenProperty());
        detailRoom.textProperty().bind(viewModel.detailRoomProperty());
        detailFacilitators.textProperty().bind(viewModel.detailFacilitatorsProperty());
        detailStatus.textProperty().bind(viewModel.detailStatusProperty());
        detailWhen.setGraphic(new FontIcon(Feather.CLOCK));
        detailRoom.setGraphic(new FontIcon(Feather.MAP_PIN));
        detailFacilitators.setGraphic(new FontIcon(Feather.USER));
        exportEventButton.setGraphic(new FontIcon(Feather.DOWNLOAD));
        exportEventButton.disableProperty().bind(viewModel.busyProperty());
        exportSeriesButton.visibleProperty().bind(viewModel.inSeriesProperty());
        exportSeriesButton.managedProperty().bind(exportSeriesButton.visibleProperty());
        exportSeriesButton.disableProperty().bind(viewModel.busyProperty());

        dueList.setItems(viewModel.due());
        dueList.setCellFactory(list -> new DueCell());
        dueList.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                viewModel.open(dueList.getSelectionModel().getSelectedItem());
            }
        });
        dueList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.open(dueList.getSelectionModel().getSelectedItem());
            }
        });

        calendarRoot.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        calendarRoot.setUserData(viewModel); // flows reach the ViewModel to export without a native file chooser
    }

    private void keys(KeyEvent event) {
        Node focus = calendarRoot.getScene() == null ? null : calendarRoot.getScene().getFocusOwner();
        boolean typing = focus instanceof TextField || focus instanceof ComboBox<?> || focus instanceof ListView<?>;
        if (event.getCode() == KeyCode.PAGE_UP || (event.isAltDown() && event.getCode() == KeyCode.LEFT)) {
            viewModel.previous();
            event.consume();
        } else if (event.getCode() == KeyCode.PAGE_DOWN || (event.isAltDown() && event.getCode() == KeyCode.RIGHT)) {
            viewModel.next();
            event.consume();
        } else if (event.getCode() == KeyCode.T && !typing && !event.isShortcutDown() && !event.isAltDown()) {
            viewModel.today();
            event.consume();
        }
    }

    private static void filter(ComboBox<Choice> combo, javafx.collections.ObservableList<Choice> choices,
                               ObjectProperty<Choice> chosen, String tooltipKey) {
        combo.setItems(choices);
        combo.setValue(chosen.get());
        combo.getItems().addListener((ListChangeListener<Choice>) change -> combo.setValue(chosen.get()));
        combo.valueProperty().addListener((observable, old, value) -> {
            if (value != null) {
                chosen.set(value);
            }
        });
        chosen.addListener((observable, old, value) -> combo.setValue(value));
        combo.setTooltip(new Tooltip(combo.getAccessibleText()));
    }

    // --- month ---

    private void setUpMonthGrid() {
        monthGrid.getStyleClass().add("month-grid");
        monthGrid.setId("monthGrid");
        for (int column = 0; column < 7; column++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(100.0 / 7);
            constraints.setMinWidth(0);
            monthGrid.getColumnConstraints().add(constraints);
            DayOfWeek day = CalendarViewModel.FIRST_DAY.plus(column);
            Label name = new Label(day.getDisplayName(TextStyle.SHORT, locale));
            name.getStyleClass().add("calendar-weekday");
            name.setMaxWidth(Double.MAX_VALUE);
            monthGrid.add(name, column, 0);
        }
        monthGrid.getRowConstraints().add(new RowConstraints());
        for (int row = 0; row < 6; row++) {
            RowConstraints constraints = new RowConstraints();
            constraints.setVgrow(Priority.ALWAYS);
            constraints.setPercentHeight(-1);
            constraints.setMinHeight(0);
            constraints.setPrefHeight(60);
            monthGrid.getRowConstraints().add(constraints);
        }
        // How many chips fit follows the cells' height (window size, presentation mode's type size).
        monthGrid.heightProperty().addListener(changed -> fitChips());
        summaryLabel.fontProperty().addListener(changed -> fitChips());
    }

    private void fitChips() {
        double em = summaryLabel.getFont().getSize();
        double cell = (monthGrid.getHeight() - 2 * em) / 6;
        int fit = (int) Math.floor((cell - DAY_LINE_EM * em) / (CHIP_EM * em));
        viewModel.chipsPerDayProperty().set(Math.max(1, fit));
    }

    private void show() {
        // A chip that had the focus is about to be replaced: keep the keys (Page Up/Down, T) working on the calendar.
        Node focus = calendarRoot.getScene() == null ? null : calendarRoot.getScene().getFocusOwner();
        boolean focusInCalendar = focus != null && (focus.getStyleClass().contains("session-chip")
                || focus.getStyleClass().contains("more-chip"));
        if (viewModel.modeProperty().get() == Mode.MONTH) {
            fillMonth();
            calendarHost.getChildren().setAll(monthGrid);
        } else {
            weekGrid.show(viewModel.days(), locale);
            calendarHost.getChildren().setAll(weekScroll);
        }
        markSelected();
        if (focusInCalendar) {
            calendarHost.requestFocus();
        }
    }

    private void fillMonth() {
        monthGrid.getChildren().removeIf(node -> GridPane.getRowIndex(node) != null && GridPane.getRowIndex(node) > 0);
        List<DayCell> days = viewModel.days();
        if (days.size() != CalendarViewModel.MONTH_DAYS) {
            return;
        }
        for (int i = 0; i < days.size(); i++) {
            DayCell day = days.get(i);
            VBox cell = new VBox(2);
            cell.getStyleClass().add("day-cell");
            cell.setId("day-" + day.date());
            cell.pseudoClassStateChanged(OUTSIDE, !day.inMonth());
            cell.pseudoClassStateChanged(TODAY, day.today());
            cell.setMinSize(0, 0);
            Label number = new Label(day.date().getDayOfMonth() == 1
                    ? DateTimeFormatter.ofPattern("d MMM", locale).format(day.date()) : String.valueOf(day.date().getDayOfMonth()));
            number.getStyleClass().add("day-number");
            number.setMinWidth(Region.USE_PREF_SIZE);
            HBox header = new HBox(2, number);
            header.setAlignment(Pos.CENTER_LEFT);
            if (day.more() > 0) {
                Region gap = new Region();
                HBox.setHgrow(gap, Priority.ALWAYS);
                Button more = new Button(messages.get("calendar.more", day.more()));
                more.getStyleClass().addAll("flat", "more-chip");
                more.setId("more-" + day.date());
                more.setMnemonicParsing(false);
                more.setMinWidth(Region.USE_PREF_SIZE);
                more.setTooltip(new Tooltip(messages.get("calendar.more.tooltip")));
                LocalDate date = day.date();
                more.setOnAction(event -> {
                    viewModel.show(date);
                    viewModel.modeProperty().set(Mode.WEEK);
                });
                header.getChildren().addAll(gap, more);
            }
            cell.getChildren().add(header);
            for (SessionItem item : day.sessions()) {
                cell.getChildren().add(chip(item));
            }
            monthGrid.add(cell, i % 7, 1 + i / 7);
        }
    }

    /** A session's button: "09:00 Course title", struck through when cancelled. */
    private Button chip(SessionItem item) {
        Button chip = new Button(item.chip());
        chip.getStyleClass().add("session-chip");
        chip.setId("chip-" + item.sessionId());
        chip.setMnemonicParsing(false);
        chip.setMaxWidth(Double.MAX_VALUE);
        chip.setMinWidth(0);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.setUserData(item);
        chip.pseudoClassStateChanged(CANCELLED, item.isCancelled());
        chip.setTooltip(new Tooltip(item.chip() + (item.isCancelled() ? " — " + messages.get("calendar.chip.cancelled") : "")));
        chip.setOnAction(event -> viewModel.select(item));
        return chip;
    }

    private void markSelected() {
        SessionItem selected = viewModel.selectedProperty().get();
        List<Node> chips = calendarHost.lookupAll(".session-chip").stream().toList();
        for (Node chip : chips) {
            boolean on = selected != null && chip.getUserData() instanceof SessionItem item && item.sessionId() == selected.sessionId();
            chip.pseudoClassStateChanged(SELECTED, on);
        }
    }

    @FXML
    private void previous() {
        viewModel.previous();
    }

    @FXML
    private void today() {
        viewModel.today();
    }

    @FXML
    private void next() {
        viewModel.next();
    }

    @FXML
    private void exportEvent() {
        viewModel.exportEvent();
    }

    @FXML
    private void exportSeries() {
        viewModel.exportSeries();
    }

    /** A "What's due" line: the kind's icon and name, when, the course and the count. */
    private final class DueCell extends ListCell<DueLine> {
        @Override
        protected void updateItem(DueLine line, boolean empty) {
            super.updateItem(line, empty);
            if (empty || line == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            FontIcon icon = new FontIcon(icon(line.item().kind()));
            icon.getStyleClass().add("due-icon");
            Label kind = new Label(line.kind());
            kind.getStyleClass().add("due-kind");
            Label title = new Label(line.item().title());
            title.getStyleClass().add("due-title");
            title.setWrapText(true);
            Label detail = new Label(messages.get("calendar.due.detail", line.when(), line.count()));
            detail.getStyleClass().add("due-detail");
            detail.setWrapText(true);
            HBox head = new HBox(6, icon, kind);
            head.setAlignment(Pos.CENTER_LEFT);
            VBox box = new VBox(1, head, title, detail);
            box.setMaxWidth(Control.USE_PREF_SIZE);
            box.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(0, getListView().getWidth() - 28),
                    getListView().widthProperty()));
            setText(null);
            setGraphic(box);
            getStyleClass().removeAll("due-upcoming", "due-warning");
            getStyleClass().add(line.item().kind() == DueKind.UPCOMING_SESSION ? "due-upcoming" : "due-warning");
        }
    }

    private static Feather icon(DueKind kind) {
        return switch (kind) {
            case UPCOMING_SESSION -> Feather.CALENDAR;
            case BELOW_MINIMUM -> Feather.ALERT_TRIANGLE;
            case WAITLIST_WAITING -> Feather.USERS;
            case ATTENDANCE_NOT_MARKED -> Feather.CHECK_SQUARE;
        };
    }
}
