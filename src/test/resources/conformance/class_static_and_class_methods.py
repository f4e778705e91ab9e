class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @classmethod
    def made(cls):
        return f"{cls.__name__}: {cls.count}"
    @staticmethod
    def helper(x):
        return x * 2
    @classmethod
    def create(cls):
        return cls()
class Sub(Counter):
    pass
Counter(); Counter(); Sub.create()
print(Counter.count, Counter.made(), Sub.made(), Counter.helper(4), Counter().helper(5), Sub.count)
