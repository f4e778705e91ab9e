for ch in "abc":
    print(ch, ord(ch), chr(ord(ch) + 1))
print(list("hey"), [c.upper() for c in "hi"], "".join(sorted("dcba")))
