package dev.adjoint.command;

import dev.adjoint.files.OsErrorText;
import dev.adjoint.files.OutputFile;
import dev.adjoint.lang.LangError;
import dev.adjoint.render.Format;
import dev.adjoint.render.Symbols;
import dev.adjoint.render.graph.BoxDrawing;
import dev.adjoint.render.graph.DotWriter;
import dev.adjoint.render.graph.GraphModel;
import dev.adjoint.render.graph.GraphPicture;
import dev.adjoint.render.graph.Graphviz;
import dev.adjoint.session.Arg;
import dev.adjoint.session.MemoryBudget;
import dev.adjoint.session.Target;
import dev.adjoint.session.report.LayerProfile;
import dev.adjoint.session.report.Trace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** :graph — the DAG in the terminal, or written to a DOT, SVG, PNG or PDF file. */
final class GraphCommand implements Command {
    static final int WIDTH = 80;

    private static final CommandSpec SPEC = CommandSpec.command("graph", "draw the graph (boxes in the terminal; --out writes DOT/SVG/PNG)")
            .target().flag("all").flag("edges").flag("adjoints").flag("values").option("width", "N", CommandSpec.Completion.NONE)
            .option("out", "FILE.dot|.svg|.png|.pdf", CommandSpec.Completion.FILES).formats(Format.TEXT, Format.MARKDOWN, Format.LATEX, Format.JSON).alsoFormat("dot")
            .option("order", "ORDER", "depth", "creation").flag("force")
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
                              else the DOT next to it, with a message. Missing folders
                              are made; an existing file is replaced only with --force;
                              only regular files are written.
                  --width N   draw for N columns instead of the terminal's width
                  --format markdown  a Mermaid flowchart in a ```mermaid fence (GitHub, GitLab,
                              JupyterLab and Notebook 7 draw it)
                  --format latex     a TikZ picture (\\usepackage{tikz}, amsmath), for slides
                  --format json      nodes (id, op, name, kind, layer, inputs, shape, value,
                              adjoint) and edges (from, to, partial_adjoint), constants too
                  --format dot       the DOT text
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
        if (out != null) extension(out); // before any work, and before anything is created
        boolean dot = format != null && format.text().equals("dot"), toFile = out != null || dot;
        Format f = toFile ? Format.TEXT : ctx.format(r, SPEC);
        if (!toFile && !extended && f == Format.TEXT) { // too many nodes to draw: the summary, from the graph itself (no trace of millions of rows)
            LayerProfile layers = ctx.session.layers(t);
            if (layers.nodes() > BoxDrawing.MAX_NODES) return Reply.of(layers, Format.TEXT);
        }
        Trace trace = ctx.trace(r, t);
        MemoryBudget.check(trace.nodes().size(), 3500, ":graph" + (out != null ? " --out" : toFile ? " --format dot" : f != Format.TEXT ? " --format " + f.label() : " --adjoints") + " on a graph");
        Symbols sym = toFile || f != Format.TEXT ? new Symbols(false) : ctx.settings.symbols();
        boolean adjoints = scalar && (f == Format.JSON || !values || edges); // JSON is data: the adjoints whenever there are some
        GraphModel model = GraphModel.of(trace, new GraphModel.Options(adjoints ? ctx.session.reverse(trace, false) : null,
                edges, f != Format.JSON, extended ? ctx.session.extendedGraph(trace) : null, ctx.settings.precision, sym));
        if (out != null) return Reply.text(write(model, out, r.flag("force")));
        if (toFile) return Reply.text(DotWriter.write(model));
        return Reply.of(new GraphPicture(model, width), f);
    }

    /**
     * Writes the file; returns the message to show. The extension is checked before anything is
     * created; the file goes through {@link OutputFile} (regular files only, never replaced
     * without --force, a temporary file renamed into place), and Graphviz writes to that
     * temporary file, by its absolute path, so a name starting with "-" can never read as an option.
     */
    static String write(GraphModel model, Arg out, boolean force) {
        Path path = FileNames.path(out);
        String file = path.getFileName().toString(), ext = extension(out);
        int dot = file.lastIndexOf('.');
        String counts = " (" + model.nodes().size() + " nodes, " + model.edges().size() + " edges)";
        Path exe = ext.equals("dot") || ext.equals("gv") ? null : Graphviz.find();
        if (exe == null && !ext.equals("dot") && !ext.equals("gv")) {
            Path dotPath = path.resolveSibling(file.substring(0, dot) + ".dot");
            writeText(dotPath, DotWriter.write(model), force, out);
            return "Graphviz's dot is not installed, so no " + ext.toUpperCase(Locale.ROOT) + " (install it: apt-get install graphviz);"
                    + " wrote the DOT to " + dotPath + counts + " instead";
        }
        if (exe == null) {
            writeText(path, DotWriter.write(model), force, out);
            return "wrote " + path + counts;
        }
        try (OutputFile f = OutputFile.open(path, path.toString(), force, true)) {
            Graphviz.render(exe, DotWriter.write(model), ext, f.temp());
            f.commit();
        } catch (OutputFile.Refused e) {
            throw new LangError(e.getMessage(), out.span());
        } catch (IOException e) {
            throw new LangError("cannot write " + path + ": " + OsErrorText.of(e), out.span());
        }
        return "wrote " + path + counts;
    }

    /** The lower-case extension of an --out name, which must be one adjoint writes. */
    static String extension(Arg out) {
        Path path = FileNames.path(out);
        String file = path.getFileName() == null ? "" : path.getFileName().toString();
        int dot = file.lastIndexOf('.');
        String ext = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!List.of("dot", "gv", "svg", "png", "pdf").contains(ext))
            throw new LangError("--out needs a file ending in .dot, .svg, .png or .pdf, got '" + out.text() + "'", out.span());
        return ext;
    }

    private static void writeText(Path path, String text, boolean force, Arg at) {
        SaveCommand.write(path, text, force, true, new Arg(path.toString(), at.span()));
    }
}
