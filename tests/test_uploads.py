"""An uploaded X archive is hostile input: every refusal is a 4xx naming the problem, and nothing
is ever written outside the job's folder (serving/uploads.py)."""

from __future__ import annotations

import copy
import errno
import gzip
import stat
import tempfile
import time
import zipfile
from pathlib import Path

import pytest
from archive_strategies import Member, uploads, zip_bytes
from conftest import SAMPLE_ARCHIVE, archive_entry, ytd_file
from hypothesis import HealthCheck, given, settings

from serving import uploads as uploads_module
from serving.uploads import UploadLimits, UploadProblem, prepare_upload, unpack_upload

ACCOUNT_JS = (SAMPLE_ARCHIVE.parent / "account.js").read_bytes()  # names @samplebot
OWNER = "samplebot"
LIMITS = UploadLimits()


def upload_file(tmp_path: Path, body: bytes, name: str = "upload") -> Path:
    path = tmp_path / name
    path.write_bytes(body)
    return path


def sample_zip(tmp_path: Path, *extra: Member, account: bytes | None = ACCOUNT_JS) -> Path:
    members = [Member("twitter-2025/data/tweets.js", SAMPLE_ARCHIVE.read_bytes()), *extra]
    if account is not None:
        members.append(Member("twitter-2025/data/account.js", account))
    return upload_file(tmp_path, zip_bytes(members), "archive.zip")


def refused(upload: Path, tmp_path: Path, handle: str = OWNER, force: bool = False,
            limits: UploadLimits = LIMITS) -> UploadProblem:  # fmt: skip
    with pytest.raises(UploadProblem) as caught:
        prepare_upload(upload, upload.name, handle, force, tmp_path / "job", limits)
    problem = caught.value
    assert 400 <= problem.status < 500
    assert str(tmp_path) not in problem.message  # no server paths in what the client reads
    return problem


def files_under(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


# --- what succeeds ---------------------------------------------------------------------------


def test_the_sample_archive_as_a_zip(tmp_path):
    prepared = prepare_upload(
        sample_zip(tmp_path, Member("twitter-2025/data/tweets_media/1.jpg", b"\xff\xd8jpeg")),
        "twitter-2025.zip", "@SampleBot", False, tmp_path / "job", LIMITS,
    )  # fmt: skip
    assert prepared.handle == OWNER
    assert prepared.table["kept"] > 0 and prepared.table["handle"] == OWNER
    assert prepared.archive == tmp_path / "job" / "archive"
    assert files_under(prepared.archive) == {"data", "data/tweets.js", "data/account.js"}
    assert (tmp_path / "job" / "data" / OWNER / "clean.jsonl").exists()


def test_the_sample_tweets_js_alone(tmp_path, sample_archive):
    prepared = prepare_upload(
        sample_archive, "tweets.js", "anyone", False, tmp_path / "job", LIMITS
    )
    assert prepared.table["kept"] > 0
    assert files_under(prepared.archive) == {"data", "data/tweets.js"}


def test_tweet_parts_are_written_under_names_built_here(tmp_path):
    entries = [archive_entry(1000 + i, f"part one tweet {i} with enough words") for i in range(3)]
    upload = sample_zip(
        tmp_path,
        Member("twitter-2025/data/tweets-part1.js", ytd_file(entries, part=1).encode()),
        Member("twitter-2025/data/like.js", b"window.YTD.like.part0 = []"),
    )
    archive = unpack_upload(upload, "archive.zip", tmp_path / "job", LIMITS)
    assert files_under(archive) == {
        "data", "data/tweets.js", "data/tweets-part1.js", "data/account.js"
    }  # fmt: skip


# --- the rules, one test each ----------------------------------------------------------------


def test_an_upload_over_the_size_cap_is_413(tmp_path, sample_archive):
    problem = refused(sample_archive, tmp_path, limits=UploadLimits(max_upload_bytes=1000))
    assert (problem.status, problem.type) == (413, "PayloadTooLarge")


@pytest.mark.parametrize(
    "body",
    [
        bytes(range(256)) * 8,
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
        b"",
        gzip.compress(SAMPLE_ARCHIVE.read_bytes()[:5000]),
        b"var tweets = [];",
    ],
    ids=["random", "pdf", "empty", "gzip", "javascript"],
)
def test_what_is_neither_a_zip_nor_a_tweets_js_is_400(tmp_path, body):
    problem = refused(upload_file(tmp_path, body, "tweets.js"), tmp_path)  # the name is no proof
    assert (problem.status, problem.type) == (400, "NotAnArchive")
    assert not (tmp_path / "job" / "archive").exists()


def test_too_many_members_is_413(tmp_path):
    extra = [Member(f"twitter-2025/data/tweets_media/{i}.jpg", b"x") for i in range(10)]
    problem = refused(sample_zip(tmp_path, *extra), tmp_path, limits=UploadLimits(max_members=5))
    assert (problem.status, problem.type) == (413, "ArchiveTooLarge")


@pytest.fixture(scope="module")
def deflate_bomb(tmp_path_factory) -> Path:
    """300 MB of zeros in one deflated tweets.js (~300 KB), written in streamed chunks."""
    path = tmp_path_factory.mktemp("bomb") / "bomb.zip"
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("data/tweets.js", "w") as member,
    ):
        member.write(b"window.YTD.tweets.part0 = [")
        zeros = bytes(1 << 20)
        for _ in range(300):
            member.write(zeros)
    return path


