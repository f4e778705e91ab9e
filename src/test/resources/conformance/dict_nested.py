config = {"model": {"layers": [784, 100, 10], "act": "relu"}, "lr": 0.1}
print(config["model"]["layers"][-1], config)
config["model"]["layers"].append(5)
print(config["model"])
merged = {**config, "lr": 0.01, "extra": True}
print(merged)
print({"a": 1} | {"b": 2}, sorted({"b": 1, "a": 2}.items()))
