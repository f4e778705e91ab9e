# Formatting and rounding at the top of the float range (finding #140)
v = 1.7976931348623157e308
print(format(v, '%'), format(v, '.2%'), format(-v, '%'), format(v / 100, '.0%') == format(v / 100 * 100, '.0f') + '%', round(v, 2), round(1e300, -299))
try:
    print(round(v, -308))
except OverflowError as e:
    print('OverflowError', e)
