package dev.adjoint.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.session.report.ForwardReport;
import dev.adjoint.session.report.ReverseReport;
import dev.adjoint.session.report.Trace;
import dev.adjoint.session.report.TraceNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The passes written out row by row: the lecture's rows (cmu) and Baydin et al. 2018, Tables 2 and 3 (baydin). */
class DerivationTest {
    static Trace lecture(Trace.Numbering numbering) {
        Tensor x1 = Tensor.leaf(NDArray.scalar(2), true);
        x1.setName("x1");
        Tensor x2 = Tensor.leaf(NDArray.scalar(5), true);
        x2.setName("x2");
        Tensor y = Ops.sub(Ops.add(Ops.log(x1), Ops.mul(x1, x2)), Ops.sin(x2));
        return Trace.of("y", y, Trace.Order.DEPTH, numbering);
    }

    static ForwardReport forwardWrtX1(Trace t) {
        Map<TraceNode, Double> seed = new LinkedHashMap<>();
        seed.put(t.inputs().get(0), 1.0);
        seed.put(t.inputs().get(1), 0.0);
        return ForwardReport.run(t, seed);
    }

    private static List<String> text(List<Derivation.Row> rows) {
        return rows.stream().map(Derivation.Row::text).toList();
    }

    private static Derivation cmu() {
        return new Derivation(false, new Symbols(false), 3, false);
    }

    private static Derivation baydin() {
        return new Derivation(false, new Symbols(false), 3, true);
    }

    @Test
    void lectureTrace() {
        assertThat(text(cmu().trace(lecture(Trace.Numbering.CMU)))).containsExactly(
                "v1 = x1 = 2",
                "v2 = x2 = 5",
                "v3 = ln v1 = ln 2 = 0.693",
                "v4 = v1 × v2 = 2 × 5 = 10",
                "v5 = sin v2 = sin 5 = −0.959",
                "v6 = v3 + v4 = 0.693 + 10 = 10.693",
                "v7 = v6 − v5 = 10.693 − (−0.959) = 11.652");
    }

    @Test
    void lectureForwardRowsUseTheLocalRules() {
        assertThat(text(cmu().forward(forwardWrtX1(lecture(Trace.Numbering.CMU))))).containsExactly(
                "v̇1 = x\u03071 = 1",
                "v̇2 = x\u03072 = 0",
                "v̇3 = v̇1 / v1 = 1 / 2 = 0.5",
                "v̇4 = v̇1 v2 + v̇2 v1 = 1 × 5 + 0 × 2 = 5",
                "v̇5 = v̇2 cos v2 = 0 × cos 5 = 0",
                "v̇6 = v̇3 + v̇4 = 0.5 + 5 = 5.5",
                "v̇7 = v̇6 − v̇5 = 5.5 − 0 = 5.5");
    }

    @Test
    void lectureReverseRowsSumThePartialAdjoints() {
        List<Derivation.Row> rows = cmu().reverse(ReverseReport.run(lecture(Trace.Numbering.CMU), null));
        assertThat(text(rows)).containsExactly(
                "v̄7 = y\u0304 = 1",
                "v̄6 = v̄7 = 1",
                "v̄5 = −v̄7 = −1",
                "v̄4 = v̄6 = 1",
                "v̄3 = v̄6 = 1",
                "v̄2 = v̄2→4 + v̄2→5 = v̄4 v1 + v̄5 cos v2 = 1 × 2 + (−1) × cos 5 = 1.716",
                "v̄1 = v̄1→3 + v̄1→4 = v̄3 / v1 + v̄4 v2 = 1 / 2 + 1 × 5 = 5.5");
        Derivation.Row v2 = rows.get(5);
        assertThat(v2.derivatives()).extracting(TraceNode::id).containsExactly("v4", "v5");
        assertThat(v2.values()).extracting(TraceNode::id).containsExactly("v1", "v2");
        assertThat(v2.value().item()).isEqualTo(2 - Math.cos(5)); // x1 − cos x2
    }

