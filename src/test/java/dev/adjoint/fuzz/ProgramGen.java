package dev.adjoint.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded, grammar-based generator of inputs for the REPL: statements and blocks of the language
 * (assignments, expressions over the builtins, if/for/while/def/with), and :commands. Programs
 * are kept cheap on purpose: tensors of at most a few elements per axis, loops of at most four
 * iterations, while loops always counting up to a bound, so that 100,000 of them run in seconds.
 * A generated input is usually valid; {@link Mutator} makes the near-valid and the invalid ones.
 */
final class ProgramGen {
    /** Names the programs use; the prelude binds most of them, so expressions mostly evaluate. */
    static final String[] SCALARS = {"a", "b", "x1", "x2"};
    static final String[] VECTORS = {"v", "u"};
    static final String[] MATRICES = {"W", "M"};
    static final String[] OTHERS = {"y", "z", "t", "L", "q", "D", "S", "c"};
    static final String[] FUNCTIONS = {"f", "g", "h"};

    /** Binds the names above; run at the start of every fuzzed session. */
    static final String PRELUDE = String.join("\n",
            "seed(0)", "import math",
            "a = 2", "b = -0.5", "x1 = 2", "x2 = 5",
            "v = tensor([1, 2, 3], requires_grad=True)", "u = tensor([0.5, -1, 2], requires_grad=True)",
            "W = tensor([[1, 2], [3, 4]], requires_grad=True)", "M = randn(2, 2, requires_grad=True)",
            "y = ln(x1) + x1*x2 - sin(x2)",
            "z = (W @ W).sum()", "t = tanh(v).sum() * a", "L = [1, 2]", "q = None", "D = {'k': 1, 2: [3]}", "S = {1, 2}",
            "def f(p): return p * 2 + 1",
            "def g(p, r=1): return p ** 2 - r",
            "def h(n):\n    if n <= 0:\n        return 1\n    return h(n - 1) * 2",
            "class C:\n    k = 1\n    def __init__(self, v=0):\n        self.v = v\n    def m(self, p):\n        return self.v + p\n    def __repr__(self):\n        return f'C({self.v})'",
            "c = C(3)");

    private static final String[] UNARY_FNS = {"ln", "log", "exp", "sin", "cos", "tanh", "sigmoid", "relu", "sqrt", "abs",
        "sum", "mean", "max", "logsumexp", "softmax", "log_softmax", "transpose", "tensor", "const", "detach", "len", "str",
        "float", "int", "list", "tuple", "zeros_like", "ones_like", "rand_like", "randn_like", "print", "argmax", "norm",
        "repr", "sorted", "reversed", "set", "dict", "bool", "type", "min", "any", "all", "enumerate", "round", "hash", "iter"};
    private static final String[] BINARY_OPS = {"+", "-", "*", "/", "@", "**", "^", "//", "%", "&", "|", "<<", ">>"};
    private static final String[] COMPARE_OPS = {"<", "<=", ">", ">=", "==", "!=", "in", "not in", "is", "is not"};
    private static final String[] AUGMENTED = {"+=", "-=", "*=", "/=", "//=", "%=", "**=", "|=", "&="};
    private static final String[] ATTRIBUTES = {"shape", "grad", "data", "T", "requires_grad", "grad_fn", "ndim", "size"};
    private static final String[] METHODS = {"sum()", "mean()", "sum(0)", "sum(axes=(0,))", "reshape(-1)", "reshape(1, -1)", "norm()",
        "item()", "detach()", "exp()", "relu()", "max()", "transpose()", "backward()", "retain_grad()", "numpy()", "tolist()",
        "add_(1)", "mul_(2)", "zero_()", "clamp_(0, 1)", "exp_()", "sum(dim=0, keepdim=True)", "max(dim=0)", "view(-1)", "t()", "clone()"};
    private static final String[] NUMBERS = {"0", "1", "2", "3", "-1", "0.5", "2.5", "-3", "1e-3", "1e308", "1e999", "5e-324",
        "0.0", "-0.0", "10", "100", "1.", ".5", "7e2", "3.14159"};
    private static final String[] FORMATS = {"text", "markdown", "json", "latex", "dot", "csv"};

