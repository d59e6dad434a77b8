# PyInstaller runtime hook: runs in the frozen app before our code.
# PyThaiNLP would otherwise create %USERPROFILE%\pythainlp-data and try to download
# corpora; the bundle carries the word lists it needs (see installer.spec).
import os

os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
