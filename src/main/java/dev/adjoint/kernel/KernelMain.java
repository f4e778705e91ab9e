package dev.adjoint.kernel;

import dev.adjoint.command.ScriptFile;
import dev.adjoint.command.Settings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/**
 * {@code adjoint --kernel CONNECTION_FILE}: binds the five sockets of the connection file (on the
 * addresses it names, loopback as Jupyter writes it), answers until shutdown_request, and ends
 * with its parent. Messages must carry the HMAC of the file's key; a file without a key is
 * refused, since then anyone on the machine could run code in the session. Diagnostics go to
 * stderr only: a front-end may mix the kernel's stdout into its own.
 */
public final class KernelMain {
    private KernelMain() {}

    /**
     * Runs the kernel until it is shut down; returns the exit code. {@code settings} are the
     * display options (without colour), {@code rules} the prompt's input rules.
     */
    public static int run(Path connectionFile, Settings settings, InputRules rules, String version, PrintStream err) {
        KernelConnectionProperties props;
        try { // read as a script is: a regular file only, bounded, UTF-8
            props = KernelConnectionProperties.parse(ScriptFile.read(connectionFile, connectionFile.toString()));
        } catch (ScriptFile.Unusable e) {
            err.println("adjoint: cannot read the connection file: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("adjoint: " + connectionFile + " is not a Jupyter connection file");
            return 2;
        }
        if (props == null || props.getKey() == null || props.getKey().isEmpty()) {
            err.println("adjoint: the connection file " + connectionFile + " has no key; the kernel only runs with signed messages");
            return 2;
        }
        // before the ports are bound: a parent that dies while we start is noticed too
        ParentWatch.start(() -> {
            err.println("adjoint: the process that started the kernel is gone; stopping");
            Runtime.getRuntime().halt(0);
        });
        AdjointConnection connection;
        try {
            connection = new AdjointConnection(props, err);
        } catch (GeneralSecurityException e) {
            err.println("adjoint: unsupported signature scheme '" + props.getSignatureScheme() + "' in " + connectionFile);
            return 2;
        }
        SessionAdapter session = new SessionAdapter(settings, rules);
        AdjointKernel kernel = new AdjointKernel(session, version);
        kernel.becomeHandlerForConnection(connection);
        try {
            connection.connect();
        } catch (RuntimeException e) {
            err.println("adjoint: cannot bind the kernel's ports (" + e.getMessage() + ")");
            connection.close();
            return 1;
        }
        session.start(); // after binding: kernel_info need not wait for the engine's start-up
        // SIGINT (interrupt_mode "signal", or Ctrl-C in the terminal that started Jupyter) interrupts the cell, never the kernel
        org.jline.utils.Signals.register("INT", kernel::interrupt);
        connection.waitUntilClose();
        return 0;
    }
}
