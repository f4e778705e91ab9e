package dev.adjoint.render.graph;

/**
 * :graph's answer as data: what the picture shows and how wide it may be drawn. Text is the box
 * drawing ({@link BoxDrawing}), or the layer summary when it does not fit; a front-end that can
 * show images draws the same model as SVG instead ({@link DotWriter} through Graphviz).
 */
public record GraphPicture(GraphModel model, int width) {
    /** Boxes for a terminal of {@link #width} columns. */
    public String text(boolean ascii, boolean color) {
        return BoxDrawing.draw(model, width, ascii, color);
    }

    public String dot() {
        return DotWriter.write(model);
    }
}
