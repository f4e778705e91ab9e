package dev.adjoint.repl;

import dev.adjoint.lang.StdinText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * A script's or an -e/-c program's stdin: what sys.stdin reads, and input()'s line (its prompt on
 * stdout), both from one text, as CPython reads them when stdin is not a terminal.
 */
final class StdinLines implements Shell.LineInput {
    private final StdinText text;

    StdinLines(InputStream in) {
        this.text = new StdinText(new ReaderLines(in), false);
    }

    @Override
    public String readLine(String prompt, PrintWriter out) {
        out.print(prompt);
        out.flush();
        return text.inputLine();
    }

    @Override
    public StdinText stdin() {
        return text;
    }

    /**
     * stdin's lines, each with its "\n", as they arrive; a \r is a character of the line (CPython's
     * sys.stdin on Linux and macOS reads with newline='\n': 'a\r\n' stays so). The reader is made at the
     * first read, so a script that reads nothing never touches stdin.
     */
    private static final class ReaderLines implements StdinText.Lines {
        private final InputStream in;
        private Reader reader;
        private final char[] buffer = new char[8192];
        private int pos, end;

        ReaderLines(InputStream in) {
            this.in = in;
        }

        @Override
        public String next() throws IOException {
            if (reader == null) reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            StringBuilder line = new StringBuilder();
            while (true) {
                if (pos == end) {
                    int n = reader.read(buffer, 0, buffer.length); // (whatever has arrived: a line typed into a pipe is not waited on)
                    if (n <= 0) return line.length() == 0 ? null : line.toString();
                    pos = 0;
                    end = n;
                }
                char c = buffer[pos++];
                line.append(c);
                if (c == '\n') return line.toString();
            }
        }
    }
}
