package dev.adjoint.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.testing.ShellHarness;
import org.junit.jupiter.api.Test;

/** A failed input leaves the mutable values of collections and functools, and an object's live __dict__, as they were. */
class ModuleValuesRollbackTest extends ShellHarness {
    @Test
    void aFailedInputUndoesChangesToDequesDefaultdictsCountersCachesAndVars() {
        run("from collections import deque, defaultdict, Counter, OrderedDict\nimport functools\n"
                + "d = deque([1], maxlen=3)\ndd = defaultdict(list)\nc = Counter('ab')\nod = OrderedDict(a=1, b=2)\n"
                + "class O: pass\no = O()\nv = vars(o)\n");
        run("@functools.lru_cache\ndef f(x): return x\n");
        assertThat(ok("d.append(2); d.appendleft(0); dd['a'].append(1); c['a'] += 5; od.move_to_end('a'); v['z'] = 1; f(3); 1/0")).isFalse();
        assertThat(printed("print(d, dd, c, od, vars(o), f.cache_info())"))
                .isEqualTo("deque([1], maxlen=3) defaultdict(<class 'list'>, {}) Counter({'a': 1, 'b': 1}) OrderedDict([('a', 1), ('b', 2)]) {} "
                        + "CacheInfo(hits=0, misses=0, maxsize=128, currsize=0)\n");
    }

    /**
     * A closure's cell rebound with nonlocal is put back, and with it a value the failed input made
     * and changed there (values made during an input are not recorded themselves: their holders are).
     */
    @Test
    void aFailedInputUndoesAClosuresCellAndTheValueItMadeThere() {
        run("def make():\n    cache = None\n    def get():\n        nonlocal cache\n        if cache is None:\n            cache = []\n"
                + "        cache.append(1)\n        return cache\n    return get\n\ng = make()\n");
        assertThat(ok("g(); 1/0")).isFalse();
        assertThat(printed("print(g())")).isEqualTo("[1]\n");
    }

    /** `_` is put back too: it showed the failed input's value, changed after it was shown. */
    @Test
    void aFailedInputPutsTheLastShownValueBack() {
        run("7\n");
        assertThat(ok("d = {}; d; d['k'] = 1; 1/0")).isFalse();
        assertThat(printed("print(_)")).isEqualTo("7\n");
    }
}
