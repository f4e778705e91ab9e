print((2.0).is_integer(), (2.5).is_integer(), (0.75).as_integer_ratio(), (7).bit_length())
x = 5
print(x.real, x.imag, (3.5).real)
