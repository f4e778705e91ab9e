package dev.adjoint.kernel;

import com.google.gson.JsonObject;
import dev.adjoint.command.Settings;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dflib.jjava.jupyter.channels.JupyterSocket;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.ContentType;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.KernelTimestamp;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.request.CompleteRequest;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.dflib.jjava.jupyter.messages.request.InspectRequest;
import org.dflib.jjava.jupyter.messages.request.IsCompleteRequest;
import org.dflib.jjava.jupyter.messages.request.KernelInfoRequest;
import org.dflib.jjava.jupyter.messages.request.ShutdownRequest;
import org.slf4j.LoggerFactory;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * Only for the class-data-sharing archive that scripts/adjoint makes after a build (environment
 * variable ADJOINT_CDS_TRAINING): a kernel on loopback ports answers a client in this JVM
 * (kernel_info, a walkthrough cell with rich output, complete, is_complete, inspect, shutdown),
 * so that the classes of jeromq, gson and jjava a kernel loads start from the archive too, as
 * the engine's do. Never prints, never fails.
 */
public final class KernelTraining {
    private static final int WAIT_MS = 60_000;
    private static final String CELL = "x1 = 2\nx2 = 5\ny = ln(x1) + x1*x2 - sin(x2)\ny\n:trace y\n:reverse y\n:grad y\n:graph y\n"
            + "W = tensor([[1., 2.], [3., 4.]])\nW\nprint(W.sum())\n";

    private KernelTraining() {}

    public static void run(Settings settings, InputRules rules) {
        Path file = null;
        try {
            file = Files.createTempFile("adjoint-cds-kernel", ".json");
            String key = UUID.randomUUID().toString();
            int[] ports = freePorts(5);
            JsonObject c = new JsonObject();
            c.addProperty("ip", "127.0.0.1");
            c.addProperty("transport", "tcp");
            c.addProperty("shell_port", ports[0]);
            c.addProperty("iopub_port", ports[1]);
            c.addProperty("stdin_port", ports[2]);
            c.addProperty("control_port", ports[3]);
            c.addProperty("hb_port", ports[4]);
            c.addProperty("signature_scheme", "hmac-sha256");
            c.addProperty("key", key);
            Files.writeString(file, c.toString(), StandardCharsets.UTF_8);
            Path connection = file;
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
            Thread kernel = new Thread(() -> KernelMain.run(connection, settings, rules, "training", quiet), "adjoint-cds-kernel");
            kernel.setDaemon(true);
            kernel.start();
            // the client on a daemon thread of its own: a read that never returns (jjava's readMessage
            // waits on past a receive timeout) must not hold up the build that runs this
            KernelConnectionProperties props = KernelConnectionProperties.parse(c.toString());
            Thread client = new Thread(() -> converse(props), "adjoint-cds-client");
            client.setDaemon(true);
            client.start();
            client.join(WAIT_MS);
            kernel.join(WAIT_MS / 10);
        } catch (Exception | LinkageError e) {
            // training only: whatever was loaded until here is in the list
        } finally {
            try {
                if (file != null) Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file left behind does no harm
            }
        }
    }

    /** A client's requests, each answered before the next is sent; the last one shuts the kernel down. */
    private static void converse(KernelConnectionProperties props) {
        HMACGenerator hmac;
        try {
            hmac = props.createHMACGenerator();
        } catch (java.security.GeneralSecurityException e) {
            return;
        }
        ZMQ.Context context = ZMQ.context(1);
        JupyterSocket shell = new JupyterSocket(context, SocketType.DEALER, hmac, LoggerFactory.getLogger(KernelTraining.class)) {
            @Override
            public void bind(KernelConnectionProperties p) {
                throw new UnsupportedOperationException("a client connects");
            }
        };
        String session = UUID.randomUUID().toString();
        try {
            shell.setReceiveTimeOut(WAIT_MS);
            shell.connect("tcp://127.0.0.1:" + props.getShellPort());
            List<Object> requests = List.of(new KernelInfoRequest(), new ExecuteRequest(CELL, false, true, Map.of(), false, true),
                    new CompleteRequest(":tr", 3), new IsCompleteRequest("for i in range(3):"), new InspectRequest("sin", 3, 0),
                    ShutdownRequest.SHUTDOWN);
            for (Object request : requests) {
                shell.sendMessage(message(request, session));
                if (shell.readMessage() == null) return; // no answer within the wait: the kernel did not start
            }
        } catch (RuntimeException e) {
            // training only
        } finally {
            shell.close();
            context.close();
        }
    }

    /** A request as a client sends it: its own header with a session id (jjava's kernel-side header has none, and a kernel refuses that). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Message<?> message(Object request, String session) {
        MessageType<?> type = ((ContentType<?>) request).getType();
        return new Message(new Header(UUID.randomUUID().toString(), "adjoint", session, KernelTimestamp.now(), type, "5.3"), request);
    }

    private static int[] freePorts(int n) throws IOException {
        int[] ports = new int[n];
        ServerSocket[] held = new ServerSocket[n];
        try {
            for (int i = 0; i < n; i++) {
                held[i] = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                ports[i] = held[i].getLocalPort();
            }
        } finally {
            for (ServerSocket s : held) if (s != null) s.close();
        }
        return ports;
    }
}
