package dev.adjoint.lang.lib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adjoint.session.Session;
import dev.adjoint.testing.QuietOutput;
import org.junit.jupiter.api.Test;

/**
 * A DataLoader over a TensorDataset takes each batch's rows at once (TorchData.collatedRows, issue 16):
 * its batches equal default_collate of the rows read one by one (torch.stack of ds[i]'s), in values,
 * types and shapes, for transposed and narrow-typed tensors too, and a dataset it must not take that
 * way (a subclass's __getitem__, a tensor requiring grad) still goes row by row.
 */
class TensorDatasetBatchesTest {
    private final Session s = new Session();

    private boolean holds(String expr) {
        s.eval("__v = " + expr, QuietOutput.INSTANCE);
        return Boolean.TRUE.equals(s.lookup("__v"));
    }

    @Test
    void batchesEqualTheRowsStackedOneByOne() {
        s.eval("""
                import torch
                from torch.utils.data import TensorDataset, DataLoader
                X = torch.arange(60.).reshape(10, 2, 3).transpose(1, 2)
                y = torch.arange(10) * 7
                z = torch.arange(10, dtype=torch.uint8) + 250
                ds = TensorDataset(X, y, z)
                order = [[9, 0, 3], [3], [1, 2, 8, 7, 6, 5, 4]]
                loaded = list(DataLoader(ds, batch_sampler=order))
                one_by_one = [[torch.stack([ds[i][k] for i in b]) for k in range(3)] for b in order]
                same = all(type(a) is list and len(a) == 3 and all(u.dtype == v.dtype and u.shape == v.shape and torch.equal(u, v) for u, v in zip(a, b))
                           for a, b in zip(loaded, one_by_one))
                """, QuietOutput.INSTANCE);
        assertThat(holds("same and len(loaded) == 3")).isTrue();
    }

    @Test
    void aSubclassesItemsAndAGradientsGraphStillComeRowByRow() {
        s.eval("""
                import torch
                from torch.utils.data import TensorDataset, DataLoader
                class Doubled(TensorDataset):
                    def __getitem__(self, i):
                        return self.tensors[0][i] * 2, self.tensors[1][i]
                xb, yb = next(iter(DataLoader(Doubled(torch.arange(5.), torch.arange(5)), batch_size=3)))
                w = torch.arange(4.).requires_grad_()
                wb, _ = next(iter(DataLoader(TensorDataset(w, torch.arange(4)), batch_size=2)))
                """, QuietOutput.INSTANCE);
        assertThat(holds("xb.tolist() == [0., 2., 4.] and yb.tolist() == [0, 1, 2]")).isTrue();
        assertThat(holds("type(wb.grad_fn).__name__ == 'StackBackward0' and wb.requires_grad")).isTrue();
    }
}
