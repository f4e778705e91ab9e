package dev.adjoint.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.lang.LangError;
import dev.adjoint.lang.Parser;
import dev.adjoint.lang.Unparser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * match statements (PEP 634) beyond what the conformance programs (match_*.py) compare with
 * CPython: the SyntaxErrors CPython's compiler gives (each message as python3 3.11 prints it for
 * the same source), a failed match leaving the session as it was, generators, and the unparser.
 */
class MatchStatementTest extends SessionHarness {
    private static final String[][] REFUSED = {
        {"match x:\n    case y: pass\n    case 1: pass\n", "name capture 'y' makes remaining patterns unreachable"},
        {"match x:\n    case _: pass\n    case 1: pass\n", "wildcard makes remaining patterns unreachable"},
        {"match x:\n    case y | 1: pass\n", "name capture 'y' makes remaining patterns unreachable"},
        {"match x:\n    case _ | 1: pass\n", "wildcard makes remaining patterns unreachable"},
        {"match x:\n    case (y): pass\n    case 2: pass\n", "name capture 'y' makes remaining patterns unreachable"},
        {"match x:\n    case [a, a]: pass\n", "multiple assignments to name 'a' in pattern"},
        {"match x:\n    case [*a, *b]: pass\n", "multiple starred names in sequence pattern"},
        {"match x:\n    case 1 | a: pass\n", "alternative patterns bind different names"},
        {"match x:\n    case (1 as y) | (2 as z): pass\n", "alternative patterns bind different names"},
        {"match x:\n    case {'a': 1, 'a': 2}: pass\n", "mapping pattern checks duplicate key ('a')"},
        {"match x:\n    case P(x=1, 2): pass\n", "positional patterns follow keyword patterns"},
        {"match x:\n    case P(x=1, x=2): pass\n", "attribute name repeated in class pattern: x"},
        {"match x:\n    case f'a': pass\n", "patterns may only match literals and attribute lookups"},
        {"match x:\n    case [1, 2] as _: pass\n", "cannot use '_' as a target"},
        {"match x:\n    case 1+2: pass\n", "imaginary number required in complex literal"},
    };

    @Test
    void patternsThatCouldNeverWorkAreCPythonsSyntaxErrors() {
        for (String[] c : REFUSED) {
            LangError e = error(c[0]);
            assertThat(e).as(c[0]).isNotNull();
            assertThat(e.getMessage()).as(c[0]).isEqualTo("SyntaxError: " + c[1]);
        }
        // a guard, or being last, lets a case match anything
        run("x = 3\nmatch x:\n    case y if y > 5: pass\n    case z: r = z\n");
        assertThat(value("r")).isEqualTo(3.0);
    }

    @Test
    void aFailedMatchChangesNothing() {
        run("x = 'old'\nd = {'k': 1}\n");
        assertThat(error("match [1, 2]:\n    case [x, y] if 1 / 0: pass\n").getMessage()).contains("division by zero");
        assertThat(session.lookup("x")).isEqualTo("old");
        assertThat(session.lookup("y")).isNull();
        run("match d:\n    case {'k': v, **rest}: rest['new'] = v\n");
        assertThat(out.printed).isEmpty();
        run("print(d, rest)");
        assertThat(out.printed).containsExactly("{'k': 1} {'new': 1}");
    }

    @Test
    void aGeneratorStopsInsideACase() {
        run("def g(items):\n    for v in items:\n        match v:\n            case [a, *rest]:\n                got = yield a\n                yield got, rest\n"
                + "            case int(n) if n > 0:\n                yield n * 10\n            case _:\n                yield 'other'\n\n"
                + "it = g([[1, 2, 3], 4, 'x'])\nprint(next(it), it.send('sent'), list(it))\n");
        assertThat(out.printed).containsExactly("1 ('sent', [2, 3]) [40, 'other']");
        assertThat(error("def g():\n    match 1:\n        case 1 if (yield):\n            pass\n").getMessage())
                .isEqualTo("`yield` inside a case's guard is not supported; assign it first: `x = yield value`");
        run("def h():\n    match (yield 'first'):\n        case 2:\n            yield 'two'\n\ni = h()\nprint(next(i), i.send(2))\n");
        assertThat(out.printed).endsWith("first two");
    }

    @Test
    void theUnparserWritesPatternsBackAsTheyParse() {
        String source = """
                match command.split(), 2:
                    case [('go' | 'walk') as verb, direction] if direction != 'up':
                        pass
                    case [Point(x=0, y=yy), *rest] | [_, Point(0, yy), *rest]:
                        pass
                    case {'k': -1.5, Color.RED: None, **others}:
                        pass
                    case ((1 as a) as b):
                        pass
                    case (Color.RED | Color.GREEN) | 'x' | b'y' | True:
                        pass
                    case str() | int(_) | []:
                        pass
                """;
        List<dev.adjoint.lang.Stmt> tree = Parser.parse(source);
        String text = Unparser.program(tree);
        assertThat(Unparser.program(Parser.parse(text))).isEqualTo(text);
        assertThat(text).contains("case [\"go\" | \"walk\" as verb, direction] if direction != \"up\":")
                .contains("case {\"k\": -1.5, Color.RED: None, **others}:")
                .contains("case (1 as a) as b:");
    }
}
