package id.go.tangerangkota.puspaga.layanan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.junit.jupiter.api.Test;

/**
 * The diagram as bpmn-js (Modeler and Cockpit) draws it: every element drawn, every external label
 * (events, gateways, named flows) placed in the diagram interchange, and no label on a shape or on
 * another label. A label's box is what bpmn-js fills: its declared width, and the lines its text
 * wraps to at that width (Arial 11px: about 6 px a character, 14 px a line), if taller than declared.
 */
class ModelLayoutTest {

  private static final double CHAR_WIDTH = 6.0;
  private static final double LINE_HEIGHT = 14.0;
  /** bpmn-js draws a label's text a few pixels off its declared box (seen in Cockpit): keep that clear too. */
  private static final double MARGIN = 4.0;

  private final BpmnModelInstance model =
      Bpmn.readModelFromFile(new File("processes/" + LayananInformasi.PROCESS_KEY + ".bpmn"));

  record Box(String owner, double x, double y, double width, double height) {
    boolean overlaps(Box other) {
      return x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height;
    }

    boolean inside(Box other) {
      return x >= other.x && y >= other.y && x + width <= other.x + other.width && y + height <= other.y + other.height;
    }
  }

  @Test
  void drawsEveryElementOfTheModel() {
    List<String> missing = new ArrayList<>();
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      boolean drawn = element instanceof SequenceFlow
          ? model.getModelElementsByType(BpmnEdge.class).stream().anyMatch(e -> e.getBpmnElement() == element)
          : !(element instanceof FlowNode) || shapeOf(element) != null;
      if (!drawn) {
        missing.add(element.getId());
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void placesEveryExternalLabelItself() {
    List<String> unplaced = new ArrayList<>();
    for (BaseElement element : labelled()) {
      if (labelBox(element) == null) {
        unplaced.add(element.getId());
      }
    }
    assertThat(unplaced).as("named events, gateways and flows without label bounds (bpmn-js would guess)").isEmpty();
  }

  @Test
  void noLabelLiesOnAShapeOrAnotherLabel() {
    List<Box> labels = labelled().stream().map(e -> labelBox(e) != null ? labelBox(e) : defaultLabelBox(e)).toList();
    List<Box> shapes = new ArrayList<>();
    List<Box> containers = new ArrayList<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      BaseElement element = shape.getBpmnElement();
      Box box = box(element.getId(), shape.getBounds());
      if (element instanceof Participant || element instanceof Lane || element instanceof SubProcess) {
        containers.add(box);
      } else {
        shapes.add(box);
      }
    }
    List<String> overlaps = new ArrayList<>();
    for (Box label : labels) {
      for (Box shape : shapes) {
        if (!shape.owner().equals(label.owner()) && label.overlaps(shape)) {
          overlaps.add("label of " + label.owner() + " on " + shape.owner());
        }
      }
      for (Box container : containers) {
        if (label.overlaps(container) && !label.inside(container)) {
          overlaps.add("label of " + label.owner() + " across the border of " + container.owner());
        }
      }
      for (Box other : labels) {
        if (other != label && label.owner().compareTo(other.owner()) < 0 && label.overlaps(other)) {
          overlaps.add("label of " + label.owner() + " on the label of " + other.owner());
        }
      }
    }
    for (Box shape : shapes) {
      for (Box other : shapes) {
        if (shape.owner().compareTo(other.owner()) < 0 && shape.overlaps(other) && !attached(shape, other)) {
          overlaps.add(shape.owner() + " on " + other.owner());
        }
      }
    }
    assertThat(overlaps).isEmpty();
  }

  private boolean attached(Box a, Box b) {
    return isBoundaryOf(a.owner(), b.owner()) || isBoundaryOf(b.owner(), a.owner());
  }

  private boolean isBoundaryOf(String boundary, String host) {
    return model.getModelElementById(boundary) instanceof BoundaryEvent event && event.getAttachedTo().getId().equals(host);
  }

  /** Elements whose name bpmn-js draws outside the shape. */
  private Collection<BaseElement> labelled() {
    List<BaseElement> elements = new ArrayList<>();
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      if ((element instanceof Event || element instanceof Gateway || element instanceof SequenceFlow)
          && element.getName() != null && !element.getName().isBlank()) {
        elements.add(element);
      }
    }
    return elements;
  }

  private Box labelBox(BaseElement element) {
    Bounds bounds = null;
    if (element instanceof SequenceFlow) {
      BpmnEdge edge = model.getModelElementsByType(BpmnEdge.class).stream().filter(e -> e.getBpmnElement() == element)
          .findFirst().orElse(null);
      bounds = edge == null || edge.getBpmnLabel() == null ? null : edge.getBpmnLabel().getBounds();
    } else {
      BpmnShape shape = shapeOf(element);
      bounds = shape == null || shape.getBpmnLabel() == null ? null : shape.getBpmnLabel().getBounds();
    }
    if (bounds == null) {
      return null;
    }
    String name = ((FlowElement) element).getName();
    double height = Math.max(bounds.getHeight(), lines(name, bounds.getWidth()) * LINE_HEIGHT);
    double longestWord = java.util.Arrays.stream(name.strip().split("\\s+")).mapToInt(String::length).max().orElse(0) * CHAR_WIDTH;
    double width = Math.max(bounds.getWidth(), longestWord);
    return new Box(element.getId(), bounds.getX() + (bounds.getWidth() - width) / 2 - MARGIN, bounds.getY() - MARGIN,
        width + 2 * MARGIN, height + 2 * MARGIN);
  }

  /**
   * Where bpmn-js puts a label the diagram does not place: 90 wide, centred 10 px below a shape, or
   * on the middle of a flow's middle segment.
   */
  private Box defaultLabelBox(BaseElement element) {
    double midX;
    double midY;
    if (element instanceof SequenceFlow) {
      BpmnEdge edge = model.getModelElementsByType(BpmnEdge.class).stream().filter(e -> e.getBpmnElement() == element)
          .findFirst().orElseThrow();
      var points = new ArrayList<>(edge.getWaypoints());
      int middle = points.size() / 2;
      var a = points.get(middle - 1);
      var b = points.get(middle);
      midX = (a.getX() + b.getX()) / 2;
      midY = (a.getY() + b.getY()) / 2;
    } else {
      Bounds shape = shapeOf(element).getBounds();
      midX = shape.getX() + shape.getWidth() / 2;
      midY = shape.getY() + shape.getHeight() + 10;
    }
    String name = ((FlowElement) element).getName();
    return new Box(element.getId(), midX - 45, midY - 10, 90, Math.max(20, lines(name, 90) * LINE_HEIGHT));
  }

  /** Lines of text at that width, words wrapped as bpmn-js does (a word longer than the line stands alone). */
  static int lines(String text, double width) {
    int lines = 1;
    double used = 0;
    for (String word : text.strip().split("\\s+")) {
      double w = word.length() * CHAR_WIDTH;
      double withSpace = used == 0 ? w : used + CHAR_WIDTH + w;
      if (used > 0 && withSpace > width) {
        lines++;
        used = w;
      } else {
        used = withSpace;
      }
    }
    return lines;
  }

  private BpmnShape shapeOf(BaseElement element) {
    return model.getModelElementsByType(BpmnShape.class).stream().filter(s -> s.getBpmnElement() == element)
        .findFirst().orElse(null);
  }

  private static Box box(String owner, Bounds bounds) {
    return new Box(owner, bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight());
  }
}
