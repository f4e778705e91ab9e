package dev.adjoint.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.adjoint.lang.LangError;
import dev.adjoint.lang.Span;
import dev.adjoint.session.report.AnomalyReport;
import dev.adjoint.session.report.CheckReport;
import dev.adjoint.session.report.ForwardReport;
import dev.adjoint.session.report.GradReport;
import dev.adjoint.session.report.JacobianReport;
import dev.adjoint.session.report.ReplayReport;
import dev.adjoint.session.report.ReverseReport;
import dev.adjoint.session.report.Trace;
import dev.adjoint.session.report.VarsReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The session as a front-end sees it: every question one call that returns a report, errors at the words they are about. */
class FacadeTest extends SessionHarness {
    private Trace lecture() {
        run("x1 = 2");
        run("x2 = 5");
        run("y = ln(x1) + x1*x2 - sin(x2)");
        return session.trace(session.target(Arg.of("y")), Trace.Order.DEPTH, Trace.Numbering.CMU);
    }

    @Test
    void evalReturnsTheLastValue() {
        assertThat(session.eval("x = 2", out).value()).isEmpty();
        assertThat(session.eval("x * 3\nx + 1", out).value().map(dev.adjoint.lang.Values::toDouble)).contains(3.0);
        assertThat(out.shown).hasSize(2); // each value still streams, for the REPL's echo
    }

    @Test
    void everyQuestionIsOneCall() {
        Trace t = lecture();
        assertThat(t.nodes()).hasSize(7);
        ForwardReport f = session.forward(t, Arg.of("x1"));
        assertThat(f.outputTangent().item()).isEqualTo(5.5);
        Map<String, Double> dir = new LinkedHashMap<>();
        dir.put("x1", 1.0);
        dir.put("x2", 1.0);
        assertThat(session.forward(t, dir, Arg.of("")).outputTangent().item()).isCloseTo(5.5 + 1.716, org.assertj.core.api.Assertions.within(1e-3));
        ReverseReport r = session.reverse(t, true);
        assertThat(r.edges()).hasSize(8);
        assertThat(r.check(t.inputs().get(0)).ok()).isTrue();
        GradReport g = session.grad(session.target(Arg.of("y")), List.of());
        assertThat(g.entries()).extracting(GradReport.Entry::label).containsExactly("x1", "x2");
        CheckReport c = session.check(t);
        assertThat(c.ok()).isTrue();
        JacobianReport j = session.jacobian(t, List.of(), JacobianReport.Mode.FORWARD);
        assertThat(j.passes()).hasSize(2);
        assertThat(j.other().passes()).isEqualTo(1);
        VarsReport v = session.vars();
        assertThat(v.vars()).extracting(VarsReport.Var::name).containsExactly("x1", "x2", "y");
        assertThat(session.extendedGraph(t).seed()).isNotNull();
        assertThat(session.backward(session.target(Arg.of("y")), null).entries().get(0).grad().item()).isEqualTo(5.5);
    }

    @Test
    void errorsPointAtTheWordTheyAreAbout() {
        lecture();
        Span at = new Span(7, 2, 1, 8);
        LangError e = catchThrowableOfType(LangError.class, () -> session.target(new Arg("yy", at)));
        assertThat(e).hasMessage("NameError: name 'yy' is not defined. Did you mean: 'y'?");
        assertThat(e.span()).isEqualTo(at);
        run("z = tensor([1., 2.], requires_grad=True) * x1");
        Trace z = session.trace(session.target(Arg.of("z")), Trace.Order.DEPTH, Trace.Numbering.CMU);
        assertThat(catchThrowableOfType(Refusal.class, () -> session.check(z))).hasMessageContaining("needs a y with one element");
    }

    @Test
    void replayNamesTheInputsThatCreatedTheGraphEvenAfterARebinding() {
        Trace t = lecture();
        run("x1 = 3"); // a later binding made no node of y's graph
        run("print(1)");
        Map<Arg, Arg> values = new LinkedHashMap<>();
        values.put(Arg.of("x2"), Arg.of("4"));
        ReplayReport r = session.replay(t, values);
        assertThat(r.statements()).containsExactly("x1 = 2", "x2 = 5", "y = ln(x1) + x1*x2 - sin(x2)");
        assertThat(r.output().item()).isCloseTo(Math.log(2) + 8 - Math.sin(4), org.assertj.core.api.Assertions.within(1e-12));
        assertThat(session.isBound("x1")).isTrue(); // the value was evaluated without a trace in the history
        session.reset();
        run("a = 1");
        assertThat(session.replay(session.trace(session.target(Arg.of("a")), Trace.Order.DEPTH, Trace.Numbering.CMU), Map.of(Arg.of("a"), Arg.of("2"))).statements())
                .containsExactly("a = 1");
    }

    @Test
    void anomaliesComeAsData() {
        session.setAnomalyDetection(true);
        run("x = -1");
        run("y = ln(x) + 1");
        assertThat(out.anomalies).hasSize(1);
        AnomalyReport a = out.anomalies.get(0);
        assertThat(a.statement()).isEqualTo("y = ln(x) + 1");
        assertThat(a.line()).isEqualTo(1);
        assertThat(a.node(a.fault().node()).id()).isEqualTo("v2");
    }

    /** A bug of ours while answering (here a deliberate NullPointerException) is one fixed sentence, not the JVM's message naming our classes. */
    @Test
    void aBugWhileAnsweringIsOneSentenceWithoutAJavaName() {
        LangError e = catchThrowableOfType(LangError.class, () -> session.answer(() -> {
            dev.adjoint.autograd.Tensor missing = session.isBound("nothing") ? tensorOf("nothing") : null;
            return missing.value();
        }));
        assertThat(e.getMessage()).isEqualTo(dev.adjoint.lang.InternalFailure.MESSAGE).doesNotContain("dev.adjoint", "Exception", "Cannot invoke");
        assertThat(Failures.classify(new ClassCastException("class java.lang.Long cannot be cast to class java.lang.Double"), null).getMessage())
                .isEqualTo(dev.adjoint.lang.InternalFailure.MESSAGE);
    }

    private dev.adjoint.autograd.Tensor tensorOf(String name) {
        return dev.adjoint.lang.Values.node(session.lookup(name));
    }
}
