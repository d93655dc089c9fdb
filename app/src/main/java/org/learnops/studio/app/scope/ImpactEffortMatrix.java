package org.learnops.studio.app.scope;

import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.domain.scope.ScopeRules;

/**
 * Places the activity areas on a 5 × 5 grid: effort left to right, impact bottom to top. The
 * drain corner (high effort, low impact, {@link ScopeRules#looksLikeDrain}) is shaded, and so is
 * the quick-win corner opposite it. Out-of-scope areas are shown faded.
 */
final class ImpactEffortMatrix extends GridPane {

    private static final int SIZE = ScopeRules.MAX_RATING - ScopeRules.MIN_RATING + 1;
    private static final double CELL_PREF_WIDTH = 150;
    /** The cell's padding on both sides (see matrix-cell in app.css). */
    private static final double CELL_PADDING = 12;
    private final FlowPane[][] cells = new FlowPane[SIZE][SIZE];

    ImpactEffortMatrix(Messages messages) {
        getStyleClass().add("impact-effort-matrix");
        setId("impactEffortMatrix");
        setHgap(3);
        setVgap(3);
        getColumnConstraints().add(new ColumnConstraints(70));
        for (int i = 0; i < SIZE; i++) {
            ColumnConstraints column = new ColumnConstraints(120, CELL_PREF_WIDTH, Double.MAX_VALUE);
            column.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(column);
        }
        for (int i = 0; i < SIZE; i++) {
            getRowConstraints().add(new RowConstraints(64, 72, Double.MAX_VALUE));
        }
        for (int impact = ScopeRules.MAX_RATING; impact >= ScopeRules.MIN_RATING; impact--) {
            int row = ScopeRules.MAX_RATING - impact;
            Label axis = new Label(messages.get("scope.matrix.impactValue", impact));
            axis.getStyleClass().add("matrix-axis");
            add(axis, 0, row);
            for (int effort = ScopeRules.MIN_RATING; effort <= ScopeRules.MAX_RATING; effort++) {
                FlowPane cell = new FlowPane(4, 4);
                cell.getStyleClass().add("matrix-cell");
                // A fixed preferred width: long chips must not widen their column.
                cell.setMinWidth(0);
                cell.setPrefWidth(CELL_PREF_WIDTH);
                if (ScopeRules.looksLikeDrain(impact, effort)) {
                    cell.getStyleClass().add("matrix-drain");
                } else if (ScopeRules.looksLikeDrain(SIZE + 1 - impact, SIZE + 1 - effort)) {
                    cell.getStyleClass().add("matrix-quick-win");
                }
                cells[impact - 1][effort - 1] = cell;
                add(cell, effort, row);
            }
        }
        for (int effort = ScopeRules.MIN_RATING; effort <= ScopeRules.MAX_RATING; effort++) {
            Label axis = new Label(messages.get("scope.matrix.effortValue", effort));
            axis.getStyleClass().add("matrix-axis");
            GridPane.setHalignment(axis, HPos.CENTER);
            add(axis, effort, SIZE);
        }
        Label legend = new Label(messages.get("scope.matrix.legend"));
        legend.getStyleClass().add("matrix-legend");
        legend.setWrapText(true);
        add(new VBox(legend), 1, SIZE + 1, SIZE, 1);
        setAlignment(Pos.TOP_LEFT);
    }

    void show(List<AreaRowViewModel> areas) {
        for (FlowPane[] row : cells) {
            for (FlowPane cell : row) {
                cell.getChildren().clear();
            }
        }
        for (AreaRowViewModel area : areas) {
            Integer impact = area.impactProperty().get();
            Integer effort = area.effortProperty().get();
            if (impact == null || effort == null || impact < ScopeRules.MIN_RATING || impact > ScopeRules.MAX_RATING
                    || effort < ScopeRules.MIN_RATING || effort > ScopeRules.MAX_RATING) {
                continue;
            }
            Label chip = new Label(area.displayNameProperty().get());
            chip.getStyleClass().add("matrix-chip");
            chip.getStyleClass().add(area.inScopeProperty().get() ? "in-scope" : "out-of-scope");
            chip.setId("matrix-" + area.key());
            chip.setTooltip(new Tooltip(chip.getText()));
            // Long names end in "…" inside their cell (the tooltip has the whole name).
            FlowPane cell = cells[impact - 1][effort - 1];
            chip.maxWidthProperty().bind(cell.widthProperty().subtract(CELL_PADDING));
            cell.getChildren().add(chip);
        }
    }
}
