people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 25), ("eve", 40)]
by_age = {}
for name, age in people:
    by_age.setdefault(age, []).append(name)
print(by_age)
print({age: len(names) for age, names in sorted(by_age.items())})
print(sorted(people, key=lambda p: p[1]))
