package dev.adjoint.command;

import dev.adjoint.files.ScriptFolder;
import dev.adjoint.lang.LangError;
import dev.adjoint.session.Arg;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A file name as the commands that take one read it (:load, :save, :graph --out), the way a shell
 * would for the simple cases: 'single' or "double" quotes around a name with blanks (in double
 * quotes, \" and \\ stand for " and \), and ~ or ~/... at the start for the home folder. A relative
 * name in a running script is its folder's ({@link ScriptFolder}).
 */
final class FileNames {
    private FileNames() {}

    /** The name without its quotes and with ~ expanded; an error at the word if it is empty or a quote is left open. */
    static String text(Arg word) {
        String w = word.text();
        String name;
        if (w.startsWith("'") || w.startsWith("\"")) {
            char q = w.charAt(0);
            if (w.length() < 2 || w.charAt(w.length() - 1) != q || (q == '"' && escapedAt(w, w.length() - 1)))
                throw new LangError("the quote " + q + " is never closed", word.span());
            name = q == '"' ? unescape(w.substring(1, w.length() - 1)) : w.substring(1, w.length() - 1);
        } else {
            name = w.equals("~") || w.startsWith("~/") ? System.getProperty("user.home") + w.substring(1) : w;
        }
        if (name.isEmpty()) throw new LangError("the file name is empty", word.span());
        return name;
    }

    /** The same as a path (in a script, beside it); an error at the word if the system cannot name such a file (a NUL in it, say). */
    static Path path(Arg word) {
        String name = text(word);
        try {
            return ScriptFolder.resolve(name);
        } catch (InvalidPathException e) {
            throw new LangError("not a valid file name: " + e.getReason(), word.span());
        }
    }

    private static boolean escapedAt(String s, int i) {
        int backslashes = 0;
        for (int k = i - 1; k > 0 && s.charAt(k) == '\\'; k--) backslashes++;
        return backslashes % 2 == 1;
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && (s.charAt(i + 1) == '"' || s.charAt(i + 1) == '\\')) c = s.charAt(++i);
            sb.append(c);
        }
        return sb.toString();
    }
}