    @Test
    void aValueThatRoundsToAnIntegerItIsNotGetsMoreDigitsInTheArithmetic() { // tester T11: "(1 − 1^2) = 7.373e-05" read as 0
        Tensor x = Tensor.leaf(NDArray.scalar(3), true), y = Tensor.leaf(NDArray.scalar(2), true);
        x.setName("x");
        y.setName("y");
        Trace t = Trace.of("z", Ops.tanh(Ops.mul(x, y)), Trace.Order.DEPTH, Trace.Numbering.CMU);
        Map<TraceNode, Double> seed = new LinkedHashMap<>();
        seed.put(t.inputs().get(0), 0.0);
        seed.put(t.inputs().get(1), 1.0);
        assertThat(text(cmu().forward(ForwardReport.run(t, seed)))).contains("v̇4 = v̇3 (1 − v4^2) = 3 × (1 − 0.99999^2) = 7.373e-05");
        assertThat(cmu().number(Math.tanh(6))).isEqualTo("1"); // the value column keeps the precision
    }

    /** Baydin et al. 2018, Table 3: inputs v-1 and v0, the adjoints accumulated edge by edge. */
    @Test
    void baydinTable3() {
        List<Derivation.Row> rows = baydin().reverse(ReverseReport.run(lecture(Trace.Numbering.BAYDIN), null));
        assertThat(text(rows)).containsExactly(
                "v̄5 = y\u0304 = 1",
                "v̄4 = v̄5 ∂v5/∂v4 = v̄5 = 1",
                "v̄3 = v̄5 ∂v5/∂v3 = −v̄5 = −1",
                "v̄1 = v̄4 ∂v4/∂v1 = v̄4 = 1",
                "v̄2 = v̄4 ∂v4/∂v2 = v̄4 = 1",
                "v̄0 = v̄3 ∂v3/∂v0 = v̄3 × cos v0 = (−1) × cos 5 = −0.284",
                "v̄−1 = v̄2 ∂v2/∂v−1 = v̄2 × v0 = 1 × 5 = 5",
                "v̄0 = v̄0 + v̄2 ∂v2/∂v0 = v̄0 + v̄2 × v−1 = (−0.284) + 1 × 2 = 1.716",
                "v̄−1 = v̄−1 + v̄1 ∂v1/∂v−1 = v̄−1 + v̄1 / v−1 = 5 + 1 / 2 = 5.5",
                "x̄1 = v̄−1 = 5.5",
                "x̄2 = v̄0 = 1.716");
        assertThat(rows).extracting(Derivation.Row::accumulates)
                .containsExactly(false, false, false, false, false, false, false, true, true, false, false);
    }

    /** Baydin et al. 2018, Table 2: the forward tangent trace in his numbering. */
    @Test
    void baydinTable2() {
        assertThat(text(baydin().forward(forwardWrtX1(lecture(Trace.Numbering.BAYDIN))))).containsExactly(
                "v̇−1 = x\u03071 = 1",
                "v̇0 = x\u03072 = 0",
                "v̇1 = v̇−1 / v−1 = 1 / 2 = 0.5",
                "v̇2 = v̇−1 × v0 + v̇0 × v−1 = 1 × 5 + 0 × 2 = 5",
                "v̇3 = v̇0 × cos v0 = 0 × cos 5 = 0",
                "v̇4 = v̇1 + v̇2 = 0.5 + 5 = 5.5",
                "v̇5 = v̇4 − v̇3 = 5.5 − 0 = 5.5",
                "y\u0307 = v̇5 = 5.5"); // Table 2 ends with the output's tangent
    }

