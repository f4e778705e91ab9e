# str.format and format_map with a missing name: a KeyError whose argument is the name itself
for call in (lambda: "{a}".format(b=1), lambda: "{a} {b}".format_map({"a": 1}), lambda: "%(x)s" % {"y": 2}):
    try:
        call()
    except KeyError as e:
        print(repr(e), e.args, e)
