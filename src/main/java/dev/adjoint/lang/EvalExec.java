package dev.adjoint.lang;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * eval(), exec() and compile(): code from a string runs in the program's own sandbox (no file
 * writes, no host commands: README "Security"), so they are offered as CPython's are: the scopes
 * they bind in, the code object compile() makes, a SyntaxError naming {@code <string>} and the
 * place in it, and tracebacks that go on into the string.
 */
final class EvalExec {
    private EvalExec() {}

    static void addTo(Map<String, Object> table) {
        table.put("eval", Builtin.of("eval", a -> run(a, "eval")));
        table.put("exec", Builtin.of("exec", a -> run(a, "exec")));
        table.put("compile", Builtin.of("compile", EvalExec::compile));
    }

    /** compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1). */
    private static Object compile(Args a) {
        a.expect(3, 6, "source", "filename", "mode", "flags", "dont_inherit", "optimize");
        Object source = a.option(0, "source", null), file = a.option(1, "filename", null), mode = a.option(2, "mode", null);
        if (!(mode instanceof String m)) throw PyError.type("compile() argument 'mode' must be str, not " + Values.typeName(mode));
        if (!(file instanceof String f)) throw PyError.type("compile() argument 'filename' must be str, not " + Values.typeName(file));
        if (!m.equals("exec") && !m.equals("eval") && !m.equals("single"))
            throw PyError.value("compile() mode must be 'exec', 'eval' or 'single'");
        if (m.equals("single")) throw PyError.notSupported("compile(..., 'single') (the prompt's mode)");
        if (source instanceof Code c) return c;
        Code code = Code.parse(text(source, "compile()"), f, m);
        a.interpreter().issueCompileWarnings(code.source());
        return code;
    }

    /** eval(source, globals=None, locals=None) and exec(...): the value (eval's) or None (exec's). */
    private static Object run(Args a, String fn) {
        a.expect(1, 3, "globals", "locals");
        if (!a.keywords().isEmpty() && a.size() > 1 && a.keyword("globals") != null)
            throw PyError.type(fn + "() got multiple values for argument 'globals'");
        Object globals = a.option(1, "globals", null), locals = a.option(2, "locals", null);
        if (globals != null && !(globals instanceof PyDict))
            throw PyError.type(fn + "() globals must be a dict, not " + Values.typeName(globals));
        if (locals != null && !(locals instanceof PyDict)) // CPython takes any mapping; adjoint a dict
            throw PyError.type("locals must be a mapping");
        Object source = a.get(0);
        Interpreter in = a.interpreter();
        Code code = source instanceof Code c ? c : null;
        if (code == null) {
            code = Code.parse(fn.equals("eval") ? stripIndent(text(source, fn + "()")) : text(source, fn + "()"), "<string>", fn);
            in.issueCompileWarnings(code.source());
        }
        if (globals instanceof PyDict g && !g.containsKey("__builtins__")) g.put("__builtins__", builtinsDict(in));
        Environment scope = in.stringScope((PyDict) globals, (PyDict) locals, fn.equals("exec"));
        Object value = in.runString(code.source(), scope, code.expression());
        return fn.equals("eval") ? value : null;
    }

    /** eval() of a string drops its leading spaces and tabs, as CPython's does (exec's keep them: an IndentationError). */
    private static String stripIndent(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
        return text.substring(i);
    }

    private static String text(Object source, String fn) {
        if (source instanceof String s) return s;
        if (source instanceof PyBytes b) return new String(b.data(), StandardCharsets.UTF_8);
        throw PyError.type(fn.replace("()", "") + "() arg 1 must be a string, bytes or code object");
    }

    /** What CPython puts in a globals dict that lacks it: the builtins module's namespace. */
    private static Object builtinsDict(Interpreter in) {
        return Attributes.get(in, in.modules().load("builtins"), "__dict__");
    }

    /** A code object of compile() (or eval/exec of a string): the parsed statements, or eval's expression. */
    static final class Code implements TabledHostObject, PyReprable {
        private final Source source;
        private final Expr expression;
        private final String fileName;

        private Code(Source source, Expr expression, String fileName) {
            this.source = source;
            this.expression = expression;
            this.fileName = fileName;
        }