def test_a_deflate_bomb_is_stopped_while_it_is_read(tmp_path, deflate_bomb):
    started = time.monotonic()
    problem = refused(deflate_bomb, tmp_path)
    assert (problem.status, problem.type) == (413, "ArchiveTooLarge")
    assert time.monotonic() - started < 2  # stopped at the cap, not after 300 MB
    assert not (tmp_path / "job" / "archive").exists()  # the partial file is gone


def test_more_text_than_the_uncompressed_cap_is_413(tmp_path):
    text = SAMPLE_ARCHIVE.read_bytes()  # ~540 KB that deflates ~20:1, so only the total trips
    parts = [Member(f"data/tweets-part{i}.js", text) for i in range(1, 4)]
    limits = UploadLimits(max_uncompressed_bytes=1_000_000)
    problem = refused(sample_zip(tmp_path, *parts), tmp_path, limits=limits)
    assert (problem.status, problem.type) == (413, "ArchiveTooLarge")


def test_a_nested_zip_is_never_opened(tmp_path, deflate_bomb):
    """A zip inside the zip is skipped like any media; in a tweets slot it is not tweets."""
    inner = Member("twitter-2025/data/tweets_media/inner.zip", deflate_bomb.read_bytes())
    prepared = prepare_upload(
        sample_zip(tmp_path, inner), "a.zip", OWNER, False, tmp_path / "job", LIMITS
    )
    assert files_under(prepared.archive) == {"data", "data/tweets.js", "data/account.js"}
    stored = zip_bytes([Member("data/tweets.js", deflate_bomb.read_bytes(), compression=0)])
    problem = refused(upload_file(tmp_path, stored), tmp_path / "stored")
    assert (problem.status, problem.type) == (422, "BadArchive")
    # Deflated again, a bomb's own deflate stream shrinks ~500:1 more: stopped at the ratio.
    deflated = zip_bytes([Member("data/tweets.js", deflate_bomb.read_bytes())])
    problem = refused(upload_file(tmp_path, deflated), tmp_path / "deflated")
    assert (problem.status, problem.type) == (413, "ArchiveTooLarge")


def test_overlapping_members_are_413(tmp_path):
    """Many central-directory entries sharing one deflate stream (a "better zip bomb")."""
    path = tmp_path / "overlap.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data/tweets.js", SAMPLE_ARCHIVE.read_bytes())
        first = archive.filelist[0]
        for part in range(1, 50):
            twin = copy.copy(first)
            twin.filename = twin.orig_filename = f"data/tweets-part{part}.js"
            archive.filelist.append(twin)
    problem = refused(path, tmp_path)
    assert (problem.status, problem.type) == (413, "ArchiveTooLarge")


@pytest.mark.parametrize(
    "name",
    [
        "/etc/cron.d/tweets.js",
        "../tweets.js",
        "data/../../../tmp/tweets.js",
        "data\\..\\..\\tweets.js",
        "C:/Users/x/data/tweets.js",
        "data/tweets.js\x00.jpg",
        "data/\x1b[2Jtweets.js",
        "data/tweets.js\n",
    ],
)
def test_unsafe_member_names_are_400(tmp_path, name):
    problem = refused(sample_zip(tmp_path, Member(name, b"x")), tmp_path / "in")
    assert (problem.status, problem.type) == (400, "UnsafeArchive")
    assert len(problem.message) < 300 and "\x00" not in problem.message
    assert files_under(tmp_path) == {"archive.zip", "in", "in/job"}  # nothing else written


