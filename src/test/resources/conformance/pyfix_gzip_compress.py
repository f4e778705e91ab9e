# gzip.compress as CPython 3.11 writes it (fixed mtime: the header is then the same bytes), and back
import gzip
import pickle

for data, level, mtime in [(b'abc', 9, 0), (b'hello world' * 20, 1, 5), (b'', 6, 0), (bytes(range(256)) * 4, 9, 1234567890),
                           (pickle.dumps(([1, 2, 3], {'a': 1.5})), 9, 0), (b'x' * 1000, 0, 0), (b'abc', -1, 0)]:
    packed = gzip.compress(data, compresslevel=level, mtime=mtime)
    print(level, mtime, packed.hex(), gzip.decompress(packed) == data)
print(len(gzip.compress(b'abc')), gzip.decompress(gzip.compress(b'round trip')))
try:
    gzip.compress('text')
except TypeError as e:
    print('TypeError', e)
