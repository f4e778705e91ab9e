package dev.adjoint.session;

import dev.adjoint.autograd.GradMode;
import dev.adjoint.lang.Builtins;
import dev.adjoint.lang.Completeness;
import dev.adjoint.lang.Interpreter;
import dev.adjoint.lang.Interrupted;
import dev.adjoint.lang.LangError;
import dev.adjoint.lang.Parser;
import dev.adjoint.lang.Span;
import dev.adjoint.lang.Stmt;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.ComputationInterrupted;
import dev.adjoint.ndarray.Limits;
import dev.adjoint.random.NumpyRandom;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One user's session: the variable bindings (and through them the live graph), a random
 * generator, the grad setting. {@link #eval} runs an input; a failed input leaves the bindings as
 * they were. Sessions are independent of each other and never touch the terminal.
 */
public final class Session {
    private final Map<String, Object> bindings = new LinkedHashMap<>();
    private final NumpyRandom random = new NumpyRandom(System.nanoTime() & 0xffffffffL);
    private final Interpreter interpreter = new Interpreter(bindings, random);
    private boolean gradEnabled = true;
    private long maxElements = Limits.DEFAULT_MAX_ELEMENTS;

    public Session() {}

    /** Resource settings of this session (the element limit) for the current thread, until closed. Commands run inside one too. */
    public Limits.Scope guard() {
        return Limits.maxElements(maxElements);
    }

    /** {@code --max-elements}: the largest tensor (in elements) an evaluation may create; larger ones are refused before allocating. */
    public void setMaxElements(long n) {
        if (n < 1) throw new IllegalArgumentException("the element limit must be at least 1, got " + n);
        maxElements = Math.min(n, Limits.HARD_MAX_ELEMENTS);
    }

    public long maxElements() {
        return maxElements;
    }

    /**
     * Runs the statements of {@code source} (lines joined by '\n'). Throws a {@link LangError} whose
     * span is relative to {@code source} (lines 1-based); on any error but an interrupt the
     * bindings are restored to what they were before. An input with an unclosed bracket throws
     * what {@link #unfinished} says, unless a syntax error stands before it.
     */
    @SuppressWarnings("try")
    public void eval(String source, Output out) {
        Map<String, Object> before = new LinkedHashMap<>(bindings);
        String lastBefore = interpreter.lastAssigned();
        try (GradMode.Scope ignored = GradMode.set(gradEnabled); Limits.Scope limits = guard()) {
            List<Stmt> program = Parser.parse(source);
            interpreter.run(program, out);
        } catch (Interrupted e) {
            throw e;
        } catch (LangError e) {
            restore(before, lastBefore);
            throw e;
        } catch (StackOverflowError e) {
            restore(before, lastBefore);
            throw new LangError("maximum recursion depth exceeded (the computation nested too deeply)", wholeFirstLine(source));
        } catch (OutOfMemoryError e) {
            restore(before, lastBefore);
            throw new LangError("out of memory: the graph or a tensor got too large", wholeFirstLine(source));
        } catch (ComputationInterrupted e) {
            throw new Interrupted(wholeFirstLine(source));
        } catch (RuntimeException e) {
            // an engine error not already placed at a node (shape, limit, ...): its message, at the line
            restore(before, lastBefore);
            throw Interpreter.wrap(e, wholeFirstLine(source));
        }
    }

    /** False while the input needs more lines: an open bracket, or a block not yet ended by an empty line. */
    public boolean isComplete(String source) {
        return Completeness.isComplete(source);
    }

    /** What is still open at the end of the input, e.g. "'(' opened at 1:7 was never closed"; empty if nothing. */
    public Optional<LangError> unfinished(String source) {
        return Completeness.unfinished(source);
    }

    /** The value bound to a name, or null if unbound (use {@link #isBound} to tell None apart). */
    public Object lookup(String name) {
        return bindings.get(name);
    }

    public boolean isBound(String name) {
        return bindings.containsKey(name);
    }

    /** An unmodifiable snapshot of the bindings, in order of first binding. */
    public Map<String, Object> variables() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(bindings));
    }

    /** The last name assigned by a statement at the top level (the default target of :commands), or null. */
    public String lastAssigned() {
        return interpreter.lastAssigned();
    }

    /** Forgets every variable (the random generator and the settings stay). */
    public void reset() {
        bindings.clear();
        interpreter.setLastAssigned(null);
    }

    /** The names of the builtin functions and constants, for completion and "did you mean". */
    public Set<String> builtinNames() {
        return Builtins.table().keySet();
    }

    /** {@code :set grad off}: the grad mode every later eval runs in. */
    public void setGradEnabled(boolean on) {
        gradEnabled = on;
    }

    public boolean gradEnabled() {
        return gradEnabled;
    }

    /** How print(...) and str(...) show values; null restores the default ({@link Values#str}). */
    public void setFormatter(Function<Object, String> formatter) {
        interpreter.setFormatter(formatter == null ? Values::str : formatter);
    }

    private void restore(Map<String, Object> before, String lastBefore) {
        bindings.clear();
        bindings.putAll(before);
        interpreter.setLastAssigned(lastBefore);
    }

    private static Span wholeFirstLine(String source) {
        int end = source.indexOf('\n');
        return new Span(0, end < 0 ? source.length() : end, 1, 1);
    }
}
