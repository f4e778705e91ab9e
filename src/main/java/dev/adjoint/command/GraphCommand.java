package dev.adjoint.command;

import dev.adjoint.files.FileKind;
import dev.adjoint.lang.LangError;
import dev.adjoint.render.Format;
import dev.adjoint.render.Symbols;
import dev.adjoint.render.graph.DotWriter;
import dev.adjoint.render.graph.GraphModel;
import dev.adjoint.render.graph.GraphPicture;
import dev.adjoint.render.graph.Graphviz;
import dev.adjoint.session.Arg;
import dev.adjoint.session.Target;
import dev.adjoint.session.report.Trace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** :graph — the DAG in the terminal, or written to a DOT, SVG, PNG or PDF file. */
final class GraphCommand implements Command {
    static final int WIDTH = 80;

    private static final CommandSpec SPEC = CommandSpec.command("graph", "draw the graph (boxes in the terminal; --out writes DOT/SVG/PNG)")
            .target().flag("edges").flag("adjoints").flag("values").option("width", "N", CommandSpec.Completion.NONE)
            .option("out", "FILE.dot|.svg|.png|.pdf", CommandSpec.Completion.FILES).option("format", "FORMAT", "text", "dot")
            .option("order", "ORDER", "depth", "creation")
            .help("""
                Draws y's graph top to bottom, one row per layer (distance from the inputs): each
                box shows the node, its definition, its value (the shape for a tensor) and, when
                y has one element, its adjoint v̄ from one reverse pass (--values leaves them out).
                Inputs have round corners, the output a heavy border. A graph too wide for the
                terminal (80 columns without one) is summarised layer by layer instead.
                  --edges     label the edges with the partial adjoints v̄i→j
                  --adjoints  the extended graph: the nodes reverse mode records when it runs
                              with create_graph (as grad(y, x) does), in double boxes — reverse
                              AD by extending the computational graph. A node g = grad(y, x1)
                              then has its own graph: :graph g draws it.
                  --out FILE  writes the picture: .dot always; .svg, .png and .pdf through
                              Graphviz's dot when it is installed (apt-get install graphviz),
                              else the DOT next to it, with a message.
                  --width N   draw for N columns instead of the terminal's width
                  --format dot prints the DOT text.
                  >>> :graph y
                  >>> :graph y --edges
                  >>> :graph y --adjoints --out extended.svg""");

    public CommandSpec spec() {
        return SPEC;
    }

    public Reply run(Request r, CommandContext ctx) {
        Target t = ctx.target(r);
        Arg out = r.option("out"), format = r.option("format"), widthWord = r.option("width");
        boolean edges = r.flag("edges"), extended = r.flag("adjoints"), values = r.flag("values");
        int columns = ctx.settings.terminalColumns.getAsInt();
        int width = columns > 0 ? columns : WIDTH;
        if (widthWord != null) {
            try {
                width = Integer.parseInt(widthWord.text());
                if (width < 20 || width > 1000) throw new NumberFormatException();
            } catch (NumberFormatException e) {
                throw new LangError("--width must be a whole number from 20 to 1000", widthWord.span());
            }
        }
        boolean scalar = t.isDifferentiableScalar();
        if ((edges || extended) && !scalar)
            throw new LangError((edges ? "--edges" : "--adjoints") + " needs a y with one element that depends on an input ("
                    + t.name() + (t.requiresGrad() ? " has shape " + t.shape() : " has no inputs") + ")", r.optionSpan(edges ? "edges" : "adjoints"));
        Trace trace = ctx.trace(r, t);
        boolean toFile = out != null || (format != null && format.text().equals("dot"));
        Symbols sym = toFile ? new Symbols(false) : ctx.settings.symbols();
        GraphModel model = GraphModel.of(trace, new GraphModel.Options(scalar && (!values || edges) ? ctx.session.reverse(trace, false) : null,
                edges, true, extended ? ctx.session.extendedGraph(trace) : null, ctx.settings.precision, sym));
        if (out != null) return Reply.text(write(model, out));
        if (toFile) return Reply.text(DotWriter.write(model));
        return Reply.of(new GraphPicture(model, width), Format.TEXT);
    }

    /** Writes the file; returns the message to show. */
    static String write(GraphModel model, Arg out) {
        Path path = dev.adjoint.files.ScriptFolder.resolve(out.text()); // in a script, beside it
        String file = path.getFileName() == null ? "" : path.getFileName().toString();
        int dot = file.lastIndexOf('.');
        String ext = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
        String dotText = DotWriter.write(model);
        String counts = " (" + model.nodes().size() + " nodes, " + model.edges().size() + " edges)";
        if (Files.exists(path) && !Files.isRegularFile(path)) // opening a FIFO would block until someone reads it
            throw new LangError(out.text() + " is " + FileKind.of(path) + "; --out writes regular files only", out.span());
        try {
            if (path.getParent() != null) Files.createDirectories(path.getParent());
            switch (ext) {
                case "dot", "gv" -> {
                    Files.writeString(path, dotText, StandardCharsets.UTF_8);
                    return "wrote " + path + counts;
                }
                case "svg", "png", "pdf" -> {
                    Path exe = Graphviz.find();
                    if (exe == null) {
                        Path dotPath = path.resolveSibling(file.substring(0, dot) + ".dot");
                        Files.writeString(dotPath, dotText, StandardCharsets.UTF_8);
                        return "Graphviz's dot is not installed, so no " + ext.toUpperCase(Locale.ROOT) + " (install it: apt-get install graphviz);"
                                + " wrote the DOT to " + dotPath + counts + " instead";
                    }
                    Graphviz.render(exe, dotText, ext, path);
                    return "wrote " + path + counts;
                }
                default -> throw new LangError("--out needs a file ending in .dot, .svg, .png or .pdf, got '" + out.text() + "'", out.span());
            }
        } catch (IOException e) {
            throw new LangError("cannot write " + out.text() + ": " + e.getMessage(), out.span());
        }
    }
}
