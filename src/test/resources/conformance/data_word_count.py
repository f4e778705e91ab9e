text = """the cat sat on the mat
the dog sat on the log"""
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in top[:4]:
    print(f"{word:>5}: {'#' * n}")
print(len(counts), sum(counts.values()))
