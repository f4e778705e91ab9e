package dev.adjoint.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.ndarray.NDArray;
import dev.adjoint.session.report.CheckReport;
import dev.adjoint.session.report.ForwardReport;
import dev.adjoint.session.report.GradReport;
import dev.adjoint.session.report.ReverseReport;
import dev.adjoint.session.report.Trace;
import dev.adjoint.session.report.TraceNode;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The LaTeX exports: well-formed always, and compiled by pdflatex where it is installed (texlive-latex-base). */
class LatexCompileTest {
    /** Every export of the lecture's example and of a graph with every scalar op, constants, a power and tensors. */
    static List<String> snippets() {
        List<String> out = new ArrayList<>();
        for (Trace.Numbering numbering : Trace.Numbering.values()) {
            boolean baydin = numbering == Trace.Numbering.BAYDIN;
            for (Trace t : List.of(DerivationTest.lecture(numbering), everyOp(numbering), tensors(numbering), changed(numbering))) {
                out.add(Latex.trace(t, 3, baydin));
                Map<TraceNode, Double> seed = new LinkedHashMap<>();
                for (TraceNode in : t.inputs()) seed.put(in, seed.isEmpty() ? 1.0 : 0.0);
                out.add(Latex.forward(ForwardReport.run(t, seed), 3, baydin));
                out.add(Latex.reverse(ReverseReport.run(t, null), 3, baydin));
            }
        }
        return out;
    }

    /** The lecture's graph after x1.data = 3 (its rows and its gradient say they are from before the change). */
    static Trace changed(Trace.Numbering numbering) {
        Trace before = DerivationTest.lecture(numbering);
        before.inputs().get(0).tensor().setData(NDArray.scalar(3));
        Trace t = Trace.of("y", before.output(), Trace.Order.DEPTH, numbering);
        assertThat(t.changedSince().any()).isTrue();
        return t;
    }

    /** :grad and :check of the same graphs (the check's array is not an aligned block: checked apart). */
    static List<String> gradsAndChecks() {
        List<String> out = new ArrayList<>();
        for (Trace t : List.of(DerivationTest.lecture(Trace.Numbering.CMU), everyOp(Trace.Numbering.CMU), tensors(Trace.Numbering.CMU),
                changed(Trace.Numbering.CMU))) {
            List<String> labels = new ArrayList<>();
            List<Tensor> inputs = new ArrayList<>();
            for (TraceNode in : t.inputs()) {
                labels.add(in.label());
                inputs.add(in.tensor());
            }
            out.add(Latex.grad(GradReport.run(t.target(), t.output(), labels, inputs, t.changedSince()), 3));
            out.add(Latex.check(CheckReport.run(t), 3));
        }
        return out;
    }

    @Test
    void checkIsAnArrayInDisplayMath() {
        for (String s : gradsAndChecks()) {
            assertThat(s).as("pdflatex without inputenc needs ASCII").matches("\\p{ASCII}*").startsWith("% adjoint: ");
            assertThat(s.replace("\\{", "").replace("\\}", "").chars().filter(c -> c == '{').count())
                    .isEqualTo(s.replace("\\{", "").replace("\\}", "").chars().filter(c -> c == '}').count());
            if (!s.contains("\\begin{array}")) continue;
            String body = s.substring(s.indexOf("\\hline\n") + 7, s.indexOf("\\end{array}"));
            for (String row : body.split(" \\\\\\\\\n"))
                assertThat(row.replaceAll("\\\\begin\\{bmatrix\\}.*?\\\\end\\{bmatrix\\}", "").chars().filter(c -> c == '&').count())
                        .as("five columns in " + row).isEqualTo(4);
        }
    }

    private static Tensor input(String name, double v) {
        Tensor t = Tensor.leaf(NDArray.scalar(v), true);
        t.setName(name);
        return t;
    }

    static Trace everyOp(Trace.Numbering numbering) {
        Tensor a = input("x1", 0.7), b = input("my_var", 1.9);
        Tensor z = Ops.add(Ops.div(Ops.pow(a, 2), Ops.sub(b, Ops.scalar(3))), Ops.mul(Ops.sigmoid(a), Ops.tanh(b)));
        z = Ops.add(z, Ops.add(Ops.sqrt(b), Ops.abs(Ops.neg(a))));
        z = Ops.add(z, Ops.add(Ops.exp(Ops.mul(Ops.scalar(2), a)), Ops.relu(Ops.cos(b))));
        z = Ops.add(z, Ops.mul(Ops.pow(b, a), Ops.log(Ops.sin(b))));
        return Trace.of("z", z, Trace.Order.DEPTH, numbering);
    }

    static Trace tensors(Trace.Numbering numbering) {
        Tensor w = Tensor.leaf(NDArray.of(new double[] {1, 2, 3, 4}, 2, 2), true);
        w.setName("W");
        Tensor v = Tensor.leaf(NDArray.vector(1, -1), true);
        v.setName("v");
        Tensor big = Tensor.leaf(NDArray.full(0.5, 5, 5), true);
        big.setName("B");
        Tensor l = Ops.add(Ops.sum(Ops.matmul(w, v)), Ops.sum(Ops.mul(big, big)));
        return Trace.of("L", l, Trace.Order.DEPTH, numbering);
    }

    @Test
    void wellFormed() {
        for (String s : snippets()) {
            assertThat(s).as("pdflatex without inputenc needs ASCII").matches("\\p{ASCII}*");
            assertThat(s).contains("\\begin{aligned}").contains("\\end{aligned}").startsWith("% adjoint: ");
            int depth = 0;
            for (char c : s.replace("\\{", "").replace("\\}", "").toCharArray()) {
                if (c == '{') depth++;
                if (c == '}') depth--;
                assertThat(depth).as(s).isNotNegative();
            }
            assertThat(depth).as("braces balance in\n" + s).isZero();
            String body = s.substring(s.indexOf("\\begin{aligned}\n") + 16, s.indexOf("\\end{aligned}"));
            String[] rows = body.split("\\\\\\\\\n");
            for (String row : rows) {
                String r = row.replace("\\begin{bmatrix}", "").replace("\\end{bmatrix}", "");
                long amps = r.replaceAll("\\\\begin\\{bmatrix\\}.*?\\\\end\\{bmatrix\\}", "").chars().filter(c -> c == '&').count();
                assertThat(row.strip()).as("a row: " + row).contains("&= ");
                assertThat(amps).as("one alignment point in " + row).isGreaterThanOrEqualTo(1);
            }
        }
    }

    private static Path pdflatex() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, "pdflatex");
            if (!dir.isEmpty() && Files.isExecutable(p)) return p;
        }
        return null;
    }

    @Test
    @Tag("slow") // runs pdflatex
    void compilesWithPdflatex(@TempDir Path dir) throws Exception {
        Path exe = pdflatex();
        Assumptions.assumeTrue(exe != null, "pdflatex is not installed (apt-get install texlive-latex-base)");
        List<String> all = new ArrayList<>(snippets());
        all.addAll(gradsAndChecks());
        Files.writeString(dir.resolve("exports.tex"), Latex.document(String.join("\n", all)), StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(exe.toString(), "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "exports.tex")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("pdflatex finished").isTrue();
        String log = Files.readString(dir.resolve("out.log"), StandardCharsets.ISO_8859_1);
        assertThat(p.exitValue()).as(log).isZero();
        assertThat(dir.resolve("exports.pdf")).exists();
    }
}
