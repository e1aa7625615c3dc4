"""Reading X's "Download an archive of your data" in every form it comes in."""

from __future__ import annotations

import subprocess
import sys
import zipfile

import pytest
from conftest import archive_entry, ytd_file

from training.errors import TweetbotsError
from training.tweets import read_tweets
from training.x_archive import import_archive, load_archive


def test_zip_archive_with_parts_and_account(tmp_path):
    path = tmp_path / "twitter-2025.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "data/tweets.js", ytd_file([archive_entry(3, "third"), archive_entry(2, "RT @a: x")])
        )
        archive.writestr("data/tweets-part1.js", ytd_file([archive_entry(1, "first")], part=1))
        archive.writestr("data/deleted-tweets.js", ytd_file([archive_entry(9, "deleted")]))
        archive.writestr(
            "data/account.js", ytd_file([{"account": {"username": "Someone"}}], "account")
        )
    tweets, owner = load_archive(path)
    assert [t.id for t in tweets] == ["3", "2", "1"]
    assert [t.retweet for t in tweets] == [False, True, False]
    assert owner == "Someone"
    assert tweets[0].created_at == "2025-03-03T10:00:00+00:00"


def test_single_tweets_js_picks_up_sibling_parts(tmp_path):
    (tmp_path / "tweets.js").write_text(ytd_file([archive_entry(5, "five")]))
    (tmp_path / "tweets-part1.js").write_text(ytd_file([archive_entry(4, "four")], part=1))
    (tmp_path / "tweets-part2.js").write_text(ytd_file([archive_entry(3, "three")], part=2))
    tweets, _ = load_archive(tmp_path / "tweets.js")
    assert [t.text for t in tweets] == ["five", "four", "three"]


def test_old_form_tweet_js_with_bare_objects(tmp_path):
    bare = archive_entry(7, "old &amp; plain")["tweet"]
    (tmp_path / "tweet.js").write_text(ytd_file([bare], kind="tweet"))
    tweets, owner = load_archive(tmp_path / "tweet.js")
    assert [(t.id, t.text) for t in tweets] == [("7", "old &amp; plain")]
    assert owner is None


def test_unzipped_archive_folder(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "tweets.js").write_text(ytd_file([archive_entry(1, "hello there world")]))
    tweets, _ = load_archive(tmp_path)
    assert len(tweets) == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("var x = 1;", "not an X archive file"),
        ("window.YTD.tweets.part0 = [alert(document.cookie)]", "malformed archive data"),
        ('window.YTD.tweets.part0 = {"tweet": 1}', "expected a list"),
        ('window.YTD.tweets.part0 = [{"tweet": {"full_text": "no id"}}]', "without a valid"),
        ("window.YTD.tweets.part0 = [3]", "not a tweet object"),
    ],
)
def test_malformed_files_give_a_clear_error(tmp_path, content, message):
    (tmp_path / "tweets.js").write_text(content)
    with pytest.raises(TweetbotsError, match=message):
        load_archive(tmp_path / "tweets.js")


def test_missing_and_wrong_files(tmp_path):
    with pytest.raises(TweetbotsError, match="archive not found"):
        load_archive(tmp_path / "nope.zip")
    (tmp_path / "notes.txt").write_text("hi")
    with pytest.raises(TweetbotsError, match="expected an archive"):
        load_archive(tmp_path / "notes.txt")
    empty = tmp_path / "empty.zip"
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("data/account.js", "window.YTD.account.part0 = []")
    with pytest.raises(TweetbotsError, match="no data/tweets.js"):
        load_archive(empty)


def test_import_writes_the_raw_tweet_file(tmp_path, sample_archive):
    out = import_archive("@SampleBot", sample_archive, tmp_path)
    assert out == tmp_path / "samplebot" / "tweets.jsonl"
    tweets = read_tweets(out)
    assert len(tweets) == 800
    assert [int(t.id) for t in tweets] == sorted((int(t.id) for t in tweets), reverse=True)
    assert not list(out.parent.glob(".*.tmp"))  # no temporary file left behind


def owned_zip(path, owner: str):
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("data/tweets.js", ytd_file([archive_entry(1, "hello there world")]))
        archive.writestr("data/account.js", ytd_file([{"account": {"username": owner}}], "account"))
    return path


def test_another_accounts_archive_is_refused(tmp_path):
    archive = owned_zip(tmp_path / "twitter.zip", "SomeoneElse")
    with pytest.raises(TweetbotsError) as error:
        import_archive("alice", archive, tmp_path / "data")
    assert str(error.value) == (
        f"{archive} is the archive of @SomeoneElse, not @alice: use it for @someoneelse, "
        "or set FORCE=1 (--force) to import it as @alice anyway"
    )
    assert not (tmp_path / "data").exists()
    assert import_archive("SomeoneElse", archive, tmp_path / "data").exists()  # its owner: fine


def test_force_imports_another_accounts_archive_with_a_warning(tmp_path):
    archive = owned_zip(tmp_path / "twitter.zip", "someone_else")
    result = subprocess.run(
        [sys.executable, "-m", "training.x_archive", "--user", "alice", "--archive", str(archive)]
        + ["--data_dir", str(tmp_path / "data"), "--force"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        f"warning: {archive} belongs to @someone_else, imported as @alice"
    ]
    assert len(read_tweets(tmp_path / "data" / "alice" / "tweets.jsonl")) == 1


def test_the_refusal_is_one_line_from_the_command_line(tmp_path):
    archive = owned_zip(tmp_path / "twitter.zip", "someone_else")
    result = subprocess.run(
        [sys.executable, "-m", "training.x_archive", "--user", "alice", "--archive", str(archive)]
        + ["--data_dir", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"error: {archive} is the archive of @someone_else, not @alice: use it for "
        "@someone_else, or set FORCE=1 (--force) to import it as @alice anyway"
    ]


def test_an_archive_without_account_js_says_its_owner_is_unchecked(tmp_path, capsys):
    (tmp_path / "tweets.js").write_text(ytd_file([archive_entry(1, "hello there world")]))
    import_archive("alice", tmp_path / "tweets.js", tmp_path / "data")
    assert "has no account.js: whose tweets these are is not checked" in capsys.readouterr().out
