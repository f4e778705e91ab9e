package dev.adjoint.lang;

import java.util.List;
import java.util.Map;

/**
 * A function made by {@code def} or {@code lambda}: it runs its body in a fresh local scope whose
 * parent is the scope it was defined in, building the graph as it goes (define-by-run). Defaults
 * are evaluated once, at definition, as in Python ({@link Environment#UNBOUND} where a parameter
 * has none). {@code source} identifies the input the definition was parsed from (its spans are
 * that input's). A method knows the class it was defined in (its __qualname__)
 * and the __class__ cell of the class body it was written in (zero-argument {@code super()}).
 */
public final class UserFunction implements Callable, dev.adjoint.undo.Undoable {
    private final String name;
    private final List<Stmt.Param> params;
    private final int positionalArity;
    private final List<Stmt> body;
    private final Expr expression;
    private final Stmt.Def def;
    private final Span span;
    private final List<Object> defaults;
    private final Environment closure;
    private final Source source;
    /** What its __qualname__ has before its name: "C." in class C's body, "outer.<locals>." in function outer, nothing at the top. */
    private final String qualifiedPrefix;
    private PyClass definingClass;
    /** The __class__ cell of the class body it was written in (directly or nested); null outside any class. */
    private ClassCell classCell;
    private java.util.Set<Stmt> suspending;
    private java.util.Set<String> localNames;
    /** Its __code__, made when first asked for. */
    private CodeObject code;
    /** Attributes set on the function (f.calls = 0, functools.wraps' __name__ and __wrapped__); null until the first. */
    private Map<String, Object> attributes;

    private UserFunction(String name, List<Stmt.Param> params, List<Stmt> body, Expr expression, Stmt.Def def, Span span,
            List<Object> defaults, Environment closure, Source source, String qualifiedPrefix) {
        this.name = name;
        this.qualifiedPrefix = qualifiedPrefix;
        this.params = params;
        this.positionalArity = positionalArity(params);
        this.body = body;
        this.expression = expression;
        this.def = def;
        this.span = span;
        this.defaults = defaults;
        this.closure = closure;
        this.source = source;
    }

    /** A def; {@code qualifiedPrefix} says where it is written, as CPython's compiler knows it ("C.", "outer.<locals>."). */
    static UserFunction of(Stmt.Def def, List<Object> defaults, Environment closure, Source source, String qualifiedPrefix) {
        return new UserFunction(def.name(), def.params(), def.body(), null, def, def.span(), defaults, closure, source, qualifiedPrefix);
    }

    static UserFunction lambda(Expr.Lambda lambda, List<Object> defaults, Environment closure, Source source, String qualifiedPrefix) {
        return new UserFunction("<lambda>", lambda.params(), List.of(), lambda.body(), null, lambda.span(), defaults, closure, source, qualifiedPrefix);
    }

    @Override
    public String name() {
        return name;
    }

    /** Python's __qualname__: "Class.method" for a method, "outer.<locals>.inner" inside a function, the name otherwise. */
    public String qualifiedName() {
        if (attribute("__qualname__") instanceof String q) return q; // set by functools.wraps
        return qualifiedPrefix + name;
    }

    public List<Stmt.Param> params() {
        return params;
    }

    /** The statements of a def (empty for a lambda). */
    public List<Stmt> body() {
        return body;
    }

    /** The expression of a lambda; null for a def. */
    public Expr expression() {
        return expression;
    }

    /** Whether calling it makes a generator (its body holds a yield). */
    boolean isGenerator() {
        return def != null && def.generator();
    }

    /** A generator's body with its yields where it can stop (YieldLifting, made once when the def was parsed). */
    List<Stmt> resumableBody() {
        return def.resumableBody();
    }

    /** The statements of a generator's body that hold a yield, found once (see ResumableBody). */
    java.util.Set<Stmt> suspendingStatements() {
        if (suspending == null) suspending = ResumableBody.suspendingStatements(resumableBody());
        return suspending;
    }

    /**
     * How many parameters it has when all take positional arguments (no *args, **kwargs or keyword-only
     * parameter): a call with exactly that many positional arguments and no keywords binds them in order
     * without the checks of CPython's full binding. -1 otherwise.
     */
    int positionalArity() {
        return positionalArity;
    }

    private static int positionalArity(List<Stmt.Param> params) {
        for (Stmt.Param p : params)
            if (p.kind() != Stmt.ParamKind.NORMAL && p.kind() != Stmt.ParamKind.POSITIONAL_ONLY) return -1;
        return params.size();
    }

    /** The names its body binds anywhere, which are its locals (LocalNames), found at the first call. */
    java.util.Set<String> localNames() {
        if (localNames == null) localNames = LocalNames.of(params, body, expression);
        return localNames;
    }

    /** CPython's co_varnames: its locals without the cell variables its nested scopes read ({@link CellNames}); found when a NameError asks. */
    java.util.Set<String> varNames() {
        java.util.Set<String> names = new java.util.HashSet<>(localNames());
        names.removeAll(CellNames.of(params, body, expression, localNames()));
        return names;
    }

    /** Python's {@code __code__}: its parameters and locals, its file and first line. */
    CodeObject code() {
        if (code == null) code = new CodeObject(this);
        return code;
    }

    /** The def statement; null for a lambda. */
    public Stmt.Def def() {
        return def;
    }

    /** The header of the def (or the whole lambda), where errors inside it are counted from. */
    public Span span() {
        return span;
    }

    /** The default of each parameter, in order ({@link Environment#UNBOUND} for none). */
    public List<Object> defaults() {
        return defaults;
    }

    Environment closure() {
        return closure;
    }

    public Source source() {
        return source;
    }

    public PyClass definingClass() {
        return definingClass;
    }

    ClassCell classCell() {
        return classCell;
    }

    /** Given when it is made: the cell of the class body it is written in, or its enclosing function's. */
    UserFunction inClassCell(ClassCell cell) {
        classCell = cell;
        return this;
    }

    /** Set once, when the class whose body defined it is made. */
    void setDefiningClass(PyClass c) {
        if (definingClass == null) definingClass = c;
    }

    /** An attribute set on the function, or null. */
    Object attribute(String name) {
        return attributes == null ? null : attributes.get(name);
    }

    boolean hasAttribute(String name) {
        return attributes != null && attributes.containsKey(name);
    }

    Map<String, Object> attributes() {
        return attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(attributes);
    }

    void setAttribute(String name, Object value) {
        dev.adjoint.undo.UndoLog.touch(this);
        if (attributes == null) attributes = new java.util.LinkedHashMap<>();
        attributes.put(name, value);
    }

    /** del f.name: false when it has no such attribute of its own. */
    boolean deleteAttribute(String name) {
        if (!hasAttribute(name)) return false;
        dev.adjoint.undo.UndoLog.touch(this);
        attributes.remove(name);
        return true;
    }

    @Override
    public Runnable snapshot() {
        Map<String, Object> saved = attributes == null ? null : new java.util.LinkedHashMap<>(attributes);
        return () -> attributes = saved;
    }

    @Override
    public Object call(Interpreter interpreter, List<Object> args, Map<String, Object> keywords, Span span) {
        return interpreter.callFunction(this, args, keywords, span);
    }

    @Override
    public String toString() {
        return "<function " + qualifiedName() + ">";
    }
}
