# The Python tutorial's fibo.py (chapter 6, Modules), imported by module_import_own_file.py; run as
# a program itself, its __name__ == "__main__" block runs.
print("fibo runs as", __name__)

def fib(n):    # write Fibonacci series up to n
    a, b = 0, 1
    while a < n:
        print(a, end=' ')
        a, b = b, a+b
    print()

def fib2(n):   # return Fibonacci series up to n
    result = []
    a, b = 0, 1
    while a < n:
        result.append(a)
        a, b = b, a+b
    return result

calls = 0

def counted():
    global calls
    calls += 1
    return calls

class Point:
    def __init__(self, x):
        self.x = x

if __name__ == "__main__":
    fib(50)
