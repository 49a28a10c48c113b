"""Built-in readers (text files, JSON lines) and the JSON-lines writer, plus opening inputs and atomic
output. Registered through the same ``register_readers``/``register_writers`` hooks as any plugin."""

from __future__ import annotations

import glob
import gzip
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from .errors import ConfigError, InputError
from .hookspecs import hookimpl
from .record import SCHEMA, FreshRecord, error_record
from .registry import FormatRegistry

__all__ = ["CoreFormats", "read_text", "read_jsonl", "JsonlWriter", "iter_inputs", "resolve_inputs", "AtomicOutput",
           "output_kind"]

DEFAULT_MAX_LINE_BYTES = 50_000_000


def read_text(stream: BinaryIO, name: str, options: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One document per file; invalid UTF-8 gives an error record with the raw bytes kept."""
    raw = stream.read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield error_record(source=name, line=None, raw=raw, plugin="textplug.io", type="InvalidUTF8",
                           message=f"not UTF-8 at byte {exc.start}: {exc.reason}", id=name)
        return
    yield {"id": name, "text": text, "meta": {"file": name, "format": "text"}}


_BLANK_START = (b" ", b"\t", b"\r", b"\n", b"\x0b", b"\x0c", b"")
# Fields that make a line more than a plain document (its own meta, layers, or a whole record).
_RECORD_PARTS = frozenset({"meta", "doc", "layers", "schema", "provenance", "errors", "status"})


_JSON_KIND = {type(None): "null", bool: "a boolean", int: "a number", float: "a number", list: "an array",
              dict: "an object"}


def read_jsonl(stream: BinaryIO, name: str, options: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One document per JSON line. Options: ``id_field`` (default ``id``), ``text_field`` (``text``),
    ``first_line`` (the number of the stream's first line, for a piece of a larger file; default 1).

    Each bad line (not UTF-8, not JSON, not an object, no text) gives one error record naming the line,
    and reading goes on. Blank lines are not documents.
    """
    id_field = options.get("id_field", "id")
    text_field = options.get("text_field", "text")
    max_bytes = int(options.get("max_line_bytes", DEFAULT_MAX_LINE_BYTES))
    loads, plain = orjson.loads, _RECORD_PARTS.isdisjoint  # local names: this loop runs once a line
    for number, line in enumerate(stream, int(options.get("first_line", 1))):
        if line[:1] in _BLANK_START and not line.strip():  # strip copies the line: only for likely blanks
            continue
        if len(line) > max_bytes:
            yield _bad_line(name, number, line[:65536], "DocumentTooLarge",
                            f"line of {len(line)} bytes is over max_line_bytes={max_bytes}")
            continue
        try:
            item = loads(line)
        except orjson.JSONDecodeError as exc:
            try:
                line.decode("utf-8")
            except UnicodeDecodeError as utf8:
                yield _bad_line(name, number, line, "InvalidUTF8", f"not UTF-8 at byte {utf8.start}: {utf8.reason}")
            else:
                yield _bad_line(name, number, line, "InvalidJSON", str(exc))
            continue
        if type(item) is not dict:
            yield _bad_line(name, number, line, "NotAnObject",
                            f"a JSON line must be an object, not {type(item).__name__}")
            continue
        text = item.get(text_field)
        if type(text) is not str:
            cause = (f"the object has no {text_field!r} field" if text_field not in item
                     else f"the object's {text_field!r} field is {_JSON_KIND[type(text)]}, not a string")
            known_id = item.get(id_field)  # keep the document's own id, so the error joins back to its input
            yield _bad_line(name, number, line, "MissingText", cause,
                            doc_id=None if known_id is None or isinstance(known_id, (dict, list)) else str(known_id))
            continue
        doc_id = item.pop(id_field, None)
        if id_field != "id":
            item.pop("id", None)  # the configured field is the id; a field named "id" would be a second one
        doc_id = f"{name}:{number}" if doc_id is None else str(doc_id)
        if plain(item):
            # the usual line: the fields besides id and text are its metadata; the record is the run's own
            del item[text_field]
            if text_field != "text":
                item.pop("text", None)
            yield FreshRecord(schema=SCHEMA, id=doc_id, text=text, meta={"file": name, "line": number, **item},
                              doc={}, layers={}, provenance={}, errors=[])
            continue
        if text_field != "text":
            item["text"] = item.pop(text_field)
        item["id"] = doc_id
        if "meta" not in item:
            item["meta"] = {"file": name, "line": number}
        yield item


def _bad_line(name: str, number: int, line: bytes, kind: str, message: str,
              doc_id: str | None = None) -> dict[str, Any]:
    return error_record(source=name, line=number, raw=line.rstrip(b"\r\n"), plugin="textplug.io", type=kind,
                        message=message, id=doc_id)


class JsonlWriter:
    """Writes records as JSON lines; ``write_json`` takes lines already serialized (the fast path)."""

    def __init__(self, stream: BinaryIO, options: dict[str, Any]) -> None:
        self.stream = stream

    def write(self, record: dict[str, Any]) -> None:
        self.stream.write(orjson.dumps(record, option=orjson.OPT_APPEND_NEWLINE))

    def write_json(self, line: bytes) -> None:
        self.stream.write(line)

    def close(self) -> None:
        self.stream.flush()


class CoreFormats:
    """The built-in formats: ``text`` (.txt), ``jsonl`` (.jsonl, .ndjson) in, ``jsonl`` out."""

    @hookimpl
    def register_readers(self, registry: FormatRegistry) -> None:
        registry.add_reader("text", read_text, extensions=(".txt", ".text"))
        registry.add_reader("jsonl", read_jsonl, extensions=(".jsonl", ".ndjson", ".jsonlines"))

    @hookimpl
    def register_writers(self, registry: FormatRegistry) -> None:
        registry.add_writer("jsonl", JsonlWriter, extensions=(".jsonl", ".ndjson"))


# -- inputs --------------------------------------------------------------------------------------------
def _open_binary(path: str) -> BinaryIO:
    if path == "-":
        return sys.stdin.buffer
    try:
        stream: BinaryIO = open(path, "rb")  # noqa: SIM115 - closed by the caller
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from exc
    if path.lower().endswith(".gz"):
        return gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[return-value]
    return stream


class NoReader(str):
    """The path of a file found in a folder that no reader knows (``.bin``, no extension): reading it gives an
    error record, so the input is counted rather than skipped in silence (DESIGN §5: nothing is lost)."""

    __slots__ = ()


def _expand(paths: Iterable[str], formats: FormatRegistry, format: str | None) -> Iterator[str]:
    """Folders become their files, recursively and sorted; hidden files and folders (``.git``, ``.DS_Store``)
    are not inputs. A file no reader knows comes as a ``NoReader`` path."""
    known = {ext for fmt in formats.readers.values() for ext in fmt.extensions}
    for path in paths:
        if path != "-" and Path(path).is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for file in sorted(files):
                    if file.startswith("."):
                        continue
                    name, found = file.lower().removesuffix(".gz"), os.path.join(root, file)
                    yield found if format or any(name.endswith(ext) for ext in known) else NoReader(found)
        else:
            yield path


def resolve_inputs(paths: Iterable[str]) -> list[str]:
    """The inputs named on a command line: globs expanded (sorted, ``**`` too), ``-`` kept. An input that
    names nothing is a usage mistake (a typo), raised before the run rather than left as an error record."""
    resolved: list[str] = []
    for path in paths:
        if path == "-" or os.path.exists(path):
            resolved.append(path)
            continue
        matches = sorted(glob.glob(path, recursive=True)) if glob.has_magic(path) else []
        if not matches:
            raise InputError(f"no such file or folder: {path}")
        resolved.extend(matches)
    return resolved


def iter_inputs(paths: Iterable[str], formats: FormatRegistry, format: str | None = None,
                options: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
    """Input documents from files, folders (recursively, sorted) and ``-`` (stdin), by format or extension.

    A path that does not exist or a file that cannot be opened or decompressed becomes one error record
    (plugin ``textplug.io``, the path and the cause), whatever its name, and the others are still read: in a
    long batch a missing file is one lost input, not a stopped run. Globs are not expanded here. The CLI
    checks its arguments first (``resolve_inputs``), so a typo there is a usage error. A file named as input
    in a format no reader knows raises ``ConfigError``: the format is the caller's to name; one found in a
    folder becomes an error record (``NoReader``), so it is counted, not skipped in silence.
    """
    options = options or {}
    for path in _expand(paths, formats, format):
        if type(path) is NoReader:
            known = ", ".join(f"{f.name} ({' '.join(f.extensions)})" for f in formats.readers.values())
            yield error_record(source=path, line=None, raw=None, plugin="textplug.io", type="NoReader",
                               message=f"no reader for {path}, found in a folder given as input: not read. Known: "
                                       f"{known}; move the file out, or name one format for every file with "
                                       "--format")
            continue
        name = "<stdin>" if path == "-" else path
        try:
            stream = _open_binary(path)
        except InputError as exc:
            yield error_record(source=name, line=None, raw=None, plugin="textplug.io", type="InputError",
                               message=str(exc))
            continue
        try:
            # chosen once the file is open: a missing file is an error record even without a known extension
            reader = formats.reader_for(path, format or ("jsonl" if path == "-" else None))
            yield from reader.handler(stream, name, options)
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            yield error_record(source=name, line=None, raw=None, plugin=reader.plugin, type=type(exc).__name__,
                               message=f"reading {name} stopped: {exc}")
        finally:
            if path != "-":
                stream.close()


# -- output --------------------------------------------------------------------------------------------
def output_kind(path: str) -> str:
    """What an output path names: ``"stdout"`` (``-``), ``"stream"`` (an existing device or pipe such as
    ``/dev/null``: written through, and it has no extension to pick a format by) or ``"file"`` (a regular file,
    new or existing). A folder is a :class:`ConfigError`: the user meant a file in it."""
    if path == "-":
        return "stdout"
    target = Path(path)
    if target.is_dir():
        raise ConfigError(f"output {target} is a folder: name a file")
    return "stream" if target.exists() and not target.is_file() else "file"


class AtomicOutput:
    """A binary output file that appears only when complete: written to a temporary file beside it and
    renamed on success; removed on failure. ``-`` is stdout, and a device or pipe (``/dev/null``,
    ``>(gzip > x)``) is written through: neither can be atomic, and renaming onto one would replace it."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._tmp: str | None = None
        self._raw: BinaryIO | None = None
        self._through = False
        self.stream: BinaryIO

    def __enter__(self) -> BinaryIO:
        kind = output_kind(self.path)
        if kind == "stdout":
            self.stream = sys.stdout.buffer
            return self.stream
        target = Path(self.path)
        if kind == "stream":
            self._through = True
            self._raw = open(target, "wb")  # noqa: SIM115 - closed in __exit__
            self.stream = gzip.GzipFile(fileobj=self._raw, mode="wb") if self.path.endswith(".gz") else self._raw
            return self.stream
        if not target.parent.exists():
            raise ConfigError(f"output folder {target.parent} does not exist")
        fd, self._tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(self._tmp, 0o666 & ~umask)  # mkstemp makes 0600; give the file the usual permissions
        self._raw = os.fdopen(fd, "wb")
        self.stream = gzip.GzipFile(fileobj=self._raw, mode="wb") if self.path.endswith(".gz") else self._raw
        return self.stream

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if self.path == "-":
            self.stream.flush()
            return
        if self._through:
            assert self._raw is not None
            if self.stream is not self._raw:
                self.stream.close()
            self._raw.close()
            return
        assert self._raw is not None and self._tmp is not None
        try:
            if self.stream is not self._raw:
                self.stream.close()
            self._raw.flush()
            if exc_type is None:
                os.fsync(self._raw.fileno())
            self._raw.close()
        finally:
            if exc_type is None:
                os.replace(self._tmp, self.path)
            else:
                os.unlink(self._tmp)
