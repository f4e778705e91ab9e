package dev.adjoint.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.adjoint.autograd.Autograd;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The display rules cannot drift from the math: every template of {@link LocalRules}, evaluated
 * as a formula, must give the derivative the op's own jvp and vjp give.
 */
class LocalRulesTest {
    private record Case(String op, int arity, Function<Tensor[], Tensor> apply, double a, double b) {}

    private static final List<Case> CASES = List.of(
            new Case("add", 2, x -> Ops.add(x[0], x[1]), 1.3, -0.7),
            new Case("sub", 2, x -> Ops.sub(x[0], x[1]), 1.3, -0.7),
            new Case("mul", 2, x -> Ops.mul(x[0], x[1]), 1.3, -0.7),
            new Case("div", 2, x -> Ops.div(x[0], x[1]), 1.3, -0.7),
            new Case("pow", 2, x -> Ops.pow(x[0], x[1]), 1.3, 2.4),
            new Case("neg", 1, x -> Ops.neg(x[0]), 1.3, 0),
            new Case("ln", 1, x -> Ops.log(x[0]), 1.3, 0),
            new Case("exp", 1, x -> Ops.exp(x[0]), 0.4, 0),
            new Case("sin", 1, x -> Ops.sin(x[0]), 1.3, 0),
            new Case("cos", 1, x -> Ops.cos(x[0]), 1.3, 0),
            new Case("tanh", 1, x -> Ops.tanh(x[0]), 0.6, 0),
            new Case("sigmoid", 1, x -> Ops.sigmoid(x[0]), 0.6, 0),
            new Case("relu", 1, x -> Ops.relu(x[0]), 0.6, 0),
            new Case("sqrt", 1, x -> Ops.sqrt(x[0]), 1.7, 0),
            new Case("abs", 1, x -> Ops.abs(x[0]), -1.7, 0),
            new Case("reciprocal", 1, x -> Ops.reciprocal(x[0]), -1.7, 0));

