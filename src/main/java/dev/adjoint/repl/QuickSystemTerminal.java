package dev.adjoint.repl;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Objects;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.PosixSysTerminal;
import org.jline.terminal.impl.jni.JniTerminalProvider;
import org.jline.terminal.spi.Pty;
import org.jline.terminal.spi.SystemStream;
import org.jline.utils.InfoCmp;
import org.jline.utils.OSUtils;

/**
 * The system terminal jline's JNI provider makes for the prompt (a PosixSysTerminal on the
 * process's own terminal, native signals, the builder's type and encodings), except that it reads
 * its terminal description with {@link TerminalCapabilities} instead of jline's parse, the largest
 * part of the prompt's start-up, and sets its signal handlers without reflection ({@link
 * NativeSignals}). It is made here rather than by TerminalBuilder because the builder cannot be
 * given another terminal class; it steps aside (null) wherever the builder's other choices matter:
 * Windows, stdin or stdout not a terminal, no native library, a dumb type, a provider or type chosen
 * by jline's properties, a type whose description is not loaded (jline then asks infocmp).
 */
final class QuickSystemTerminal extends PosixSysTerminal {
    private QuickSystemTerminal(String name, String type, Pty pty, Charset encoding, Charset in, Charset out) throws IOException {
        super(name, type, pty, encoding, in, out, false, SignalHandler.SIG_DFL); // native signals: set below
        for (Signal signal : Signal.values()) nativeHandlers.put(signal, NativeSignals.registerDefault(signal.name()));
    }

    /** As PosixSysTerminal's, the native handler set without reflection ({@link NativeSignals}). */
    @Override
    public SignalHandler handle(Signal signal, SignalHandler handler) {
        Objects.requireNonNull(signal);
        Objects.requireNonNull(handler);
        SignalHandler previous = handlers.put(signal, handler);
        if (previous != handler) {
            if (handler == SignalHandler.SIG_DFL) NativeSignals.registerDefault(signal.name());
            else NativeSignals.register(signal.name(), () -> raise(signal));
        }
        return previous;
    }

    /** The terminal {@code builder} (a system terminal) would make, or null where only the builder can decide. */
    static Terminal open(String name, TerminalBuilder builder) throws IOException {
        if (OSUtils.IS_WINDOWS || System.getProperty(TerminalBuilder.PROP_PROVIDER) != null) return null;
        String type = builder.computeType();
        if (type == null || DumbPrompt.isDumb(type) || InfoCmp.getLoadedInfoCmp(type) == null) return null;
        JniTerminalProvider jni = new JniTerminalProvider();
        if (!jni.isSystemStream(SystemStream.Input) || !jni.isSystemStream(SystemStream.Output)) return null;
        return new QuickSystemTerminal(name, type, jni.current(SystemStream.Output), builder.computeEncoding(),
                builder.computeStdinEncoding(), builder.computeStdoutEncoding());
    }

    /** Called by the constructor of PosixSysTerminal: no field of this class is set yet. */
    @Override
    protected void parseInfoCmp() {
        try {
            TerminalCapabilities.parse(InfoCmp.getLoadedInfoCmp(type), bools, ints, strings);
        } catch (RuntimeException e) { // whatever went wrong, jline's own parse decides, as without this class
            bools.clear();
            ints.clear();
            strings.clear();
            super.parseInfoCmp();
        }
    }
}
