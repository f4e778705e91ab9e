# functools.lru_cache(typed=True) and its keys (one int or str argument stands for itself, so f(1)
# and f(1.0) are cached apart even untyped), cache_parameters(); sys.modules[__name__] and
# globals()['__name__'] (cs231n's getattr(sys.modules[__name__], update_rule)); the Greek final
# sigma of lower/title/capitalize/swapcase as CPython places it.
import functools
import sys


@functools.lru_cache(typed=True)
def f(x):
    return x


print(f(1), f(1.0), f(True), f.cache_info().currsize, f.cache_parameters())


@functools.lru_cache
def g(x):
    return x


print(g(1), g(1.0), g(True), g('a'), g.cache_info(), g.cache_parameters())


@functools.lru_cache(maxsize=None, typed=True)
def h(x, y=0):
    return (x, y)


print(h(1, y=2), h(1.0, y=2.0), h(True, y=2), h(1, y=2), h.cache_info(), h.cache_parameters())
print(functools.lru_cache(maxsize=3, typed=False)(abs).cache_parameters())


def sgd(w, dw):
    return w - 0.1 * dw


update_rule = 'sgd'
rule = getattr(sys.modules[__name__], update_rule)
print(rule(1.0, 2.0), __name__, globals()['__name__'], '__main__' in sys.modules, sys.modules['__main__'].update_rule)
sys.modules[__name__].added = 5
print(added)

for t in ['ΣΑΣ', 'ΣΑΣ ΣΑΣ', 'ΑΣ', 'Σ', "ΑΣ'Α", "ΑΣ'", 'ΑΣ.', 'ΑΣΑ', 'ΟΔΥΣΣΕΥΣ', 'aΣ', 'Σa', 'ΑΣ\u0301', 'ΑΣ\u0301Β', '1Σ', 'ΑΣ1',
          'hello ΣΑΣ-ΣΑΣ', 'ΣΣ', 'Σ Σ', 'ß ΣΑΣ']:
    print(t.title(), t.lower(), t.capitalize(), t.swapcase(), t.casefold())
