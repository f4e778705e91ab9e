# A chain of three: a KeyError caught in a function, a ValueError raised from it and caught at the
# top level, and a RuntimeError raised while handling that one. Each is shown with its traceback.
class ConfigError(ValueError):
    pass


def setting(config, name):
    try:
        return config[name]
    except KeyError as e:
        raise ConfigError(f"missing setting {name!r}") from e


def learning_rate(config):
    return float(setting(config, "lr"))


config = {"epochs": 3}
print(setting(config, "epochs"))
try:
    learning_rate(config)
except ConfigError as e:
    print("caught:", e, type(e.__cause__).__name__)
    raise RuntimeError("cannot train")
