# Loops as students write them (makemore part 1, finding #133; recursion and calls, tester Z11), each timed
# inside the program, run alike by CPython (with PyTorch) and by adjoint: scripts/bench-loops runs both
# and prints the ratios.
# Every line it prints is "name wall_seconds cpu_seconds checksum"; the checksums must agree.
import time
import torch


def timed(name, fn, *args, check=None):
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn(*args)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(name, f"{wall:.6f}", f"{cpu:.6f}", check(result) if check else result)
    return result


def make_words(n):
    """n made-up names from a linear congruential generator (the same in every Python)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    seed = 12345
    words = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        w = ""
        for _ in range(3 + seed % 6):
            seed = (seed * 1103515245 + 12345) % 2147483648
            w += letters[seed % 26]
        words.append(w)
    return words


def int_arithmetic(n):
    s = 0
    for i in range(n):
        s += i * i % 7
    return s


def float_arithmetic(n):
    x = 0.0
    for i in range(n):
        x = x * 0.5 + i / 3
    return round(x, 6)


def dict_counting(words):
    b = {}
    for w in words:
        chs = ["<S>"] + list(w) + ["<E>"]
        for ch1, ch2 in zip(chs, chs[1:]):
            bigram = (ch1, ch2)
            b[bigram] = b.get(bigram, 0) + 1
    return len(b), max(b.values())


def string_iteration(words):
    vowels = 0
    for w in words:
        for ch in w:
            if ch in "aeiou":
                vowels += 1
    return vowels


def list_append(words, stoi):
    xs, ys = [], []
    for w in words:
        chs = ["."] + list(w) + ["."]
        for ch1, ch2 in zip(chs, chs[1:]):
            xs.append(stoi[ch1])
            ys.append(stoi[ch2])
    return len(xs), sum(ys)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def function_calls(n):
    def add(a, b):
        return a + b
    s = 0
    for i in range(n):
        s = add(s, i)
    return s


def tensor_counting(xs, ys):
    N = torch.zeros((27, 27), dtype=torch.int32)
    for ix1, ix2 in zip(xs, ys):
        N[ix1, ix2] += 1
    return N.sum().item(), N.max().item()


def tensor_likelihood(xs, ys, P):
    log_likelihood = 0.0
    for ix1, ix2 in zip(xs, ys):
        prob = P[ix1, ix2]
        logprob = torch.log(prob)
        log_likelihood += logprob.item()
    return f"{-log_likelihood / len(xs):.5f}"


words = timed("make_words", make_words, 20000, check=lambda ws: (len(ws), sum(len(w) for w in ws)))
stoi = {s: i + 1 for i, s in enumerate(sorted(set("".join(words))))}
stoi["."] = 0
timed("int_arithmetic", int_arithmetic, 300000)
timed("float_arithmetic", float_arithmetic, 1000000)
timed("dict_counting", dict_counting, words)
timed("string_iteration", string_iteration, words)
timed("recursion_fib", fib, 25)
timed("function_calls", function_calls, 500000)
xs, ys = [], []
timed("list_append", lambda: list_append(words, stoi))
xs, ys = [], []
for w in words[:2000]:
    chs = ["."] + list(w) + ["."]
    for ch1, ch2 in zip(chs, chs[1:]):
        xs.append(stoi[ch1])
        ys.append(stoi[ch2])
N = timed("tensor_counting", tensor_counting, xs, ys)
P = torch.full((27, 27), 1.0 / 27)
timed("tensor_likelihood", tensor_likelihood, xs, ys, P)

# the top level, as in a notebook's cell
wall, cpu = time.perf_counter(), time.process_time()
total = 0
for i in range(100000):
    total = total + i % 3
print("top_level_int", f"{time.perf_counter() - wall:.6f}", f"{time.process_time() - cpu:.6f}", total)
