"""An uploaded X archive, checked as hostile input before a training job is queued.

`POST /bots` takes the `.zip` X gives under "Download an archive of your data", or just its
`tweets.js`. Anyone can send anything, so before a byte reaches training:

- the upload's size is capped (nginx caps it too);
- what it is comes from its content (zip magic, or a `window.YTD.` assignment), not its name;
- a zip is read from its central directory: too many members, members that overlap (one
  deflate stream counted many times), names that could escape a folder (absolute, `..`,
  backslashes, drive letters, control characters), symlinks and encrypted members refuse it;
- only the tweet parts and account.js are inflated (media and the rest never are), each
  streamed under hard caps (total bytes, and ratio per member and to the upload's size)
  whatever sizes the zip declares, so a zip bomb stops while it is read;
- they are written under names built here (data/tweets.js, data/tweets-partN.js,
  data/account.js), never a member's name, so nothing lands outside the job's folder;
- then training's own stages judge the content (training.x_archive: the format and the
  owner check; training.clean: too little text), so each rule keeps one home.

A refusal is an UploadProblem (a 4xx status, a type name and a sentence for people); the HTTP
layer maps it to its answer. Client data appears in messages only as short escaped excerpts.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

from training.clean import TooLittleText, check_amount, clean_user
from training.errors import TweetbotsError
from training.tweets import HANDLE_RULE, normalize_handle
from training.x_archive import (
    ACCOUNT_PART,
    ASSIGNMENT,
    TWEET_PART,
    archive_text,
    archive_username,
    check_owner,
    import_archive,
)

ARCHIVE_DIR = "archive"  # unpack_upload's folder under `into`
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")  # a local file header, or an empty zip's end record
SNIFF_BYTES = 256
CHUNK = 1 << 16
EXCERPT_CHARS = 40
DRIVE = re.compile(r"^[A-Za-z]:")
TWEET_KINDS = ("tweets", "tweet")  # window.YTD.<kind>: tweets.js, or the oldest tweet.js
# Deflate reads in bounded steps (zipfile passes a max_length); bzip2 and lzma do not, so one
# step of theirs could inflate gigabytes before a cap sees it. X's archives use deflate.
COMPRESSIONS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
# What zipfile raises on a corrupt or truncated zip (NotImplementedError: features it lacks).
ZIP_CORRUPT = (
    zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, ValueError, NotImplementedError
)  # fmt: skip


class UploadProblem(Exception):
    """Why an upload is refused: an HTTP status (4xx), a type name and a plain-words message."""

    def __init__(self, status: int, type: str, message: str, table: dict | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.type = type
        self.message = message
        self.table = table  # the data table, when refused for too little text

    def __repr__(self) -> str:
        return f"UploadProblem({self.status}, {self.type!r}, {self.message!r})"


@dataclass(frozen=True)
class UploadLimits:
    """The one home of the upload's caps (the caller reads them from its settings)."""

    max_upload_bytes: int = 64 * 2**20
    max_uncompressed_bytes: int = 256 * 2**20  # total of the members we extract
    max_ratio: float = 100.0  # uncompressed/compressed per member and overall
    max_members: int = 20_000


@dataclass(frozen=True)
class PreparedUpload:
    """A checked upload: its clean archive folder, imported and cleaned for `handle`."""

    archive: Path
    handle: str
    table: dict  # training.clean's data table
    warning: str | None  # training.clean's warning when there is little text


def excerpt(value: str) -> str:
    """Client text as it may appear in a message: short and escaped."""
    short = value[:EXCERPT_CHARS] + ("..." if len(value) > EXCERPT_CHARS else "")
    return ascii(short)


def unpack_upload(upload: Path, filename: str, into: Path, limits: UploadLimits) -> Path:
    """Check the uploaded file (on disk at `upload`, as the client sent it) and write a clean
    archive folder, `into/archive` (which must not exist yet), that training.x_archive
    accepts; returns that folder. Raises UploadProblem (a half-written folder is removed)."""
    folder = into / ARCHIVE_DIR
    folder.mkdir(parents=True)  # a fresh folder: removing it on a refusal loses nothing else
    try:
        with _unreadable_as_problem("the upload could not be read or unpacked"):
            size = upload.stat().st_size
            if size > limits.max_upload_bytes:
                raise UploadProblem(
                    413,
                    "PayloadTooLarge",
                    f"The upload is {size:,} bytes; at most {limits.max_upload_bytes:,} are "
                    "accepted. Upload the archive without its media, or just data/tweets.js.",
                )
            with upload.open("rb") as stream:
                head = stream.read(SNIFF_BYTES)
            (folder / "data").mkdir()
            if head.startswith(ZIP_MAGIC):
                _unpack_zip(upload, size, folder / "data", limits)
            else:
                _copy_tweets_js(upload, size, head, filename, folder / "data", limits)
    except UploadProblem:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return folder