    /** Every op whose rule is the same in both modes (the elementwise ops) has a case here: no template goes unchecked. */
    @Test
    void everyScalarOpIsCovered() throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of(Ops.class.getProtectionDomain().getCodeSource().getLocation().toURI()).resolve("dev/adjoint/autograd/op");
        List<String> withRules = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".class") || name.contains("$")) continue;
                Class<?> c = Class.forName("dev.adjoint.autograd.op." + name.substring(0, name.length() - 6));
                java.lang.reflect.Field instance;
                try {
                    instance = c.getDeclaredField("INSTANCE");
                } catch (NoSuchFieldException e) {
                    continue;
                }
                instance.setAccessible(true);
                if (!(instance.get(null) instanceof dev.adjoint.autograd.Op op)) continue;
                dev.adjoint.autograd.LocalRule rule = op.localRule();
                if (rule != null && java.util.Arrays.equals(rule.forward(), rule.reverse())) withRules.add(op.name());
            }
        }
        assertThat(withRules).isNotEmpty();
        assertThat(CASES.stream().map(Case::op).toList()).containsAll(withRules);
    }

    @Test
    void templatesAgreeWithTheOpsJvpAndVjp() {
        for (Case c : CASES) {
            Tensor[] in = new Tensor[c.arity()];
            in[0] = Tensor.leaf(NDArray.scalar(c.a()), true);
            if (c.arity() == 2) in[1] = Tensor.leaf(NDArray.scalar(c.b()), true);
            Tensor y = c.apply().apply(in);
            assertThat(y.op().name()).isEqualTo(c.op());
            List<Tensor> grads = Autograd.grad(y, List.of(in), null, false);
            for (int k = 0; k < c.arity(); k++) {
                Tensor tangent = Autograd.jvp(y, in[k], Tensor.constant(1.0));
                Map<Character, Double> vars = new HashMap<>(Map.of('g', 1.0, 'a', c.a(), 'b', c.b(), 'o', y.item()));
                double fwd = new Formula(LocalRules.forward(y.op(), k), vars).value();
                double rev = new Formula(LocalRules.reverse(y.op(), k), vars).value();
                assertThat(fwd).as(c.op() + " forward, operand " + k).isCloseTo(tangent.item(), within(1e-12));
                assertThat(rev).as(c.op() + " reverse, operand " + k).isCloseTo(grads.get(k).item(), within(1e-12));
                // the seed enters linearly
                vars.put('g', 2.5);
                assertThat(new Formula(LocalRules.reverse(y.op(), k), vars).value()).isCloseTo(2.5 * grads.get(k).item(), within(1e-12));
            }
        }
    }

    @Test
    void rendersForEachStyle() {
        Map<Character, String> names = Map.of('g', "v̄5", 'a', "v2", 'b', "v3", 'o', "v5");
        assertThat(LocalRules.render("$g * cos $a", names, LocalRules.Style.text(false, false))).isEqualTo("v̄5 cos v2");
        assertThat(LocalRules.render("$g * cos $a", names, LocalRules.Style.text(false, true))).isEqualTo("v̄5 × cos v2");
        assertThat(LocalRules.render("-$g * $a / $b^{2}", names, LocalRules.Style.text(true, true))).isEqualTo("-v̄5 * v2 / v3^2");
        assertThat(LocalRules.render("$g * $b * $a^{$b - 1}", names, LocalRules.Style.text(false, false))).isEqualTo("v̄5 v3 v2^(v3 − 1)");
        Map<Character, String> tex = Map.of('g', "\\bar v_{5}", 'a', "v_{2}", 'b', "v_{3}", 'o', "v_{5}");
        assertThat(LocalRules.render("$g * cos $a", tex, LocalRules.Style.latex(false))).isEqualTo("\\bar v_{5} \\cos v_{2}");
        assertThat(LocalRules.render("$a' @ $g", tex, LocalRules.Style.latex(false))).isEqualTo("v_{2}^\\top\\,\\bar v_{5}");
        assertThat(LocalRules.render("$g * $b", Map.of('g', "1", 'b', "(-2)"), LocalRules.Style.latex(false).numeric())).isEqualTo("1 \\cdot (-2)");
    }

    /** A tiny evaluator for the template language: + - * / ^{...} ( ) [x > y], functions, $-variables. */
    static final class Formula {
        private final String s;
        private final Map<Character, Double> vars;
        private int i;

        Formula(String s, Map<Character, Double> vars) {
            this.s = s;
            this.vars = vars;
        }

        double value() {
            double v = sum();
            skip();
            if (i != s.length()) throw new IllegalArgumentException("trailing text in " + s + " at " + i);
            return v;
        }

        private void skip() {
            while (i < s.length() && s.charAt(i) == ' ') i++;
        }

        private boolean eat(String t) {
            skip();
            if (s.startsWith(t, i)) {
                i += t.length();
                return true;
            }
            return false;
        }

        private double sum() {
            double v = product();
            while (true) {
                if (eat("+")) v += product();
                else if (eat("- ") || (peekMinusBinary() && eat("-"))) v -= product();
                else return v;
            }
        }

        private boolean peekMinusBinary() {
            skip();
            return i < s.length() && s.charAt(i) == '-';
        }

        private double product() {
            double v = unary();
            while (true) {
                if (eat("*")) v *= unary();
                else if (eat("/")) v /= unary();
                else return v;
            }
        }

        private double unary() {
            if (eat("-")) return -unary();
            return power();
        }

        private double power() {
            double base = atom();
            if (eat("^{")) {
                double e = sum();
                if (!eat("}")) throw new IllegalArgumentException("expected } in " + s);
                return Math.pow(base, e);
            }
            return base;
        }

        private double atom() {
            skip();
            char c = s.charAt(i);
            if (c == '$') {
                i += 2;
                return vars.get(s.charAt(i - 1));
            }
            if (eat("(")) {
                double v = sum();
                if (!eat(")")) throw new IllegalArgumentException("expected ) in " + s);
                return v;
            }
            if (eat("[")) {
                double l = sum();
                if (!eat(">")) throw new IllegalArgumentException("expected > in " + s);
                double r = sum();
                if (!eat("]")) throw new IllegalArgumentException("expected ] in " + s);
                return l > r ? 1 : 0;
            }
            if (Character.isDigit(c)) {
                int start = i;
                while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) i++;
                return Double.parseDouble(s.substring(start, i));
            }
            for (String f : new String[] {"cos", "sin", "ln", "exp", "sign", "tanh"}) {
                if (eat(f)) {
                    double x = unary();
                    return switch (f) {
                        case "cos" -> Math.cos(x);
                        case "sin" -> Math.sin(x);
                        case "ln" -> Math.log(x);
                        case "exp" -> Math.exp(x);
                        case "sign" -> Math.signum(x);
                        default -> Math.tanh(x);
                    };
                }
            }
            throw new IllegalArgumentException("unexpected '" + c + "' in " + s + " at " + i);
        }
    }
}
