package dev.adjoint.repl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * #118: NameError's and AttributeError's "Did you mean" as CPython 3.11 computes it (Python/suggestions.c:
 * a Levenshtein distance where a case change costs 1 and any other edit 2, within
 * (len(a) + len(b) + 3) * 2 // 6; the function's names first, then the globals, then the builtins in
 * CPython's order). Each expected line was recorded with python3 3.11.7 running the same program
 * (the definitions below, then the probe) as python3 -c.
 */
class NameSuggestionsTest {
    private static final String DEFINITIONS = "def f(x):\n    return x\nclass Thing:\n    count = 1\n    maximum = 2\n    learning_rate = 0.1\n"
            + "    def update(self):\n        pass\napple = 1\nApple2 = 2\nlearning_rate = 0.01\ncounter = 0\n";

    /** Probe, then the last line of CPython's traceback. */
    private static final String[] CPYTHON = {
            "Y", "NameError: name 'Y' is not defined",
            "y", "NameError: name 'y' is not defined",
            "F", "NameError: name 'F' is not defined. Did you mean: 'f'?",
            "aple", "NameError: name 'aple' is not defined. Did you mean: 'apple'?",
            "APPLE", "NameError: name 'APPLE' is not defined",
            "lenn", "NameError: name 'lenn' is not defined. Did you mean: 'len'?",
            "pritn", "NameError: name 'pritn' is not defined. Did you mean: 'print'?",
            "prnt", "NameError: name 'prnt' is not defined. Did you mean: 'print'?",
            "epx", "NameError: name 'epx' is not defined",
            "learningrate", "NameError: name 'learningrate' is not defined. Did you mean: 'learning_rate'?",
            "learning_rat", "NameError: name 'learning_rat' is not defined. Did you mean: 'learning_rate'?",
            "countr", "NameError: name 'countr' is not defined. Did you mean: 'counter'?",
            "Counter", "NameError: name 'Counter' is not defined. Did you mean: 'counter'?",
            "rnage", "NameError: name 'rnage' is not defined. Did you mean: 'range'?",
            "ragne", "NameError: name 'ragne' is not defined. Did you mean: 'range'?",
            "zp", "NameError: name 'zp' is not defined. Did you mean: 'zip'?",
            "sumn", "NameError: name 'sumn' is not defined. Did you mean: 'sum'?",
            "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq", "NameError: name 'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq' is not defined",
            "lst", "NameError: name 'lst' is not defined. Did you mean: 'list'?",
            "Tru", "NameError: name 'Tru' is not defined. Did you mean: 'True'?",
            "none", "NameError: name 'none' is not defined. Did you mean: 'None'?",
            "Thing().cout", "AttributeError: 'Thing' object has no attribute 'cout'. Did you mean: 'count'?",
            "Thing().Count", "AttributeError: 'Thing' object has no attribute 'Count'. Did you mean: 'count'?",
            "Thing().maximun", "AttributeError: 'Thing' object has no attribute 'maximun'. Did you mean: 'maximum'?",
            "Thing().maxi", "AttributeError: 'Thing' object has no attribute 'maxi'",
            "Thing().learningrate", "AttributeError: 'Thing' object has no attribute 'learningrate'. Did you mean: 'learning_rate'?",
            "Thing().updat", "AttributeError: 'Thing' object has no attribute 'updat'. Did you mean: 'update'?",
            "Thing().UPDATE", "AttributeError: 'Thing' object has no attribute 'UPDATE'",
            "Thing().xyz", "AttributeError: 'Thing' object has no attribute 'xyz'",
            "Thing().upd", "AttributeError: 'Thing' object has no attribute 'upd'",
            "[].appendd", "AttributeError: 'list' object has no attribute 'appendd'. Did you mean: 'append'?",
            "[].apend", "AttributeError: 'list' object has no attribute 'apend'. Did you mean: 'append'?",
            "[].sorted", "AttributeError: 'list' object has no attribute 'sorted'. Did you mean: 'sort'?",
            "[].remov", "AttributeError: 'list' object has no attribute 'remov'. Did you mean: 'remove'?",
            "[].indx", "AttributeError: 'list' object has no attribute 'indx'. Did you mean: 'index'?"
    };

    @Test
    void suggestionsAreCPythons() {
        for (int i = 0; i < CPYTHON.length; i += 2) {
            MainTest.Run r = MainTest.run(DEFINITIONS + CPYTHON[i] + "\n", "--no-color");
            assertThat(r.err()).as(CPYTHON[i]).contains("error: " + CPYTHON[i + 1] + "\n");
        }
    }

    /** A function's own names come first: CPython suggests the local 'total_count' (python3 3.11.7). */
    @Test
    void aFunctionsLocalNamesComeFirst() {
        MainTest.Run r = MainTest.run("def g(total_count):\n    total_cont = 1\n    return total_coun\n\ng(0)\n", "--no-color");
        assertThat(r.err()).contains("error: NameError: name 'total_coun' is not defined. Did you mean: 'total_count'?\n");
    }
}
