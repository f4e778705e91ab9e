# Source: tester finding #14 (session 10): a generator only its for loop holds is dropped, and closed
# by CPython, when the loop ends early (break, return, an error), so its finally runs at once.
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print('cleanup', tag)
for v in gen('break'):
    print(v)
    break
print('after break')
def first():
    for v in gen('return'):
        return v
print('first', first())
try:
    for v in gen('error'):
        raise ValueError('in the body')
except ValueError as e:
    print('caught', e)
for v in gen('to the end'):
    pass
print('after the end')
def counting(tag):
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit in', tag)
        raise
for v in counting('counting'):
    break
class Box:
    def items(self):
        try:
            yield 'a'
            yield 'b'
        finally:
            print('method cleanup')
for item in Box().items():
    print(item)
    break
for i in range(2):
    for v in gen(i):
        break
print('nested done')
kept = gen('kept')
for v in kept:
    break
print('kept open until closed')
kept.close()
