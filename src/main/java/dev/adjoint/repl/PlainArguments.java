package dev.adjoint.repl;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command lines people type most, read without picocli: {@code -e STMT}..., {@code FILE [ARG...]}
 * and {@code -c CMD [ARG...]} (statements before FILE or -c allowed, and -i first), with
 * {@code --precision N} (N from 0 to 17, as digits) and {@code --no-color} once each among the
 * statements (the benchmark's MNIST script runs with --precision 6). Loading and running picocli's parser
 * (thousands of lines, interpreted at every start) was most of what a script or {@code -e} cost
 * beyond the same lines piped. Anything else (any other option, a statement or FILE that begins
 * with '-', an '@' argument file) goes to picocli ({@link CommandLineOptions}), which stays the
 * command line's definition: {@code PlainArgumentsTest} checks that both read every line this
 * class accepts alike.
 */
final class PlainArguments {
    private PlainArguments() {}

    /** Sets {@code main}'s statements, file and script arguments and returns true, or returns false and sets nothing. */
    static boolean read(String[] args, Main main) {
        List<String> statements = new ArrayList<>();
        int i = 0;
        boolean inspect = i < args.length && args[i].equals("-i");
        if (inspect) i++;
        Integer precision = null;
        boolean noColor = false;
        for (; i < args.length; i++) {
            if (args[i].equals("--no-color")) {
                if (noColor) return false; // given twice: picocli's error
                noColor = true;
                continue;
            }
            if (!args[i].equals("-e") && !args[i].equals("--precision")) break;
            if (i + 1 == args.length || !plain(args[i + 1])) return false;
            String value = args[++i];
            if (args[i - 1].equals("-e")) statements.add(value);
            else if (precision != null || !digits(value) || Integer.parseInt(value) > 17) return false; // picocli's errors
            else precision = Integer.parseInt(value);
        }
        boolean command = i + 1 < args.length && args[i].equals("-c") && plain(args[i + 1]);
        if (command) i++; // then CMD, read as FILE is, and every word after it
        if (i < args.length && !plain(args[i])) return false; // an option: picocli's
        for (int j = i; j < args.length; j++) if (args[j].startsWith("@")) return false; // picocli reads @FILE as arguments
        main.statements.addAll(statements);
        main.inspect = inspect;
        if (precision != null) main.precision = precision;
        if (noColor) main.noColor = true;
        if (command) {
            main.command = args[i];
            main.scriptArguments = List.copyOf(Arrays.asList(args).subList(i + 1, args.length));
        } else if (i < args.length) {
            main.file = Path.of(args[i]);
            main.scriptArguments = List.copyOf(Arrays.asList(args).subList(i + 1, args.length));
        }
        return true;
    }

    /** One or two decimal digits: a --precision picocli reads as the same int (longer or signed ones are left to it). */
    private static boolean digits(String word) {
        if (word.isEmpty() || word.length() > 2) return false;
        for (int k = 0; k < word.length(); k++) if (word.charAt(k) < '0' || word.charAt(k) > '9') return false;
        return true;
    }

    /** A word picocli takes as a value whatever its options: not empty, not an option's or an argument file's. */
    private static boolean plain(String word) {
        return !word.isEmpty() && !word.startsWith("-") && !word.startsWith("@");
    }
}