    /** Issue 14: one minus sign per row (the operators' −, in numbers and Baydin's v−1 too), and none but '-' in ASCII. */
    @Test
    void rowsUseOneMinusSign() {
        Trace t = lecture(Trace.Numbering.BAYDIN);
        List<String> rows = new java.util.ArrayList<>(text(baydin().forward(forwardWrtX1(t))));
        rows.addAll(text(baydin().reverse(ReverseReport.run(t, null))));
        rows.addAll(text(baydin().trace(t)));
        assertThat(String.join("\n", rows)).contains("−").doesNotContain("-");
        Derivation ascii = new Derivation(false, new Symbols(true), 3, true);
        List<String> plain = new java.util.ArrayList<>(text(ascii.forward(forwardWrtX1(t))));
        plain.addAll(text(ascii.reverse(ReverseReport.run(t, null))));
        assertThat(String.join("\n", plain)).contains("-").doesNotContain("−");
    }

    @Test
    void asciiHasNoUnicode() {
        Derivation d = new Derivation(false, new Symbols(true), 3, false);
        for (Derivation.Row r : d.reverse(ReverseReport.run(lecture(Trace.Numbering.CMU), null)))
            assertThat(r.text()).matches("\\p{ASCII}*");
        for (Derivation.Row r : d.forward(forwardWrtX1(lecture(Trace.Numbering.CMU))))
            assertThat(r.text()).matches("\\p{ASCII}*");
    }

    /** The same rows in LaTeX, as the issue asks: \bar v_2 = \bar v_4 v_1 + \bar v_5 \cos v_2 = ... = 1.716. */
    @Test
    void latexRows() {
        String tex = Latex.reverse(ReverseReport.run(lecture(Trace.Numbering.CMU), null), 3, false);
        assertThat(tex).contains("\\bar v_{2} &= \\overline{v_{2\\to 4}} + \\overline{v_{2\\to 5}} = \\bar v_{4} v_{1} + \\bar v_{5} \\cos v_{2}"
                + " = 1 \\cdot 2 + (-1) \\cdot \\cos 5 = 1.716 \\\\");
        assertThat(tex).contains("\\bar v_{7} &= \\bar{y} = 1 \\\\");
        String fwd = Latex.forward(forwardWrtX1(lecture(Trace.Numbering.CMU)), 3, false);
        assertThat(fwd).contains("\\dot v_{4} &= \\dot v_{1} v_{2} + \\dot v_{2} v_{1} = 1 \\cdot 5 + 0 \\cdot 2 = 5 \\\\");
        String baydin = Latex.reverse(ReverseReport.run(lecture(Trace.Numbering.BAYDIN), null), 3, true);
        assertThat(baydin).contains("\\bar v_{0} &= \\bar v_{0} + \\bar v_{2} \\frac{\\partial v_{2}}{\\partial v_{0}} = \\bar v_{0} + \\bar v_{2} \\times v_{-1}");
        String trace = Latex.trace(lecture(Trace.Numbering.CMU), 3, false);
        assertThat(trace).contains("v_{3} &= \\ln {v_{1}} = \\ln {2} = 0.693 \\\\");
    }

    @Test
    void latexNamesAndNumbers() {
        assertThat(Latex.name("x1")).isEqualTo("x_{1}");
        assertThat(Latex.name("W")).isEqualTo("W");
        assertThat(Latex.name("lr")).isEqualTo("\\mathit{lr}");
        assertThat(Latex.name("my_w")).isEqualTo("\\mathit{my\\_w}");
        assertThat(Latex.number("1.5e-05")).isEqualTo("1.5 \\times 10^{-5}");
        assertThat(Latex.number("2e+20")).isEqualTo("2 \\times 10^{20}");
        assertThat(Latex.number("-inf")).isEqualTo("-\\infty");
        assertThat(Latex.notation("|{v_{1}}|")).isEqualTo("\\lvert {v_{1}}\\rvert ");
        assertThat(Latex.notation("broadcast_to({v_{1}}, (2, 3))")).isEqualTo("\\operatorname{broadcast\\_to}({v_{1}}, (2, 3))");
    }
}
