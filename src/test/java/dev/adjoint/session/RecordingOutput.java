package dev.adjoint.session;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.lang.PyNumbers;
import dev.adjoint.lang.Repr;
import dev.adjoint.lang.TrackedNumber;
import dev.adjoint.lang.Values;
import java.util.ArrayList;
import java.util.List;

/** Collects what a session prints, shows and warns, for assertions. */
public final class RecordingOutput implements Output {
    public final List<String> printed = new ArrayList<>();
    public final List<Object> shown = new ArrayList<>();
    public final List<String> warnings = new ArrayList<>();
    /** Text written to stderr (also in printed): the program's warnings as CPython shows them, sys.stderr.write. */
    public final StringBuilder stderr = new StringBuilder();
    public final List<dev.adjoint.session.report.AnomalyReport> anomalies = new ArrayList<>();
    /** The label of each progress display opened (tqdm's desc). */
    public final List<String> progressLabels = new ArrayList<>();

    @Override
    public void print(String line) {
        printed.add(line);
    }

    @Override
    public void writeError(String text) {
        stderr.append(text);
        Output.super.writeError(text); // and among the printed lines, where tests of stderr output look for it
    }

    @Override
    public void show(Object value) {
        shown.add(value);
    }

    @Override
    public void warn(String message) {
        warnings.add(message);
    }

    @Override
    public dev.adjoint.lang.Progress progress(String label, long total) {
        progressLabels.add(label);
        return dev.adjoint.lang.Progress.NONE;
    }

    @Override
    public void anomaly(dev.adjoint.session.report.AnomalyReport report) {
        anomalies.add(report);
    }

    /** The shown values as the REPL echoes them, at full precision: Python's repr, tensors and tracked numbers as adjoint shows them. */
    public List<String> shownText() {
        List<String> out = new ArrayList<>();
        for (Object v : shown) out.add(Repr.repr(v, RecordingOutput::display));
        return out;
    }

    private static String display(Object v) {
        if (v instanceof Tensor t) return Values.formatArray(t.value());
        return Values.formatNumber(PyNumbers.approx(((TrackedNumber) v).value()));
    }
}
