package dev.adjoint.session;

import dev.adjoint.lang.Values;
import java.util.ArrayList;
import java.util.List;

/** Collects what a session prints, shows and warns, for assertions. */
public final class RecordingOutput implements Output {
    public final List<String> printed = new ArrayList<>();
    public final List<Object> shown = new ArrayList<>();
    public final List<String> warnings = new ArrayList<>();
    public final List<dev.adjoint.session.report.AnomalyReport> anomalies = new ArrayList<>();

    @Override
    public void print(String line) {
        printed.add(line);
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
    public void anomaly(dev.adjoint.session.report.AnomalyReport report) {
        anomalies.add(report);
    }

    /** The shown values in the session's default form. */
    public List<String> shownText() {
        List<String> out = new ArrayList<>();
        for (Object v : shown) out.add(Values.repr(v));
        return out;
    }
}
