class Deck:
    def __init__(self, n):
        self.cards = list(range(n))
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __contains__(self, c):
        return c in self.cards
    def __setitem__(self, i, v):
        self.cards[i] = v
    def __delitem__(self, i):
        del self.cards[i]
d = Deck(5)
print(len(d), d[0], d[-1], d[1:3], 3 in d, 9 in d, list(d), bool(d), [c * 2 for c in d])
d[0] = 99
del d[1]
print(d.cards, sorted(d), max(d))
