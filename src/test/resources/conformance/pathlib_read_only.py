# pathlib for reading: paths built with /, their parts, queries, listing, reading (writing is refused: PathlibTest)
from pathlib import Path, PurePath
import os

p = Path("data") / "mnist" / "train.gz"
print(p, repr(p), p.name, p.stem, p.suffix, p.parent, p.parent.parent, p.parts)
print(Path("a//b/./c/"), Path(""), Path("/x", "/y", "z"), Path("x") / Path("/abs"), "pre" / Path("post"))
print(Path("archive.tar.gz").suffixes, Path(".bashrc").suffix, Path(".bashrc").stem, Path("a.").suffix)
print(p.with_suffix(".txt"), p.with_name("test.gz"), p.with_stem("t10k"), Path("a/b").joinpath("c", "d"))
print(Path("a") == Path("a/"), Path("a") < Path("b"), Path("a") == "a", len({Path("a/b"), Path("a//b")}))
print(type(p).__name__, isinstance(p, Path), isinstance(p, PurePath), Path("/usr/lib").is_absolute(), Path("x").is_absolute())
print(f"{p}", str(p) + "!", os.fspath(p), os.path.join(p, "x"), os.path.basename(p))

here = Path(__file__).parent
me = Path(__file__)
print(me.exists(), me.is_file(), me.is_dir(), here.is_dir(), (here / "no such file").exists())
print(me.read_text().splitlines()[0])
print(me.read_bytes()[:8])
with me.open() as f:
    print(f.readline().rstrip())
with open(me, "rb") as f:
    print(f.read(8))
print(me.relative_to(here), me.relative_to(here.parent))
print(sorted(q.name for q in here.glob("pathlib_*.py")))
print(sorted(q.name for q in here.iterdir() if q.name.startswith("pathlib_read")))
print(me.name in [q.name for q in here.parent.rglob("pathlib_read_only.py")])
try:
    (here / "no such file").read_text()
except FileNotFoundError as e:
    print(type(e).__name__, str(e).startswith("[Errno 2] No such file or directory"))
try:
    Path("x").with_suffix("txt")
except ValueError as e:
    print(e)
try:
    Path("a") < "b"
except TypeError as e:
    print(e)
