package dev.adjoint.kernel;

import dev.adjoint.command.InputRunner;
import dev.adjoint.lang.Interrupted;
import dev.adjoint.lang.LangError;
import dev.adjoint.lang.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The IPython magics students paste at the top of notebooks, as adjoint's kernel runs them:
 * {@code %matplotlib} and {@code %config} pass silently, as IPython's inline backend does; {@code %load_ext autoreload}, {@code %reload_ext} and
 * {@code %autoreload 2} are accepted as IPython accepts them (and refused where it refuses them),
 * with a note that adjoint does not reload modules; {@code %time}, {@code %%time}, {@code %timeit}
 * and {@code %%timeit} time code as IPython does and print its lines; {@code %who} and {@code %whos}
 * list the notebook's names as IPython does ({@link Whos}). A magic IPython has and
 * adjoint not is refused with what adjoint offers instead; a name IPython does not know gets
 * IPython's own UsageError ("Line magic function `%foo` not found.").
 */
final class Magics {
    /** IPython 8.12's magics (lsmagic), to tell one adjoint lacks from a name no IPython has. */
    private static final Set<String> IPYTHON_LINE = new HashSet<>(Arrays.asList("alias", "alias_magic", "autoawait", "autocall",
            "autoindent", "automagic", "bookmark", "cat", "cd", "clear", "colors", "conda", "config", "cp", "cpaste", "debug", "dhist",
            "dirs", "doctest_mode", "ed", "edit", "env", "gui", "hist", "history", "killbgscripts", "ldir", "less", "lf", "lk", "ll",
            "load", "load_ext", "loadpy", "logoff", "logon", "logstart", "logstate", "logstop", "ls", "lsmagic", "lx", "macro", "magic",
            "man", "matplotlib", "mkdir", "more", "mv", "notebook", "page", "paste", "pastebin", "pdb", "pdef", "pdoc", "pfile", "pinfo",
            "pinfo2", "pip", "popd", "pprint", "precision", "prun", "psearch", "psource", "pushd", "pwd", "pycat", "pylab", "quickref",
            "recall", "rehashx", "reload_ext", "rep", "rerun", "reset", "reset_selective", "rm", "rmdir", "run", "save", "sc", "set_env",
            "sx", "system", "tb", "time", "timeit", "unalias", "unload_ext", "who", "who_ls", "whos", "xdel", "xmode"));
    private static final Set<String> IPYTHON_CELL = new HashSet<>(Arrays.asList("!", "HTML", "SVG", "bash", "capture", "debug", "file",
            "html", "javascript", "js", "latex", "markdown", "perl", "prun", "pypy", "python", "python2", "python3", "ruby", "script", "sh",
            "svg", "sx", "system", "time", "timeit", "writefile"));
    private static final List<String> AUTORELOAD_MODES = Arrays.asList("", "now", "0", "off", "1", "explicit", "2", "all", "3", "complete");
    static final String RELOAD_NOTE = "warning: adjoint does not reload your modules when their files change: after editing one, "
            + "restart the kernel to import it anew";

    /** Runs a cell's code (a %%time body) as a cell whose first {@code linesBefore} lines are elsewhere. */
    interface Body {
        SessionAdapter.Failure run(String code, int linesBefore, SessionAdapter.Sink sink);
    }

    private final SessionAdapter session;
    private final Set<String> extensions = new HashSet<>();
    private boolean reloadNoted;

    Magics(SessionAdapter session) {
        this.session = session;
    }

    /** A line magic; {@code shown}: which expression statement of {@code %time CODE} shows its value ({@link LastExpression}). */
    SessionAdapter.Outcome line(IPythonLine line, InputRunner.Input input, SessionAdapter.Sink sink, int shown) {
        try {
            return new SessionAdapter.Outcome(line(line.name().substring(1), line, input, sink, shown), false);
        } catch (Interrupted e) {
            return new SessionAdapter.Outcome(SessionAdapter.Failure.of(InputRunner.Failure.of(e)), false);
        } catch (LangError e) {
            return new SessionAdapter.Outcome(failure(e, line.span(), input.text(), input.firstLine()), false);
        }
    }

