class K:
    a = 1
    def m(self):
        return 2
k = K()
print(getattr(k, "a"), getattr(k, "m")(), callable(k.m), callable(1), callable(K), "m" in dir(k), "append" in dir([]))
print(hasattr("x", "upper"), getattr(1, "bit_length")())
