# A number without the attribute: Python names the number's type, never a tensor's.
x = 5
y = 2.5
try:
    x.append(1)
except AttributeError as e:
    print(e)
try:
    y.foo
except AttributeError as e:
    print(e)
z = x * 2
try:
    z.append(3)
except AttributeError as e:
    print(e)
print(x.real, y.imag, z.bit_length())
