package org.learnops.studio.app.artefacts;

import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Background;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.domain.artefacts.Direction;
import org.learnops.studio.domain.artefacts.EcosystemMap;
import org.learnops.studio.domain.artefacts.SystemType;

/**
 * The learning ecosystem map: each system a box (icon and type shown) the user drags, or moves
 * with the arrow keys; each integration an arrow (both ends for two-way) labelled with its data.
 * Dragging only shifts the box on screen; the drop goes to {@link ArtefactsViewModel#moveSystem},
 * which saves it as one undo step.
 */
public final class EcosystemDiagram extends Pane {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final double KEY_STEP = 10;
    private static final double ARROW = 11;

    private final ArtefactsViewModel viewModel;
    private final Messages messages;
    private final Pane lines = new Pane();
    private final Pane boxes = new Pane();
    private final Map<Long, Region> boxById = new HashMap<>();
    private double pressX;
    private double pressY;

    public EcosystemDiagram(ArtefactsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        setId("ecosystemDiagram");
        getStyleClass().add("ecosystem-diagram");
        lines.setManaged(false);
        lines.setMouseTransparent(true);
        getChildren().addAll(lines, boxes);
        viewModel.systems().addListener((ListChangeListener<SystemRow>) change -> rebuild());
        viewModel.integrations().addListener((ListChangeListener<IntegrationRow>) change -> rebuild());
        viewModel.selectedSystemProperty().addListener((observable, old, row) -> boxById.forEach((id, box) ->
                box.pseudoClassStateChanged(SELECTED, row != null && row.id() == id)));
        rebuild();
    }

    /** The box of a system, as tests and the keyboard find it. */
    Region box(long systemId) {
        return boxById.get(systemId);
    }

    private void rebuild() {
        boxes.getChildren().clear();
        boxById.clear();
        for (SystemRow row : viewModel.systems()) {
            Region box = systemBox(row);
            boxById.put(row.id(), box);
            boxes.getChildren().add(box);
        }
        lines.getChildren().clear();
        for (IntegrationRow row : viewModel.integrations()) {
            Region from = boxById.get(row.fromProperty().get().id());
            Region to = boxById.get(row.toProperty().get().id());
            if (from != null && to != null && from != to) {
                lines.getChildren().add(arrow(row, from, to));
            }
        }
    }

    private Region systemBox(SystemRow row) {
        FontIcon icon = new FontIcon(icon(row.typeProperty().get()));
        icon.getStyleClass().add("system-icon");
        Label type = new Label(messages.get(row.typeProperty().get().messageKey()), icon);
        type.getStyleClass().add("system-type");
        Label name = new Label(row.nameProperty().get());
        name.getStyleClass().add("system-name");
        name.setWrapText(true);
        VBox box = new VBox(4, type, name);
        box.setId("system-" + row.id());
        box.getStyleClass().add("system-box");
        box.setPrefSize(EcosystemMap.BOX_WIDTH, EcosystemMap.BOX_HEIGHT);
        box.setMinSize(EcosystemMap.BOX_WIDTH, EcosystemMap.BOX_HEIGHT);
        box.setMaxSize(EcosystemMap.BOX_WIDTH, EcosystemMap.BOX_HEIGHT);
        box.setFocusTraversable(true);
        box.setAccessibleText(messages.get("artefacts.map.box", row.nameProperty().get(),
                messages.get(row.typeProperty().get().messageKey())));
        Tooltip.install(box, new Tooltip(messages.get("artefacts.map.box.tooltip")));
        box.layoutXProperty().bind(row.xProperty());
        box.layoutYProperty().bind(row.yProperty());
        box.pseudoClassStateChanged(SELECTED, viewModel.selectedSystemProperty().get() == row);

        box.setOnMousePressed(event -> {
            if (event.getButton() != MouseButton.PRIMARY) {
                return;
            }
            pressX = event.getSceneX();
            pressY = event.getSceneY();
            box.toFront();
            box.requestFocus();
            viewModel.selectedSystemProperty().set(row);
            event.consume();
        });
        box.setOnMouseDragged(event -> {
            if (event.getButton() != MouseButton.PRIMARY) {
                return;
            }
            // Never past the top or left edge; the map grows to the right and down.
            box.setTranslateX(Math.max(-row.xProperty().get(), event.getSceneX() - pressX));
            box.setTranslateY(Math.max(-row.yProperty().get(), event.getSceneY() - pressY));
            event.consume();
        });
        box.setOnMouseReleased(event -> {
            double x = row.xProperty().get() + box.getTranslateX();
            double y = row.yProperty().get() + box.getTranslateY();
            box.setTranslateX(0);
            box.setTranslateY(0);
            viewModel.moveSystem(row, x, y);
            event.consume();
        });
        box.setOnKeyPressed(event -> {
            double dx = event.getCode() == KeyCode.LEFT ? -KEY_STEP : event.getCode() == KeyCode.RIGHT ? KEY_STEP : 0;
            double dy = event.getCode() == KeyCode.UP ? -KEY_STEP : event.getCode() == KeyCode.DOWN ? KEY_STEP : 0;
            if (dx != 0 || dy != 0) {
                viewModel.selectedSystemProperty().set(row);
                viewModel.moveSystem(row, row.xProperty().get() + dx, row.yProperty().get() + dy);
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE) {
                viewModel.deleteSystem(row);
                event.consume();
            }
        });
        return box;
    }

