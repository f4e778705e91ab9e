package dev.adjoint.lang;

/** A progress display for a loop of known length, e.g. an epoch over a data loader. */
public interface Progress extends AutoCloseable {
    /** Shows nothing: in pipes, scripts run by CI, tests. */
    Progress NONE = new Progress() {
        public void step() {}

        public void close() {}
    };

    void step();

    /** What the bar says before its count changed (tqdm's set_description / set_postfix); displays that cannot, ignore it. */
    default void relabel(String label) {}

    @Override
    void close();
}
