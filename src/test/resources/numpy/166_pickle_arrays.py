# NumPy arrays, scalars and dtypes through pickle, both ways, as NumPy 1.24 reduces them: the
# bytes pickle.dumps writes (protocols 2 to 5: _reconstruct + BUILD, _frombuffer from 5, frames
# with large payloads outside them) are CPython's, and pickle.loads rebuilds arrays from data
# (a Python 2 pickle read with encoding='latin1' or 'bytes', as deeplearning.net's mnist.pkl.gz;
# one array referred to twice stays one). Recorded from NumPy 1.24.
import io
import pickle
import struct
import zlib
import numpy as np

a = np.array([[1., 2.], [3., 4.]], dtype=np.float32)
b = np.arange(6).reshape(2, 3)
values = [a, a.T, b, b.T, b[:, ::2], np.array([True, False]), np.float64(2.5), np.int64(-3), np.uint8(7), np.bool_(True),
          np.array(3.5), np.zeros((0, 3)), np.array([1, 2], dtype=np.uint64), np.dtype('f4'), [a, a.copy(), a], {'x': np.float32(0.1), 'y': b},
          np.array([-1, 2], dtype=np.int8), np.array([70000], dtype=np.uint32), np.array([-5], dtype=np.int16), b'']
for protocol in (2, 3, 4, 5):
    for v in values:
        print(protocol, pickle.dumps(v, protocol=protocol))
big = np.arange(20000, dtype=np.float64)
for protocol in (2, 4, 5):
    s = pickle.dumps([1, big, big[::2], 'x' * 70000, b'y' * 70000], protocol=protocol)
    print(protocol, len(s), zlib.crc32(s))

r = pickle.loads(pickle.dumps([a, a.T, b[:, ::2], np.float32(0.1), np.dtype('u1'), np.array([True]), a]))
for x in r:
    print(repr(x))
print(r[0] is r[6], r[0] is r[1], r[3] * 3, r[2].dtype, r[1].flags.writeable)
r = pickle.loads(pickle.dumps([a, a.T], protocol=5))
print(r[0].flags.writeable, r[1])

data = struct.pack('<3f', 1.5, -2.0, 0.25)
py2 = (b"\x80\x02cnumpy.core.multiarray\n_reconstruct\nq\x01cnumpy\nndarray\nq\x02K\x00\x85U\x01b\x87Rq\x03(K\x01K\x03\x85cnumpy\ndtype\nq\x04"
       b"U\x02f4K\x00K\x01\x87Rq\x05(K\x03U\x01<NNNJ\xff\xff\xff\xffJ\xff\xff\xff\xffK\x00tb\x89U\x0c" + data + b"tbh\x03\x86q\x06.")
x, y = pickle.loads(py2, encoding='latin1')
print(x, y, x is y, x.dtype)
print(pickle.loads(py2, encoding='bytes'))
try:
    pickle.loads(py2)
except Exception as e:
    print(type(e).__name__, e)

# the nn tutorial's way: a pickle of ((x_train, y_train), (x_valid, y_valid), test), read from a file object
train = (np.linspace(0, 1, 12, dtype=np.float32).reshape(3, 4), np.array([3, 1, 4]))
with io.BytesIO(pickle.dumps((train, train, train), protocol=2)) as f:
    ((x_train, y_train), (x_valid, y_valid), _) = pickle.load(f, encoding="latin-1")
print(x_train, y_train, x_train.shape, y_valid.dtype)