    private static Ikon icon(SystemType type) {
        return switch (type) {
            case LMS -> Feather.BOOK_OPEN;
            case LXP -> Feather.COMPASS;
            case HRIS -> Feather.USERS;
            case AUTHORING_TOOL -> Feather.EDIT_3;
            case VIRTUAL_CLASSROOM -> Feather.VIDEO;
            case CONTENT_VENDOR -> Feather.PACKAGE;
            case OTHER -> Feather.BOX;
        };
    }

    /** A line between the two boxes' edges, an arrow head at the receiving end (both for two-way), the data in the middle. */
    private Group arrow(IntegrationRow row, Region from, Region to) {
        Line line = new Line();
        line.getStyleClass().add("integration-line");
        Polygon head = new Polygon();
        head.getStyleClass().add("integration-arrow");
        Polygon tail = new Polygon();
        tail.getStyleClass().add("integration-arrow");
        tail.setVisible(row.directionProperty().get() == Direction.TWO_WAY);
        Label data = new Label(row.dataProperty().get());
        data.getStyleClass().add("integration-label");
        data.setVisible(!row.dataProperty().get().isBlank());
        data.setPadding(new Insets(1, 5, 1, 5));
        Group group = new Group(line, head, tail, data);
        group.setId("integration-" + row.id());
        InvalidationListener layout = observable -> {
            Bounds a = from.getBoundsInParent();
            Bounds b = to.getBoundsInParent();
            double ax = a.getCenterX();
            double ay = a.getCenterY();
            double bx = b.getCenterX();
            double by = b.getCenterY();
            double[] start = edge(ax, ay, bx - ax, by - ay, a);
            double[] end = edge(bx, by, ax - bx, ay - by, b);
            line.setStartX(start[0]);
            line.setStartY(start[1]);
            line.setEndX(end[0]);
            line.setEndY(end[1]);
            head.getPoints().setAll(arrowHead(end[0], end[1], start[0], start[1]));
            tail.getPoints().setAll(arrowHead(start[0], start[1], end[0], end[1]));
            data.autosize();
            data.relocate((start[0] + end[0]) / 2 - data.getWidth() / 2, (start[1] + end[1]) / 2 - data.getHeight() / 2);
        };
        from.boundsInParentProperty().addListener(layout);
        to.boundsInParentProperty().addListener(layout);
        data.widthProperty().addListener(layout);
        layout.invalidated(null);
        return group;
    }

    /** Where the ray from a box's centre in direction (dx, dy) leaves the box. */
    private static double[] edge(double cx, double cy, double dx, double dy, Bounds box) {
        double halfW = box.getWidth() / 2;
        double halfH = box.getHeight() / 2;
        if (dx == 0 && dy == 0) {
            return new double[] {cx, cy};
        }
        double scale = Math.min(dx == 0 ? Double.MAX_VALUE : halfW / Math.abs(dx),
                dy == 0 ? Double.MAX_VALUE : halfH / Math.abs(dy));
        return new double[] {cx + dx * scale, cy + dy * scale};
    }

    private static Double[] arrowHead(double tipX, double tipY, double fromX, double fromY) {
        double angle = Math.atan2(tipY - fromY, tipX - fromX);
        double spread = Math.toRadians(25);
        return new Double[] {tipX, tipY,
            tipX - ARROW * Math.cos(angle - spread), tipY - ARROW * Math.sin(angle - spread),
            tipX - ARROW * Math.cos(angle + spread), tipY - ARROW * Math.sin(angle + spread)};
    }

    /** The map as a picture, on its own background (FX thread). */
    public BufferedImage picture() {
        SnapshotParameters parameters = new SnapshotParameters();
        Background background = getBackground();
        if (background != null && !background.getFills().isEmpty()) {
            parameters.setFill(background.getFills().get(0).getFill());
        }
        return SwingFXUtils.fromFXImage(snapshot(parameters, null), null);
    }
}
