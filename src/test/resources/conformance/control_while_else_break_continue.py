i = 0
total = 0
while i < 10:
    i += 1
    if i % 3 == 0:
        continue
    if i > 8:
        break
    total += i
else:
    print("not reached")
print(i, total)
n = 0
while n < 3:
    n += 1
else:
    print("done", n)
