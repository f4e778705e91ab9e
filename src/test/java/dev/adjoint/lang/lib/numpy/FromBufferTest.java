package dev.adjoint.lang.lib.numpy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * FromBuffer.decode's loops, one per type (issue 16: a data set's millions of bytes), read what a
 * ByteBuffer reads element by element, in both byte orders, from any offset and for any count.
 */
class FromBufferTest {
    private static final Random RANDOM = new Random(16);

    @Test
    void everyTypeDecodesAsItsElementByElementReadingInBothOrdersAtAnyOffset() {
        byte[] data = new byte[8 * 40 + 11];
        RANDOM.nextBytes(data);
        for (NpType type : NpType.values()) {
            int size = Math.max(1, type.bits / 8);
            for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
                for (int offset : new int[] {0, 1, 3, 8, 16}) {
                    int count = (data.length - offset) / size - (offset % 2); // short of the end at odd offsets
                    double[] expected = elementByElement(data, offset, count, type, order);
                    assertThat(FromBuffer.decode(data, offset, count, type, order)).as(type + " " + order + " at " + offset).containsExactly(expected);
                    assertThat(FromBuffer.decode(data, offset, 3, type, order)).as(type + " count 3").containsExactly(java.util.Arrays.copyOf(expected, 3));
                }
            }
        }
    }

    @Test
    void mnistHeaderAndPixelsReadAsNumpyReadsThem() {
        byte[] idx = {0, 0, 8, 3, 0, 0, 39, 16, (byte) 255, 0, (byte) 128, 7};
        assertThat(FromBuffer.decode(idx, 0, 2, NpType.UINT32, ByteOrder.BIG_ENDIAN)).containsExactly(2051, 10000);
        assertThat(FromBuffer.decode(idx, 8, 4, NpType.UINT8, ByteOrder.LITTLE_ENDIAN)).containsExactly(255, 0, 128, 7);
        assertThat(FromBuffer.decode(idx, 8, 2, NpType.INT16, ByteOrder.BIG_ENDIAN)).containsExactly(-256, -32761);
    }

    /** The values one at a time through a ByteBuffer's typed reads: the reading the loops must equal. */
    private static double[] elementByElement(byte[] data, int offset, int count, NpType type, ByteOrder order) {
        ByteBuffer in = ByteBuffer.wrap(data, offset, data.length - offset).order(order);
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = switch (type) {
                case BOOL -> in.get() != 0 ? 1 : 0;
                case INT8 -> in.get();
                case UINT8 -> in.get() & 0xff;
                case INT16 -> in.getShort();
                case UINT16 -> in.getShort() & 0xffff;
                case INT32 -> in.getInt();
                case UINT32 -> in.getInt() & 0xffffffffL;
                case INT64 -> in.getLong();
                case UINT64 -> unsigned(in.getLong());
                case FLOAT32 -> in.getFloat();
                case FLOAT64 -> in.getDouble();
            };
        }
        return out;
    }

    /** A uint64's bits as a double, as the element-by-element decode read them. */
    private static double unsigned(long v) {
        return v >= 0 ? v : (v >>> 1) * 2.0 + (v & 1);
    }
}
