print(3.0)
print(10**20)
print(list(range(5)))
