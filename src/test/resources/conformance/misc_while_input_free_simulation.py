balance = 100.0
rate = 0.05
years = 0
while balance < 200:
    balance *= 1 + rate
    years += 1
print(years, round(balance, 2), f"{balance:.2f}")
