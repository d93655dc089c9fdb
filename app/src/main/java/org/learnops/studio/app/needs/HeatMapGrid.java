package org.learnops.studio.app.needs;

import java.util.Objects;
import java.util.Optional;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.domain.needs.HeatMap;
import org.learnops.studio.domain.needs.NeedsGroup;
import org.learnops.studio.domain.scope.ActivityArea;

/**
 * The heat map of {@link NeedsAnalysisViewModel#heatMapProperty()}: one row per area (with its
 * Ctrl+n shortcut, so it doubles as the capture legend), one column per group, big numbers on a
 * five-step colour scale. Clicking a cell (or Space/Enter on it) filters the findings list.
 */
final class HeatMapGrid extends VBox {

    private final NeedsAnalysisViewModel viewModel;
    private final Messages messages;
    private final GridPane grid = new GridPane();

    HeatMapGrid(NeedsAnalysisViewModel viewModel, Messages messages) {
        super(8);
        this.viewModel = viewModel;
        this.messages = messages;
        setId("heatMap");
        getStyleClass().add("heat-map");
        grid.setHgap(4);
        grid.setVgap(4);
        ColumnConstraints names = new ColumnConstraints();
        names.setPercentWidth(43);
        grid.getColumnConstraints().add(names);
        for (int i = 0; i < NeedsGroup.values().length; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(57.0 / NeedsGroup.values().length);
            column.setHalignment(HPos.CENTER);
            column.setFillWidth(true);
            grid.getColumnConstraints().add(column);
        }
        Label note = muted(messages.get("needs.heatMap.note"));
        note.setWrapText(true);
        getChildren().setAll(grid, legend(), note);
    }

    private HBox legend() {
        HBox scale = new HBox(3);
        scale.setAlignment(Pos.CENTER_LEFT);
        scale.getChildren().add(muted(messages.get("needs.heatMap.fewer")));
        for (int level = 0; level <= HeatMap.LEVELS; level++) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("heat-swatch", "heat-level-" + level);
            scale.getChildren().add(swatch);
        }
        scale.getChildren().add(muted(messages.get("needs.heatMap.more")));
        return scale;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("heat-note");
        return label;
    }

    void show() {
        HeatMap map = viewModel.heatMapProperty().get();
        HeatMap.Measure measure = viewModel.measureProperty().get();
        HeatMap.Key filter = viewModel.filterProperty().get();
        grid.getChildren().clear();
        NeedsGroup[] groups = NeedsGroup.values();
        for (int column = 0; column < groups.length; column++) {
            Label header = new Label(messages.get(groups[column].messageKey()));
            header.getStyleClass().add("heat-column-header");
            header.setWrapText(true);
            header.setAlignment(Pos.CENTER);
            header.setMaxWidth(Double.MAX_VALUE);
            grid.add(header, column + 1, 0);
        }
        int rowIndex = 1;
        for (HeatMap.Row row : map.rows()) {
            grid.add(rowHeader(row.area()), 0, rowIndex);
            for (HeatMap.Cell cell : row.cells()) {
                grid.add(cell(map, cell, measure, row.area(), cell.key().equals(filter)),
                        cell.key().group().ordinal() + 1, rowIndex);
            }
            rowIndex++;
        }
    }

    private HBox rowHeader(Optional<ActivityArea> area) {
        long id = area.map(ActivityArea::id).orElse(NeedsAnalysisViewModel.NONE);
        int number = area.isPresent() ? viewModel.shortcutNumber(id) : 0;
        boolean hasShortcut = area.isEmpty() || number > 0;
        // Just the digit, to leave the name room on a projector; the tooltip and the hint say Ctrl+digit.
        Label key = new Label(Integer.toString(number));
        key.getStyleClass().add("heat-key");
        key.setVisible(hasShortcut);
        key.setMinWidth(Region.USE_PREF_SIZE);
        if (hasShortcut) {
            key.setTooltip(new Tooltip(messages.get("needs.heatMap.key", new KeyCodeCombination(
                    KeyCode.values()[KeyCode.DIGIT0.ordinal() + number], KeyCombination.SHORTCUT_DOWN).getDisplayText())));
        }
        Label name = new Label(area.map(viewModel::areaName).orElse(messages.get("needs.area.none")));
        name.getStyleClass().add("heat-row-name");
        name.setWrapText(true);
        HBox header = new HBox(6, key, name);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("heat-row-header");
        if (Objects.equals(id, viewModel.captureAreaProperty().get())) {
            header.getStyleClass().add("heat-row-sticky");
        }
        return header;
    }

    private Button cell(HeatMap map, HeatMap.Cell cell, HeatMap.Measure measure, Optional<ActivityArea> area,
                        boolean selected) {
        int value = cell.value(measure);
        Button button = new Button(value == 0 ? "–" : Integer.toString(value));
        button.setId("heat-" + area.map(HeatMapGrid::key).orElse("none") + "-" + cell.key().group().name());
        button.getStyleClass().setAll("heat-cell", "heat-level-" + map.level(cell, measure));
        if (selected) {
            button.getStyleClass().add("heat-selected");
        }
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMaxHeight(Double.MAX_VALUE);
        GridPane.setHgrow(button, Priority.ALWAYS);
        String description = messages.get("needs.heatMap.cell",
                area.map(viewModel::areaName).orElse(messages.get("needs.area.none")),
                messages.get(cell.key().group().messageKey()), cell.count(), cell.totalSeverity());
        button.setTooltip(new Tooltip(description));
        button.setAccessibleText(description);
        button.setOnAction(event -> viewModel.filterBy(cell.key()));
        return button;
    }

    /** A stable id part for an area: the built-in area's name, or {@code custom-<id>}. */
    private static String key(ActivityArea area) {
        return area.builtIn() == null ? "custom-" + area.id() : area.builtIn().name();
    }
}
