# arr == None compares elementwise; a 0-d array takes format specs; NumPy's scalar types parse strings
import numpy as np
a = np.array([1., np.nan])
print(a == None, a != None)
print(repr(a == None), repr(None != a), repr(np.array(2.0) == None), repr(np.float64(2) != None))
mask = np.array([[1, 2], [3, 4]]) != None
print(mask, mask.dtype)
print(f"{np.array(2.5):.1f}", format(np.array(3), '03d'), f"{np.array(True)}", format(np.array(2.5), ''))
print(format(np.array(3), '.2f'), format(np.array(1.5, dtype=np.float32), '.10f'), f"{np.float32(1.5):.3f}")
try:
    format(np.array([1.0]), '.1f')
except TypeError as e:
    print('TypeError', e)
print(repr(np.float64('nan')), repr(np.float32('1.5')), repr(np.float64(' inf ')), repr(np.float64('1_0')), repr(np.float64('-0')))
print(np.float64('nan') == np.nan, repr(np.int64('12')), repr(np.int8('300')), repr(np.uint8('7')), repr(np.bool_('')), repr(np.bool_('a')))
print(repr(np.float32('0.1')), repr(np.float64('1e400')))
for s in ['abc', '1.5']:
    for f in [np.float64, np.int64]:
        try:
            print(repr(f(s)))
        except ValueError as e:
            print('ValueError', e)
