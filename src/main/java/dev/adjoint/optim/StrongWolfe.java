package dev.adjoint.optim;

/**
 * PyTorch 1.13's strong-Wolfe line search for LBFGS ({@code _strong_wolfe} with
 * {@code _cubic_interpolate}), step for step: a bracketing phase that grows the step by cubic
 * interpolation, then a zoom phase, with c1 = 1e-4, c2 = 0.9, tolerance_change = 1e-9 and at most 25
 * evaluations.
 */
final class StrongWolfe {
    private StrongWolfe() {}

    /** The loss and flat gradient at x + t·d, the parameters left at x (PyTorch's _directional_evaluate). */
    interface Directional {
        Result at(double t);
    }

    record Result(double loss, double[] grad) {}

    /** Where the search ended: the loss and gradient there, the step, and how many evaluations it made. */
    record End(double loss, double[] grad, double t, int evals) {}

    private static final double C1 = 1e-4, C2 = 0.9, TOLERANCE_CHANGE = 1e-9;
    private static final int MAX_LS = 25;

    static double cubicInterpolate(double x1, double f1, double g1, double x2, double f2, double g2, double[] bounds) {
        double lo, hi;
        if (bounds != null) {
            lo = bounds[0];
            hi = bounds[1];
        } else if (x1 <= x2) {
            lo = x1;
            hi = x2;
        } else {
            lo = x2;
            hi = x1;
        }
        double d1 = g1 + g2 - 3 * (f1 - f2) / (x1 - x2);
        double d2Square = d1 * d1 - g1 * g2;
        if (d2Square >= 0) {
            double d2 = Math.sqrt(d2Square), minPos;
            if (x1 <= x2) minPos = x2 - (x2 - x1) * ((g2 + d2 - d1) / (g2 - g1 + 2 * d2));
            else minPos = x1 - (x1 - x2) * ((g1 + d2 - d1) / (g1 - g2 + 2 * d2));
            return pyMin(pyMax(minPos, lo), hi);
        }
        return (lo + hi) / 2.;
    }

    /** Python's max(a, b) and min(a, b): the first unless the second compares greater (less). */
    private static double pyMax(double a, double b) {
        return b > a ? b : a;
    }

    private static double pyMin(double a, double b) {
        return b < a ? b : a;
    }

    static End search(Directional obj, double t, double[] d, double f, double[] g, double gtd) {
        double dNorm = 0;
        for (double v : d) dNorm = pyMax(dNorm, Math.abs(v));
        g = g.clone();
        Result r = obj.at(t);
        double fNew = r.loss();
        double[] gNew = r.grad();
        int evals = 1;
        double gtdNew = dot(gNew, d);
        double tPrev = 0, fPrev = f, gtdPrev = gtd;
        double[] gPrev = g;
        boolean done = false;
        int lsIter = 0;
        double[] bracket = null, bracketF = null, bracketGtd = null;
        double[][] bracketG = null;
        while (lsIter < MAX_LS) {
            if (fNew > (f + C1 * t * gtd) || (lsIter > 1 && fNew >= fPrev)) {
                bracket = new double[] {tPrev, t};
                bracketF = new double[] {fPrev, fNew};
                bracketG = new double[][] {gPrev, gNew.clone()};
                bracketGtd = new double[] {gtdPrev, gtdNew};
                break;
            }
            if (Math.abs(gtdNew) <= -C2 * gtd) {
                bracket = new double[] {t};
                bracketF = new double[] {fNew};
                bracketG = new double[][] {gNew};
                done = true;
                break;
            }
            if (gtdNew >= 0) {
                bracket = new double[] {tPrev, t};
                bracketF = new double[] {fPrev, fNew};
                bracketG = new double[][] {gPrev, gNew.clone()};
                bracketGtd = new double[] {gtdPrev, gtdNew};
                break;
            }
            double minStep = t + 0.01 * (t - tPrev), maxStep = t * 10, tmp = t;
            t = cubicInterpolate(tPrev, fPrev, gtdPrev, t, fNew, gtdNew, new double[] {minStep, maxStep});
            tPrev = tmp;
            fPrev = fNew;
            gPrev = gNew.clone();
            gtdPrev = gtdNew;
            r = obj.at(t);
            fNew = r.loss();
            gNew = r.grad();
            evals++;
            gtdNew = dot(gNew, d);
            lsIter++;
        }
        if (lsIter == MAX_LS) {
            bracket = new double[] {0, t};
            bracketF = new double[] {f, fNew};
            bracketG = new double[][] {g, gNew};
        }
        boolean insufProgress = false;
        int low = bracketF[0] <= bracketF[bracketF.length - 1] ? 0 : 1, high = 1 - low;
        while (!done && lsIter < MAX_LS) {
            if (Math.abs(bracket[1] - bracket[0]) * dNorm < TOLERANCE_CHANGE) break;
            t = cubicInterpolate(bracket[0], bracketF[0], bracketGtd[0], bracket[1], bracketF[1], bracketGtd[1], null);
            double top = pyMax(bracket[0], bracket[1]), bottom = pyMin(bracket[0], bracket[1]);
            double eps = 0.1 * (top - bottom);
            if (pyMin(top - t, t - bottom) < eps) {
                if (insufProgress || t >= top || t <= bottom) {
                    t = Math.abs(t - top) < Math.abs(t - bottom) ? top - eps : bottom + eps;
                    insufProgress = false;
                } else insufProgress = true;
            } else insufProgress = false;
            r = obj.at(t);
            fNew = r.loss();
            gNew = r.grad();
            evals++;
            gtdNew = dot(gNew, d);
            lsIter++;
            if (fNew > (f + C1 * t * gtd) || fNew >= bracketF[low]) {
                bracket[high] = t;
                bracketF[high] = fNew;
                bracketG[high] = gNew.clone();
                bracketGtd[high] = gtdNew;
                low = bracketF[0] <= bracketF[1] ? 0 : 1;
                high = 1 - low;
            } else {
                if (Math.abs(gtdNew) <= -C2 * gtd) done = true;
                else if (gtdNew * (bracket[high] - bracket[low]) >= 0) {
                    bracket[high] = bracket[low];
                    bracketF[high] = bracketF[low];
                    bracketG[high] = bracketG[low];
                    bracketGtd[high] = bracketGtd[low];
                }
                bracket[low] = t;
                bracketF[low] = fNew;
                bracketG[low] = gNew.clone();
                bracketGtd[low] = gtdNew;
            }
        }
        return new End(bracketF[low], bracketG[low], bracket[low], evals);
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
