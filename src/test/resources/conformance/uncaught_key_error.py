# KeyError's message is the key's repr, as its str() is.
counts = {"a": 1}
counts["b"] = counts.get("b", 0) + 1
print(sorted(counts.items()))
print(counts["c"])
