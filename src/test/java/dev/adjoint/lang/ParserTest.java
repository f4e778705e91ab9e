package dev.adjoint.lang;

import static dev.adjoint.lang.AstPrinter.parseExpr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParserTest {
    private static LangError error(String source) {
        return catchThrowableOfType(LangError.class, () -> Parser.parse(source));
    }

    @Test
    void precedenceLoosestFirst() {
        assertThat(parseExpr("a or b and not c")).isEqualTo("(or a (and b (not c)))");
        assertThat(parseExpr("a + b * c - d")).isEqualTo("(- (+ a (* b c)) d)");
        assertThat(parseExpr("a @ b // c % d / e")).isEqualTo("(/ (% (// (@ a b) c) d) e)");
        assertThat(parseExpr("a < b + 1")).isEqualTo("(compare a < (+ b 1))");
        assertThat(parseExpr("0 <= x < 1")).isEqualTo("(compare 0 <= x < 1)");
    }

    @Test
    void powerBindsTighterThanUnaryOnItsLeftAndIsRightAssociative() {
        assertThat(parseExpr("-x**2")).isEqualTo("(- (** x 2))");
        assertThat(parseExpr("x**-1")).isEqualTo("(** x -1)");
        assertThat(parseExpr("x**y**2")).isEqualTo("(** x (** y 2))");
        assertThat(parseExpr("x^2^3")).isEqualTo("(^ x (^ 2 3))");
        assertThat(parseExpr("-2")).isEqualTo("-2");
        assertThat(parseExpr("-x**2**y")).isEqualTo("(- (** x (** 2 y)))");
        assertThat(parseExpr("-2**2")).isEqualTo("-4"); // folded as CPython folds it: -(2**2)
    }

    @Test
    void postfixCallsAttributesIndexing() {
        assertThat(parseExpr("f(a, b, axes=(1,))")).isEqualTo("(call f a b axes=(tuple 1))");
        assertThat(parseExpr("x.grad")).isEqualTo("(. x grad)");
        assertThat(parseExpr("x.sum(1).T")).isEqualTo("(. (call (. x sum) 1) T)");
        assertThat(parseExpr("x[0, 1:3]")).isEqualTo("(index x 0 1:3)");
        assertThat(parseExpr("x[::-1]")).isEqualTo("(index x ::-1)");
        assertThat(parseExpr("x[-1]")).isEqualTo("(index x -1)");
        assertThat(parseExpr("x[:, 0]")).isEqualTo("(index x : 0)");
    }

    @Test
    void literals() {
        assertThat(parseExpr("(1, 2)")).isEqualTo("(tuple 1 2)");
        assertThat(parseExpr("(1,)")).isEqualTo("(tuple 1)");
        assertThat(parseExpr("()")).isEqualTo("(tuple)");
        assertThat(parseExpr("(1)")).isEqualTo("1");
        assertThat(parseExpr("[[1, 2], [3, 4]]")).isEqualTo("[[1 2] [3 4]]");
        assertThat(parseExpr("[1, 2,]")).isEqualTo("[1 2]");
        assertThat(parseExpr("True")).isEqualTo("True");
        assertThat(parseExpr("None")).isEqualTo("None");
        assertThat(parseExpr("'file.gz'")).isEqualTo("'file.gz'");
        assertThat(parseExpr("1e-3")).isEqualTo("0.001");
    }

    @Test
    void statements() {
        List<Stmt> p = Parser.parse("a, b = b, a; x.data = 1; a += 2; x = y = 3");
        assertThat(p).hasSize(4);
        assertThat(p.get(0)).isInstanceOf(Stmt.Assign.class);
        assertThat(((Stmt.Assign) p.get(0)).targets().get(0)).isInstanceOf(Expr.Tuple.class);
        assertThat(((Stmt.Assign) p.get(1)).targets().get(0)).isInstanceOf(Expr.Attribute.class);
        assertThat(p.get(2)).isInstanceOf(Stmt.AugAssign.class);
        assertThat(((Stmt.Assign) p.get(3)).targets()).hasSize(2);
    }

    @Test
    void blocks() {
        List<Stmt> p = Parser.parse("for i in range(5): w = w + 1\nif x:\n    a = 1\nelif y:\n    a = 2\nelse:\n    a = 3\n"
                + "def f(a, b=1):\n    return a + b\nwhile True:\n    break\nwith no_grad():\n    pass\n");
        assertThat(p).extracting(s -> s.getClass().getSimpleName()).containsExactly("For", "If", "Def", "While", "With");
        Stmt.If branch = (Stmt.If) p.get(1);
        assertThat(branch.branches()).hasSize(2);
        assertThat(branch.orElse()).hasSize(1);
        Stmt.Def def = (Stmt.Def) p.get(2);
        assertThat(def.params()).extracting(Stmt.Param::name).containsExactly("a", "b");
    }

    @Test
    void forWithUnpacking() {
        Stmt.For f = (Stmt.For) Parser.parse("for X, y in pairs:\n    pass\n").get(0);
        assertThat(AstPrinter.print(f.target())).isEqualTo("(tuple X y)");
    }

    @Test
    void missingOperandPointsAtTheBadToken() {
        LangError e = error("y = x1 +* 2");
        assertThat(e).hasMessage("invalid syntax"); // CPython 3.11's words, at the token it could not read
        assertThat(e.span().column()).isEqualTo(9);
    }

    @Test
    void extraTokenAfterStatement() {
        LangError e = error("x1 = 2 3");
        assertThat(e).hasMessage("invalid syntax");
        assertThat(e.span().column()).isEqualTo(8);
        assertThat(error("x = 1 y")).hasMessage("invalid syntax");
    }

    @Test
    void missingExpressionAfterParenthesis() {
        assertThat(error("y = ln(,)")).hasMessage("invalid syntax");
    }

    @Test
    void tenThousandParenthesesIsAnErrorNotAStackOverflow() {
        String deep = "(".repeat(10_000) + "1" + ")".repeat(10_000);
        LangError e = error(deep);
        assertThat(e.getMessage()).startsWith("expression nested too deeply");
        assertThat(error("(".repeat(10_000))).hasMessageStartingWith("expression nested too deeply");
        assertThat(error("((")).hasMessageContaining("was never closed");
        assertThat(error("-".repeat(10_000) + "x")).hasMessageStartingWith("expression nested too deeply");
    }

    @Test
    void longFlatChainsAreFine() {
        assertThat(Parser.parse(String.join(" + ", java.util.Collections.nCopies(5000, "1")))).hasSize(1);
    }

    @Test
    void assignmentTargets() {
        assertThat(Parser.parse("x[0] = 1; d['a'] += 1; a, *rest = xs; x: int = 5").get(1)).isInstanceOf(Stmt.AugAssign.class);
        assertThat(error("a, *b, *c = xs")).hasMessage("multiple starred expressions in assignment");
        assertThat(error("f(x) = 1")).hasMessage("cannot assign to function call here. Maybe you meant '==' instead of '='?");
        assertThat(error("f(x) = y = 1")).hasMessage("cannot assign to function call");
        assertThat(error("2 = x")).hasMessage("cannot assign to literal here. Maybe you meant '==' instead of '='?");
    }

    @Test
    void blockErrors() {
        assertThat(error("for i in range(3):\n")).hasMessage("IndentationError: expected an indented block after 'for' statement on line 1");
        assertThat(error("if x\n    a = 1\n").getMessage()).isEqualTo("expected ':'"); // CPython 3.11's words
        assertThat(error("if x y:\n    a = 1\n").getMessage()).isEqualTo("invalid syntax");
        assertThat(error("  x = 1")).hasMessage("IndentationError: unexpected indent");
        assertThat(error("else:\n    pass\n")).hasMessage("invalid syntax");
        assertThat(error("break")).hasMessage("'break' outside loop");
        assertThat(error("return 1")).hasMessage("'return' outside function");
        assertThat(error("def f(a, a): pass")).hasMessage("duplicate argument 'a' in function definition");
    }

    @Test
    void pythonExpressions() {
        assertThat(parseExpr("lambda t, u=1: t * u")).isEqualTo("(lambda t u (* t u))");
        assertThat(parseExpr("3 if c else 4")).isEqualTo("(if c 3 4)");
        assertThat(parseExpr("a if b else c if d else e")).isEqualTo("(if b a (if d c e))");
        assertThat(parseExpr("[v*2 for v in a if v if v > 1 for w in b]")).isEqualTo("(list (* v 2) for v in a if v if (compare v > 1) for w in b)");
        assertThat(parseExpr("{k: v for k, v in d.items()}")).isEqualTo("(dict k v for (tuple k v) in (call (. d items)))");
        assertThat(parseExpr("{x for x in s}")).isEqualTo("(set x for x in s)");
        assertThat(parseExpr("sum(x*x for x in xs)")).isEqualTo("(call sum (generator (* x x) for x in xs))");
        assertThat(parseExpr("{'a': 1, **m}")).isEqualTo("(dict 'a':1 **m)");
        assertThat(parseExpr("{1, *s}")).isEqualTo("(set 1 *s)");
        assertThat(parseExpr("{}")).isEqualTo("(dict)");
        assertThat(parseExpr("f(*args, k=1, **kw)")).isEqualTo("(call f *args k=1 **kw)");
        assertThat(parseExpr("x not in s and y is not None")).isEqualTo("(and (compare x not in s) (compare y is not None))");
        assertThat(parseExpr("a | b & c << d + 2")).isEqualTo("(| a (& b (<< c (+ d 2))))");
        assertThat(parseExpr("~x")).isEqualTo("(~ x)");
        assertThat(parseExpr("...")).isEqualTo("...");
    }

    @Test
    void numberLiterals() {
        assertThat(parseExpr("1_000")).isEqualTo("1000");
        assertThat(parseExpr("x + 0x10 + 0o17 + 0b101")).isEqualTo("(+ (+ (+ x 16) 15) 5)");
        assertThat(parseExpr(".5")).isEqualTo("0.5");
        assertThat(parseExpr("7.")).isEqualTo("7.0");
        assertThat(parseExpr("123456789012345678901234567890")).isEqualTo("123456789012345678901234567890");
        assertThat(error("012")).hasMessageStartingWith("leading zeros in decimal integer literals are not permitted");
        assertThat(parseExpr("2j")).isEqualTo("2j"); // an imaginary literal is a complex number
        assertThat(error("2jx")).hasMessage("invalid imaginary literal");
    }

    @Test
    void stringsOfEveryKind() {
        assertThat(parseExpr("'a' \"b\"")).isEqualTo("'ab'");
        assertThat(parseExpr("'''one\ntwo'''")).isEqualTo("'one\ntwo'");
        assertThat(parseExpr("r'\\d'")).isEqualTo("'\\d'");
        assertThat(parseExpr("f'loss {l:.4f} {x!r}'")).isEqualTo("(f 'loss ' {l:(f '.4f')} ' ' {x!r})");
        assertThat(parseExpr("f'{{}} {x:>{w}}'")).isEqualTo("(f '{} ' {x:(f '>' {w})})");
        assertThat(error("f'{}'")).hasMessage("f-string: empty expression not allowed");
        assertThat(parseExpr("b'a' B\"\\x00\" rb'\\n'")).isEqualTo("b'a\\x00\\\\n'");
        assertThat(error("b'a' 'b'")).hasMessage("cannot mix bytes and nonbytes literals");
        assertThat(error("'a' b'b'")).hasMessage("cannot mix bytes and nonbytes literals");
        assertThat(error("b'\u00e9'")).hasMessage("bytes can only contain ASCII literal characters");
    }

    @Test
    void pythonStatements() {
        List<Stmt> p = Parser.parse("try:\n    x = 1\nexcept (ValueError, KeyError) as e:\n    raise\nelse:\n    pass\nfinally:\n    pass\n"
                + "class A(B):\n    @staticmethod\n    def f(*, k=1, **kw): return k\n"
                + "import math, torch.nn as nn\nfrom torch.autograd import grad as g\ndel a[0], b.c\nassert x, 'msg'\nglobal q\n");
        assertThat(p).extracting(s -> s.getClass().getSimpleName())
                .containsExactly("Try", "ClassDef", "Import", "Import", "Del", "Assert", "Scope");
        Stmt.ClassDef c = (Stmt.ClassDef) p.get(1);
        Stmt.Def f = (Stmt.Def) c.body().get(0);
        assertThat(f.decorators()).hasSize(1);
        assertThat(f.params()).extracting(Stmt.Param::kind).containsExactly(Stmt.ParamKind.KEYWORD_ONLY, Stmt.ParamKind.VAR_KEYWORD);
        assertThat(((Stmt.Import) p.get(3)).module()).isEqualTo("torch.autograd");
        // a relative import keeps its dots ("..." is one token, three levels), resolved when it runs
        assertThat(Parser.parse("from . import x\nfrom ..ops import *\nfrom ...a.b import (c, d)\n"))
                .extracting(s -> ((Stmt.Import) s).module()).containsExactly(".", "..ops", "...a.b");
    }

    @Test
    void unsupportedPythonNamesTheFeature() {
        assertThat(error("async def f(): pass")).hasMessage("`async def` is not supported (adjoint runs no coroutines)");
    }

    /** := stands only where CPython's grammar has a named_expression; the tree says what binds. */
    @Test
    void walrusParsesWherePythonAllowsIt() {
        assertThat(((Stmt.If) Parser.parse("if (n := 3) > 2: pass").get(0)).branches().get(0).condition())
                .extracting(AstPrinter::print).isEqualTo("(compare (:= n 3) > 2)");
        assertThat(AstPrinter.parseExpr("f(y := 1, z)")).isEqualTo("(call f (:= y 1) z)");
        assertThat(AstPrinter.parseExpr("[y := g(x) for x in xs]")).isEqualTo("(list (:= y (call g x)) for x in xs)");
        assertThat(error("n := 3")).hasMessage("invalid syntax");
        assertThat(error("x = n := 3")).hasMessage("invalid syntax");
        assertThat(error("(a.b := 3)")).hasMessage("cannot use assignment expressions with attribute");
        assertThat(error("[i := 0 for i in xs]")).hasMessage("assignment expression cannot rebind comprehension iteration variable 'i'");
        assertThat(error("class C:\n    z = [(q := i) for i in xs]\n")).hasMessage("assignment expression within a comprehension cannot be used in a class body");
    }

    /**
     * '=' where a condition or item stands: CPython 3.11's messages and carets (each case as
     * `python3 -` prints it), which name the fix for the commonest first-week typo.
     */
    @Test
    void anAssignmentWhereAConditionStandsGetsCPythonsMessages() {
        String meant = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
        String[][] cases = {
            {"if x = 3: print(x)", meant, "x = 3"}, {"while x = 3: pass", meant, "x = 3"}, {"if x = 3 == 3:", meant, "x = 3"},
            {"if x = 3 and y:", meant, "x = 3"}, {"if x = 3 if y else 4:", meant, "x = 3"}, {"[x = 1]", meant, "x = 1"},
            {"d[x = 1]", meant, "x = 1"}, {"(x = 1)", meant, "x = 1"}, {"{x = 1}", meant, "x = 1"},
            {"if x.y = 3:", "cannot assign to attribute here. Maybe you meant '==' instead of '='?", "x.y"},
            {"if x[0] = 3:", "cannot assign to subscript here. Maybe you meant '==' instead of '='?", "x[0]"},
            {"if f(x) = 3:", "cannot assign to function call here. Maybe you meant '==' instead of '='?", "f(x)"},
            {"if 1 = x:", "cannot assign to literal here. Maybe you meant '==' instead of '='?", "1"},
            {"if (x) = 3:", "cannot assign to name here. Maybe you meant '==' instead of '='?", "x"},
            {"if x = y = 3:", "invalid syntax", "="}, {"if not x = 3:", "invalid syntax", "="},
            {"if x == 1 or y = 2:", "invalid syntax", "="}, {"while True = 1:", "invalid syntax", "="},
            {"f(x.y = 1)", "expression cannot contain assignment, perhaps you meant \"==\"?", "x.y ="}};
        for (String[] c : cases) {
            LangError e = error(c[0]);
            assertThat(e).as(c[0]).hasMessage(c[1]);
            int at = c[0].indexOf(c[2], c[2].equals("=") ? c[0].indexOf(" = ") : 0);
            assertThat(e.span().offset()).as(c[0]).isEqualTo(at);
            assertThat(e.span().length()).as(c[0]).isEqualTo(c[2].length());
        }
    }

    /** The rewrite that moves yields where a generator can stop is made once, when the def is parsed, for every function the def makes. */
    @Test
    void aGeneratorBodyIsLiftedOnceWhenParsed() {
        Stmt.Def g = (Stmt.Def) Parser.parse("def g():\n    x = (yield 1) + 1\n").get(0);
        assertThat(g.resumableBody()).isNotEqualTo(g.body()); // the yield moved to an assignment of its own
        UserFunction first = UserFunction.of(g, List.of(), null, null, null), second = UserFunction.of(g, List.of(), null, null, null);
        assertThat(first.resumableBody()).isSameAs(second.resumableBody()).isSameAs(g.resumableBody());
    }

    /** A yield makes its def a generator; it stands as a statement or an assignment's value, nowhere else. */
    @Test
    void yieldMakesAGeneratorAndStandsOnlyWhereABodyCanStop() {
        Stmt.Def g = (Stmt.Def) Parser.parse("def g(xs):\n    for x in xs:\n        got = yield x * 2\n    yield from xs\n").get(0);
        assertThat(g.generator()).isTrue();
        assertThat(((Stmt.Def) Parser.parse("def f():\n    def inner():\n        yield 1\n    return inner\n").get(0)).generator()).isFalse();
        Stmt.Assign got = (Stmt.Assign) ((Stmt.For) g.body().get(0)).body().get(0);
        assertThat(AstPrinter.print(got.value())).isEqualTo("(yield (* x 2))");
        assertThat(AstPrinter.print(((Stmt.Expression) g.body().get(1)).expr())).isEqualTo("(yield-from xs)");
        assertThat(error("yield 1")).hasMessage("'yield' outside function");
        assertThat(error("def f():\n    print(yield 1)\n")).hasMessage("invalid syntax"); // CPython's words: it needs parentheses
        assertThat(error("def f():\n    x = a and (yield)\n")).hasMessageStartingWith("`yield` inside 'and' is not supported; assign it first");
        assertThat(error("def f():\n    x = [(yield) for i in y]\n")).hasMessage("SyntaxError: 'yield' inside list comprehension");
        assertThat(error("def f():\n    a[(yield)] = 1\n")).hasMessageStartingWith("`yield` inside an assignment target is not supported");
    }

    @Test
    void callArgumentErrors() {
        assertThat(error("f(a=1, 2)")).hasMessage("positional argument follows keyword argument");
        assertThat(error("f(a=1, a=2)")).hasMessage("keyword argument repeated: a");
        assertThat(error("f(1 2)")).hasMessage("invalid syntax. Perhaps you forgot a comma?");
    }

    /** CPython's AST optimizer folds an operation on two literals within its limits (ast_opt.c), never one that raises, never an annotation. */
    @Test
    void constantsAreFoldedAsCPythonFoldsThem() {
        assertThat(parseExpr("2**-1")).isEqualTo("0.5");
        assertThat(parseExpr("10**3 + 1")).isEqualTo("1001");
        assertThat(parseExpr("'tr' + 'ain'")).isEqualTo("'train'");
        assertThat(parseExpr("2**200")).isEqualTo("(** 2 200)"); // past 128 bits
        assertThat(parseExpr("'ab' * 3000")).isEqualTo("(* 'ab' 3000)"); // past 4096 characters
        assertThat(parseExpr("1/0")).isEqualTo("(/ 1 0)"); // raises when it runs
        assertThat(parseExpr("'%d' % 5")).isEqualTo("(% '%d' 5)");
        assertThat(parseExpr("2^3")).isEqualTo("(^ 2 3)"); // the lecture's power, Python's xor: left to run time
        Stmt.Annotated a = (Stmt.Annotated) Parser.parse("x: 2 ** 3 = 1").get(0);
        assertThat(AstPrinter.print(a.annotation())).isEqualTo("(** 2 3)");
    }

    /** Equal literals of one parse are one object, identifier-like strings one object across parses (CPython's `is`). */
    @Test
    void equalConstantsOfOneUnitAreOneObject() {
        Stmt.Expression e = (Stmt.Expression) Parser.parse("(257, 257, 'a b', 'a b')").get(0);
        java.util.List<Expr> items = ((Expr.Tuple) e.expr()).items();
        assertThat(((Expr.Number) items.get(0)).value()).isSameAs(((Expr.Number) items.get(1)).value());
        assertThat(((Expr.Str) items.get(2)).value()).isSameAs(((Expr.Str) items.get(3)).value());
        Object train = ((Expr.Str) ((Stmt.Expression) Parser.parse("'train'").get(0)).expr()).value();
        assertThat(((Expr.Str) ((Stmt.Expression) Parser.parse("'train'").get(0)).expr()).value()).isSameAs(train);
        assertThat(((Expr.Number) ((Stmt.Expression) Parser.parse("257").get(0)).expr()).value())
                .isNotSameAs(((Expr.Number) items.get(0)).value()); // another unit's 257 is another object
    }

    /** A set display of literals is marked once, when parsed: CPython folds it to a constant, which decides the order it prints in. */
    @Test
    void aSetOfLiteralsIsMarkedConstantWhenParsed() {
        assertThat(setDisplay("{3, 1, 2}").constant()).isTrue();
        assertThat(setDisplay("{(1, 'a'), None, True}").constant()).isTrue();
        assertThat(setDisplay("{x, 1, 2}").constant()).isFalse();
        assertThat(setDisplay("{(1, x), 1, 2}").constant()).isFalse();
    }

    private static Expr.SetExpr setDisplay(String source) {
        return (Expr.SetExpr) ((Stmt.Expression) Parser.parse(source).get(0)).expr();
    }
}