        /** Parses {@code text} in mode "exec" (statements) or "eval" (one expression); a SyntaxError names {@code fileName}. */
        static Code parse(String text, String fileName, String mode) {
            Source source;
            try {
                source = Source.parse(text);
            } catch (LangError e) {
                throw syntaxError(e, text, fileName, mode);
            }
            source.placeAsString(fileName);
            if (!mode.equals("eval")) return new Code(source, null, fileName);
            List<Stmt> statements = source.statements();
            if (statements.size() == 1 && statements.get(0) instanceof Stmt.Expression e) return new Code(source, e.expr(), fileName);
            // CPython's eval grammar takes one expression: an assignment or a second statement is invalid syntax there
            if (statements.isEmpty()) throw syntax("SyntaxError", "invalid syntax", fileName, 0, 0, "");
            Stmt first = statements.get(0);
            String line = lineText(text, first.span().line(), false);
            boolean startsWithExpression = statements.size() > 1 || first instanceof Stmt.Assign || first instanceof Stmt.AugAssign
                    || first instanceof Stmt.Annotated;
            int column = startsWithExpression ? afterExpression(line, first.span().column() - 1) : first.span().column();
            throw syntax("SyntaxError", "invalid syntax", fileName, first.span().line(), column, line);
        }

        /**
         * Where CPython's eval grammar stops in {@code line}: the column (1-based) of the first thing
         * after the leading expression, outside brackets and strings: an '=' or augmented
         * assignment, an annotation's ':', a ';'.
         */
        private static int afterExpression(String line, int from) {
            int depth = 0;
            char quote = 0;
            for (int i = Math.max(0, from); i < line.length(); i++) {
                char c = line.charAt(i), next = i + 1 < line.length() ? line.charAt(i + 1) : 0;
                if (quote != 0) {
                    if (c == '\\') i++;
                    else if (c == quote) quote = 0;
                } else if (c == '"' || c == '\'') quote = c;
                else if ("([{".indexOf(c) >= 0) depth++;
                else if (")]}".indexOf(c) >= 0) depth--;
                else if (depth == 0) {
                    if (c == ';' || c == ':') return i + 1;
                    if (c == '=' && next != '=') return i + 1;
                    if ("=!<>".indexOf(c) >= 0 && next == '=') i++; // a comparison
                    else if ("+-*/%&|^@<>".indexOf(c) >= 0 && (next == '=' || next == c && i + 2 < line.length() && line.charAt(i + 2) == '=')) return i + 1;
                    else if ((c == '*' || c == '/' || c == '<' || c == '>') && next == c) i++;
                }
            }
            return from + 1;
        }

        private static PyError syntaxError(LangError e, String text, String fileName, String mode) {
            String type = e.type().equals("IndentationError") || e.type().equals("TabError") ? e.type() : "SyntaxError";
            Span at = e.span();
            int line = at == null ? 1 : at.line(), column = at == null ? 0 : at.column();
            return syntax(type, e.detail(), fileName, line, column, lineText(text, line, !mode.equals("eval")));
        }

        private static PyError syntax(String type, String msg, String fileName, int line, int column, String lineText) {
            return new PyError(type, msg).withArgs(msg, Values.tuple(fileName, (long) line, (long) column, lineText, (long) line, (long) column));
        }

        /** The line the error is on, as CPython's SyntaxError.text has it (exec's with its newline). */
        private static String lineText(String text, int line, boolean newline) {
            String[] lines = text.split("\n", -1);
            if (line < 1 || line > lines.length) return "";
            return lines[line - 1] + (newline ? "\n" : "");
        }

        Source source() {
            return source;
        }

        Expr expression() {
            return expression;
        }

        @Override
        public String typeName() {
            return "code";
        }

        private static final AttributeTable<Code> ATTRIBUTES = new AttributeTable<Code>()
                .value("co_filename", c -> c.fileName)
                .value("co_firstlineno", c -> 1L)
                .value("co_name", c -> "<module>");

        @Override
        public AttributeTable<Code> attributeTable() {
            return ATTRIBUTES;
        }

        @Override
        public String pyRepr() {
            return "<code object <module> at " + Values.address(this) + ", file " + Repr.repr(fileName).replace('\'', '"') + ", line 1>";
        }
    }
}
