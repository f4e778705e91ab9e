package dev.adjoint.lang.lib;

import static dev.adjoint.lang.lib.GammaFamily.BETA;
import static dev.adjoint.lang.lib.GammaFamily.DIRICHLET;
import static dev.adjoint.lang.lib.GammaFamily.EXPONENTIAL;
import static dev.adjoint.lang.lib.GammaFamily.GAMMA;
import static dev.adjoint.lang.lib.GammaFamily.POISSON;
import static dev.adjoint.lang.lib.TorchDistributions.BERNOULLI;
import static dev.adjoint.lang.lib.TorchDistributions.CATEGORICAL;
import static dev.adjoint.lang.lib.TorchDistributions.EXPONENTIAL_FAMILY;
import static dev.adjoint.lang.lib.TorchDistributions.NORMAL;
import static dev.adjoint.lang.lib.TorchDistributions.UNIFORM;
import static dev.adjoint.lang.lib.TorchDistributions.call;
import static dev.adjoint.lang.lib.TorchDistributions.param;

import dev.adjoint.autograd.Tensor;
import dev.adjoint.autograd.op.Ops;
import dev.adjoint.lang.Builtin;
import dev.adjoint.lang.PyClass;
import dev.adjoint.lang.PyError;
import dev.adjoint.lang.PyInstance;
import dev.adjoint.lang.Values;
import dev.adjoint.ndarray.NDArray;
import java.util.ArrayList;
import java.util.List;

/**
 * torch.distributions.kl_divergence(p, q) for the pairs PyTorch 1.13 registers among the
 * distributions adjoint has, each term for term as PyTorch's (so the value, grad_fn and gradient
 * agree), dispatched as PyTorch's _dispatch_kl: the registered pair of base classes nearest to
 * the two types. Two different exponential families without a registered pair get PyTorch's
 * NotImplementedError, as do types with none.
 */
final class KlDivergence {
    private KlDivergence() {}

    /** One registered formula: KL(p || q) from the two distributions. */
    private interface Kl {
        Tensor apply(PyInstance p, PyInstance q);
    }

    private record Pair(PyClass p, PyClass q, Kl kl) {}

    private static final double EULER_GAMMA = 0.57721566490153286060;
    private static final List<Pair> REGISTRY = new ArrayList<>();

    static final Builtin FUNCTION = Builtin.of("kl_divergence", a -> {
        a.expect(2, 2, "p", "q");
        Object p = a.option(0, "p", null), q = a.option(1, "q", null);
        if (!(p instanceof PyInstance dp) || !dp.pyClass().isSubclassOf(TorchDistributions.DISTRIBUTION)
                || !(q instanceof PyInstance dq) || !dq.pyClass().isSubclassOf(TorchDistributions.DISTRIBUTION))
            throw new PyError("NotImplementedError", "No KL(p || q) is implemented for p type " + Values.typeName(p) + " and q type " + Values.typeName(q));
        return kl(dp, dq);
    });

    /** The registered pair nearest to (p, q): the least (p's distance to P, q's distance to Q), as PyTorch's lexicographic _Match. */
    private static Pair dispatch(PyClass p, PyClass q) {
        Pair best = null;
        int bestP = Integer.MAX_VALUE, bestQ = Integer.MAX_VALUE;
        for (Pair r : REGISTRY) {
            int dp = p.mro().indexOf(r.p()), dq = q.mro().indexOf(r.q());
            if (dp < 0 || dq < 0) continue;
            if (dp < bestP || (dp == bestP && dq < bestQ)) {
                best = r;
                bestP = dp;
                bestQ = dq;
            }
        }
        if (best == null) throw new PyError("NotImplementedError", "No KL(p || q) is implemented for p type " + p.name() + " and q type " + q.name());
        return best;
    }

    private static void register(PyClass p, PyClass q, Kl kl) {
        REGISTRY.add(new Pair(p, q, kl));
    }

    private static Tensor n(double v) {
        return Ops.scalar(v);
    }

    /** torch.full_like(t, inf): PyTorch's _infinite_like, no graph. */
    private static Tensor infinite(Tensor t) {
        return Tensor.constant(NDArray.full(Double.POSITIVE_INFINITY, t.shape()));
    }