def test_a_symlink_member_is_400(tmp_path):
    link = Member("twitter-2025/data/tweets-part1.js", b"/etc/passwd", stat.S_IFLNK | 0o777)
    problem = refused(sample_zip(tmp_path, link), tmp_path)
    assert (problem.status, problem.type) == (400, "UnsafeArchive")


def test_an_encrypted_member_is_400(tmp_path):
    locked = Member("twitter-2025/data/tweets-part1.js", b"secret", encrypted=True)
    problem = refused(sample_zip(tmp_path, locked), tmp_path)
    assert (problem.status, problem.type) == (400, "UnsupportedArchive")


def test_a_compression_other_than_deflate_is_400(tmp_path):
    bzipped = Member("data/tweets-part1.js", b"window.YTD.tweets.part1 = []",
                     compression=zipfile.ZIP_BZIP2)  # fmt: skip
    problem = refused(sample_zip(tmp_path, bzipped), tmp_path)
    assert (problem.status, problem.type) == (400, "UnsupportedArchive")


def test_a_truncated_zip_is_400(tmp_path):
    whole = sample_zip(tmp_path).read_bytes()
    problem = refused(upload_file(tmp_path, whole[: len(whole) // 2]), tmp_path)
    assert (problem.status, problem.type) == (400, "NotAnArchive")


def test_a_bad_crc_is_400(tmp_path):
    stored = Member("data/tweets.js", SAMPLE_ARCHIVE.read_bytes(), compression=0)
    body = bytearray(zip_bytes([stored]))
    at = body.index(b"full_text")
    body[at] ^= 0x20  # stored: the data changes, the CRC in the headers does not
    problem = refused(upload_file(tmp_path, bytes(body)), tmp_path)
    assert (problem.status, problem.type) == (400, "NotAnArchive")
    assert "CRC" in problem.message


def test_a_zip_without_tweets_is_422(tmp_path):
    body = zip_bytes([Member("data/like.js", b"window.YTD.like.part0 = []"),
                      Member("data/account.js", ACCOUNT_JS)])  # fmt: skip
    problem = refused(upload_file(tmp_path, body), tmp_path)
    assert (problem.status, problem.type) == (422, "NoTweets")


def test_account_js_alone_is_422(tmp_path):
    problem = refused(upload_file(tmp_path, ACCOUNT_JS, "tweets.js"), tmp_path)
    assert (problem.status, problem.type) == (422, "NoTweets")


def test_more_than_one_account_js_is_400(tmp_path):
    other = ytd_file([{"account": {"username": "someone"}}], "account").encode()
    problem = refused(sample_zip(tmp_path, Member("account.js", other)), tmp_path)
    assert (problem.status, problem.type) == (400, "UnsafeArchive")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"window.YTD.tweets.part0 = [alert(document.cookie)]", "malformed archive data"),
        (b'window.YTD.tweets.part0 = {"tweet": 1}', "expected a list"),
        (b'window.YTD.tweets.part0 = [{"tweet": {"full_text": "no id"}}]', "without a valid"),
        (
            b'window.YTD.tweets.part0 = [{"tweet": {"full_text": 5, "id": 1, "created_at": ""}}]',
            "full_text",
        ),
        (
            b'window.YTD.tweets.part0 = [{"tweet": {"full_text": "a b c", "id": "../1", '
            b'"created_at": "Mon Mar 03 10:00:00 +0000 2025"}}]',
            "'id'",
        ),
        (b"window.YTD.tweets.part0 = " + b"[" * 100_000, "nested too deeply"),
        (b"window.YTD.tweets.part0 = ['\xff']", "not UTF-8"),
        (b"window.YTD.tweets.part0 = []", "holds no tweets"),
    ],
)
@pytest.mark.parametrize("as_zip", [False, True], ids=["tweets.js", "zip"])
def test_a_tweets_js_not_in_the_archive_format_is_422(tmp_path, content, message, as_zip):
    stored = Member("data/tweets.js", content, compression=0)  # `[` * 100_000 deflates 1000:1
    body = zip_bytes([stored]) if as_zip else content
    problem = refused(upload_file(tmp_path, body), tmp_path)
    assert (problem.status, problem.type) == (422, "BadArchive")
    assert message in problem.message


