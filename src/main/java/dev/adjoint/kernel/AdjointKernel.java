package dev.adjoint.kernel;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.HelpLink;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishError;
import org.dflib.jjava.jupyter.messages.publish.PublishStream;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteInput;
import org.dflib.jjava.jupyter.messages.reply.ErrorReply;
import org.dflib.jjava.jupyter.messages.reply.ExecuteReply;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;

/**
 * The adjoint kernel: Jupyter's requests answered by one session, as the terminal would. Cells
 * run on a worker ({@link CellRunner}); is_complete, complete and inspect use the prompt's rules
 * and {@code :help}; history is kept in memory.
 */
final class AdjointKernel extends BaseKernel {
    private final SessionAdapter session;
    private final CellRunner cells;
    private final KernelHistory history;

    AdjointKernel(SessionAdapter session, String version) {
        this(session, version, new KernelHistory());
    }

    private AdjointKernel(SessionAdapter session, String version, KernelHistory history) {
        super("adjoint", version, languageInfo(version), helpLinks(), null, new JupyterIO(StandardCharsets.UTF_8),
                new CommManager(), new Renderer(), null, null, false, new StringStyler("", "", "", line -> ""));
        this.session = session;
        this.cells = new CellRunner(session);
        this.history = history;
    }

    /** Python's CodeMirror mode and Pygments lexer: adjoint's language is Python's syntax plus :commands. */
    private static LanguageInfo languageInfo(String version) {
        return new LanguageInfo("adjoint", version, "text/x-adjoint", ".adj", "python3",
                Map.of("name", "python", "version", 3), null);
    }

    private static List<HelpLink> helpLinks() {
        return List.of(new HelpLink("PyTorch autograd", "https://pytorch.org/docs/stable/autograd.html"),
                new HelpLink("CMU 10-414 Deep Learning Systems", "https://dlsyscourse.org"));
    }

    @Override
    public String getBanner() {
        return "adjoint " + version + " \u2014 computational graphs and automatic differentiation\n"
                + ":help lists the commands; :trace, :forward, :reverse, :grad, :graph, :check, :jacobian inspect a graph";
    }

    @Override
    protected void handleExecuteRequest(ShellReplyEnvironment env, Message<ExecuteRequest> message) {
        ExecuteRequest request = message.getContent();
        boolean silent = request.isSilent();
        int count = silent ? executionCount.get() : executionCount.getAndIncrement();
        env.setBusyDeferIdle();
        if (!silent) env.publish(new PublishExecuteInput(request.getCode(), count));
        if (!silent && request.shouldStoreHistory()) history.add(count, request.getCode());

        CellOutput output = new CellOutput(env, silent, count, request.isStdinEnabled());
        String code = PromptStripper.strip(request.getCode()); // >>> and In [1]: pasted with the code, as IPython takes them off
        if (!silent) session.beginCell(count, request.getCode());
        SessionAdapter.Failure failure = cells.run(code, output, output::tick);
        output.finish(count);
        if (!silent) session.finishCell(count);
        if (failure == null) {
            env.defer().reply(new ExecuteReply(count, Map.of()));
            return;
        }
        List<String> traceback = failure.traceback(code, count);
        if (!silent) env.publish(new PublishError(failure.ename(), failure.evalue(), traceback));
        if (!silent && failure.undoneNote() != null) env.publish(new PublishStream(PublishStream.StreamType.ERR, failure.undoneNote()));
        ErrorReply error = new ErrorReply(failure.ename(), failure.evalue(), traceback);
        error.setExecutionCount(count);
        env.defer().replyError(ExecuteReply.MESSAGE_TYPE.error(), error);
    }

    @Override
    protected void handleHistoryRequest(ShellReplyEnvironment env, Message<HistoryRequest> message) {
        env.setBusyDeferIdle();
        env.reply(history.reply(message.getContent()));
    }

    /** Cells run through {@link #handleExecuteRequest}; jjava's single-expression path is not used. */
    @Override
    public Object evalRaw(String source) {
        throw new UnsupportedOperationException("cells run through handleExecuteRequest");
    }

    @Override
    public String isComplete(String code) {
        Optional<String> indent = session.continuation(code); // an open block or bracket: "incomplete" with this indent
        if (indent.isPresent()) return indent.get();
        return session.parses(code) ? IS_COMPLETE_YES : IS_COMPLETE_BAD;
    }

    /** Jupyter counts cursor positions in code points, Java strings in UTF-16 units. */
    @Override
    public ReplacementOptions complete(String code, int at) {
        int cursor = code.offsetByCodePoints(0, Math.min(at, code.codePointCount(0, code.length())));
        InputRules.Completion c = session.complete(code, cursor);
        return new ReplacementOptions(c.matches(), code.codePointCount(0, c.start()), code.codePointCount(0, Math.min(c.end(), code.length())));
    }

    /** Shift-Tab: what the name under the cursor is ({@link SessionAdapter#inspect}). */
    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        int cursor = code.offsetByCodePoints(0, Math.min(at, code.codePointCount(0, code.length())));
        Optional<String> help = wordAt(code, cursor).flatMap(session::inspect);
        if (help.isEmpty()) return null;
        DisplayData d = new DisplayData();
        d.putText(help.get());
        return d;
    }

    /** The dotted name (np.zeros, xs.sum) or :command around the cursor, or just before it (or before the "(" of a call just opened, as IPython). */
    static Optional<String> wordAt(String code, int cursor) {
        int start = Math.min(cursor, code.length());
        if (start > 0 && code.charAt(start - 1) == '(' && (start == code.length() || !isNameChar(code.charAt(start)))) start--;
        int end = start;
        while (start > 0 && isNameChar(code.charAt(start - 1))) start--;
        while (end < code.length() && isNameChar(code.charAt(end))) end++;
        if (start > 0 && code.charAt(start - 1) == ':') start--;
        String word = code.substring(start, end);
        while (word.endsWith(".")) word = word.substring(0, word.length() - 1);
        while (word.startsWith(".")) word = word.substring(1);
        if (word.isEmpty() || word.equals(":")) return Optional.empty();
        return Optional.of(word);
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }

    /** interrupt_request (and SIGINT): stops the running cell as Ctrl-C does; the session goes on. */
    @Override
    public void interrupt() {
        cells.interrupt();
    }

    @Override
    public void onShutdown(boolean restarting) {
        cells.interrupt();
        super.onShutdown(restarting);
    }
}