    /** t[mask] = value in place (IndexPutBackward0), the mask broadcast to t's shape. */
    private static Tensor put(Tensor t, Tensor mask, double value) {
        double[] m = mask.value().broadcastTo(t.shape()).toArray();
        int count = 0;
        for (double x : m) if (x != 0) count++;
        int[] positions = new int[count];
        for (int i = 0, k = 0; i < m.length; i++) if (m[i] != 0) positions[k++] = i;
        return Ops.indexPut(t, positions, new int[] {count}, n(value));
    }

    private static Tensor last(Tensor t) {
        return Ops.sum(t, new int[] {t.ndim() - 1}, false);
    }

    /** x · log x (PyTorch's _x_log_x). */
    private static Tensor xLogX(Tensor x) {
        return Ops.mul(x, Ops.log(x));
    }

    static {
        register(MultivariateNormalDistribution.CLASS, MultivariateNormalDistribution.CLASS, MultivariateNormalDistribution::kl);
        register(NORMAL, NORMAL, (p, q) -> {
            Tensor varRatio = Ops.pow(Ops.div(param(p, "scale"), param(q, "scale")), 2);
            Tensor t1 = Ops.pow(Ops.div(Ops.sub(param(p, "loc"), param(q, "loc")), param(q, "scale")), 2);
            return Ops.mul(n(0.5), Ops.sub(Ops.sub(Ops.add(varRatio, t1), n(1)), Ops.log(varRatio)));
        });
        register(BERNOULLI, BERNOULLI, (p, q) -> {
            Tensor pp = param(p, "probs"), qp = param(q, "probs"), pl = param(p, "logits"), ql = param(q, "logits");
            Tensor t1 = Ops.mul(pp, Ops.sub(Ops.softplus(Ops.neg(ql), 1, 20), Ops.softplus(Ops.neg(pl), 1, 20)));
            t1 = put(put(t1, Ops.eq(qp, n(0)), Double.POSITIVE_INFINITY), Ops.eq(pp, n(0)), 0);
            Tensor t2 = Ops.mul(Ops.rsub(n(1), pp), Ops.sub(Ops.softplus(ql, 1, 20), Ops.softplus(pl, 1, 20)));
            t2 = put(put(t2, Ops.eq(qp, n(1)), Double.POSITIVE_INFINITY), Ops.eq(pp, n(1)), 0);
            return Ops.add(t1, t2);
        });
        register(CATEGORICAL, CATEGORICAL, (p, q) -> {
            Tensor t = Ops.mul(param(p, "probs"), Ops.sub(param(p, "logits"), param(q, "logits")));
            t = put(put(t, Ops.eq(param(q, "probs"), n(0)), Double.POSITIVE_INFINITY), Ops.eq(param(p, "probs"), n(0)), 0);
            return last(t);
        });
        register(UNIFORM, UNIFORM, (p, q) -> {
            Tensor result = Ops.log(Ops.div(Ops.sub(param(q, "high"), param(q, "low")), Ops.sub(param(p, "high"), param(p, "low"))));
            return put(result, Ops.logicalOr(Ops.gt(param(q, "low"), param(p, "low")), Ops.lt(param(q, "high"), param(p, "high"))), Double.POSITIVE_INFINITY);
        });
        register(EXPONENTIAL, EXPONENTIAL, (p, q) -> {
            Tensor ratio = Ops.div(param(q, "rate"), param(p, "rate"));
            return Ops.sub(Ops.add(Ops.neg(Ops.log(ratio)), ratio), n(1));
        });
        register(GAMMA, GAMMA, (p, q) -> {
            Tensor pc = param(p, "concentration"), qc = param(q, "concentration"), pr = param(p, "rate"), qr = param(q, "rate");
            Tensor t1 = Ops.mul(qc, Ops.log(Ops.div(pr, qr)));
            Tensor t2 = Ops.sub(Ops.lgamma(qc), Ops.lgamma(pc));
            Tensor t3 = Ops.mul(Ops.sub(pc, qc), Ops.digamma(pc));
            Tensor t4 = Ops.mul(Ops.sub(qr, pr), Ops.div(pc, pr));
            return Ops.add(Ops.add(Ops.add(t1, t2), t3), t4);
        });
        register(BETA, BETA, (p, q) -> {
            Tensor p1 = param(p, "concentration1"), p0 = param(p, "concentration0"), q1 = param(q, "concentration1"), q0 = param(q, "concentration0");
            Tensor sumP = Ops.add(p1, p0), sumQ = Ops.add(q1, q0);
            Tensor t1 = Ops.add(Ops.add(Ops.lgamma(q1), Ops.lgamma(q0)), Ops.lgamma(sumP));
            Tensor t2 = Ops.add(Ops.add(Ops.lgamma(p1), Ops.lgamma(p0)), Ops.lgamma(sumQ));
            Tensor t3 = Ops.mul(Ops.sub(p1, q1), Ops.digamma(p1));
            Tensor t4 = Ops.mul(Ops.sub(p0, q0), Ops.digamma(p0));
            Tensor t5 = Ops.mul(Ops.sub(sumQ, sumP), Ops.digamma(sumP));
            return Ops.add(Ops.add(Ops.add(Ops.sub(t1, t2), t3), t4), t5);
        });
        register(DIRICHLET, DIRICHLET, (p, q) -> {
            Tensor pc = param(p, "concentration"), qc = param(q, "concentration");
            Tensor sumP = last(pc), sumQ = last(qc);
            Tensor t1 = Ops.sub(Ops.lgamma(sumP), Ops.lgamma(sumQ));
            Tensor t2 = last(Ops.sub(Ops.lgamma(pc), Ops.lgamma(qc)));
            Tensor t3 = Ops.sub(pc, qc);
            Tensor t4 = Ops.sub(Ops.digamma(pc), Ops.unsqueeze(Ops.digamma(sumP), -1));
            return Ops.add(Ops.sub(t1, t2), last(Ops.mul(t3, t4)));
        });
        register(POISSON, POISSON, (p, q) -> {
            Tensor pr = param(p, "rate"), qr = param(q, "rate");
            return Ops.sub(Ops.mul(pr, Ops.sub(Ops.log(pr), Ops.log(qr))), Ops.sub(pr, qr));
        });
        register(EXPONENTIAL_FAMILY, EXPONENTIAL_FAMILY, (p, q) -> {
            if (p.pyClass() != q.pyClass())
                throw new PyError("NotImplementedError", "The cross KL-divergence between different exponential families cannot "
                        + "                            be computed using Bregman divergences");
            throw new PyError("NotImplementedError", "No KL(p || q) is implemented by adjoint for p type " + p.pyClass().name() + " and q type "
                    + q.pyClass().name() + " (PyTorch's Bregman divergence of the natural parameters)");
        });
        register(WrappedDistributions.ONE_HOT_CATEGORICAL, WrappedDistributions.ONE_HOT_CATEGORICAL,
                (p, q) -> kl(WrappedDistributions.base(p), WrappedDistributions.base(q)));
        register(WrappedDistributions.INDEPENDENT, WrappedDistributions.INDEPENDENT, (p, q) -> {
            if (WrappedDistributions.dims(p) != WrappedDistributions.dims(q)) throw new PyError("NotImplementedError", "");
            return WrappedDistributions.sumRightmost(kl(WrappedDistributions.base(p), WrappedDistributions.base(q)), WrappedDistributions.dims(p));
        });
        crossPairs();
    }

