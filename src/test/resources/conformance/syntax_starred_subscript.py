# A starred item in a subscript (Python 3.11, finding Z33): its items join the key tuple.
d = {}
d[1, *[2, 3]] = 5
d[*"ab"] = 6
idx = (0, 1)
print(d, d[1, 2, 3], d[*idx[:0], "a", "b"])
class Show:
    def __getitem__(self, key):
        return key
s = Show()
print(s[*idx], s[..., *idx], s[1:2, *[3]])
del d[*(1, 2, 3)]
print(d)
