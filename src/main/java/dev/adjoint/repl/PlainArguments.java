package dev.adjoint.repl;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command lines people type most, read without picocli: {@code -e STMT}..., {@code FILE [ARG...]}
 * and {@code -c CMD [ARG...]} (statements before FILE or -c allowed, and -i first). Loading and running picocli's parser
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
        while (i < args.length && args[i].equals("-e")) {
            if (i + 1 == args.length || !plain(args[i + 1])) return false;
            statements.add(args[i + 1]);
            i += 2;
        }
        boolean command = i + 1 < args.length && args[i].equals("-c") && plain(args[i + 1]);
        if (command) i++; // then CMD, read as FILE is, and every word after it
        if (i < args.length && !plain(args[i])) return false; // an option: picocli's
        for (int j = i; j < args.length; j++) if (args[j].startsWith("@")) return false; // picocli reads @FILE as arguments
        main.statements.addAll(statements);
        main.inspect = inspect;
        if (command) {
            main.command = args[i];
            main.scriptArguments = List.copyOf(Arrays.asList(args).subList(i + 1, args.length));
        } else if (i < args.length) {
            main.file = Path.of(args[i]);
            main.scriptArguments = List.copyOf(Arrays.asList(args).subList(i + 1, args.length));
        }
        return true;
    }

    /** A word picocli takes as a value whatever its options: not empty, not an option's or an argument file's. */
    private static boolean plain(String word) {
        return !word.isEmpty() && !word.startsWith("-") && !word.startsWith("@");
    }
}
