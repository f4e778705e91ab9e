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
        assertThat(parseExpr("2**-1")).isEqualTo("(** 2 -1)");
        assertThat(parseExpr("2**3**2")).isEqualTo("(** 2 (** 3 2))");
        assertThat(parseExpr("x^2^3")).isEqualTo("(^ x (^ 2 3))");
        assertThat(parseExpr("-2")).isEqualTo("-2");
        assertThat(parseExpr("-2**2")).isEqualTo("(- (** 2 2))");
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
        assertThat(e).hasMessage("expected an expression after '+'");
        assertThat(e.span().column()).isEqualTo(9);
    }

    @Test
    void extraTokenAfterStatement() {
        LangError e = error("x1 = 2 3");
        assertThat(e).hasMessage("unexpected number after the statement");
        assertThat(e.span().column()).isEqualTo(8);
        assertThat(error("x = 1 y")).hasMessage("unexpected name 'y' after the statement");
    }

    @Test
    void missingExpressionAfterParenthesis() {
        assertThat(error("y = ln(,)")).hasMessage("expected an expression after '('");
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
        assertThat(error("x[0] = 1").getMessage()).contains("tensors are immutable values");
        assertThat(error("f(x) = 1")).hasMessage("cannot assign to a function call");
        assertThat(error("2 = x")).hasMessage("cannot assign to a literal");
    }

    @Test
    void blockErrors() {
        assertThat(error("for i in range(3):\n")).hasMessage("expected an indented block after 'for' statement on line 1");
        assertThat(error("if x\n    a = 1\n").getMessage()).startsWith("expected ':' after the if condition");
        assertThat(error("  x = 1")).hasMessage("unexpected indent");
        assertThat(error("else:\n    pass\n")).hasMessage("'else' without a matching 'if'");
        assertThat(error("break")).hasMessage("'break' outside a loop");
        assertThat(error("return 1")).hasMessage("'return' outside a function");
        assertThat(error("def f(a, a): pass")).hasMessage("duplicate parameter 'a'");
    }

    @Test
    void callArgumentErrors() {
        assertThat(error("f(a=1, 2)")).hasMessage("positional argument follows keyword argument");
        assertThat(error("f(a=1, a=2)")).hasMessage("keyword argument repeated: 'a'");
        assertThat(error("f(1 2)").getMessage()).startsWith("expected ')' after the arguments");
    }
}
