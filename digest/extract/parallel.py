"""Read and extract many articles in worker processes; hand results back in input order.

Extraction is CPU-bound pure Python, so it runs in a ``ProcessPoolExecutor``; each worker gets the
lexicon once (initializer), not once per article. Results are yielded in the order of the inputs
(buffering those that finish early), so the parent writes files deterministically whatever the
number of workers; the progress bar advances as articles finish.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from pathlib import Path

from digest.extract.result import Extraction, Lexicon

Result = Extraction | str  # the extraction, or a one-line error message (without the path)

_lexicon = Lexicon()  # the worker's copy, set by _init_worker


def extract_all(
    paths: list[Path], lexicon: Lexicon, jobs: int, advance: Callable[[], None]
) -> Iterator[tuple[Path, Result]]:
    """(path, result) for each of ``paths``, in order; ``advance`` is called as each finishes."""
    workers = min(jobs or os.cpu_count() or 1, len(paths))
    if workers <= 1:
        for path in paths:
            result = extract_file(path, lexicon)
            advance()
            yield path, result
        return
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(lexicon,)) as pool:
        futures = {pool.submit(_extract_in_worker, path): index for index, path in enumerate(paths)}
        done: dict[int, Result] = {}
        next_index = 0
        for future in as_completed(futures):
            done[futures[future]] = _outcome(future)
            advance()
            while next_index in done:
                yield paths[next_index], done.pop(next_index)
                next_index += 1


def extract_file(path: Path, lexicon: Lexicon) -> Result:
    """Read and extract one article; any failure becomes a one-line message."""
    problem = check_input(path)
    if problem:
        return problem
    try:
        from digest.extract.pipeline import extract_article
        from digest.extract.reading import ArticleError, read_article
    except ImportError as error:
        return f"the extraction pipeline is not available ({error})"
    try:
        return extract_article(read_article(path), lexicon)
    except ArticleError as error:
        return _one_line(str(error).removeprefix(f"{path}:").strip())
    except Exception as error:  # a bug in the pipeline must not stop the other articles
        return f"extraction failed: {type(error).__name__}: {_one_line(str(error))}"


def check_input(path: Path) -> str | None:
    """Why ``path`` cannot be an article (unreadable, empty, binary, not UTF-8), else None.

    Checked here, before the reader, so every such file gets the same clear message.
    """
    try:
        raw = path.read_bytes()
    except OSError as error:
        return f"cannot read: {error.strerror or error}"
    if not raw.strip():
        return "empty file"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16 text; save it as UTF-8"
    if b"\x00" in raw:
        return "binary file, not an article (expected UTF-8 text, Markdown or HTML)"
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        byte = raw[error.start : error.start + 1].hex()
        return f"not UTF-8 (byte 0x{byte} on line {line}); save it as UTF-8"
    return None


def _init_worker(lexicon: Lexicon) -> None:
    global _lexicon
    _lexicon = lexicon


def _extract_in_worker(path: Path) -> Result:
    return extract_file(path, _lexicon)


def _outcome(future: Future[Result]) -> Result:
    try:
        return future.result()
    except Exception as error:  # the worker died (killed, out of memory) or the result won't pickle
        return f"extraction failed: {type(error).__name__}: {_one_line(str(error))}"


def _one_line(text: str) -> str:
    return " ".join(text.split())
