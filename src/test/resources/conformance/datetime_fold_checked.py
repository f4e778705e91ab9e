# datetime and time check fold= as CPython does (keyword only, 0 or 1).
from datetime import datetime, time


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: datetime(2020, 1, 1, fold=2))
t(lambda: datetime(2020, 1, 1, fold=0))
t(lambda: time(fold=-1))
t(lambda: time(1, fold=0))
t(lambda: time(fold=1.0))
t(lambda: datetime(2020, 1, 1).replace(fold=3))
t(lambda: datetime(2020, 1, 1).replace(hour=3, fold=0))
t(lambda: time(2).replace(fold=5))
