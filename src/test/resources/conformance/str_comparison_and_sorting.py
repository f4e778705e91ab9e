words = ["banana", "apple", "Cherry", "apple2", "Apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w)))
print("a" * 3 < "b", "abc" == "abc", "abc" != "abd", max(words), min(words))
