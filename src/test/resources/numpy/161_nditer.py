# np.nditer as students use it: cs231n's eval_numerical_gradient (multi_index, readwrite) run
# verbatim, `for x in np.nditer(a)` and writes through x[...], the order NumPy walks views in
# (transposed, reversed, sliced: order 'K' follows memory), several operands broadcast, an
# allocated output, external_loop runs, c_index/f_index, jumping by setting multi_index/index/
# iterindex, the iterator's attributes and NumPy's errors. Recorded from NumPy 1.24.
import numpy as np


def eval_numerical_gradient(f, x, verbose=True, h=0.00001):
    fx = f(x)  # evaluate function value at original point
    grad = np.zeros_like(x)
    # iterate over all indexes in x
    it = np.nditer(x, flags=['multi_index'], op_flags=['readwrite'])
    while not it.finished:
        # evaluate function at x+h
        ix = it.multi_index
        oldval = x[ix]
        x[ix] = oldval + h  # increment by h
        fxph = f(x)  # evalute f(x + h)
        x[ix] = oldval - h
        fxmh = f(x)  # evaluate f(x - h)
        x[ix] = oldval  # restore
        # compute the partial derivative with centered formula
        grad[ix] = (fxph - fxmh) / (2 * h)  # the slope
        if verbose:
            print(ix, grad[ix])
        it.iternext()  # step to next dimension
    return grad


def eval_numerical_gradient_array(f, x, df, h=1e-5):
    grad = np.zeros_like(x)
    it = np.nditer(x, flags=['multi_index'], op_flags=['readwrite'])
    while not it.finished:
        ix = it.multi_index
        oldval = x[ix]
        x[ix] = oldval + h
        pos = f(x).copy()
        x[ix] = oldval - h
        neg = f(x).copy()
        x[ix] = oldval
        grad[ix] = np.sum((pos - neg) * df) / (2 * h)
        it.iternext()
    return grad


np.random.seed(0)
x = np.random.randn(2, 3)
print(eval_numerical_gradient(lambda x: np.sum(x ** 2), x))
df = np.random.randn(2, 3)
print(eval_numerical_gradient_array(lambda x: np.tanh(x), x, df))
W = np.random.randn(3, 2, 2)
print(eval_numerical_gradient(lambda w: np.sum(np.sin(w) * w), W, verbose=False))

a = np.arange(6).reshape(2, 3)
for v in np.nditer(a):
    print(v, end=' ')
print()
v = next(iter(np.nditer(a)))
print(type(v).__name__, repr(v), v.shape, v.dtype, v + 1, v * 2.5)
for v in np.nditer(a, op_flags=['readwrite']):
    v[...] = 2 * v
print(a)
with np.nditer(a, op_flags=['readwrite']) as it:
    for v in it:
        v[...] = v + 1
print(a)
for v in np.nditer(np.array([1.5, 2])):
    print(v, v.dtype, repr(v))

a = np.arange(6).reshape(2, 3)
print([int(v) for v in np.nditer(a.T)], [int(v) for v in np.nditer(a.T, order='C')], [int(v) for v in np.nditer(a, order='F')])
print([int(v) for v in np.nditer(np.arange(5)[::-1])], [int(v) for v in np.nditer(np.arange(5)[::-1], order='C')])
print([int(v) for v in np.nditer(a[::-1, ::2])], [int(v) for v in np.nditer(a.T, order='A')], [int(v) for v in np.nditer(a, order='A')])
b = np.arange(24).reshape(2, 3, 4).transpose(1, 2, 0)
print([int(v) for v in np.nditer(b)], [int(v) for v in np.nditer(b[:, ::-1])])
it = np.nditer(np.arange(5)[::-1], flags=['multi_index'])
print([(int(v), it.multi_index) for v in it])
it = np.nditer(a.T, flags=['multi_index', 'c_index'])
print([(int(v), it.multi_index, it.index, it.iterindex) for v in it])
it = np.nditer(a.T, flags=['f_index'])
print([(int(v), it.index) for v in it])
it = np.nditer(a[::-1, ::-1], flags=['c_index'])
print(it.shape, [(int(v), it.index) for v in it])
it = np.nditer(a[::-1, ::-1], flags=['c_index', 'multi_index'])
print(it.shape, [(int(v), it.index, it.multi_index) for v in it])

print([(int(x), int(y)) for x, y in np.nditer([a, np.array([10, 20, 30])])])
print([(int(x), int(y)) for x, y in np.nditer([a, a.T.copy().T])], [(int(x), float(y)) for x, y in np.nditer([a.T, 2.5])])
print([tuple(int(u) for u in t) for t in np.nditer([1, 2])], [float(u) for u in np.nditer(3.5)], np.nditer(np.float64(3)).shape)
it = np.nditer([a, None])
with it:
    for x, y in it:
        y[...] = x * x
    print(it.operands[1], it.operands[1].dtype, it.operands[0] is a)
it = np.nditer([a, 1.5, None])
for x, y, z in it:
    z[...] = x + y
print(it.operands[2], it.dtypes)
it = np.nditer([a, None], op_dtypes=[None, np.float32])
print(it.operands[1].dtype)
out = np.zeros(3)
for x, y in np.nditer([a, out], flags=['reduce_ok'], op_flags=[['readonly'], ['readwrite']]):
    y[...] += x
