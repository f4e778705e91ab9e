# private names (__x inside a class is _Class__x, so obj.__x outside fails), class docstrings, positional-only parameters (Python tutorial 4.8.3, 9.6)
class Account:
    """A bank account with a private balance."""
    __count = 0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.__balance = balance
        Account.__count += 1
    def deposit(self, amount):
        self.__balance += amount
        return self.__balance
    def __secret(self):
        return "secret"
    def reveal(self):
        return self.__secret()
    @classmethod
    def count(cls):
        return cls.__count
    def __repr__(self):
        return f"Account({self.owner!r}, {self.__balance})"
a = Account("ann", 10)
print(a.deposit(5), a, a.reveal(), Account.count(), a._Account__balance, Account.__doc__, a.__doc__)
print(sorted(k for k in vars(a)))
try:
    print(a.__balance)
except AttributeError as e:
    print(e)
try:
    a.__secret()
except AttributeError as e:
    print(e)
class _Hidden:
    def __init__(self):
        self.__x = 1
print(vars(_Hidden()))
class Savings(Account):
    def __init__(self, owner):
        super().__init__(owner)
        self.__balance = "own"
s = Savings("bo")
print(sorted(vars(s).items()))
class NoDoc:
    pass
print(NoDoc.__doc__, Savings.__doc__)
def pos(a, b, /, c, *, d=4):
    return a, b, c, d
print(pos(1, 2, 3), pos(1, 2, c=3, d=5))
for call in (lambda: pos(1, b=2, c=3), lambda: pos(a=1, b=2, c=3)):
    try:
        call()
    except TypeError as e:
        print(e)
def kw(a, /, **rest):
    return a, rest
print(kw(1, a=2))
