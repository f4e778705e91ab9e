# statistics: CPython's exact results (sums as fractions, rounded once), int results for int data.
import statistics
from statistics import mean, median, stdev, variance

print(mean([1, 2, 3]), mean([1, 2, 3, 4]), mean([0.1, 0.2, 0.3]), sum([0.1, 0.2, 0.3]) / 3)
print(mean([1e50, 1, -1e50] * 10), mean([True, False, True]), mean(range(10)))
print(statistics.fmean([3.5, 4.0, 5.25]), statistics.fmean([1, 2, 3], weights=[3, 1, 1]))
print(median([3, 1, 2]), median([4, 1, 3, 2]), median([1, 3]), median([1.5, 2.5]))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.median_low(["b", "a"]))
print(statistics.mode([1, 1, 2, 3, 3, 3]), statistics.mode("abracadabra"), statistics.multimode("aabbbbccddddeeffffgg"))
print(statistics.multimode([]), statistics.mode([1, 2]))
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(variance(data), stdev(data), statistics.pvariance(data), statistics.pstdev(data))
print(variance([1, 2, 3, 4]), variance([1, 2, 3, 5]), statistics.pvariance([1, 2, 3, 4]), statistics.pvariance([1, 3, 5]))
print(stdev([1, 2, 3, 4]), stdev([0.1, 0.2, 0.35, 0.7]), statistics.pstdev([1, 2]))
print(variance(data, mean(data)), stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75], xbar=2.875))
losses = [0.6931, 0.5212, 0.4405, 0.3989, 0.3712, 0.3511]
print(f"{mean(losses):.4f} +- {stdev(losses):.4f}", mean(losses), stdev(losses))
print(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), statistics.quantiles(range(1, 11), n=10, method="inclusive"))
print(mean([1, float("inf")]), variance([1.0, 2.0, float("nan")]))
for bad in [lambda: mean([]), lambda: variance([1]), lambda: stdev([]), lambda: median([]), lambda: statistics.mode([])]:
    try:
        bad()
    except statistics.StatisticsError as e:
        print(type(e).__name__, isinstance(e, ValueError), e)
try:
    mean(["a"])
except TypeError as e:
    print("TypeError:", e)