def prepare_upload(
    upload: Path, filename: str, handle: str, force: bool, job_dir: Path, limits: UploadLimits
) -> PreparedUpload:
    """unpack_upload into job_dir, import it for `handle` into job_dir/data (the owner checked
    unless `force`) and clean it, so that too little text is refused now rather than by a
    queued job. Raises UploadProblem."""
    try:
        handle = normalize_handle(handle)
    except TweetbotsError:
        raise UploadProblem(
            400, "BadName", f"{excerpt(handle)} is not an X handle: {HANDLE_RULE}."
        ) from None
    archive = unpack_upload(upload, filename, job_dir, limits)
    data_dir = job_dir / "data"
    with _unreadable_as_problem("the archive could not be imported"):
        _check_owner(handle, archive, force)
        try:
            import_archive(handle, archive, data_dir, force)
            table = clean_user(handle, data_dir)
        except TooLittleText as error:
            raise UploadProblem(
                422, "TooLittleText", _words(error, archive), table=asdict(error.table)
            ) from None
        except TweetbotsError as error:
            raise UploadProblem(422, "BadArchive", _words(error, archive)) from None
    return PreparedUpload(archive, handle, asdict(table), check_amount(table))


def _check_owner(handle: str, archive: Path, force: bool) -> None:
    """x_archive's owner rule, asked first so that its refusal is a 409 of its own."""
    account = archive / "data" / "account.js"
    if not account.exists():
        return
    try:
        owner = archive_username(archive_text("account.js", account.read_bytes()))
    except TweetbotsError as error:
        raise UploadProblem(422, "BadArchive", str(error)) from None
    try:
        if owner is not None:
            normalize_handle(owner)  # X names every account by a valid handle
    except TweetbotsError:
        raise UploadProblem(
            422, "BadArchive", f"account.js names the account {excerpt(owner)}, which is not an "
            f"X handle: {HANDLE_RULE}.",
        ) from None  # fmt: skip
    try:
        check_owner(handle, archive, owner, force)
    except TweetbotsError as error:
        raise UploadProblem(409, "OtherAccount", _words(error, archive)) from None


def _words(error: TweetbotsError, archive: Path) -> str:
    """A stage's message for the client: this server's paths replaced by what they were."""
    message = str(error).replace(str(archive), "the upload").replace(str(archive.parent), "")
    return "T" + message[1:] if message.startswith("the upload") else message


@contextmanager
def _unreadable_as_problem(what: str) -> Iterator[None]:
    """An OSError (a name the file system refuses, a full disk) must not reach the client
    as a traceback with this server's paths; programming errors still surface."""
    try:
        yield
    except OSError as error:
        reason = os.strerror(error.errno) if error.errno else type(error).__name__
        raise UploadProblem(400, "BadUpload", f"{what.capitalize()} ({reason}).") from None


def _copy_tweets_js(
    upload: Path, size: int, head: bytes, filename: str, data: Path, limits: UploadLimits
) -> None:
    """A bare tweets.js: recognised by its `window.YTD.tweets.partN =`, copied as is."""
    match = ASSIGNMENT.match(head.decode("utf-8-sig", "replace"))
    if not match:
        raise UploadProblem(
            400,
            "NotAnArchive",
            f"The upload {excerpt(filename)} is neither a zip nor an X archive's tweets.js. "
            'Upload the .zip from X\'s "Download an archive of your data", or its '
            "data/tweets.js.",
        )
    if match.group(1) not in TWEET_KINDS:
        raise UploadProblem(
            422,
            "NoTweets",
            f"The upload is the archive's {excerpt(match.group(1))} file, not its tweets: "
            "upload data/tweets.js, or the whole archive.",
        )
    if size > limits.max_uncompressed_bytes:
        raise UploadProblem(
            413, "ArchiveTooLarge", f"The tweets.js is {size:,} bytes; at most "
            f"{limits.max_uncompressed_bytes:,} are trained on.",
        )  # fmt: skip
    shutil.copyfile(upload, data / "tweets.js")


def _unpack_zip(upload: Path, size: int, data: Path, limits: UploadLimits) -> None:
    try:
        with zipfile.ZipFile(upload) as archive:
            members = archive.infolist()
            _check_members(members, size, limits)
            wanted = _wanted(members)
            budget = _Budget(limits, size)
            for name, member in wanted.items():
                _extract(archive, member, data / name, budget, limits)
    except ZIP_CORRUPT as error:
        raise UploadProblem(
            400,
            "NotAnArchive",
            f"The upload is not a readable zip ({excerpt(str(error) or type(error).__name__)}).",
        ) from None


