package dev.adjoint.repl;

import java.util.function.IntSupplier;
import org.jline.terminal.Terminal;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/** The terminal's width in columns, asked each time (it changes when the window is resized); 80 when unknown. */
final class TerminalWidth {
    static final int DEFAULT = 80;

    private TerminalWidth() {}

    /** The prompt's terminal (jline keeps its size up to date on SIGWINCH). */
    static IntSupplier of(Terminal terminal) {
        return () -> orDefault(terminal.getWidth());
    }

    /**
     * Standard output's terminal, for a script run at one: one ioctl through jline's JNI provider,
     * loaded on first use only (a script that never asks never loads it).
     */
    static IntSupplier ofStdout() {
        return new IntSupplier() {
            private TerminalProvider jni;
            private boolean failed;

            public synchronized int getAsInt() {
                if (failed) return DEFAULT;
                try {
                    if (jni == null) {
                        ReplLoop.quietJline();
                        jni = TerminalProvider.load("jni");
                    }
                    return orDefault(jni.systemStreamWidth(SystemStream.Output));
                } catch (Exception | LinkageError e) {
                    failed = true; // no native library here: the default from now on
                    return DEFAULT;
                }
            }
        };
    }

    private static int orDefault(int columns) {
        return columns > 0 ? columns : DEFAULT;
    }
}