def test_a_zip_member_not_in_the_format_is_422_with_x_archive_words(tmp_path):
    body = zip_bytes([Member("data/tweets.js", b"var tweets = [];")])
    problem = refused(upload_file(tmp_path, body), tmp_path)
    assert (problem.status, problem.type) == (422, "BadArchive")
    assert "not an X archive file" in problem.message


def test_another_accounts_archive_is_409_unless_forced(tmp_path):
    problem = refused(sample_zip(tmp_path), tmp_path, handle="someone_else")
    assert (problem.status, problem.type) == (409, "OtherAccount")
    assert "@samplebot" in problem.message and "@someone_else" in problem.message
    forced = prepare_upload(
        sample_zip(tmp_path), "a.zip", "someone_else", True, tmp_path / "forced", LIMITS
    )
    assert forced.handle == "someone_else" and forced.table["kept"] > 0


def test_an_account_js_without_a_valid_handle_is_422(tmp_path):
    account = ytd_file([{"account": {"username": "x" * 5000}}], "account").encode()
    problem = refused(sample_zip(tmp_path, account=account), tmp_path)
    assert (problem.status, problem.type) == (422, "BadArchive")
    assert len(problem.message) < 300


def test_too_little_text_is_422_with_the_data_table(tmp_path):
    entries = [archive_entry(i, f"only a few short tweets here {i}") for i in range(1, 4)]
    problem = refused(upload_file(tmp_path, ytd_file(entries).encode()), tmp_path, handle="few")
    assert (problem.status, problem.type) == (422, "TooLittleText")
    assert problem.table is not None
    assert (problem.table["handle"], problem.table["kept"]) == ("few", 3)
    assert "too little text" in problem.message


@pytest.mark.parametrize("handle", ["not a handle!", "x" * 5000, "", "../../etc", "a\x00b"])
def test_a_bad_handle_is_400(tmp_path, sample_archive, handle):
    problem = refused(sample_archive, tmp_path, handle=handle)
    assert (problem.status, problem.type) == (400, "BadName")
    assert len(problem.message) < 200
    assert not (tmp_path / "job").exists()  # refused before anything is unpacked


def test_an_os_error_inside_becomes_a_plain_400(tmp_path, sample_archive, monkeypatch):
    def full_disk(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "job"))

    monkeypatch.setattr(uploads_module.shutil, "copyfile", full_disk)
    problem = refused(sample_archive, tmp_path)
    assert (problem.status, problem.type) == (400, "BadUpload")
    assert "No space left on device" in problem.message


# --- anything a client may send --------------------------------------------------------------


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every path under `folder` with its mode and size (a symlink's own, not its target's)."""
    return {
        str(p.relative_to(folder)): (p.lstat().st_mode, p.lstat().st_size)
        for p in folder.rglob("*")
    }


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(upload=uploads())
def test_any_upload_is_accepted_or_refused_with_a_4xx_and_stays_in_its_folder(upload):
    filename, body = upload
    with tempfile.TemporaryDirectory() as temporary:
        parent = Path(temporary) / "parent"
        job_dir = parent / "jobs" / "job"
        job_dir.parent.mkdir(parents=True)
        upload_path = parent / "upload"
        upload_path.write_bytes(body)
        before = snapshot(Path(temporary))
        try:
            prepared = prepare_upload(upload_path, filename, OWNER, False, job_dir, LIMITS)
        except UploadProblem as problem:
            assert 400 <= problem.status < 500, problem
            assert temporary not in problem.message  # no server paths
            assert len(problem.message) < 400 and problem.message.isprintable()  # short, escaped
            assert (problem.table is not None) == (problem.type == "TooLittleText")
        else:
            assert prepared.table["kept"] > 0
            assert files_under(prepared.archive) <= {
                "data", "data/account.js", *(f"data/tweets{p}.js" for p in ["", "-part1"]),
                *(f"data/tweets-part{i}.js" for i in range(2, 10)),
            }  # fmt: skip
        after = snapshot(Path(temporary))
        outside = {path for path in after if not path.startswith("parent/jobs/job")}
        assert {path: after[path] for path in outside} == before
        assert not any(stat.S_ISLNK(mode) for mode, _ in after.values())
