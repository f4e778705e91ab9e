# re as a text exercise uses it: tokenizing, finding numbers, substituting, splitting, named groups.
import re

text = "The cat sat on 2 mats, then 13 more."
print(re.findall(r"\w+", text.lower()), re.findall(r"\d+", text), re.findall(r"(\w)(\d)", "a1 b2 c"))
m = re.search(r"(\d+)\s+(\w+)", text)
print(m, m.group(), m.group(1), m.group(1, 2), m.groups(), m.span(), m.start(2), m.end(), m[2])
print(re.match("cat", text), re.match("The", text).group(), re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "12a"))
print(re.sub(r"\d+", "N", text), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"), re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2"))
print(re.subn("a", "b", "banana"), re.sub("a", "b", "banana", count=2), re.split(r"\s*,\s*", "a , b,c"), re.split(r"(,)", "a,b"), re.split(r"\s+", "a b  c", maxsplit=1))
word = re.compile(r"[a-z]+", re.IGNORECASE)
print(word, word.findall("Hi There"), word.sub("_", "ab 12 cd"), word.pattern, [x.group() for x in word.finditer("ab, cd")])
m = re.match(r"(?P<first>\w+) (?P<last>\w+)", "Ada Lovelace")
print(m.group("first"), m.groupdict(), m["last"], re.escape("a.b*c"), re.compile("x", re.M | re.S))
try:
    re.compile("(")
except re.error:
    print("re.error caught")
print(bool(re.search(r"^\s*$", "   ")), re.findall(r"^\w", "ab\ncd", re.M))