    private final SplittableRandom rnd;
    private int depthBudget;
    private int loopDepth;
    private boolean inFunction;

    ProgramGen(SplittableRandom rnd) {
        this.rnd = rnd;
    }

    int below(int n) {
        return rnd.nextInt(n);
    }

    boolean chance(int percent) {
        return rnd.nextInt(100) < percent;
    }

    <T> T pick(T[] items) {
        return items[rnd.nextInt(items.length)];
    }

    /** One complete input: usually a statement or two, sometimes a block, sometimes a :command. */
    String input() {
        int r = below(100);
        if (r < 22) return command();
        if (r < 80) return simpleStatements();
        return block(0);
    }

    // ---- statements ----

    String simpleStatements() {
        StringBuilder sb = new StringBuilder(simpleStatement());
        while (chance(12)) sb.append(chance(50) ? "; " : ";").append(simpleStatement());
        return sb.toString();
    }

    String simpleStatement() {
        depthBudget = 4 + below(4);
        int r = below(100);
        if (r < 20) return typedAssignment();
        if (r < 35) return target() + " = " + expr();
        if (r < 55) return expr();
        if (r < 62) return (chance(80) ? target() : pick(new String[] {"L[0]", "D['k']", "c.v"})) + " " + pick(AUGMENTED) + " " + expr();
        if (r < 67) return target() + ", " + target() + " = " + expr() + ", " + expr();
        if (r < 72) return anyName() + ".data = " + expr();
        if (r < 76) return anyName() + ".grad = " + (chance(70) ? "None" : expr());
        if (r < 79) return anyName() + ".requires_grad = " + pick(new String[] {"True", "False", "1"});
        if (r < 85) return (chance(70) ? "(" + scalar() + ")" : expr()) + ".backward(" + (chance(20) ? expr() : "") + ")";
        if (r < 86) return pythonStatement();
        if (r < 87) return "pass";
        if (r < 90) return inPlace();
        if (r < 92 && loopDepth > 0) return pick(new String[] {"break", "continue"});
        if (r < 96 && inFunction) return "return " + (chance(80) ? expr() : "");
        return "print(" + expr() + (chance(30) ? ", " + expr() : "") + ")";
    }

    /** A compound statement at indentation level {@code level}, with its body lines indented. */
    /** PyTorch's in-place changes (torch's issue 11): methods, item assignment, through .data/.grad/detach(), under no_grad. */
    String inPlace() {
        String target = anyName() + pick(new String[] {"", "", ".data", ".grad", ".detach()", "[0]"});
        String change = switch (below(12)) {
            case 0 -> ".add_(" + expr() + ")";
            case 1 -> ".sub_(" + expr() + (chance(30) ? ", alpha=2" : "") + ")";
            case 2 -> ".mul_(" + expr() + ")";
            case 3 -> ".div_(" + pick(NUMBERS) + ")";
            case 4 -> ".zero_()";
            case 5 -> ".fill_(" + pick(NUMBERS) + ")";
            case 6 -> ".clamp_(" + pick(NUMBERS) + ", " + pick(NUMBERS) + ")";
            case 7 -> ".copy_(" + expr() + ")";
            case 8 -> ".pow_(" + pick(NUMBERS) + ")";
            case 9 -> ".requires_grad_()";
            case 10 -> ".detach_()";
            default -> "[" + below(3) + "] = " + expr();
        };
        String statement = target + change;
        return chance(30) ? "with no_grad(): " + statement : statement;
    }

