package dev.adjoint.lang;

import java.util.ArrayList;
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
final class CodeObject implements TabledHostObject, PyReprable {
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

    private static final AttributeTable<CodeObject> ATTRIBUTES = new AttributeTable<CodeObject>()
            .value("co_argcount", c -> c.count(Stmt.ParamKind.POSITIONAL_ONLY, Stmt.ParamKind.NORMAL))
            .value("co_cellvars", c -> Values.tuple(new ArrayList<Object>(new java.util.TreeSet<>(CellNames.of(c.f.params(), c.f.body(), c.f.expression(), c.f.localNames())))))
            .value("co_filename", CodeObject::fileName)
            .value("co_firstlineno", c -> (long) c.firstLine())
            .value("co_kwonlyargcount", c -> c.count(Stmt.ParamKind.KEYWORD_ONLY))
            .value("co_name", c -> c.f.name())
            .value("co_nlocals", c -> (long) c.varNames().size())
            .value("co_posonlyargcount", c -> c.count(Stmt.ParamKind.POSITIONAL_ONLY))
            .value("co_qualname", c -> c.f.qualifiedName())
            .value("co_varnames", c -> Values.tuple(c.varNames()));

    @Override
    public AttributeTable<CodeObject> attributeTable() {
        return ATTRIBUTES;
    }

    @Override
    public String pyRepr() {
        return "<code object " + f.name() + " at " + Values.address(this) + ", file " + Repr.repr(fileName()).replace('\'', '"') + ", line " + firstLine() + ">";
    }
}