    private SessionAdapter.Failure line(String name, IPythonLine line, InputRunner.Input input, SessionAdapter.Sink sink, int shown) {
        String args = line.args();
        switch (name) {
            case "matplotlib", "config" -> { } // as in IPython, silent: they only set where plots go (adjoint draws none; importing matplotlib says so)
            case "pip", "conda" -> sink.stderr().println(IPythonLine.skipNote(input.text())); // installs nothing, and the cell goes on
            case "who" -> sink.stdout().print(Whos.who(session.userVariables(), args));
            case "whos" -> sink.stdout().print(Whos.whos(session.userVariables(), args));
            case "who_ls" -> throw LangError.plain("UsageError", line.name() + " is an IPython magic, which adjoint does not have; %who and :vars list the session's names", null);
            case "load_ext", "reload_ext", "unload_ext" -> extension(name, args, sink);
            case "autoreload", "aimport" -> {
                if (!extensions.contains("autoreload")) throw notFound(line.name());
                String mode = name.equals("aimport") ? "1" : withoutFlags(args).toLowerCase();
                if (!AUTORELOAD_MODES.contains(mode)) throw LangError.python("ValueError", "Unrecognized autoreload mode \"" + mode + "\".", null);
                if (!mode.equals("0") && !mode.equals("off") && !reloadNoted) {
                    reloadNoted = true;
                    sink.stderr().println(RELOAD_NOTE);
                }
            }
            case "time" -> {
                return time(sink, held -> {
                    if (args.isEmpty()) return null;
                    return session.run(new InputRunner.Input(args, input.firstLine()), held, shown).failure();
                });
            }
            case "timeit" -> {
                Timeit.Options options = Timeit.Options.parse(args);
                if (!options.code().isEmpty()) timeit(options, "", options.code(), sink, input.firstLine());
            }
            case "run" -> RunMagic.run(session, args, sink);
            case "pwd" -> session.showValue(java.nio.file.Path.of("").toAbsolutePath().toString(), sink); // os.getcwd(), as IPython's returns it
            case "env", "set_env" -> EnvMagic.run(session, name, args, sink);
            default -> throw IPYTHON_LINE.contains(name) ? line.refusal() : notFound(line.name());
        }
        return null;
    }

    /** A cell that begins with a cell magic; its body runs through {@code body}. */
    SessionAdapter.Failure cell(CellMagic magic, SessionAdapter.Sink sink, Body body) {
        try {
            String name = magic.name().substring(2);
            if (name.equals("capture")) return capture(magic, sink, body);
            if (name.equals("writefile") || name.equals("file"))
                throw usage(magic.name() + " would write a file, and code run in adjoint writes none (README, Security: a notebook is a program, "
                        + "and Run All runs it unattended); define the code in a cell, or %run or import a file that is already there");
            boolean timing = name.equals("time") || name.equals("timeit");
            if (!timing) throw LangError.plain("UsageError", IPYTHON_CELL.contains(name)
                    ? magic.name() + " is an IPython magic, which adjoint does not have; its own commands start with ':' (:help lists them)"
                    : "Cell magic `" + magic.name() + "` not found.", null);
            if (magic.body().isBlank())
                throw usage(magic.name() + " is a cell magic, but the cell body is empty. Did you mean the line magic %" + name + " (single %)?");
            if (name.equals("time")) {
                if (!magic.args().isEmpty()) throw usage("Can't use statement directly after '%%time'!");
                return time(sink, held -> body.run(magic.body(), magic.linesBeforeBody(), held));
            }
            Timeit.Options options = Timeit.Options.parse(magic.args());
            timeit(options, options.code(), magic.body(), sink, magic.linesBeforeBody() + 1);
            return null;
        } catch (Interrupted e) {
            return SessionAdapter.Failure.of(InputRunner.Failure.of(e));
        } catch (LangError e) {
            return failure(e, magic.span(), magic.lineText(), magic.line());
        }
    }

