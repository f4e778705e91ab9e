package dev.adjoint.session;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.Lexer;
import dev.adjoint.lang.Token;
import dev.adjoint.lang.TokenType;
import dev.adjoint.session.report.Trace;
import dev.adjoint.session.report.TraceNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The inputs this session accepted, each with the creation numbers of the graph nodes it made:
 * so the statements behind a graph are the inputs that created its nodes, whatever they assigned
 * and however names were rebound since (no guessing from the source text).
 */
final class History {
    /** One accepted input: its text and the creation numbers [from, to) of the nodes it made. */
    private record Input(String source, long from, long to) {}

    private final List<Input> inputs = new ArrayList<>();

    void add(String source, long from, long to) {
        if (to > from) inputs.add(new Input(source.strip(), from, to)); // an input that made no node built no graph
    }

    void clear() {
        inputs.clear();
    }

    /** The inputs that created nodes of the trace, in the order they ran. */
    List<String> statementsBehind(Trace trace) {
        long[] seqs = new long[trace.nodes().size()];
        int i = 0;
        for (TraceNode n : trace.nodes()) seqs[i++] = n.tensor().seq();
        Arrays.sort(seqs);
        List<String> out = new ArrayList<>();
        for (Input in : inputs) {
            int at = Arrays.binarySearch(seqs, in.from());
            int first = at >= 0 ? at : -at - 1; // the first creation number at or after the input's start
            if (first < seqs.length && seqs[first] < in.to()) out.add(in.source());
        }
        return out;
    }

    /** Whether a statement decides something at run time (if, for, while, a function), by its tokens. */
    static boolean hasControlFlow(String statement) {
        for (Token t : Lexer.scanForHighlighting(statement)) {
            TokenType type = t.type();
            if (type == TokenType.IF || type == TokenType.FOR || type == TokenType.WHILE || type == TokenType.ELIF || type == TokenType.DEF) return true;
        }
        return false;
    }

    /** The creation number the next node will get. */
    static long nextSeq() {
        return Tensor.nextSeq();
    }
}
