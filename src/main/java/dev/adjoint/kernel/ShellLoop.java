package dev.adjoint.kernel;

import java.io.PrintStream;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellHandler;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.zeromq.ZMQ;

/**
 * The shell or control channel, in place of jjava's loop, which (in 1.0-a6) sleeps 50 ms between
 * polls, so every request waited for it, and dies with the first message whose signature is wrong,
 * so one bad message would silence the kernel. Here the loop blocks in poll until a message
 * arrives, and a message that is unsigned, wrongly signed or unreadable is refused (dropped, with
 * a line on stderr) while the kernel goes on.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class ShellLoop extends ShellChannel {
    private static final long POLL_MS = 200;

    private final ZMQ.Context context;
    private final boolean control;
    private final JupyterConnection connection;
    private final PrintStream log;
    private volatile boolean running;
    private volatile Thread thread;

    ShellLoop(ZMQ.Context context, HMACGenerator hmac, boolean control, JupyterConnection connection, PrintStream log) {
        super(context, hmac, control, connection);
        this.context = context;
        this.control = control;
        this.connection = connection;
        this.log = log;
    }

    @Override
    public void bind(KernelConnectionProperties props) {
        bind(formatAddress(props.getTransport(), props.getIp(), control ? props.getControlPort() : props.getShellPort()));
        ZMQ.Poller poller = context.poller(1);
        poller.register(this, ZMQ.Poller.POLLIN);
        running = true;
        Thread t = new Thread(() -> {
            try {
                while (running) {
                    if (poller.poll(POLL_MS) > 0 && running) handleOne();
                }
            } finally {
                poller.close();
            }
        }, control ? "jupyter-control" : "jupyter-shell");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    private void handleOne() {
        Message<?> message;
        try {
            message = readMessage();
        } catch (SecurityException e) {
            log.println("adjoint kernel: refused a message with a missing or wrong signature");
            return;
        } catch (RuntimeException e) {
            log.println("adjoint kernel: refused a message that is not a Jupyter message");
            return;
        }
        if (message == null) return; // closed meanwhile
        ShellHandler handler = connection.getHandler(message.getHeader().getType());
        if (handler == null) return;
        ShellReplyEnvironment env = connection.prepareReplyEnv(this, message);
        try {
            handler.handle(env, message);
        } catch (RuntimeException e) {
            log.println("adjoint kernel: failed to answer " + message.getHeader().getType().getName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())); // a bug of ours: one line, never a trace or a class name
        } finally {
            env.resolveDeferrals();
        }
        if (env.isMarkedForShutdown()) connection.close();
    }

    /** Stops the loop; from another thread, waits (briefly) for it to leave poll before the socket closes. */
    @Override
    public void close() {
        running = false;
        Thread t = thread;
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(POLL_MS * 5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        super.close();
    }

    /** Waits for the loop to end, at most a few seconds (a cell that ignores its interrupt must not hold the process). */
    @Override
    public void waitUntilClose() {
        Thread t = thread;
        if (t == null || t == Thread.currentThread()) return;
        try {
            t.join(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
