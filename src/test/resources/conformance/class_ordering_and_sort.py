class Card:
    def __init__(self, rank):
        self.rank = rank
    def __lt__(self, other):
        return self.rank < other.rank
    def __repr__(self):
        return f"Card({self.rank})"
cards = [Card(5), Card(2), Card(9)]
print(sorted(cards), max(cards), min(cards), Card(1) < Card(2), Card(3) > Card(2))
