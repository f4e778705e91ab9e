package dev.adjoint.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.ndarray.NDArray;
import dev.adjoint.session.report.BackwardReport;
import dev.adjoint.session.report.ChangedSince;
import dev.adjoint.session.report.JacobianReport;
import dev.adjoint.session.report.ReplayReport;
import dev.adjoint.session.report.Trace;
import dev.adjoint.session.report.TraceNode;
import dev.adjoint.session.report.VarsReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Z67: :backward, :jacobian, :replay and :vars take --format latex as the passes do: display math for slides and MathJax. */
class LatexTablesTest {
    private static void wellFormed(String s) {
        assertThat(s).matches("\\p{ASCII}*").startsWith("% adjoint: ").contains("\\[\n", "\\]\n");
        int depth = 0;
        for (char c : s.replace("\\{", "").replace("\\}", "").toCharArray()) {
            if (c == '{') depth++;
            if (c == '}') depth--;
            assertThat(depth).as(s).isNotNegative();
        }
        assertThat(depth).as(s).isZero();
    }

    @Test
    void jacobianIsAnArrayWithItsRowsAndColumnsNamed() {
        Trace t = DerivationTest.lecture(Trace.Numbering.CMU);
        String s = LatexTables.jacobian(JacobianReport.compare(t, t.inputs(), JacobianReport.Mode.REVERSE), 3);
        wellFormed(s);
        assertThat(s).contains("\\begin{array}{c|rr}\nJ & x_{1} & x_{2} \\\\\n\\hline\ny & 5.5 & 1.716 \\\\\n\\end{array}",
                "Forward mode: 2 passes").contains("reverse mode: 1 pass,");
    }

    @Test
    void backwardReplayAndVars() {
        Trace t = DerivationTest.lecture(Trace.Numbering.CMU);
        String b = LatexTables.backward(new BackwardReport("y", List.of(new BackwardReport.Entry("x1", NDArray.scalar(5.5)),
                new BackwardReport.Entry("W", null)), ChangedSince.NONE), 3);
        wellFormed(b);
        assertThat(b).contains("x_{1}.\\mathrm{grad} &= 5.5 \\\\\n", "W.\\mathrm{grad} &= \\text{None}\n");
        Map<TraceNode, NDArray> given = new LinkedHashMap<>();
        given.put(t.inputs().get(0), NDArray.scalar(3));
        String r = LatexTables.replay(new ReplayReport(t, given, List.of("y = ln(x1) + x1*x2 - sin(x2)"), false), 3);
        wellFormed(r);
        assertThat(r).contains("\\text{replayed with } x_{1} = 3", "v_{3} & \\ln {v_{1}} & 0.693 & 1.099 \\\\");
        String v = LatexTables.vars(new VarsReport(List.of(new VarsReport.Var("x1", "input", null, NDArray.scalar(2), true, 1),
                new VarsReport.Var("s", "string", "50% of {a_b} & #1 ~ ^", null, false, 0))), 3);
        wellFormed(v);
        assertThat(v).contains("x_{1} & \\text{input} & \\text{()} & 2 \\\\",
                "s & \\text{string} &  & \\texttt{'50\\% of \\{a\\_b\\} \\& \\#1 \\textasciitilde{} \\textasciicircum{}'}");
    }
}
