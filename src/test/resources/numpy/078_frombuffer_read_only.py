# np.frombuffer shares the bytes it reads, so its array (and every view of it) refuses writes;
# a copy, astype or arithmetic gives a writeable array (hw0 students meet this normalising y in place)
import numpy as np

a = np.frombuffer(b"\x01\x02\x03\x04", dtype=np.uint8)
print(a, a.flags.writeable)
try:
    a[0] = 5
except ValueError as e:
    print("ValueError:", e)
try:
    a.fill(0)
except ValueError as e:
    print("ValueError:", e)
try:
    a.reshape(2, 2)[0, 0] = 9
except ValueError as e:
    print("ValueError:", e)
b = a.copy()
b[0] = 5
print(b, b.flags.writeable)
c = a.reshape(2, 2)
print(c.flags.writeable, c.T.flags.writeable, a[1:].flags.writeable, a[[0, 1]].flags.writeable)
try:
    c += 1
except ValueError as e:
    print("ValueError:", e)
try:
    np.add(a, 1, out=a)
except ValueError as e:
    print("ValueError:", e)
print(a.astype(np.int64).flags.writeable, (a + 1).flags.writeable, np.array(a).flags.writeable)
y = np.frombuffer(b"\x00\x01\x02", dtype=np.uint8)
y[y > 0] = 1
