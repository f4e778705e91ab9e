class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
for i in Countdown(2):
    print("tick", i)
class Bag:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
print(list(Bag(1, 2)), sum(Bag(1, 2, 3)), sorted(Bag(3, 1, 2)), list(zip(Bag(1, 2), "ab")))
