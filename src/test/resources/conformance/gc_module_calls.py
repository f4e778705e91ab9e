# Z49: notebooks call gc beside torch.cuda.empty_cache(); its functions and their shapes, as CPython 3.11's.
import gc

print(type(gc.collect()).__name__, type(gc.collect(0)).__name__)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(800, 20, 20)
print(gc.get_threshold())
print(type(gc.get_count()).__name__, len(gc.get_count()))
print(gc.garbage, gc.get_debug(), gc.DEBUG_LEAK, gc.DEBUG_SAVEALL)
print(gc.is_tracked(1), gc.is_tracked("a"), gc.is_tracked([]), gc.is_tracked({}))
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
