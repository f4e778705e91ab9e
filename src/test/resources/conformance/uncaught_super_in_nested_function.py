class A:
    def f(self): return 1
class B(A):
    def f(self):
        def g():
            return super().f()
        return g()
print(B().f())