    /** kl_divergence(p, q) dispatched on the two distributions' types. */
    private static Tensor kl(PyInstance p, PyInstance q) {
        return dispatch(p.pyClass(), q.pyClass()).kl().apply(p, q);
    }

    /** The registered pairs of different distributions. */
    private static void crossPairs() {
        register(BERNOULLI, POISSON, (p, q) ->
                Ops.sub(Ops.neg(call(p, "entropy")), Ops.sub(Ops.mul(param(p, "probs"), Ops.log(param(q, "rate"))), param(q, "rate"))));
        register(UNIFORM, NORMAL, (p, q) -> {
            Tensor common = Ops.sub(param(p, "high"), param(p, "low")), scale = param(q, "scale");
            Tensor t1 = Ops.log(Ops.div(Ops.mul(n(Math.sqrt(Math.PI * 2)), scale), common));
            Tensor t2 = Ops.div(Ops.pow(common, 2), n(12));
            Tensor t3 = Ops.pow(Ops.div(Ops.sub(Ops.add(param(p, "high"), param(p, "low")), Ops.mul(n(2), param(q, "loc"))), n(2)), 2);
            return Ops.add(t1, Ops.div(Ops.mul(n(0.5), Ops.add(t2, t3)), Ops.pow(scale, 2)));
        });
        register(UNIFORM, EXPONENTIAL, (p, q) -> {
            Tensor rate = param(q, "rate");
            Tensor result = Ops.sub(Ops.div(Ops.mul(rate, Ops.add(param(p, "high"), param(p, "low"))), n(2)),
                    Ops.log(Ops.mul(Ops.sub(param(p, "high"), param(p, "low")), rate)));
            return put(result, Ops.lt(param(p, "low"), n(0.0)), Double.POSITIVE_INFINITY);
        });
        register(UNIFORM, GAMMA, (p, q) -> {
            Tensor hi = param(p, "high"), lo = param(p, "low"), c = param(q, "concentration"), rate = param(q, "rate");
            Tensor common = Ops.sub(hi, lo);
            Tensor t1 = Ops.log(common);
            Tensor t2 = Ops.sub(Ops.lgamma(c), Ops.mul(c, Ops.log(rate)));
            Tensor t3 = Ops.div(Ops.mul(Ops.rsub(n(1), c), Ops.sub(Ops.sub(xLogX(hi), xLogX(lo)), common)), common);
            Tensor t4 = Ops.div(Ops.mul(rate, Ops.add(hi, lo)), n(2));
            Tensor result = Ops.add(Ops.add(Ops.add(Ops.neg(t1), t2), t3), t4);
            return put(result, Ops.lt(lo, n(0.0)), Double.POSITIVE_INFINITY);
        });
        register(UNIFORM, BETA, (p, q) -> {
            Tensor hi = param(p, "high"), lo = param(p, "low"), c1 = param(q, "concentration1"), c0 = param(q, "concentration0");
            Tensor common = Ops.sub(hi, lo);
            Tensor t1 = Ops.log(common);
            Tensor t2 = Ops.div(Ops.mul(Ops.sub(c1, n(1)), Ops.sub(Ops.sub(xLogX(hi), xLogX(lo)), common)), common);
            Tensor t3 = Ops.div(Ops.mul(Ops.sub(c0, n(1)), Ops.add(Ops.sub(xLogX(Ops.rsub(n(1), hi)), xLogX(Ops.rsub(n(1), lo))), common)), common);
            Tensor t4 = Ops.sub(Ops.add(Ops.lgamma(c1), Ops.lgamma(c0)), Ops.lgamma(Ops.add(c1, c0)));
            Tensor result = Ops.sub(Ops.sub(Ops.add(t3, t4), t1), t2);
            return put(result, Ops.logicalOr(Ops.gt(hi, n(1.0)), Ops.lt(lo, n(0.0))), Double.POSITIVE_INFINITY);
        });
        register(EXPONENTIAL, GAMMA, (p, q) -> {
            Tensor c = param(q, "concentration"), ratio = Ops.div(param(q, "rate"), param(p, "rate"));
            Tensor t1 = Ops.mul(Ops.neg(c), Ops.log(ratio));
            return Ops.sub(Ops.add(Ops.add(Ops.add(t1, ratio), Ops.lgamma(c)), Ops.mul(c, n(EULER_GAMMA))), n(1 + EULER_GAMMA));
        });
        register(EXPONENTIAL, NORMAL, (p, q) -> {
            Tensor varNormal = Ops.pow(param(q, "scale"), 2), rateSqr = Ops.pow(param(p, "rate"), 2);
            Tensor t1 = Ops.mul(n(0.5), Ops.log(Ops.mul(Ops.mul(Ops.mul(rateSqr, varNormal), n(2)), n(Math.PI))));
            Tensor t2 = Ops.reciprocal(rateSqr);
            Tensor t3 = Ops.div(param(q, "loc"), param(p, "rate"));
            Tensor t4 = Ops.mul(Ops.pow(param(q, "loc"), 2), n(0.5));
            return Ops.add(Ops.sub(t1, n(1)), Ops.div(Ops.add(Ops.sub(t2, t3), t4), varNormal));
        });
        register(GAMMA, EXPONENTIAL, (p, q) -> Ops.add(Ops.sub(Ops.neg(call(p, "entropy")), Ops.log(param(q, "rate"))),
                Ops.div(Ops.mul(param(q, "rate"), param(p, "concentration")), param(p, "rate"))));
        register(GAMMA, NORMAL, (p, q) -> {
            Tensor c = param(p, "concentration"), rate = param(p, "rate");
            Tensor varNormal = Ops.pow(param(q, "scale"), 2), betaSqr = Ops.pow(rate, 2);
            Tensor t1 = Ops.sub(Ops.sub(Ops.mul(n(0.5), Ops.log(Ops.mul(Ops.mul(Ops.mul(betaSqr, varNormal), n(2)), n(Math.PI)))), c), Ops.lgamma(c));
            Tensor t2 = Ops.div(Ops.mul(n(0.5), Ops.add(Ops.pow(c, 2), c)), betaSqr);
            Tensor t3 = Ops.div(Ops.mul(param(q, "loc"), c), rate);
            Tensor t4 = Ops.mul(n(0.5), Ops.pow(param(q, "loc"), 2));
            return Ops.add(Ops.add(t1, Ops.mul(Ops.sub(c, n(1)), Ops.digamma(c))), Ops.div(Ops.add(Ops.sub(t2, t3), t4), varNormal));
        });
        register(BETA, EXPONENTIAL, (p, q) -> {
            Tensor c1 = param(p, "concentration1"), c0 = param(p, "concentration0"), rate = param(q, "rate");
            return Ops.add(Ops.sub(Ops.neg(call(p, "entropy")), Ops.log(rate)), Ops.mul(rate, Ops.div(c1, Ops.add(c1, c0))));
        });
        register(BETA, GAMMA, (p, q) -> {
            Tensor c1 = param(p, "concentration1"), c0 = param(p, "concentration0"), c = param(q, "concentration"), rate = param(q, "rate");
            Tensor t1 = Ops.neg(call(p, "entropy"));
            Tensor t2 = Ops.sub(Ops.lgamma(c), Ops.mul(c, Ops.log(rate)));
            Tensor t3 = Ops.mul(Ops.sub(c, n(1)), Ops.sub(Ops.digamma(c1), Ops.digamma(Ops.add(c1, c0))));
            Tensor t4 = Ops.div(Ops.mul(rate, c1), Ops.add(c1, c0));
            return Ops.add(Ops.sub(Ops.add(t1, t2), t3), t4);
        });
        register(BETA, NORMAL, (p, q) -> {
            Tensor c1 = param(p, "concentration1"), c0 = param(p, "concentration0");
            Tensor eBeta = Ops.div(c1, Ops.add(c1, c0)), varNormal = Ops.pow(param(q, "scale"), 2);
            Tensor t1 = Ops.neg(call(p, "entropy"));
            Tensor t2 = Ops.mul(n(0.5), Ops.log(Ops.mul(Ops.mul(varNormal, n(2)), n(Math.PI))));
            Tensor t3 = Ops.mul(Ops.add(Ops.div(Ops.mul(eBeta, Ops.rsub(n(1), eBeta)), Ops.add(Ops.add(c1, c0), n(1))), Ops.pow(eBeta, 2)), n(0.5));
            Tensor t4 = Ops.mul(param(q, "loc"), eBeta);
            Tensor t5 = Ops.mul(Ops.pow(param(q, "loc"), 2), n(0.5));
            return Ops.add(Ops.add(t1, t2), Ops.div(Ops.add(Ops.sub(t3, t4), t5), varNormal));
        });
        register(BETA, UNIFORM, (p, q) -> {
            Tensor result = Ops.add(Ops.neg(call(p, "entropy")), Ops.log(Ops.sub(param(q, "high"), param(q, "low"))));
            return put(result, Ops.logicalOr(Ops.gt(param(q, "low"), n(0.0)), Ops.lt(param(q, "high"), n(1.0))), Double.POSITIVE_INFINITY);
        });
        register(MoreDistributions.LAPLACE, MoreDistributions.LAPLACE, (p, q) -> {
            Tensor scaleRatio = Ops.div(param(p, "scale"), param(q, "scale")), locAbsDiff = Ops.abs(Ops.sub(param(p, "loc"), param(q, "loc")));
            Tensor t1 = Ops.neg(Ops.log(scaleRatio));
            Tensor t2 = Ops.div(locAbsDiff, param(q, "scale"));
            Tensor t3 = Ops.mul(scaleRatio, Ops.exp(Ops.div(Ops.neg(locAbsDiff), param(p, "scale"))));
            return Ops.sub(Ops.add(Ops.add(t1, t2), t3), n(1));
        });
        register(MoreDistributions.LAPLACE, NORMAL, (p, q) -> {
            Tensor varNormal = Ops.pow(param(q, "scale"), 2), ratio = Ops.div(Ops.pow(param(p, "scale"), 2), varNormal);
            Tensor t1 = Ops.mul(n(0.5), Ops.log(Ops.div(Ops.mul(n(2), ratio), n(Math.PI))));
            Tensor t2 = Ops.mul(n(0.5), Ops.pow(param(p, "loc"), 2));
            Tensor t3 = Ops.mul(param(p, "loc"), param(q, "loc"));
            Tensor t4 = Ops.mul(n(0.5), Ops.pow(param(q, "loc"), 2));
            return Ops.sub(Ops.add(Ops.add(Ops.neg(t1), ratio), Ops.div(Ops.add(Ops.sub(t2, t3), t4), varNormal)), n(1));
        });
        register(NORMAL, MoreDistributions.LAPLACE, (p, q) -> {
            Tensor locDiff = Ops.sub(param(p, "loc"), param(q, "loc")), scaleRatio = Ops.div(param(p, "scale"), param(q, "scale"));
            Tensor ratio = Ops.div(locDiff, param(p, "scale"));
            Tensor t1 = Ops.log(scaleRatio);
            Tensor t2 = Ops.mul(Ops.mul(n(Math.sqrt(2 / Math.PI)), param(p, "scale")), Ops.exp(Ops.mul(n(-0.5), Ops.pow(ratio, 2))));
            Tensor t3 = Ops.mul(locDiff, Ops.erf(Ops.mul(n(Math.sqrt(0.5)), ratio)));
            return Ops.sub(Ops.add(Ops.neg(t1), Ops.div(Ops.add(t2, t3), param(q, "scale"))), n(0.5 * (1 + Math.log(0.5 * Math.PI))));
        });
        register(MoreDistributions.BINOMIAL, MoreDistributions.BINOMIAL, (p, q) -> {
            Tensor pn = param(p, "total_count"), qn = param(q, "total_count");
            int[] shape = dev.adjoint.ndarray.Shapes.broadcast(pn.shape(), qn.shape());
            double[] pv = pn.value().broadcastTo(shape).toArray(), qv = qn.value().broadcastTo(shape).toArray();
            for (int k = 0; k < pv.length; k++)
                if (pv[k] < qv[k]) throw new PyError("NotImplementedError", "KL between Binomials where q.total_count > p.total_count is not implemented");
            Tensor pp = param(p, "probs");
            Tensor kl = Ops.mul(pn, Ops.sub(Ops.add(Ops.mul(pp, Ops.sub(param(p, "logits"), param(q, "logits"))), Ops.log1p(Ops.neg(pp))), Ops.log1p(Ops.neg(param(q, "probs")))));
            return put(kl, Ops.gt(pn, qn), Double.POSITIVE_INFINITY);
        });
        register(MoreDistributions.GEOMETRIC, MoreDistributions.GEOMETRIC, (p, q) -> Ops.sub(Ops.sub(Ops.neg(call(p, "entropy")),
                Ops.div(Ops.log1p(Ops.neg(param(q, "probs"))), param(p, "probs"))), param(q, "logits")));
        register(MoreDistributions.TRANSFORMED, MoreDistributions.TRANSFORMED, (p, q) -> { // LogNormal's: the same exp transform, so the bases' KL
            if (p.pyClass() != q.pyClass()) throw new PyError("NotImplementedError", "");
            return kl(MoreDistributions.base(p), MoreDistributions.base(q));
        });
        for (PyClass q : List.of(BETA, EXPONENTIAL, GAMMA, UNIFORM)) register(MoreDistributions.LAPLACE, q, (p, x) -> infinite(param(p, "loc")));
        for (PyClass q : List.of(BETA, EXPONENTIAL, GAMMA, UNIFORM)) register(NORMAL, q, (p, x) -> infinite(param(p, "loc")));
        for (PyClass q : List.of(BETA, UNIFORM)) register(EXPONENTIAL, q, (p, x) -> infinite(param(p, "rate")));
        for (PyClass q : List.of(BETA, UNIFORM)) register(GAMMA, q, (p, x) -> infinite(param(p, "concentration")));
        register(POISSON, BERNOULLI, (p, q) -> infinite(param(p, "rate")));
    }
}
