# string's constants and capwords, as a student builds a vocabulary or strips punctuation.
import string

print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable), string.ascii_letters[20:30])
text = "Hello, World! It's 2024."
print("".join(ch for ch in text if ch not in string.punctuation).lower().split())
print(string.capwords("  the quick  brown fox "), string.capwords("a-b-c", "-"), repr(string.capwords("")))
vocab = {ch: i for i, ch in enumerate(string.ascii_lowercase)}
print(vocab["z"], [vocab[c] for c in "abc"])
