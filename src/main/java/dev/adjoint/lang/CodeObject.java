package dev.adjoint.lang;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A function's {@code __code__}, as far as programs read it (autograders count a function's
 * parameters with co_argcount and co_varnames): the counts of its kinds of parameters, its local
 * names in CPython's order (the parameters, positional ones first, keyword-only ones, *args, **kwargs,
 * then the other locals, those a nested function reads being cell variables instead), its name, the
 * file and the line its def starts on (its first decorator's, as CPython 3.11 counts).
 */
final class CodeObject implements HostObject, PyReprable {
    private final UserFunction f;

    CodeObject(UserFunction f) {
        this.f = f;
    }

    /** co_varnames: the parameters in CPython's order, then the other locals that are not cell variables. */
    List<Object> varNames() {
        Set<String> names = new LinkedHashSet<>();
        for (Stmt.ParamKind kind : List.of(Stmt.ParamKind.POSITIONAL_ONLY, Stmt.ParamKind.NORMAL, Stmt.ParamKind.KEYWORD_ONLY,
                Stmt.ParamKind.VAR_POSITIONAL, Stmt.ParamKind.VAR_KEYWORD))
            for (Stmt.Param p : f.params()) if (p.kind() == kind) names.add(p.name());
        Set<String> cells = CellNames.of(f.params(), f.body(), f.expression(), f.localNames());
        for (String local : f.localNames()) if (!cells.contains(local)) names.add(local);
        return new ArrayList<>(names);
    }

    private long count(Stmt.ParamKind... kinds) {
        List<Stmt.ParamKind> wanted = List.of(kinds);
        return f.params().stream().filter(p -> wanted.contains(p.kind())).count();
    }

    /** co_firstlineno: the line of the def, or of its first decorator, in the file (or input) it was written in. */
    int firstLine() {
        Span start = f.def() == null ? f.span() : InspectModule.firstOf(f.def().decorators(), f.span());
        return f.source().firstLine() + start.line() - 1;
    }

    UserFunction function() {
        return f;
    }

    String fileName() {
        return f.source().origin();
    }

    @Override
    public String typeName() {
        return "code";
    }

    @Override
    public Object attribute(String name) {
        return switch (name) {
            case "co_name" -> f.name();
            case "co_qualname" -> f.qualifiedName();
            case "co_argcount" -> count(Stmt.ParamKind.POSITIONAL_ONLY, Stmt.ParamKind.NORMAL);
            case "co_posonlyargcount" -> count(Stmt.ParamKind.POSITIONAL_ONLY);
            case "co_kwonlyargcount" -> count(Stmt.ParamKind.KEYWORD_ONLY);
            case "co_varnames" -> Values.tuple(varNames());
            case "co_nlocals" -> (long) varNames().size();
            case "co_cellvars" -> Values.tuple(new ArrayList<Object>(new java.util.TreeSet<>(CellNames.of(f.params(), f.body(), f.expression(), f.localNames()))));
            case "co_filename" -> fileName();
            case "co_firstlineno" -> (long) firstLine();
            default -> null;
        };
    }

    @Override
    public Collection<String> attributeNames() {
        return List.of("co_argcount", "co_cellvars", "co_filename", "co_firstlineno", "co_kwonlyargcount", "co_name", "co_nlocals",
                "co_posonlyargcount", "co_qualname", "co_varnames");
    }

    @Override
    public String pyRepr() {
        return "<code object " + f.name() + " at " + Values.address(this) + ", file " + Repr.repr(fileName()).replace('\'', '"') + ", line " + firstLine() + ">";
    }
}
