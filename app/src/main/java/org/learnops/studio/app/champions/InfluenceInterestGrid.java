package org.learnops.studio.app.champions;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.domain.stakeholder.StakeholderRules;
import org.learnops.studio.domain.stakeholder.Stance;

/**
 * The influence/interest grid: interest left to right, influence bottom to top, one chip per
 * stakeholder coloured by stance. A chip is dragged to another cell (a press-drag-release
 * gesture, so it works the same with a mouse, a touch pad and a test robot) or moved with the
 * arrow keys; either way the ViewModel's {@code move} does the rest.
 */
final class InfluenceInterestGrid extends GridPane {

    private static final int MIN = StakeholderRules.MIN_RATING;
    private static final int MAX = StakeholderRules.MAX_RATING;
    private static final int SIZE = MAX - MIN + 1;
    private static final double CELL_PREF_WIDTH = 150;
    /** The cell's padding on both sides (see grid-cell in app.css). */
    private static final double CELL_PADDING = 12;

    private final ChampionsViewModel viewModel;
    private final Messages messages;
    private final FlowPane[][] cells = new FlowPane[SIZE][SIZE];
    private final Map<StakeholderRowViewModel, Label> chips = new IdentityHashMap<>();

    InfluenceInterestGrid(ChampionsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        getStyleClass().add("influence-interest-grid");
        setId("influenceInterestGrid");
        setHgap(3);
        setVgap(3);
        ColumnConstraints axisColumn = new ColumnConstraints();
        axisColumn.setMinWidth(Region.USE_PREF_SIZE); // "Influence 5" is never cut, even in presentation mode
        getColumnConstraints().add(axisColumn);
        for (int i = 0; i < SIZE; i++) {
            ColumnConstraints column = new ColumnConstraints(90, CELL_PREF_WIDTH, Double.MAX_VALUE);
            column.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(column);
        }
        for (int i = 0; i < SIZE; i++) {
            RowConstraints row = new RowConstraints(56, 76, Double.MAX_VALUE);
            row.setVgrow(Priority.ALWAYS);
            getRowConstraints().add(row);
        }
        for (int influence = MAX; influence >= MIN; influence--) {
            Label axis = new Label(messages.get("champions.grid.influenceValue", influence));
            axis.getStyleClass().add("matrix-axis");
            add(axis, 0, MAX - influence);
            for (int interest = MIN; interest <= MAX; interest++) {
                add(cell(influence, interest), interest, MAX - influence);
            }
        }
        for (int interest = MIN; interest <= MAX; interest++) {
            Label axis = new Label(messages.get("champions.grid.interestValue", interest));
            axis.getStyleClass().add("matrix-axis");
            GridPane.setHalignment(axis, HPos.CENTER);
            add(axis, interest, SIZE);
        }
        add(legend(), 1, SIZE + 1, SIZE, 1);
        setAlignment(Pos.TOP_LEFT);

        ObservableList<StakeholderRowViewModel> stakeholders = viewModel.stakeholders();
        stakeholders.forEach(this::addChip);
        stakeholders.addListener((ListChangeListener<StakeholderRowViewModel>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::removeChip);
                change.getAddedSubList().forEach(this::addChip);
            }
        });
        viewModel.selectedStakeholderProperty().addListener((observable, old, selected) -> {
            if (old != null && chips.containsKey(old)) {
                chips.get(old).getStyleClass().remove("selected");
            }
            if (selected != null && chips.containsKey(selected)) {
                chips.get(selected).getStyleClass().add("selected");
            }
        });
    }

    private FlowPane cell(int influence, int interest) {
        FlowPane cell = new FlowPane(4, 4);
        cell.getStyleClass().add("grid-cell");
        cell.setId("cell-" + influence + "-" + interest);
        // A fixed preferred width: long chips must not widen their column.
        cell.setMinWidth(0);
        cell.setPrefWidth(CELL_PREF_WIDTH);
        cell.setOnMouseDragEntered(event -> cell.getStyleClass().add("drop-target"));
        cell.setOnMouseDragExited(event -> cell.getStyleClass().remove("drop-target"));
        cell.setOnMouseDragReleased(event -> drop(event, influence, interest));
        cells[influence - MIN][interest - MIN] = cell;
        return cell;
    }

    private void drop(MouseDragEvent event, int influence, int interest) {
        cells[influence - MIN][interest - MIN].getStyleClass().remove("drop-target");
        if (event.getGestureSource() instanceof Label chip && chip.getUserData() instanceof StakeholderRowViewModel row) {
            chip.getStyleClass().remove("dragging");
            viewModel.move(row, influence, interest);
            chip.requestFocus();
            event.consume();
        }
    }

    private HBox legend() {
        HBox legend = new HBox(6);
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.getStyleClass().add("grid-legend");
        Label text = new Label(messages.get("champions.grid.legend"));
        text.getStyleClass().add("matrix-legend");
        legend.getChildren().add(text);
        for (Stance stance : Stance.values()) {
            Label sample = new Label(messages.get(stance.messageKey()));
            sample.getStyleClass().addAll("stakeholder-chip", stanceClass(stance));
            legend.getChildren().add(sample);
        }
        return legend;
    }

    private static String stanceClass(Stance stance) {
        return "stance-" + stance.name().toLowerCase(Locale.ROOT);
    }

    private void addChip(StakeholderRowViewModel row) {
        Label chip = new Label();
        chip.textProperty().bind(row.nameProperty());
        chip.setId("chip-" + row.id());
        chip.setUserData(row);
        chip.getStyleClass().add("stakeholder-chip");
        chip.setFocusTraversable(true);
        chip.setTooltip(new Tooltip());
        ChangeListener<Object> restyle = (observable, old, now) -> style(chip, row);
        row.stanceProperty().addListener(restyle);
        row.nameProperty().addListener(restyle);
        ChangeListener<Integer> replace = (observable, old, now) -> place(chip, row);
        row.influenceProperty().addListener(replace);
        row.interestProperty().addListener(replace);
        chip.getProperties().put("listeners", List.of(restyle, replace));
        style(chip, row);

        chip.setOnDragDetected(event -> {
            chip.startFullDrag();
            chip.getStyleClass().add("dragging");
            viewModel.selectedStakeholderProperty().set(row);
        });
        chip.setOnMouseDragReleased(event -> chip.getStyleClass().remove("dragging"));
        chip.setOnMouseReleased(event -> chip.getStyleClass().remove("dragging"));
        chip.setOnMouseClicked(event -> chip.requestFocus());
        chip.focusedProperty().addListener((observable, was, focused) -> {
            if (focused) {
                viewModel.selectedStakeholderProperty().set(row);
            }
        });
        chip.setOnKeyPressed(event -> {
            int influence = row.influenceProperty().get();
            int interest = row.interestProperty().get();
            KeyCode key = event.getCode();
            if (key == KeyCode.UP || key == KeyCode.DOWN || key == KeyCode.LEFT || key == KeyCode.RIGHT) {
                viewModel.move(row,
                        influence + (key == KeyCode.UP ? 1 : key == KeyCode.DOWN ? -1 : 0),
                        interest + (key == KeyCode.RIGHT ? 1 : key == KeyCode.LEFT ? -1 : 0));
                chip.requestFocus();
                event.consume();
            }
        });
        if (row == viewModel.selectedStakeholderProperty().get()) {
            chip.getStyleClass().add("selected");
        }
        chips.put(row, chip);
        place(chip, row);
    }

    @SuppressWarnings("unchecked")
    private void removeChip(StakeholderRowViewModel row) {
        Label chip = chips.remove(row);
        if (chip == null) {
            return;
        }
        List<ChangeListener<?>> listeners = (List<ChangeListener<?>>) chip.getProperties().get("listeners");
        row.stanceProperty().removeListener((ChangeListener<Object>) listeners.get(0));
        row.nameProperty().removeListener((ChangeListener<Object>) listeners.get(0));
        row.influenceProperty().removeListener((ChangeListener<Integer>) listeners.get(1));
        row.interestProperty().removeListener((ChangeListener<Integer>) listeners.get(1));
        chip.textProperty().unbind();
        if (chip.getParent() instanceof FlowPane cell) {
            cell.getChildren().remove(chip);
        }
    }

    private void style(Label chip, StakeholderRowViewModel row) {
        chip.getStyleClass().removeIf(style -> style.startsWith("stance-"));
        Stance stance = row.stanceProperty().get();
        chip.getStyleClass().add(stanceClass(stance));
        String text = messages.get("champions.grid.chip", row.nameProperty().get().strip(), messages.get(stance.messageKey()),
                row.influenceProperty().get(), row.interestProperty().get());
        chip.getTooltip().setText(text);
        chip.setAccessibleText(text);
    }

    /** Puts the chip into the cell of its ratings, after the chips already there. */
    private void place(Label chip, StakeholderRowViewModel row) {
        boolean hadFocus = chip.isFocused();
        if (chip.getParent() instanceof FlowPane old) {
            old.getChildren().remove(chip);
        }
        if (!row.isOnGrid()) {
            return;
        }
        FlowPane cell = cells[row.influenceProperty().get() - MIN][row.interestProperty().get() - MIN];
        chip.maxWidthProperty().bind(cell.widthProperty().subtract(CELL_PADDING));
        cell.getChildren().add(chip);
        style(chip, row);
        if (hadFocus) {
            chip.requestFocus();
        }
    }
}
