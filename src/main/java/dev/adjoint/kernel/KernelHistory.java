package dev.adjoint.kernel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dflib.jjava.jupyter.messages.ContentType;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.reply.HistoryReply;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;

/**
 * The cells run in this kernel, for {@code history_request} (a console's Up arrow and history
 * search). Kept in memory for the kernel's life; session 1 is always this one. jjava 1.0-a6 sends
 * history entries as objects, which clients cannot read; the protocol wants
 * [session, line, input] triples, which {@link Reply} sends.
 */
final class KernelHistory {
    private static final int SESSION = 1;

    private record Entry(int line, String input) {}

    private final List<Entry> entries = new ArrayList<>();

    synchronized void add(int executionCount, String code) {
        entries.add(new Entry(executionCount, code));
    }

    /** The reply to a tail, range or search request. */
    synchronized Reply reply(HistoryRequest request) {
        List<Entry> found = switch (request.getAccessType()) {
            case TAIL -> tail(((HistoryRequest.Tail) request).getMaxReturnLength());
            case RANGE -> range(((HistoryRequest.Range) request).getStart(), ((HistoryRequest.Range) request).getStop());
            case SEARCH -> {
                HistoryRequest.Search s = (HistoryRequest.Search) request;
                yield search(s.getPattern(), s.getMaxReturnLength(), s.filterUnique());
            }
        };
        List<List<Object>> triples = new ArrayList<>();
        for (Entry e : found) triples.add(List.of(SESSION, e.line(), e.input()));
        return new Reply(triples);
    }

    private List<Entry> tail(int n) {
        int k = Math.max(0, Math.min(n, entries.size()));
        return List.copyOf(entries.subList(entries.size() - k, entries.size()));
    }

    private List<Entry> range(int start, int stop) {
        List<Entry> found = new ArrayList<>();
        for (Entry e : entries) if (e.line() >= start && (stop <= 0 || e.line() < stop)) found.add(e);
        return found;
    }

    /** Inputs matching a glob ({@code *}, {@code ?}), the newest n, oldest first. */
    private List<Entry> search(String glob, int n, boolean unique) {
        Pattern p = Pattern.compile(globToRegex(glob == null || glob.isEmpty() ? "*" : glob), Pattern.DOTALL);
        List<Entry> found = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = entries.size() - 1; i >= 0 && (n <= 0 || found.size() < n); i--) {
            Entry e = entries.get(i);
            if (p.matcher(e.input()).matches() && (!unique || seen.add(e.input()))) found.add(0, e);
        }
        return found;
    }

    private static String globToRegex(String glob) {
        StringBuilder sb = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*') sb.append(".*");
            else if (c == '?') sb.append('.');
            else sb.append(Pattern.quote(String.valueOf(c)));
        }
        return sb.toString();
    }

    /** history_reply content as the protocol has it: status and [session, line, input] triples. */
    static final class Reply implements ContentType<Reply> {
        @SuppressWarnings({"unchecked", "rawtypes"})
        private static final MessageType<Reply> TYPE = (MessageType) HistoryReply.MESSAGE_TYPE;

        private final String status = "ok";
        private final List<List<Object>> history;

        Reply(List<List<Object>> history) {
            this.history = history;
        }

        List<List<Object>> history() {
            return history;
        }

        @Override
        public MessageType<Reply> getType() {
            return TYPE;
        }
    }
}