def _check_members(members: list[zipfile.ZipInfo], size: int, limits: UploadLimits) -> None:
    """What the central directory alone tells: too many, overlapping, unsafe or encrypted."""
    if len(members) > limits.max_members:
        raise UploadProblem(
            413,
            "ArchiveTooLarge",
            f"The zip has {len(members):,} files; at most {limits.max_members:,} are accepted.",
        )
    for member in members:
        reason = _unsafe_name(member.orig_filename)  # zipfile cuts `filename` at a NUL
        if reason:
            raise UploadProblem(
                400, "UnsafeArchive", f"The zip holds a file named {excerpt(member.filename)}, "
                f"which {reason}: such a name is never in X's archive.",
            )  # fmt: skip
        if stat.S_ISLNK(member.external_attr >> 16):
            raise UploadProblem(
                400, "UnsafeArchive", f"The zip holds a symbolic link, {excerpt(member.filename)}: "
                "X's archive has none.",
            )  # fmt: skip
        if member.flag_bits & 0x1:
            raise UploadProblem(
                400, "UnsupportedArchive", f"The zip's file {excerpt(member.filename)} is "
                "encrypted: upload the archive as X gives it, without a password.",
            )  # fmt: skip
    end = 0  # each member's data must start after the previous one's: no shared streams
    for member in sorted(members, key=lambda m: m.header_offset):
        if member.header_offset < end:
            raise UploadProblem(
                413, "ArchiveTooLarge", "The zip's files overlap (one compressed stream read "
                "as many files): the shape of a zip bomb.",
            )  # fmt: skip
        end = member.header_offset + 30 + member.compress_size  # 30: a local header's size
        if end > size:
            raise zipfile.BadZipFile("a file's data runs past the end of the zip")


def _unsafe_name(name: str) -> str | None:
    """Why a member's name could escape a folder if someone extracted it by name, or None."""
    if not name:
        return "is empty"
    if name.startswith("/"):
        return "is absolute"
    if "\\" in name:
        return "has a backslash"
    if DRIVE.match(name):
        return "starts with a drive letter"
    if any(unicodedata.category(char) == "Cc" for char in name):
        return "has a control character"
    if ".." in name.split("/"):
        return "climbs out of its folder ('..')"
    return None


def _wanted(members: list[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
    """The members training reads (x_archive's TWEET_PART and ACCOUNT_PART), by the names
    they are written under: tweet parts in their parts' order, renumbered from 0."""
    files = [m for m in members if not m.filename.endswith("/")]  # is_dir() fails on ""
    parts = [m for m in files if TWEET_PART.search(m.filename)]
    accounts = [m for m in files if ACCOUNT_PART.search(m.filename)]
    if not parts:
        raise UploadProblem(
            422,
            "NoTweets",
            "The zip has no data/tweets.js (or tweets-partN.js): upload the archive X gives "
            'under "Download an archive of your data".',
        )
    if len(accounts) > 1:
        raise UploadProblem(
            400, "UnsafeArchive", "The zip holds more than one account.js: whose archive it is "
            "would be ambiguous.",
        )  # fmt: skip

    def part_order(member: zipfile.ZipInfo) -> tuple[int, str, str]:
        number = (TWEET_PART.search(member.filename).group(1) or "0").lstrip("0")
        return len(number), number, member.filename

    wanted = {
        "tweets.js" if index == 0 else f"tweets-part{index}.js": member
        for index, member in enumerate(sorted(parts, key=part_order))
    }
    return wanted | ({"account.js": accounts[0]} if accounts else {})


@dataclass
class _Budget:
    """The bytes inflated so far, against the caps on the total and on the overall ratio."""

    limits: UploadLimits
    upload_size: int
    inflated: int = 0

    def spend(self, count: int) -> None:
        self.inflated += count
        if self.inflated > self.limits.max_uncompressed_bytes:
            raise UploadProblem(
                413, "ArchiveTooLarge", "The zip's tweets inflate to more than "
                f"{self.limits.max_uncompressed_bytes:,} bytes: too large to train on.",
            )  # fmt: skip
        if self.inflated > self.limits.max_ratio * self.upload_size:
            raise _bomb()


def _bomb() -> UploadProblem:
    return UploadProblem(
        413, "ArchiveTooLarge", "The zip inflates far more than text does (the shape of a zip "
        "bomb); it was not unpacked.",
    )  # fmt: skip


def _extract(
    archive: zipfile.ZipFile,
    member: zipfile.ZipInfo,
    dest: Path,
    budget: _Budget,
    limits: UploadLimits,
) -> None:
    """Stream one member to `dest`, stopped as soon as it passes a cap: the sizes the zip
    declares are never trusted."""
    if member.compress_type not in COMPRESSIONS:
        raise UploadProblem(
            400, "UnsupportedArchive", f"The zip's file {excerpt(member.filename)} uses a "
            "compression other than deflate: upload the archive as X gives it.",
        )  # fmt: skip
    member_cap = limits.max_ratio * max(member.compress_size, 1)
    written = 0
    with archive.open(member) as source, dest.open("xb") as target:
        while chunk := source.read(CHUNK):
            written += len(chunk)
            if written > member_cap:
                raise _bomb()
            budget.spend(len(chunk))
            target.write(chunk)
