print(hex(255), bin(5), oct(8), hex(-255), 0x10, 0o17, 0b101, 1_000_000)
print(int("101", 2), int("777", 8))
