# strptime as CPython's _strptime: %j with the year (rolling into the next), %U/%W/%V weeks with a weekday,
# %j over %m/%d, the weekday and yearday time.strptime reports, ISO directive errors, a repeated directive's re.error.
import time
from datetime import datetime


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


cases = [('2019 366', '%Y %j'), ('2020 366', '%Y %j'), ('9999 366', '%Y %j'), ('2019 365', '%Y %j'), ('366', '%j'),
         ('2020 10 1', '%Y %U %w'), ('2020 10 1', '%Y %W %w'), ('2020 0 0', '%Y %U %w'), ('2020 0 1', '%Y %W %w'),
         ('2020 53 6', '%Y %U %w'), ('2020 10', '%Y %U'), ('2020 10 Mon', '%Y %U %a'), ('2020 10 Sunday', '%Y %W %A'),
         ('2020 10 7', '%Y %W %u'), ('2020 10 1', '%G %V %u'), ('2020 10', '%G %V'), ('2020 10 1', '%Y %V %u'), ('2020 1', '%G %u'),
         ('2020 10 1', '%G %V %w'), ('2020 10 1 2020', '%G %V %u %Y'), ('2021 1 1', '%G %V %u'), ('2020 53 7', '%G %V %u'),
         ('2020 1 1', '%G %V %j'), ('2020 100', '%G %j'), ('2020 10', '%V'), ('0001 0 0', '%Y %U %w'), ('0000', '%Y'),
         ('2020 100 01 05', '%Y %j %m %d'), ('2020 01 05 100', '%Y %m %d %j'), ('2020 100 02 30', '%Y %j %m %d'),
         ('Tue 2020-01-01', '%a %Y-%m-%d'), ('2020 02 1', '%Y %m %w'), ('1 1', '%d %d'), ('1 1', '%Y %Y'), ('2020-1-1 1', '%Y-%m-%d %m'),
         ('1 1', '%d  %d'), ('+0100 +0200', '%z %z'), ('Mon Jan  6 10:00:00 2020 6', '%c %d'), ('10 1', '%U %w'), ('3', '%w'),
         ('Mon', '%a'), ('January', '%b'), ('Jan', '%B'), ('Monday', '%a'), ('Mon', '%A'), ('2020 01 1', '%Y %U %u'),
         ('Jan 2020 10 1', '%b %Y %U %w'), ('2020 52 0', '%Y %W %w'), ('UTC 2020', '%Z %Y'), ('2020-02-30', '%Y-%m-%d'),
         ('29 2', '%d %m'), ('Feb 29', '%b %d'), ('12 pm 2020 10 1', '%I %p %Y %U %w'), ('2020 x', '%Y %.'), ('2020 x', '%Y % x'),
         ('+01:3000', '%z'), ('+01:30:00', '%z')]
for s, f in cases:
    t(lambda: datetime.strptime(s, f))
    t(lambda: tuple(time.strptime(s, f)))