    String block(int level) {
        depthBudget = 3 + below(3);
        String pad = "    ".repeat(level);
        String in = "    ".repeat(level + 1);
        StringBuilder sb = new StringBuilder(pad);
        int r = below(100);
        if (r < 25) {
            sb.append("if ").append(condition()).append(":\n").append(body(level + 1));
            while (chance(30)) sb.append(pad).append("elif ").append(condition()).append(":\n").append(body(level + 1));
            if (chance(40)) sb.append(pad).append("else:\n").append(body(level + 1));
        } else if (r < 50) {
            String var = pick(new String[] {"i", "j", "k"});
            String it = chance(70) ? "range(" + (1 + below(4)) + ")" : pick(new String[] {"v", "L", "[1, 2]", "W", "zip(L, L)", "enumerate(v)", "range(0)"});
            sb.append("for ").append(chance(10) ? var + ", m" : var).append(" in ").append(it).append(":\n");
            loopDepth++;
            sb.append(body(level + 1));
            loopDepth--;
        } else if (r < 62) {
            // always terminates: the counter is incremented first and nothing skips it
            String n = "n" + level;
            sb.append(n).append(" = 0\n").append(pad).append("while ").append(n).append(" < ").append(1 + below(4)).append(":\n")
                    .append(in).append(n).append(" += 1\n");
            loopDepth++;
            sb.append(body(level + 1));
            loopDepth--;
        } else if (r < 82) {
            String name = pick(FUNCTIONS);
            sb.append("def ").append(name).append("(").append(params()).append("):\n");
            boolean saved = inFunction;
            int savedLoops = loopDepth;
            inFunction = true;
            loopDepth = 0;
            sb.append(body(level + 1));
            if (chance(70)) sb.append(in).append("return ").append(expr()).append('\n');
            inFunction = saved;
            loopDepth = savedLoops;
        } else if (r < 85) {
            // a generator function, then a loop that walks it (a yield as a statement, an assignment's value, or inside an expression)
            String yielding = switch (below(4)) {
                case 0 -> "yield " + expr();
                case 1 -> "got = yield " + expr();
                case 2 -> "print((yield " + expr() + "), " + expr() + ")";
                default -> "got = [" + expr() + ", (yield " + expr() + ")]";
            };
            sb.append("def gen(p0):\n").append(in).append("for i in range(p0):\n").append(in).append("    ").append(yielding).append('\n');
            if (chance(30)) sb.append(in).append("yield from ").append(pick(new String[] {"L", "range(2)", "[1, 2]"})).append('\n');
            sb.append(pad).append("for m in gen(").append(below(3)).append("):\n").append(in).append("print(m)\n");
        } else if (r < 88) {
            sb.append("with ").append(chance(85) ? "no_grad()" : pick(new String[] {"enable_grad()", "a", "f"})).append(":\n").append(body(level + 1));
        } else if (r < 92) {
            // a match statement: literal, sequence, mapping, class, or-, as- and guarded patterns; the last case may match anything
            sb.append("match ").append(chance(50) ? expr() : pick(new String[] {"L", "D", "v", "c", "(1, 2)", "[L, 2]"})).append(":\n");
            String[] patterns = {"1 | 2", "[a, *rest]", "(x0, x1)", "{'k': kv, **more}", "C(k=kk)", "int(n) if n > 1", "[1, [b, _]] as whole",
                "str() | None", "-1.5", "D.k", "K()"};
            for (int k = below(3); k >= 0; k--)
                sb.append(in).append("case ").append(pick(patterns)).append(":\n").append(body(level + 2));
            if (chance(60)) sb.append(in).append("case ").append(chance(50) ? "_" : "other").append(":\n").append(body(level + 2));
        } else if (r < 95) {
            sb.append("try:\n").append(body(level + 1));
            int handlers = below(3);
            for (int k = 0; k < handlers; k++)
                sb.append(pad).append("except").append(chance(80) ? " " + pick(new String[] {"ValueError", "(KeyError, IndexError)", "ZeroDivisionError",
                        "Exception as e", "RuntimeError as err", "TypeError"}) : "").append(":\n").append(body(level + 1));
            if (handlers > 0 && chance(30)) sb.append(pad).append("else:\n").append(body(level + 1));
            if (handlers == 0 || chance(30)) sb.append(pad).append("finally:\n").append(body(level + 1));
        } else {
            sb.append("class ").append(pick(new String[] {"C", "K"})).append(chance(40) ? "(C)" : "").append(":\n")
                    .append(in).append("k = ").append(expr()).append('\n')
                    .append(in).append("def m(self, p):\n").append(in).append("    return ").append(expr()).append('\n');
        }
        return sb.toString();
    }

