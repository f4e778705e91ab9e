a = "ab"
b = a + "cd"
print(b, a * 3, 2 * "xy", "b" in b, "z" not in b, "" in b)
print("abc" < "abd", "a" < "B", "Z" < "a", sorted(["pear", "Apple", "fig"]))
