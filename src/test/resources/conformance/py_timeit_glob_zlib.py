# timeit, glob and zlib from the Python tutorial's chapter 10 (findings #112, #113)
import timeit, glob, zlib, os

t = timeit.timeit(lambda: sum(range(10)), number=100)
print(type(t), t >= 0, type(timeit.timeit(number=10)), type(timeit.default_timer()))
calls = []
timer = timeit.Timer(lambda: calls.append(1), setup=lambda: calls.append('setup'))
print(type(timer.timeit(number=5)), calls, len(timer.repeat(repeat=3, number=2)), len(calls))
r = timeit.repeat(lambda: None, repeat=2, number=3)
print(type(r).__name__, len(r), all(isinstance(x, float) for x in r))
n, taken = timeit.Timer(lambda: None).autorange()
print(n >= 1, taken >= 0.2)

here = os.path.dirname(os.path.abspath(__file__))
tree = os.path.join(here, 'data', 'tree')
strip = lambda paths: sorted(p[len(here) + 1:] for p in paths)
print(strip(glob.glob(os.path.join(tree, '*'))))
print(strip(glob.glob(os.path.join(tree, '*.txt'))), strip(glob.glob(os.path.join(tree, 's?b', '*'))), strip(glob.glob(os.path.join(tree, '[a-o]*'))))
print(strip(glob.glob(os.path.join(tree, '**', '*.csv'), recursive=True)), strip(glob.glob(os.path.join(tree, '**'), recursive=True)))
print(strip(glob.glob(os.path.join(tree, '**', '*.csv'))), strip(glob.glob(os.path.join(tree, '*', ''))), strip(glob.glob(os.path.join(tree, 'a.txt'))))
print(glob.glob(os.path.join(tree, 'nothing*')), glob.glob(''), strip(glob.iglob(os.path.join(tree, 'sub', '*.txt'))), glob.escape('a*b?[c].txt'))

s = b'witch which has which witches wrist watch'
t = zlib.compress(s)
print(len(s), len(t), zlib.decompress(t) == s, zlib.crc32(s), zlib.adler32(s), t[:2])
print(zlib.crc32(b'world', zlib.crc32(b'hello ')) == zlib.crc32(b'hello world'), zlib.adler32(b''), zlib.crc32(b''))
for level in (0, 1, 9):
    c = zlib.compress(s * 20, level)
    print(level, len(c), zlib.decompress(c) == s * 20)
raw = zlib.compress(s, 6, -15)
print(len(raw), zlib.decompress(raw, -15) == s, zlib.decompress(zlib.compress(b'')), zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION)
for bad in [lambda: zlib.decompress(b'not compressed'), lambda: zlib.decompress(t[:-5]), lambda: zlib.compress('text'), lambda: zlib.compress(s, 12)]:
    try:
        bad()
    except (zlib.error, TypeError) as e:
        print(type(e).__name__, e)