print(out)

for v in np.nditer(a, flags=['external_loop']):
    print(v)
for v in np.nditer(a.T, flags=['external_loop']):
    print(v)
for v in np.nditer(a[:, :2], flags=['external_loop']):
    print(v)
for v in np.nditer(a, flags=['external_loop'], order='F'):
    print(v)
it = np.nditer([a, np.array([1, 2, 3])], flags=['external_loop'])
print(it.shape, it.ndim, [(x.tolist(), y.tolist()) for x, y in it])
it = np.nditer([a.T, a.T.copy()], flags=['external_loop'])
print(it.shape, [(x.tolist(), y.tolist()) for x, y in it])
print([x.tolist() for x in np.nditer(a.T, flags=['external_loop', 'buffered'])])
print([x.tolist() for x in np.nditer(a[:, ::2], flags=['external_loop', 'buffered'], buffersize=3)])
for v in np.nditer(a, flags=['external_loop'], op_flags=['readwrite']):
    v[...] = v * 10
print(a)

a = np.arange(6).reshape(2, 3)
it = np.nditer(a)
print(it.itersize, it.ndim, it.shape, it.nop, it.value, it[0], it.finished, repr(it.value), len(it), it.iterrange)
print(it.iternext(), it.value, it.iterindex, it.has_multi_index, it.has_index)
it.reset()
print(it.value, it.iterindex, next(it), next(it), it.iterindex)
print(np.nditer(a, flags=['multi_index']).shape, np.nditer(a.T).shape, np.nditer(a.T, order='C').shape, np.nditer(a.T, flags=['multi_index']).shape)
print(np.nditer(a[:, ::2], flags=['external_loop']).shape, np.nditer(np.zeros((2, 1, 3))).shape, np.nditer(np.zeros((2, 1, 3)), flags=['multi_index']).ndim)
it = np.nditer(a, flags=['multi_index'])
it.multi_index = (1, 1)
print(it.value, it.iterindex, [int(v) for v in it])
it = np.nditer(a, flags=['multi_index'])
it.iterindex = 2
print(it.value, it.multi_index)
it = np.nditer(a.T, flags=['c_index'])
it.index = 4
print(it.value, it.iterindex)
it = np.nditer(a, flags=['multi_index'])
it.remove_multi_index()
print(it.shape, it.has_multi_index)
it.enable_external_loop()
print([v.tolist() for v in it])
it = np.nditer(a, flags=['multi_index'])
while not it.finished:
    it.iternext()
print(it.finished, it.iternext())
it = np.nditer(np.zeros((0, 3)), flags=['zerosize_ok'])
print(it.finished, it.itersize, [v for v in it])


def show(text, f):
    try:
        print(text, f())
    except Exception as e:
        print(text, type(e).__name__, e)


show("past the end multi_index", lambda: it.multi_index)
it = np.nditer(a, flags=['multi_index'])
for v in it:
    pass
show("after the loop multi_index", lambda: it.multi_index)
show("after the loop value", lambda: it.value)
show("after the loop shape", lambda: it.shape)
show("after the loop iterindex", lambda: it.iterindex)
show("after the loop finished", lambda: it.finished)
show("after the loop itersize", lambda: it.itersize)
show("no multi_index", lambda: np.nditer(a).multi_index)
show("no index", lambda: np.nditer(a).index)
show("readonly write", lambda: [v.__setitem__(Ellipsis, 1) for v in np.nditer(a)])
show("reduction", lambda: np.nditer([a, np.zeros(3)], op_flags=[['readonly'], ['readwrite']]))
show("reduction 2", lambda: np.nditer([np.zeros((2, 1)), a], op_flags=[['readwrite'], ['readonly']]))
r = np.zeros(3)
r.flags.writeable = False
show("read-only operand", lambda: np.nditer(r, op_flags=['readwrite']))
show("bad op flag", lambda: np.nditer(a, op_flags=['bogus']))
show("bad flag", lambda: np.nditer(a, flags=['bogus']))
show("op_flags per op", lambda: np.nditer(a, op_flags=[['readonly'], ['readwrite']]))
show("op_flags str", lambda: np.nditer(a, op_flags='readwrite'))
show("flags str", lambda: np.nditer(a, flags='multi_index'))
show("broadcast", lambda: np.nditer([a, np.zeros(4)]))
show("order", lambda: np.nditer(a, order='Q'))
show("op_dtypes", lambda: np.nditer(a, op_dtypes=[np.float64]))
show("None", lambda: np.nditer([a, None], op_flags=[['readonly'], ['readonly']]))
show("two indices", lambda: np.nditer(a, flags=['c_index', 'f_index']))
show("two modes", lambda: np.nditer(a, op_flags=['readonly', 'readwrite']))
show("external and multi_index", lambda: np.nditer(a, flags=['multi_index', 'external_loop']))
show("zero-size", lambda: np.nditer(np.zeros((0, 3))))
it = np.nditer(a, flags=['multi_index'])
show("multi_index out of bounds", lambda: setattr(it, 'multi_index', (5, 1)))
show("multi_index wrong length", lambda: setattr(it, 'multi_index', (1,)))
show("iterindex out of range", lambda: setattr(it, 'iterindex', 6))
show("operand index", lambda: it[3])