    /** A statement of Python beyond the lecture's: list and dict updates, del, assert, raise, global. */
    private String pythonStatement() {
        return switch (below(9)) {
            case 0 -> "L.append(" + expr() + ")";
            case 1 -> "D[" + pick(new String[] {"'k'", "2", "'new'", "(1, 2)"}) + "] = " + expr();
            case 2 -> "del " + pick(new String[] {"L[0]", "D['k']", "L[:1]", "c.v", "q"});
            case 3 -> "assert " + condition() + (chance(50) ? ", 'message'" : "");
            case 4 -> "raise " + pick(new String[] {"ValueError('bad')", "KeyError", "RuntimeError(" + expr() + ")", "Exception"});
            case 5 -> "S.add(" + expr() + ")";
            case 6 -> "L[" + (below(4) - 1) + "] = " + expr();
            case 7 -> "c." + pick(new String[] {"v", "w", "k"}) + " = " + expr();
            default -> "x1, *rest = " + pick(new String[] {"L", "[1, 2, 3]", "range(3)", "v"});
        };
    }

    private String condition() {
        if (chance(8)) return "(" + pick(SCALARS) + " := " + scalar() + ") " + pick(COMPARE_OPS) + " " + scalar(); // the walrus in a condition
        return chance(70) ? scalar() + " " + pick(COMPARE_OPS) + " " + scalar() : expr();
    }

    private String params() {
        int n = below(3);
        List<String> ps = new ArrayList<>();
        for (int i = 0; i < n; i++) ps.add("p" + i + (i == n - 1 && chance(30) ? "=" + pick(NUMBERS) : ""));
        return String.join(", ", ps);
    }

