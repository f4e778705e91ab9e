package dev.adjoint.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** input() in a script or an -e statement: the prompt on stdout, then a line of stdin, as CPython reads one when stdin is not a terminal. */
final class StdinLines implements Shell.LineInput {
    private final InputStream in;
    private BufferedReader reader; // made at the first input(): a script that reads nothing never touches stdin

    StdinLines(InputStream in) {
        this.in = in;
    }

    @Override
    public String readLine(String prompt, PrintWriter out) {
        out.print(prompt);
        out.flush();
        try {
            if (reader == null) reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.readLine();
        } catch (IOException e) {
            return null; // stdin closed under us: the end of the input
        }
    }
}
