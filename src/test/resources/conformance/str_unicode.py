s = "naïve café ✓"
print(s, len(s), s.upper(), s[::-1], s.encode if False else "", s.find("é"), [c for c in s if ord(c) > 127])
print("ß".upper(), "ǈ".lower(), "İ".lower() == "i̇")
