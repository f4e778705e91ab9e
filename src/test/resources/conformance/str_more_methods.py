s = "The quick brown fox"
print(s.casefold(), s.removeprefix("The "), s.removesuffix(" fox"), s.isidentifier(), "_ok".isidentifier(), "3x".isidentifier())
print("Hello".ljust(8, "-") + "|", "x".join("abc"), "a-b-c".split("-", maxsplit=1), "  x  ".lstrip(), "{a}".format_map({"a": 1}))
print("ǅ".istitle(), "ab12".isalnum(), "²".isdigit(), "½".isnumeric(), "ＡＢ".isupper(), "tItLe me".title())
