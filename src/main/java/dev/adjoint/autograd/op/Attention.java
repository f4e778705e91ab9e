package dev.adjoint.autograd.op;

import dev.adjoint.autograd.AutogradException;
import dev.adjoint.autograd.DType;
import dev.adjoint.autograd.Tensor;
import dev.adjoint.ndarray.Index;
import dev.adjoint.ndarray.NDArray;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * PyTorch's multi-head attention (F.multi_head_attention_forward of 1.13, its standard path) built
 * from the engine's ops, so autograd gives its gradients: the inputs projected, split into heads,
 * softmax(q·kᵀ/√d + mask)·v per head, the heads joined and projected out. Inputs are
 * (L, N, E) sequences (unbatched (L, E) ones are given a batch of one by the caller).
 */
public final class Attention {
    private Attention() {}

    /** The projections: {@code inProj} (3E, E) packed, or separate q/k/v weights (kdim, vdim); biases may be null. */
    public record Weights(Tensor inProj, Tensor qProj, Tensor kProj, Tensor vProj, Tensor inBias, Tensor outProj, Tensor outBias) {}

    /**
     * Attention of {@code query} (L, N, E) over {@code key} (S, N, kdim) and {@code value} (S, N, vdim)
     * with {@code heads} heads. {@code keyPaddingMask} (N, S) and {@code attnMask} ((L, S) or (N·heads,
     * L, S)) are bool (True: not attended) or float (added); {@code dropout} (null for none) applies
     * to the attention weights. Returns the output (L, N, E) and, when {@code needWeights}, the
     * weights (N, heads, L, S), averaged over the heads when {@code average}.
     */
    public static Tensor[] multiHead(Tensor query, Tensor key, Tensor value, int heads, Weights w, Tensor keyPaddingMask, Tensor attnMask, boolean needWeights,
            boolean average, UnaryOperator<Tensor> dropout) {
        int[] qs = query.shape();
        int tgt = qs[0], batch = qs[1], embed = qs[2], src = key.shape()[0];
        int headDim = embed / heads;
        Tensor[] qkv = project(query, key, value, w, embed);
        Tensor mask = attnMask == null ? null : shapedMask(attnMask, tgt, src, batch * heads);
        Tensor q = splitHeads(qkv[0], batch, heads, headDim), k = splitHeads(qkv[1], batch, heads, headDim), v = splitHeads(qkv[2], batch, heads, headDim);
        if (keyPaddingMask != null) { // (N, S), checked by the caller
            Tensor padding = Ops.reshape(Ops.expand(Ops.reshape(keyPaddingMask, batch, 1, 1, src), batch, heads, 1, src), batch * heads, 1, src);
            if (mask == null) mask = padding;
            else if (mask.dtype() == DType.BOOL) mask = Ops.logicalOr(mask, padding);
            else mask = Ops.maskedFill(mask, padding, Tensor.constant(Double.NEGATIVE_INFINITY));
        }
        if (mask != null && mask.dtype() == DType.BOOL) // True entries are not attended: -inf before the softmax
            mask = Ops.maskedFill(Tensor.constant(NDArray.zeros(mask.shape()), query.dtype()), mask, Tensor.constant(Double.NEGATIVE_INFINITY));
        Tensor scaled = Ops.div(q, Ops.scalar(Math.sqrt(headDim)));
        Tensor scores = mask == null ? Ops.bmm(scaled, Ops.transpose(k, 1, 2)) : Ops.baddbmm(mask, scaled, Ops.transpose(k, 1, 2), 1, 1);
        Tensor weights = Ops.softmax(scores, -1);
        if (dropout != null) weights = dropout.apply(weights);
        Tensor out = Ops.bmm(weights, v); // (N·heads, L, d)
        out = Ops.view(Ops.transpose(out, 0, 1), tgt * batch, embed);
        out = Ops.view(Ops.linear(out, w.outProj(), w.outBias()), tgt, batch, embed);
        if (!needWeights) return new Tensor[] {out, null};
        Tensor perHead = Ops.view(weights, batch, heads, tgt, src);
        return new Tensor[] {out, average ? Ops.div(Ops.sum(perHead, new int[] {1}, false), Ops.scalar(heads)) : perHead};
    }

    /** PyTorch's _in_projection_packed (one product when query, key and value are one tensor; key and value together when they are) or _in_projection. */
    private static Tensor[] project(Tensor query, Tensor key, Tensor value, Weights w, int embed) {
        if (w.inProj() == null)
            return new Tensor[] {Ops.linear(query, w.qProj(), rows(w.inBias(), 0, embed)), Ops.linear(key, w.kProj(), rows(w.inBias(), embed, 2 * embed)),
                    Ops.linear(value, w.vProj(), rows(w.inBias(), 2 * embed, 3 * embed))};
        if (key == value && query == key) {
            Tensor all = Ops.linear(query, w.inProj(), w.inBias());
            return new Tensor[] {last(all, 0, embed), last(all, embed, 2 * embed), last(all, 2 * embed, 3 * embed)};
        }
        if (key == value) {
            Tensor kv = Ops.linear(key, rows(w.inProj(), embed, 3 * embed), rows(w.inBias(), embed, 3 * embed));
            return new Tensor[] {Ops.linear(query, rows(w.inProj(), 0, embed), rows(w.inBias(), 0, embed)), last(kv, 0, embed), last(kv, embed, 2 * embed)};
        }
        return new Tensor[] {Ops.linear(query, rows(w.inProj(), 0, embed), rows(w.inBias(), 0, embed)),
                Ops.linear(key, rows(w.inProj(), embed, 2 * embed), rows(w.inBias(), embed, 2 * embed)),
                Ops.linear(value, rows(w.inProj(), 2 * embed, 3 * embed), rows(w.inBias(), 2 * embed, 3 * embed))};
    }

    /** attn_mask checked and given its batch axis: a 2-d mask (L, S) is shared by every batch entry and head. */
    private static Tensor shapedMask(Tensor mask, int tgt, int src, int batchHeads) {
        if (mask.ndim() == 2) {
            if (mask.shape()[0] != tgt || mask.shape()[1] != src)
                throw new AutogradException("The shape of the 2D attn_mask is torch.Size(" + Tensor.torchShape(mask.shape()) + "), but should be (" + tgt + ", " + src + ").");
            return Ops.unsqueeze(mask, 0);
        }
        if (mask.ndim() == 3) {
            if (!java.util.Arrays.equals(mask.shape(), new int[] {batchHeads, tgt, src}))
                throw new AutogradException("The shape of the 3D attn_mask is torch.Size(" + Tensor.torchShape(mask.shape()) + "), but should be (" + batchHeads + ", "
                        + tgt + ", " + src + ").");
            return mask;
        }
        throw new AutogradException("attn_mask's dimension " + mask.ndim() + " is not supported");
    }

    /** (len, N, E) to (N·heads, len, d): each batch entry's heads side by side. */
    private static Tensor splitHeads(Tensor x, int batch, int heads, int headDim) {
        return Ops.transpose(Ops.view(x, x.shape()[0], batch * heads, headDim), 0, 1);
    }

    private static Tensor rows(Tensor t, int from, int to) {
        return t == null ? null : Ops.getItem(t, List.of(new Index.Slice(from, to, 1)));
    }

    private static Tensor last(Tensor t, int from, int to) {
        return Ops.getItem(t, List.of(Index.Slice.ALL, Index.Slice.ALL, new Index.Slice(from, to, 1)));
    }
}
