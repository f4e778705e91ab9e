package dev.adjoint.undo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UndoLogTest {
    /** A list that records itself before each change, as the language's mutable values do. */
    static final class Box implements Undoable {
        final List<Integer> items = new ArrayList<>();
        int snapshots;

        void add(int v) {
            UndoLog.touch(this);
            items.add(v);
        }

        @Override
        public Runnable snapshot() {
            snapshots++;
            List<Integer> copy = List.copyOf(items);
            return () -> {
                items.clear();
                items.addAll(copy);
            };
        }
    }

    @Test
    void rollbackPutsBackTheStateBeforeTheFirstChangeAndSnapshotsOnce() {
        Box box = new Box();
        box.add(1);
        UndoLog log = UndoLog.open();
        box.add(2);
        box.add(3);
        log.rollback();
        assertThat(box.items).containsExactly(1);
        assertThat(box.snapshots).isEqualTo(1);
    }

    @Test
    void withNoLogOpenNothingIsRecorded() {
        Box box = new Box();
        box.add(1);
        assertThat(box.snapshots).isZero();
    }

    @Test
    void closeKeepsTheChangesAndStopsRecording() {
        Box box = new Box();
        UndoLog log = UndoLog.open();
        box.add(1);
        log.close();
        box.add(2);
        assertThat(box.items).containsExactly(1, 2);
        assertThat(log.size()).isEqualTo(1);
    }

    @Test
    void anInnerLogThatSucceedsIsUndoneWithTheOuterOne() {
        Box a = new Box(), b = new Box();
        UndoLog outer = UndoLog.open();
        a.add(1);
        try (UndoLog inner = UndoLog.open()) {
            b.add(2);
            a.add(3);
        }
        outer.rollback();
        assertThat(a.items).isEmpty();
        assertThat(b.items).isEmpty();
    }

    @Test
    void anInnerLogThatFailsIsUndoneAloneAndTheOuterGoesOn() {
        Box a = new Box();
        UndoLog outer = UndoLog.open();
        a.add(1);
        UndoLog inner = UndoLog.open();
        a.add(2);
        inner.rollback(); // the inner log keeps its own snapshot: only its change goes
        a.add(3);
        outer.close();
        assertThat(a.items).containsExactly(1, 3);
    }
}
