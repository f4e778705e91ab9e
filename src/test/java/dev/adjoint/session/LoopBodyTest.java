package dev.adjoint.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.LangError;
import dev.adjoint.lang.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A loop's body runs as nodes made once for the loop (lang/LoopBody), not by the interpreter's
 * visitor: it must do exactly what the same statements do outside a loop. Random bodies (names,
 * numbers, operators, comparisons, calls, if/elif/else, errors) run once inside
 * {@code for _k in [0]:} and once as top-level statements, in fresh sessions; bindings, their
 * graphs, printed lines and errors (type, message, place) must agree.
 */
class LoopBodyTest {
    private static final String[] NAMES = {"a", "b", "c"};
    private static final String[] OPERATORS = {"+", "-", "*", "/", "//", "%", "**"};
    private static final String[] COMPARISONS = {"<", "<=", "==", "!=", ">", ">="};
    private static final String[] FUNCTIONS = {"sin", "exp", "abs", "float", "int", "print", "tanh", "ln", "str", "undefined_fn"};

    @Test
    void randomLoopBodiesDoWhatTheSameStatementsDoOutsideALoop() {
        Random random = new Random(16);
        for (int program = 0; program < 300; program++) {
            List<String> body = new ArrayList<>();
            int statements = 1 + random.nextInt(4);
            for (int i = 0; i < statements; i++) body.addAll(statement(random));
            String init = "a = " + number(random) + "\nb = " + number(random) + "\nc = " + number(random) + "\n";
            String looped = "for _k in [0]:\n" + String.join("\n", body.stream().map(l -> "    " + l).toList()) + "\n";
            String straight = String.join("\n", body) + "\n";
            assertThat(outcome(init, looped, 1, 4)).as(init + looped).isEqualTo(outcome(init, straight, 0, 0));
            if (program % 3 == 0) { // with grad mode off numbers stay plain, in a loop as outside it
                String offLooped = "with no_grad():\n" + looped.indent(4), offStraight = "with no_grad():\n" + straight.indent(4);
                assertThat(outcome(init, offLooped, 2, 8)).as(init + offLooped).isEqualTo(outcome(init, offStraight, 1, 4));
            }
        }
    }

    @Test
    void withGradModeOffALoopsArithmeticGivesPlainFloats() {
        Session session = new Session();
        session.eval("x = 0.5\na = 0.9", new RecordingOutput());
        session.eval("with no_grad():\n    for i in range(3):\n        y = x * a + sin(x) * 2\n", new RecordingOutput());
        assertThat(session.lookup("y")).isInstanceOf(Double.class).isEqualTo(0.5 * 0.9 + Math.sin(0.5) * 2);
    }

    @Test
    void anErrorInALoopsArithmeticPointsAtItsOperator() {
        Session session = new Session();
        session.eval("x = 1.5\nzero = 0", new RecordingOutput());
        LangError e = org.assertj.core.api.Assertions.catchThrowableOfType(LangError.class,
                () -> session.eval("for i in range(3):\n    y = x * 2 + x / zero\n", new RecordingOutput()));
        assertThat(e.getMessage()).isEqualTo("ZeroDivisionError: float division by zero");
        assertThat(e.span().line()).isEqualTo(2);
        assertThat(e.span().column()).isEqualTo("    y = x * 2 + x ".length() + 1);
        assertThat(session.lookup("y")).isNull(); // the failed input is undone
    }

    /** What running {@code source} after {@code init} in a fresh session leaves: bindings (but _k), their nodes, printed and shown values, the error. */
    private static String outcome(String init, String source, int lineShift, int columnShift) {
        Session session = new Session();
        RecordingOutput out = new RecordingOutput();
        session.eval(init, out);
        StringBuilder sb = new StringBuilder();
        try {
            session.eval(source, out);
        } catch (LangError e) {
            sb.append("error ").append(e.getMessage());
            if (e.span() != null) sb.append(" at ").append(e.span().line() - lineShift).append(':').append(e.span().column() - columnShift);
            sb.append('\n');
        }
        for (Map.Entry<String, Object> v : session.variables().entrySet()) {
            if (v.getKey().equals("_k")) continue;
            Tensor node = Values.node(v.getValue());
            sb.append(v.getKey()).append(" = ").append(Values.typeName(v.getValue())).append(' ').append(dev.adjoint.lang.Repr.repr(v.getValue()))
                    .append(node == null ? "" : " node " + node.name() + " " + (node.op() == null ? "leaf" : node.op().name()) + " " + node.inputCount())
                    .append('\n');
        }
        sb.append(out.printed).append(out.shown.stream().map(dev.adjoint.lang.Repr::repr).toList());
        return sb.toString();
    }

    private static List<String> statement(Random random) {
        String target = NAMES[random.nextInt(NAMES.length)];
        switch (random.nextInt(4)) {
            case 0:
                return List.of("if " + condition(random) + ": " + target + " = " + expression(random, 0),
                        "elif " + condition(random) + ":", "    " + target + " = " + expression(random, 0), "else:", "    print(" + expression(random, 0) + ")");
            case 1:
                return List.of("if " + condition(random) + ": " + target + " = " + expression(random, 0));
            case 2:
                return List.of(FUNCTIONS[random.nextInt(FUNCTIONS.length)] + "(" + expression(random, 0) + ")");
            default:
                return List.of(target + " = " + expression(random, 0));
        }
    }

    private static String condition(Random random) {
        return random.nextInt(5) == 0 ? expression(random, 2) : expression(random, 2) + " " + COMPARISONS[random.nextInt(COMPARISONS.length)] + " " + expression(random, 2);
    }

    private static String expression(Random random, int depth) {
        int pick = depth > 3 ? random.nextInt(2) : random.nextInt(6);
        return switch (pick) {
            case 0 -> NAMES[random.nextInt(NAMES.length)];
            case 1 -> number(random);
            case 2, 3 -> "(" + expression(random, depth + 1) + " " + OPERATORS[random.nextInt(OPERATORS.length)] + " " + expression(random, depth + 1) + ")";
            case 4 -> FUNCTIONS[random.nextInt(FUNCTIONS.length)] + "(" + expression(random, depth + 1) + ")";
            default -> "-" + expression(random, depth + 1);
        };
    }

    private static String number(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> Integer.toString(random.nextInt(7) - 2);
            case 1 -> Double.toString(Math.round(random.nextGaussian() * 100) / 40.0);
            case 2 -> "True";
            default -> Integer.toString(random.nextInt(3));
        };
    }
}