    private String body(int level) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + below(3);
        for (int i = 0; i < n; i++) {
            if (level < 3 && chance(15)) sb.append(block(level));
            else sb.append("    ".repeat(level)).append(simpleStatements()).append('\n');
        }
        return sb.toString();
    }

    // ---- well-typed expressions: they mostly evaluate, so the deeper paths get exercised ----

    /** An assignment that keeps each name's kind: scalars to scalar names, vectors (3,) to vector names, 2×2 matrices to matrix names. */
    String typedAssignment() {
        int r = below(10);
        if (r < 5) return pick(SCALARS) + " = " + scalar();
        if (r < 8) return pick(VECTORS) + " = " + vector();
        return pick(MATRICES) + " = " + matrix();
    }

    /** A scalar (shape ()) expression. */
    String scalar() {
        if (--depthBudget <= 0) return chance(60) ? pick(SCALARS) : pick(new String[] {"2", "0.5", "-1", "3", "1e-3"});
        return switch (below(12)) {
            case 0, 1 -> scalar() + " " + pick(new String[] {"+", "-", "*", "/"}) + " " + scalar();
            case 2 -> pick(new String[] {"ln", "exp", "sin", "cos", "tanh", "sigmoid", "relu", "sqrt", "abs"}) + "(" + scalar() + ")";
            case 3 -> pick(new String[] {"sum", "mean", "max", "logsumexp"}) + "(" + vector() + ")";
            case 4 -> "(" + vector() + " * " + vector() + ").sum()";
            case 5 -> "-" + scalar();
            case 6 -> scalar() + " ** " + pick(new String[] {"2", "3", "0.5", "-1"});
            case 7 -> pick(FUNCTIONS) + "(" + scalar() + ")";
            case 8 -> "(" + matrix() + " @ [" + scalar() + ", " + scalar() + "]).sum()";
            case 9 -> vector() + "[" + below(3) + "]";
            case 10 -> "grad(" + scalar() + ", " + pick(SCALARS) + ")";
            default -> pick(SCALARS);
        };
    }

    /** A vector of shape (3,). */
    String vector() {
        if (--depthBudget <= 0) return chance(70) ? pick(VECTORS) : "[1, 2, 3]";
        return switch (below(10)) {
            case 0, 1 -> vector() + " " + pick(new String[] {"+", "-", "*", "/"}) + " " + (chance(50) ? vector() : scalar());
            case 2 -> pick(new String[] {"exp", "sin", "tanh", "sigmoid", "relu", "abs", "softmax", "log_softmax"}) + "(" + vector() + ")";
            case 3 -> "[" + scalar() + ", " + scalar() + ", " + scalar() + "]";
            case 4 -> "(" + vector() + ")" + pick(new String[] {".detach()", ".exp()", ".relu()", "[::-1]", "[:]"});
            case 5 -> "randn(3)";
            case 6 -> pick(new String[] {"ones(3)", "zeros(3)", "arange(0, 3)", "rand(3)"});
            case 7 -> scalar() + " * " + vector();
            default -> pick(VECTORS);
        };
    }

    /** A 2×2 matrix. */
    String matrix() {
        if (--depthBudget <= 0) return chance(70) ? pick(MATRICES) : "[[1, 2], [3, 4]]";
        return switch (below(8)) {
            case 0, 1 -> matrix() + " " + pick(new String[] {"+", "-", "*", "@"}) + " " + matrix();
            case 2 -> "(" + matrix() + ").T";
            case 3 -> pick(new String[] {"tanh", "exp", "relu", "softmax"}) + "(" + matrix() + ")";
            case 4 -> "randn(2, 2)";
            case 5 -> "eye(2) * " + scalar();
            case 6 -> "transpose(" + matrix() + ")";
            default -> pick(MATRICES);
        };
    }

    // ---- expressions of any kind ----

    String expr() {
        if (chance(40)) {
            int k = below(10);
            return k < 5 ? scalar() : k < 8 ? vector() : matrix();
        }
        if (--depthBudget <= 0) return atom();
        int r = below(100);
        if (r < 18) return atom();
        if (r < 40) return expr() + " " + pick(BINARY_OPS) + " " + expr();
        if (r < 46) return pick(new String[] {"-", "+", "not "}) + expr();
        if (r < 51) return expr() + " " + pick(COMPARE_OPS) + " " + expr() + (chance(20) ? " " + pick(COMPARE_OPS) + " " + expr() : "");
        if (r < 54) return expr() + pick(new String[] {" and ", " or "}) + expr();
        if (r < 68) return call();
        if (r < 73) return "(" + expr() + ")";
        if (r < 78) return postfixable() + "." + pick(ATTRIBUTES);
        if (r < 83) return postfixable() + "." + pick(METHODS);
        if (r < 89) return postfixable() + "[" + subscript() + "]";
        if (r < 91) return list();
        if (r < 93) return "(" + expr() + ", " + expr() + (chance(30) ? "," : "") + ")";
        if (r < 95) return pythonExpression();
        return pick(FUNCTIONS) + "(" + expr() + (chance(30) ? ", " + expr() : "") + ")";
    }

    /** Python's expressions beyond the lecture's: lambda, if-else, comprehensions, dicts, sets, f-strings, % and methods. */
    private String pythonExpression() {
        return switch (below(14)) {
            case 0 -> "(lambda p: " + expr() + ")(" + expr() + ")";
            case 1 -> "(" + expr() + " if " + condition() + " else " + expr() + ")";
            case 2 -> "[" + expr() + " for i in range(" + below(4) + ")" + (chance(40) ? " if " + condition() : "") + "]";
            case 3 -> "{i: " + expr() + " for i in L}";
            case 4 -> "{" + expr() + ", " + expr() + "}";
            case 5 -> "{'k': " + expr() + ", 'j': " + expr() + "}";
            case 6 -> "f'" + pick(new String[] {"", "x=", "{{}}"}) + "{" + expr() + pick(new String[] {"", "!r", ":.2f", ":>5", "=", ":x"}) + "}'";
            case 7 -> "'%s %d' % (" + expr() + ", " + expr() + ")";
            case 8 -> "sum(p * 2 for p in " + pick(new String[] {"L", "range(3)", "v", "D"}) + ")";
            case 9 -> pick(new String[] {"D", "L", "S", "'abc'", "c"}) + "." + pick(new String[] {"get('k')", "items()", "copy()", "keys()",
                "count(1)", "index(2)", "pop()", "upper()", "split()", "m(1)", "v", "sort()", "union({3})"});
            case 10 -> "math." + pick(new String[] {"sqrt", "log", "exp", "floor", "sin"}) + "(" + expr() + ")";
            case 11 -> "sorted(" + pick(new String[] {"L", "S", "D", "[3, 1, 2]"}) + ", key=lambda p: " + pick(new String[] {"p", "-p", "str(p)"}) + ")";
            case 12 -> pick(new String[] {"L", "'text'", "range(5)", "(1, 2, 3)"}) + "[" + subscript() + "]";
            default -> "C(" + expr() + ")" + (chance(50) ? ".m(" + expr() + ")" : "");
        };
    }

    /** An expression that can take a postfix without parentheses. */
    private String postfixable() {
        return chance(70) ? anyName() : "(" + expr() + ")";
    }

    String atom() {
        int r = below(100);
        if (r < 45) return anyName();
        if (r < 80) return pick(NUMBERS);
        if (r < 86) return pick(new String[] {"True", "False", "None"});
        if (r < 90) return pick(new String[] {"\"s\"", "'file.gz'", "\"\"", "\"a\\tb\"", "'λ'"});
        return pick(new String[] {"[1, 2]", "[[1, 0], [0, 1]]", "[]", "()", "[True]"});
    }

    private String list() {
        int shape = below(3);
        if (shape == 0) return "[" + expr() + ", " + expr() + "]";
        if (shape == 1) return "[[" + pick(NUMBERS) + ", " + pick(NUMBERS) + "], [" + pick(NUMBERS) + ", " + expr() + "]]";
        return "[" + pick(NUMBERS) + "]";
    }

    private String subscript() {
        int r = below(6);
        return switch (r) {
            case 0 -> String.valueOf(below(4) - 1);
            case 1 -> below(3) + ":" + below(4);
            case 2 -> "::" + (chance(50) ? "-1" : "2");
            case 3 -> below(2) + ", " + (chance(50) ? ":" : String.valueOf(below(2)));
            case 4 -> ":";
            default -> expr();
        };
    }

    private String dims() {
        int n = below(4);
        List<String> ds = new ArrayList<>();
        for (int i = 0; i < n; i++) ds.add(String.valueOf(chance(5) ? -1 : below(5)));
        return String.join(", ", ds);
    }

    private String call() {
        int r = below(100);
        if (r < 45) return pick(UNARY_FNS) + "(" + expr() + ")";
        if (r < 55) return pick(new String[] {"zeros", "ones", "rand", "randn"}) + "(" + (chance(20) ? "(" + dims() + ")" : dims())
                + (chance(15) ? ", requires_grad=" + pick(new String[] {"True", "False"}) : "") + ")";
        if (r < 60) return pick(new String[] {"sum", "mean", "max", "logsumexp"}) + "(" + expr() + ", axes=(" + (below(3) - 1) + ",))";
        if (r < 65) return pick(new String[] {"pow", "matmul", "grad", "one_hot", "zip", "full", "broadcast_to", "reshape", "permute"})
                + "(" + expr() + ", " + (chance(50) ? expr() : "(" + dims() + ")") + ")";
        if (r < 70) return "eye(" + below(4) + ")";
        if (r < 74) return "arange(" + below(3) + ", " + below(6) + (chance(30) ? ", " + pick(new String[] {"0.5", "-1", "0", "2"}) : "") + ")";
        if (r < 78) return "range(" + (chance(20) ? expr() : String.valueOf(below(5))) + ")";
        if (r < 82) return "softmax(" + expr() + ", axis=" + (below(3) - 1) + ")";
        if (r < 85) return "seed(" + pick(new String[] {"0", "1", "-1", "4294967296", "2.5"}) + ")";
        if (r < 88) return pick(new String[] {"jacobian", "hessian", "jvp", "vjp"}) + "(" + expr() + ", " + anyName() + (chance(40) ? ", " + expr() : "") + ")";
        if (r < 91) return pick(new String[] {"no_grad()", "enable_grad()"});
        if (r < 94) return "nn.Linear(" + below(4) + ", " + below(4) + ")" + (chance(50) ? "(" + expr() + ")" : "");
        if (r < 96) return "nn.Sequential(nn.Linear(2, 2), nn.ReLU())(" + expr() + ")";
        return "tensor(" + expr() + ", requires_grad=" + pick(new String[] {"True", "False"}) + ")";
    }

    String target() {
        return chance(95) ? anyName() : pick(new String[] {"i", "s", "result", "_x"});
    }

    String anyName() {
        int r = below(100);
        if (r < 30) return pick(SCALARS);
        if (r < 50) return pick(VECTORS);
        if (r < 65) return pick(MATRICES);
        if (r < 90) return pick(OTHERS);
        if (r < 99) return pick(FUNCTIONS);
        return pick(new String[] {"undefined_name", "sinn", "nn", "optim", "init"});
    }

    // ---- commands ----

    String command() {
        int r = below(100);
        String target = chance(75) ? " " + (chance(85) ? pick(new String[] {"y", "z", "t", "a", "b", "x1", "x2"})
                : pick(new String[] {"v", "W", "M", "q", "f", "nosuch"})) : "";
        String format = chance(30) ? " --format " + pick(FORMATS) : "";
        if (r < 18) return ":trace" + target + format + (chance(15) ? " --order " + pick(new String[] {"depth", "creation", "random"}) : "")
                + (chance(5) ? " --all" : "");
        if (r < 30) return ":forward" + target + (chance(60) ? " wrt " + pick(new String[] {"x1", "x2", "a", "v", "W", "nosuch"})
                : " dir x1=1,x2=" + pick(NUMBERS)) + format;
        if (r < 42) return ":reverse" + target + format;
        if (r < 56) return ":grad" + target + (chance(30) ? " wrt " + pick(new String[] {"x1", "x1,x2", "a", "W", "v,nosuch"}) : "") + format;
        if (r < 64) return ":backward" + target + (chance(25) ? " " + pick(new String[] {"[1, 2, 3]", "1", "ones(2, 2)", "v"}) : "");
        if (r < 70) return ":check" + target;
        if (r < 77) return ":vars";
        if (r < 80) return ":help" + (chance(60) ? " " + pick(new String[] {"trace", "set", "language", "functions", "nosuch", "grad"}) : "");
        if (r < 88) return ":set" + (chance(85) ? " " + pick(new String[] {"precision " + (below(20) - 1), "grad " + pick(new String[] {"on", "off", "maybe"}),
                "format " + pick(FORMATS), "order " + pick(new String[] {"depth", "creation"}), "ascii on", "ascii off",
                "notation " + pick(new String[] {"cmu", "baydin"}), "anomaly " + pick(new String[] {"on", "off"}), "nosuch 1"}) : "");
        if (r < 91) return ":graph" + target;
        if (r < 93) return ":reset";
        if (r < 95) return ":quit";
        return pick(new String[] {":", ":nosuch", ":tarce y", "::", ":trace --format", ":grad wrt", ":forward y dir", ":set precision"});
    }
}
