# Python 2's print statement (old tutorials, Stack Overflow answers): CPython 3.11 says what to write instead.
print("never printed")
for word in ["a", "b"]:
    print "word:", word
