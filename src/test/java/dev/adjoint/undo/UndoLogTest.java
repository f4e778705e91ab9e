package dev.adjoint.undo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UndoLogTest {
    /** A list that records itself before each change, as the language's mutable values do. */
    static class Box implements Undoable {
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

    /** A Box that knows when it was made, as dicts, lists, sets and objects do. */
    static final class BornBox extends Box {
        final long birth = UndoLog.birth();

        @Override
        public long birth() {
            return birth;
        }
    }

    /**
     * A value made after the log opened has nothing to put back: it is not recorded (a loop that
     * made a million small dicts kept each alive until the input ended), in an inner log or
     * handed to the outer one; a value made before is, by every log open since.
     */
    @Test
    void aValueMadeAfterTheLogOpenedIsNotRecorded() {
        BornBox old = new BornBox();
        UndoLog outer = UndoLog.open();
        BornBox fresh = new BornBox();
        fresh.add(1);
        assertThat(outer.size()).isZero();
        assertThat(fresh.snapshots).isZero();
        UndoLog inner = UndoLog.open();
        BornBox innerFresh = new BornBox();
        innerFresh.add(1);
        fresh.add(2); // made before the inner log opened: the inner one records it
        old.add(3);
        assertThat(inner.size()).isEqualTo(2);
        inner.close();
        assertThat(outer.size()).isEqualTo(1); // only old: fresh and innerFresh were made after the outer log opened
        innerFresh.add(4);
        assertThat(outer.size()).isEqualTo(1);
        outer.rollback();
        assertThat(old.items).isEmpty();
        assertThat(fresh.items).containsExactly(1, 2); // unreachable after the rollback in a session: left as it is
    }

    /** A Box numbered on the Clock that takes a new number as it changes, as a tensor changed in place does. */
    static final class RenumberedBox extends Box {
        long number = Clock.tick();

        @Override
        void add(int v) {
            super.add(v); // recorded first, then renumbered
            number = Clock.tick();
        }

        @Override
        public long birth() {
            return number;
        }
    }

    /**
     * A value from before the outer input, first changed (and so renumbered) inside an inner log:
     * the inner log hands it on with the number it had when recorded, so the outer one still puts
     * it back. A value renumbered in the input is not recorded again.
     */
    @Test
    void aValueRenumberedAfterItWasRecordedIsHandedOnByItsNumberThen() {
        RenumberedBox old = new RenumberedBox();
        old.add(1);
        UndoLog outer = UndoLog.open();
        RenumberedBox fresh = new RenumberedBox();
        try (UndoLog inner = UndoLog.open()) {
            old.add(2);
            old.add(3);
            fresh.add(1);
            assertThat(inner.size()).isEqualTo(2);
        }
        assertThat(outer.size()).isEqualTo(1);
        old.add(4);
        outer.rollback();
        assertThat(old.items).containsExactly(1);
        assertThat(old.snapshots).isEqualTo(1);
    }

    @Test
    void anInnerRollbackPutsBackAValueTheOuterInputMade() {
        UndoLog outer = UndoLog.open();
        BornBox fresh = new BornBox();
        fresh.add(1);
        UndoLog inner = UndoLog.open();
        fresh.add(2);
        inner.rollback();
        assertThat(fresh.items).containsExactly(1);
        outer.close();
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
