print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there"), repr("new\nline"), repr("back\\slash"))
print(repr("é"), repr("\x00"), repr("\u2028"), ["a", 'b"c'])