    /**
     * %%capture [--no-stdout] [--no-stderr] [--no-display] [NAME]: runs the body keeping what it prints
     * and shows ({@link CapturedOutput}); NAME is then IPython's CapturedIO of it, also when the body failed.
     */
    private SessionAdapter.Failure capture(CellMagic magic, SessionAdapter.Sink sink, Body body) {
        boolean out = true, err = true, display = true;
        String name = null;
        List<String> unknown = new ArrayList<>();
        for (String w : RunMagic.split(magic.args())) {
            switch (w) {
                case "--no-stdout" -> out = false;
                case "--no-stderr" -> err = false;
                case "--no-display" -> display = false;
                default -> {
                    if (w.startsWith("-") || name != null) unknown.add(w);
                    else name = w;
                }
            }
        }
        if (!unknown.isEmpty()) throw usage("unrecognized arguments: " + String.join(" ", unknown)); // argparse's words, as IPython's magic_arguments says them
        CapturedOutput captured = new CapturedOutput(sink, out, err, display);
        SessionAdapter.Failure failure = body.run(magic.body(), magic.linesBeforeBody(), captured);
        if (name != null) session.bindCaptured(name, captured.capturedStdout(), captured.capturedStderr(), captured.outputs());
        return failure;
    }

    /** What runs with the sink its shown values wait in, so they come after the times, as %time returns its value. */
    private interface Timed {
        SessionAdapter.Failure run(SessionAdapter.Sink held);
    }

    /** Runs the code and, if it ends well, prints IPython's CPU and wall times, then shows its value. */
    private static SessionAdapter.Failure time(SessionAdapter.Sink sink, Timed code) {
        HeldShows held = new HeldShows(sink);
        CpuClock start = CpuClock.now();
        SessionAdapter.Failure failure = code.run(held);
        CpuClock end = CpuClock.now();
        if (failure != null) return failure; // IPython shows the error, and no times
        sink.stdout().print(end.since(start));
        sink.stdout().flush();
        held.release();
        return null;
    }

    private void timeit(Timeit.Options options, String setup, String statement, SessionAdapter.Sink sink, int firstLine) {
        try {
            Timeit.run(session, options, setup, statement, sink);
        } catch (Interrupted e) {
            throw e;
        } catch (LangError e) { // raised inside the timing function: its type and message, at the magic
            throw e.type().equals("UsageError") ? e : LangError.python(e.type(), e.detail(), null);
        }
    }

    private void extension(String verb, String module, SessionAdapter.Sink sink) {
        if (module.isEmpty()) throw usage("Missing module name.");
        if (!module.equals("autoreload")) {
            if (verb.equals("unload_ext")) sink.stdout().println("The " + module + " extension is not loaded.");
            else throw LangError.python("ModuleNotFoundError", "No module named '" + module + "'", null);
            return;
        }
        if (verb.equals("unload_ext")) sink.stdout().println("The autoreload extension doesn't define how to unload it.");
        else if (!extensions.add(module) && verb.equals("load_ext"))
            sink.stdout().println("The autoreload extension is already loaded. To reload it, use:\n  %reload_ext autoreload");
    }

    /** %autoreload's mode, without its --print/-p and --log/-l switches. */
    private static String withoutFlags(String args) {
        List<String> words = new ArrayList<>(Arrays.asList(args.split("\\s+")));
        words.removeIf(w -> w.equals("--print") || w.equals("-p") || w.equals("--log") || w.equals("-l"));
        return String.join(" ", words).strip();
    }

    private static LangError notFound(String name) {
        return usage("Line magic function `" + name + "` not found.");
    }

    private static LangError usage(String message) {
        return LangError.plain("UsageError", message, null);
    }

    /** The failure, placed at the magic's name on its line unless it has a place of its own. */
    private static SessionAdapter.Failure failure(LangError e, Span magic, String lineText, int firstLine) {
        LangError placed = e.span() == null ? e.at(magic) : e;
        return SessionAdapter.Failure.of(new InputRunner.Failure(placed, lineText, null, firstLine));
    }
}
