"""Hostile X archive uploads for property tests: zips with unsafe names, symlinks, odd modes and
compressions, truncated or prefixed; bare tweets.js files; plain noise.

`uploads()` draws `(filename, bytes)` as a client would send them, so the unpacking tests
(tests/test_uploads.py) and an HTTP test of `POST /bots` can throw the same archives.
"""

from __future__ import annotations

import io
import json
import stat
import warnings
import zipfile
from dataclasses import dataclass

from conftest import archive_entry, ytd_file
from hypothesis import strategies as st

# Names that matter to the unpacker: X's own, and every way out of a folder.
KNOWN_NAMES = [
    "data/tweets.js",
    "data/tweet.js",
    "data/tweets-part1.js",
    "data/tweets-part007.js",
    "data/tweets-part99999999999999999999999999.js",
    "data/account.js",
    "tweets.js",
    "account.js",
    "twitter-2025-01-01/data/tweets.js",
    "data/deleted-tweets.js",
    "data/tweets_media/1.jpg",
    "data/like.js",
    "data/",
    "Your archive.html",
    "../tweets.js",
    "../../../../tmp/tweets.js",
    "data/../../tweets.js",
    "/etc/tweets.js",
    "/tmp/data/account.js",
    "..\\..\\tweets.js",
    "data\\tweets.js",
    "C:/data/tweets.js",
    "c:tweets.js",
    "data/tweets\x00.js",
    "data/tw\x00eets.js",
    "data/tweets.js\n",
    "data/\x1b[2Jtweets.js",
    "data/\u202etweets.js",
    "données/tweets.js",
    "데이터/tweets.js",
    "data/./tweets.js",
    "data//tweets.js",
    ".",
    "\x00",  # empty once zipfile cuts it at the NUL
]

SEGMENTS = st.one_of(
    st.sampled_from(["data", "..", ".", "", "tweets.js", "account.js", "C:", "a\\b", "\x00"]),
    st.text(max_size=8),
)

member_names = st.one_of(
    st.sampled_from(KNOWN_NAMES),
    st.lists(SEGMENTS, min_size=1, max_size=5).map("/".join),
    st.text(max_size=30),
).filter(bool)  # zipfile cannot write an empty name (the NUL names above read back as one)


def _plenty(count: int) -> str:
    """Enough distinct, long tweets that cleaning keeps them (a success path to reach)."""
    words = "the archive of someone who writes long enough tweets to train a bot on"
    return ytd_file(
        [archive_entry(10_000 + i, f"{words} number {i} {words}") for i in range(count)]
    )


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)

tweet_fields = st.fixed_dictionaries(
    {},
    optional={
        "id_str": st.one_of(st.integers(0, 2**64).map(str), json_values),
        "id": json_values,
        "created_at": st.one_of(
            st.just("Mon Mar 03 10:00:00 +0000 2025"),
            st.just("Mon Jan 01 00:00:00 +1400 0001"),
            json_values,
        ),
        "full_text": st.one_of(st.text(max_size=80), json_values),
        "text": json_values,
        "lang": json_values,
    },
)

ytd_texts = st.one_of(
    st.lists(st.builds(archive_entry, st.integers(1, 2**63), st.text(max_size=80)), max_size=5)
    .map(ytd_file),
    st.lists(st.one_of(tweet_fields.map(lambda t: {"tweet": t}), tweet_fields, json_values),
             max_size=4).map(ytd_file),
    json_values.map(lambda value: "window.YTD.tweets.part0 = " + json.dumps(value)),
    st.builds(lambda name: ytd_file([{"account": {"username": name}}], "account"),
              st.one_of(st.just("samplebot"), st.text(max_size=20), json_values)),
    st.just("window.YTD.tweets.part0 = " + "[" * 5_000),  # deeper than json's recursion
    st.just("window.YTD.tweets.part0 = [\"\\ud800\"]"),
    st.just(_plenty(60)),
)  # fmt: skip

member_contents = st.one_of(
    ytd_texts.map(lambda text: text.encode("utf-8")),
    ytd_texts.map(lambda text: b"\xef\xbb\xbf" + text.encode("utf-8")),
    st.binary(max_size=512),
    st.just(b"\xff\xfe" + "window.YTD.tweets.part0 = []".encode("utf-16-le")),
    st.just(bytes(200_000)),  # compresses 1000:1
    st.just(b"PK\x03\x04" + bytes(100)),  # the start of a nested zip
)

MODES = [
    stat.S_IFREG | 0o644,
    stat.S_IFREG | 0o777,
    stat.S_IFLNK | 0o777,
    stat.S_IFDIR | 0o755,
    stat.S_IFIFO | 0o644,
    0,
]
COMPRESSIONS = [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA]


@dataclass(frozen=True)
class Member:
    """One file of a zip as a hostile client might write it."""

    name: str
    data: bytes
    mode: int = stat.S_IFREG | 0o644
    compression: int = zipfile.ZIP_DEFLATED
    encrypted: bool = False


def zip_bytes(members: list[Member]) -> bytes:
    """The zip of `members`, each name written exactly as given (NULs and backslashes too)."""
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w") as archive:
        warnings.simplefilter("ignore")  # duplicate names are part of the test
        for member in members:
            info = zipfile.ZipInfo("placeholder")
            info.filename = member.name  # set after __init__, which would cut it at a NUL
            info.external_attr = member.mode << 16
            info.compress_type = member.compression
            archive.writestr(info, member.data)
            if member.encrypted:  # writestr resets the flags: mark it in the central directory
                info.flag_bits |= 0x1
    return buffer.getvalue()


members = st.builds(
    Member,
    name=member_names,
    data=member_contents,
    mode=st.sampled_from(MODES),
    compression=st.sampled_from(COMPRESSIONS),
    encrypted=st.sampled_from([False, False, False, True]),
)


@st.composite
def damaged(draw: st.DrawFn, data: bytes) -> bytes:
    """`data` as it may arrive: whole, truncated, prefixed or with a byte changed."""
    how = draw(st.sampled_from(["whole", "whole", "truncated", "prefixed", "flipped"]))
    if how == "truncated" and data:
        return data[: draw(st.integers(0, len(data) - 1))]
    if how == "prefixed":
        return draw(st.binary(min_size=1, max_size=64)) + data
    if how == "flipped" and data:
        index = draw(st.integers(0, len(data) - 1))
        return data[:index] + bytes([data[index] ^ draw(st.integers(1, 255))]) + data[index + 1 :]
    return data


zips = st.lists(members, max_size=6).map(zip_bytes)

upload_bodies = st.one_of(
    zips.flatmap(damaged),
    zips,
    ytd_texts.map(lambda text: text.encode("utf-8")).flatmap(damaged),
    st.binary(max_size=256),
    st.sampled_from([b"", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", b"\x1f\x8b\x08\x00" + bytes(20)]),
)


def uploads() -> st.SearchStrategy[tuple[str, bytes]]:
    """`(filename, body)` of a multipart upload: any body, under any name a client may give."""
    filenames = st.one_of(
        st.sampled_from(["twitter-archive.zip", "tweets.js", "archive.pdf", "", "../x.zip"]),
        st.text(max_size=40),
    )
    return st.tuples(filenames, upload_bodies)
