package dev.adjoint.kernel;

import java.io.PrintStream;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishStatus;
import org.zeromq.ZMQ;

/**
 * jjava's connection (heartbeat, stdin, iopub sockets, bound to the addresses of the connection
 * file) with our {@link ShellLoop} for the shell and control channels. jjava's own two shell
 * sockets are created by its constructor but never bound.
 */
final class AdjointConnection extends JupyterConnection {
    private final KernelConnectionProperties props;
    private final ZMQ.Context context = ZMQ.context(1);
    private final ShellLoop shellLoop;
    private final ShellLoop controlLoop;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);

    AdjointConnection(KernelConnectionProperties props, PrintStream log) throws NoSuchAlgorithmException, InvalidKeyException {
        super(props);
        this.props = props;
        quiet(context, log);
        try { // jjava's own context (heartbeat, stdin, iopub) is private to it
            java.lang.reflect.Field f = JupyterConnection.class.getDeclaredField("ctx");
            f.setAccessible(true);
            quiet((ZMQ.Context) f.get(this), log);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // a newer jjava: its sockets' rare failures print as jeromq prints them
        }
        HMACGenerator hmac = props.createHMACGenerator();
        shellLoop = new ShellLoop(context, hmac, false, this, log);
        controlLoop = new ShellLoop(context, hmac, true, this, log);
    }

    /**
     * jeromq's I/O threads report a failure by printing its stack trace (seen when a socket's
     * listener closes during shutdown); here it is one line on stderr, and nothing while closing.
     */
    private void quiet(ZMQ.Context c, PrintStream log) {
        Thread.UncaughtExceptionHandler h = (t, e) -> {
            // its messages are Java's (exception class names): said in words instead
            if (!closing.get()) log.println("adjoint kernel: a socket's I/O thread failed; if the front-end stops answering, restart the kernel");
        };
        c.setUncaughtExceptionHandler(h);
        c.setNotificationExceptionHandler(h);
    }

    @Override
    public void connect() {
        heartbeat.bind(props);
        shellLoop.bind(props);
        controlLoop.bind(props);
        stdin.bind(props);
        iopub.bind(props);
        getIOPub().sendMessage(new Message<>(null, PublishStatus.MESSAGE_TYPE, PublishStatus.STARTING));
    }

    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) return;
        try {
            shellLoop.close();
            controlLoop.close();
            super.close(); // heartbeat, stdin, iopub and jjava's unbound sockets, then its context
            context.close();
        } finally {
            closed.countDown();
        }
    }

    /** Returns once the connection is closed (shutdown_request), and its loops have ended or a few seconds passed. */
    @Override
    public void waitUntilClose() {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        shellLoop.waitUntilClose();
        controlLoop.waitUntilClose();
    }
}
