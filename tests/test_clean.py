"""Each of the reference's cleaning rules, and the data table they produce."""

from __future__ import annotations

import json

import pytest

from training.clean import clean_text, clean_user, is_short, render_table, word_count
from training.errors import TweetbotsError
from training.tweets import Tweet, write_tweets


def test_unescapes_the_three_entities_in_order():
    assert clean_text("fish &amp; chips &lt;3 &gt;_&lt;") == "fish & chips <3 >_<"
    assert clean_text("&amp;lt;") == "<"  # &amp; first, then &lt;
    assert clean_text("&quot;kept&quot;") == "&quot;kept&quot;"  # other entities untouched


def test_removes_http_and_https_runs_up_to_whitespace():
    assert clean_text("see https://t.co/abc?x=1 and http://a.b/c, ok") == "see and ok"
    assert clean_text("link:https://x.y/z") == "link:"


def test_collapses_whitespace_and_strips():
    assert clean_text("  line one\n\nline\ttwo  \r\n") == "line one line two"


def test_keeps_mentions_hashtags_emoji_and_case():
    assert clean_text("@Friend Great #News 🎉 OK") == "@Friend Great #News 🎉 OK"


def test_short_tweet_rule_ignores_links_mentions_and_hashtags():
    assert word_count("@a #b http x y") == 2
    assert word_count("Hello @you and #ALL of us") == 4
    assert word_count("HTTPS thing EMAIL@x.com") == 1  # case-insensitive markers
    assert is_short("@a @b two words")
    assert not is_short("three real words")


def make_user(tmp_path, texts: list[str], handle: str = "someone"):
    tweets = [
        Tweet(
            id=str(i + 1),
            created_at="2025-01-01T00:00:00+00:00",
            text=text,
            retweet=text.startswith("RT @"),
        )
        for i, text in enumerate(texts)
    ]
    write_tweets(tmp_path / handle / "tweets.jsonl", tweets)


def test_table_counts_retweets_short_and_kept(tmp_path, capsys):
    long_tweet = "this is a perfectly normal tweet number " + "x" * 100
    texts = [
        "RT @a: retweeted words here",
        "lol",
        "@a #b short",
        *[f"{long_tweet} {i}" for i in range(60)],
    ]
    make_user(tmp_path, texts)
    table = clean_user("someone", tmp_path)
    assert (table.downloaded, table.retweets, table.short, table.kept) == (63, 1, 2, 60)
    saved = json.loads((tmp_path / "someone" / "table.json").read_text())
    assert saved["kept"] == 60
    kept = (tmp_path / "someone" / "clean.jsonl").read_text().splitlines()
    assert len(kept) == 60 and "RT @a" not in "".join(kept)
    out = capsys.readouterr()
    assert "| Tweets downloaded | 63 |" in out.out
    assert "below 40,000" in out.err  # 60 x ~145 chars: warned, not refused


def test_refuses_fewer_than_6000_characters(tmp_path):
    make_user(tmp_path, ["a tweet with enough words"] * 10)
    with pytest.raises(TweetbotsError, match="too little text"):
        clean_user("someone", tmp_path)
    assert not (tmp_path / "someone" / "clean.jsonl").exists()


def test_no_warning_from_40000_characters(tmp_path, capsys):
    make_user(tmp_path, [f"tweet {i} " + "word " * 80 for i in range(110)])
    clean_user("someone", tmp_path)
    assert "warning" not in capsys.readouterr().err


def test_table_has_one_column_per_user(tmp_path):
    from training.clean import DataTable

    tables = [DataTable("a", 10, 1, 2, 7, 700), DataTable("b", 20, 2, 3, 15, 1500)]
    assert render_table(tables).splitlines() == [
        "| Data | a | b |",
        "| --- | --- | --- |",
        "| Tweets downloaded | 10 | 20 |",
        "| Retweets | 1 | 2 |",
        "| Short tweets | 2 | 3 |",
        "| Tweets kept | 7 | 15 |",
    ]
