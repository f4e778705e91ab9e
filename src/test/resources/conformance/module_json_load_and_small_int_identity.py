# json.load reads a file object (text or binary); `is` between small ints bound at top level
import json
import os

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "data", "config.json")) as f:
    config = json.load(f)
print(config, config["layers"][1] * config["lr"])
with open(os.path.join(here, "data", "config.json"), "rb") as f:
    print(json.load(f) == config)

count = 0
k = 3
big = 1000
print(count == 0, k == 3, big == 1000, count is count, k is k)
