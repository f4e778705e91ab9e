package dev.adjoint.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * float32 normals bit for bit as PyTorch 1.13 draws them (source: src/test/resources/fixtures/
 * torch_randn_bits.txt, recorded by scripts/fixtures/torch_randn_fixtures.py from Debian's torch):
 * 7 seeds × sizes 16..100000 × two (mean, std), each compared by a CRC of all its bits.
 */
class TorchRandnBitsTest {
    @Test
    void everyRecordedDrawHasPyTorchsBits() throws IOException {
        int cases = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                TorchRandnBitsTest.class.getResourceAsStream("/fixtures/torch_randn_bits.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                String[] f = line.split(" ");
                long seed = Long.parseLong(f[0]);
                int size = Integer.parseInt(f[1]);
                double mean = Double.parseDouble(f[2]), std = Double.parseDouble(f[3]);
                double[] d = new TorchRandom(seed).normal(new int[] {size}, mean, std, false).toArray();
                ByteBuffer bits = ByteBuffer.allocate(4 * size).order(ByteOrder.LITTLE_ENDIAN);
                for (double v : d) bits.putFloat((float) v);
                CRC32 crc = new CRC32();
                crc.update(bits.array());
                String what = "seed " + seed + " size " + size + " mean " + mean + " std " + std;
                assertThat(hex(Float.floatToRawIntBits((float) d[0]))).as(what + " first").isEqualTo(f[5]);
                assertThat(hex(Float.floatToRawIntBits((float) d[size - 1]))).as(what + " last").isEqualTo(f[6]);
                assertThat(String.format("%08x", crc.getValue())).as(what).isEqualTo(f[4]);
                cases++;
            }
        }
        assertThat(cases).isEqualTo(140);
    }

    @Test
    void theKernelsLogAndSincosAreCephesNotTheCLibrarys() {
        // the kernel returns NaN for 0 where the C library says -inf
        assertThat(CephesFloat.log(0.0f)).isNaN();
        assertThat(CephesFloat.log(1.0f)).isEqualTo(0.0f);
        float[] sc = CephesFloat.sincos((float) Math.PI);
        assertThat(sc[0]).isEqualTo(-8.742278e-8f); // sin of float(π), which is just above π
        assertThat(sc[1]).isEqualTo(-1.0f);
    }

    private static String hex(int bits) {
        return String.format("%08x", bits);
    }
}
