# An error inside an except clause: both shown, joined by "During handling of the above exception ...".
try:
    1 / 0
except ZeroDivisionError:
    print(undefined_name)
