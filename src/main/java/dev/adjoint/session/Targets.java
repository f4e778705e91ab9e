package dev.adjoint.session;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.LangError;
import dev.adjoint.lang.Suggestions;
import dev.adjoint.lang.Values;
import dev.adjoint.session.report.Trace;
import dev.adjoint.session.report.TraceNode;
import java.util.List;
import java.util.Map;

/** Finds what a request names: a variable's tensor, an input of a trace; says precisely what is wrong if it cannot. */
final class Targets {
    private Targets() {}

    /** The graph node a value holds: a tensor itself, or a tracked number's node; null for anything else. */
    static Tensor tensorOf(Object value) {
        return Values.node(value);
    }

    /** The variable {@code name} names, which must hold a tensor. */
    static Target resolve(Map<String, Object> bindings, Arg name) {
        String text = name.text();
        if (!text.matches("[A-Za-z_][A-Za-z_0-9]*"))
            throw new LangError("expected a variable name, got '" + text + "'", name.span());
        if (!bindings.containsKey(text)) {
            // Python's error, as for the same name in a statement
            throw LangError.python("NameError", "NameError", "name '" + text + "' is not defined", Suggestions.didYouMean(text, bindings.keySet()), name.span());
        }
        Object v = bindings.get(text);
        Tensor t = tensorOf(v);
        if (t == null) {
            throw LangError.plain("TypeError", "'" + text + "' is " + describe(v) + ", not a tensor", name.span());
        }
        return new Target(text, t);
    }

    /** "None", "a string", "a tuple", "a module": what a value is, in a sentence. */
    static String describe(Object v) {
        if (v == null) return "None";
        if (v instanceof Boolean) return "a boolean";
        if (v instanceof String) return "a string";
        if (v instanceof List<?>) return v instanceof dev.adjoint.lang.PyList ? "a list" : "a tuple";
        if (v instanceof Number) return "a number";
        String type = Values.typeName(v);
        return ("aeiou".indexOf(Character.toLowerCase(type.charAt(0))) >= 0 ? "an " : "a ") + type;
    }

    /**
     * The input of {@code trace} that {@code name} names (by variable name or id), or an error at
     * {@code at}: {@code notAnInput} says why another node of the graph will not do.
     */
    static TraceNode input(Trace trace, String name, Arg at, String notAnInput) {
        List<TraceNode> inputs = trace.inputs();
        for (TraceNode n : inputs) if (name.equals(n.name()) || name.equals(n.id())) return n;
        for (TraceNode n : trace.nodes())
            if (name.equals(n.name()) || name.equals(n.id()))
                throw new LangError("'" + name + "' is not an input of " + trace.target() + notAnInput + inputsHint(inputs), at.span());
        throw new LangError(trace.target() + " does not depend on '" + name + "'" + inputsHint(inputs), at.span());
    }

    /** " (inputs: x1, x2)", or " (it has no inputs)". */
    static String inputsHint(List<TraceNode> inputs) {
        if (inputs.isEmpty()) return " (it has no inputs)";
        return " (inputs: " + String.join(", ", inputs.stream().map(TraceNode::label).toList()) + ")";
    }
}
