print("ab".center(7, "*"), "ab".ljust(5, "."), "ab".rjust(5), "42".zfill(5), "-42".zfill(6))
print("a\tb".expandtabs(4), "x".center(4), "abc".partition("b"), "abc".rpartition("z"))
