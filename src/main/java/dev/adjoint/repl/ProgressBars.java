package dev.adjoint.repl;

import dev.adjoint.lang.Progress;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress bars (the progressbar library) on stderr, only when a person is watching a terminal. */
final class ProgressBars {
    private ProgressBars() {}

    static Progress open(String label, long total, boolean ascii) {
        if (System.console() == null || total <= 0) return Progress.NONE; // a pipe or a file gets no bar
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(label.isEmpty() ? "progress" : label)
                .setInitialMax(total)
                .setStyle(ascii ? ProgressBarStyle.ASCII : ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .setConsumer(new ConsoleProgressBarConsumer(System.err, 100))
                .setUpdateIntervalMillis(100)
                .continuousUpdate()
                .build();
        return new Progress() {
            public void step() {
                bar.step();
            }

            public void close() {
                bar.close();
            }
        };
    }
}
