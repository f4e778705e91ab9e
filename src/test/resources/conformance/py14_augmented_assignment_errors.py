# T28: augmented assignment errors name the augmented operator
class O:
    v = 1
def attempt(label, run):
    try:
        run()
    except TypeError as e:
        print(label, '->', e)
def t1():
    x = 1
    x += 'a'
def t2():
    x = 1
    x -= 'a'
def t3():
    x = None
    x += 1
def t4():
    x = 1.5
    x //= 'a'
def t5():
    x = {1}
    x |= [2]
def t6():
    x = 2
    x **= 'a'
def t7():
    x = 'a'
    x -= 1
def t8():
    x = {}
    x += {}
def t9():
    x = 1
    x @= 1
def t10():
    x = [1]
    x[0] += 'a'
def t11():
    o = O()
    o.v += 'a'
def t12():
    x = 'a'
    x *= 'b'
def t13():
    x = [1]
    x += 1
def t14():
    x = (1,)
    x += [2]
def t15():
    total = None
    for loss in [0.5, 0.25]:
        total += loss
for f in [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13, t14, t15]:
    attempt(f.__name__, f)
print(5 + 1, 2 ** 3)
try:
    1 + 'a'
except TypeError as e:
    print(e)
try:
    2 ** 'a'
except TypeError as e:
    print(e)
