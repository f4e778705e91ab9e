# a.flags as NumPy's flags object: its table, keys and attributes, for arrays, views, transposes and slices
# (tester finding Z5). Recorded from NumPy 1.24.
import numpy as np
x = np.ones((2, 3))
print(x.flags)
print(x.flags['C_CONTIGUOUS'], x.T.flags.c_contiguous, x.T.flags.f_contiguous, x.T.flags['F'], x.flags['C'])
print(x[:, 1].flags.c_contiguous, x[:, 1].flags.owndata, x[1].flags.c_contiguous, x[1].flags['OWNDATA'])
print(x.T.flags)
print(np.ones(3).flags.f_contiguous, np.ones((1, 3)).flags.fortran, x.T.flags.fortran, x.flags.aligned, x.flags.writebackifcopy)
print(x.flags.behaved, x.flags.carray, x.T.flags.farray, x.flags['W'], x.flags['A'], x.flags['FNC'], x.T.flags['FORC'])
y = np.arange(4)
y.flags.writeable = False
print(y.flags.writeable, y.flags['WRITEABLE'])
y.flags['WRITEABLE'] = True
print(y.flags.writeable)
try:
    x.flags['NOPE']
except KeyError as e:
    print("KeyError", e)
print(np.arange(12).reshape(3, 4)[::2].flags.c_contiguous, np.arange(12).reshape(3, 4)[:, ::2].flags.f_contiguous)
a = np.ones((1, 3))
print(a.flags.fortran, a.flags["FORTRAN"], a.flags.farray, a.flags["FNC"], a.flags["FA"], a.flags.contiguous)
