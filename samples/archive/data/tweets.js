window.YTD.tweets.part0 = [
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006327281",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006327281",
      "created_at": "Tue Mar 10 03:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Small win: a fresh notebook somehow improved my whole week. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "54"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006319362",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006319362",
      "created_at": "Mon Mar 09 14:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Unpopular opinion: the 7am train rescued dinner plans.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006311443",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006311443",
      "created_at": "Mon Mar 09 01:00:00 +0000 2026",
      "favorited": false,
      "full_text": "@fern_and_fig Honestly, a well-named variable is carrying the afternoon. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "4"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006303524",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006303524",
      "created_at": "Sun Mar 08 12:00:00 +0000 2026",
      "favorited": false,
      "full_text": "same",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006295605",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006295605",
      "created_at": "Sat Mar 07 23:00:00 +0000 2026",
      "favorited": false,
      "full_text": "RT @bytesized: Unpopular opinion: the garden is carrying the afternoon. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006287686",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006287686",
      "created_at": "Sat Mar 07 10:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Honestly, tomato season is the best part of my whole week. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "59"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006279767",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006279767",
      "created_at": "Fri Mar 06 21:00:00 +0000 2026",
      "favorited": false,
      "full_text": "PSA: a well-named variable saved dinner plans. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "54"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006271848",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006271848",
      "created_at": "Fri Mar 06 08:00:00 +0000 2026",
      "favorited": false,
      "full_text": "@marathon_mo Reminder: cold brew makes up for my mood.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "52"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006263929",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006263929",
      "created_at": "Thu Mar 05 19:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Small win: my sourdough starter saved my whole week.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "48"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006256010",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006256010",
      "created_at": "Thu Mar 05 06:00:00 +0000 2026",
      "favorited": false,
      "full_text": "PSA: the new keyboard is carrying the afternoon.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "3"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006248091",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006248091",
      "created_at": "Wed Mar 04 17:00:00 +0000 2026",
      "favorited": false,
      "full_text": "wow",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "101"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006240172",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006240172",
      "created_at": "Wed Mar 04 04:00:00 +0000 2026",
      "favorited": false,
      "full_text": "PSA: a long walk is responsible for this morning. Fight me.\n\nAlso: the garden &amp; the office plant.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006232253",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006232253",
      "created_at": "Tue Mar 03 15:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Rule of thumb: coffee &gt; tea, and tea &lt; nothing.  Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "63"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006224334",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006224334",
      "created_at": "Tue Mar 03 02:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Hot take: the neighbour's piano quietly ruined my reading list.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "66"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006216415",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006216415",
      "created_at": "Mon Mar 02 13:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Honestly, the neighbour's piano somehow improved my whole week. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "100"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006208496",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006208496",
      "created_at": "Mon Mar 02 00:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Small win: the bike commute saved my reading list. Anyway.\n\nAlso: tomato season &amp; tomato season.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006200577",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006200577",
      "created_at": "Sun Mar 01 11:00:00 +0000 2026",
      "favorited": false,
      "full_text": "PSA: the coffee grinder is carrying my focus. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006192658",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006192658",
      "created_at": "Sat Feb 28 22:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Unpopular opinion: my sourdough starter is carrying the team standup.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "63"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006184739",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006184739",
      "created_at": "Sat Feb 28 09:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Confession: a good unit test somehow improved the team standup.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "59"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006176820",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006176820",
      "created_at": "Fri Feb 27 20:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Reminder: the bike commute saved dinner plans. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "3"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006168901",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006168901",
      "created_at": "Fri Feb 27 07:00:00 +0000 2026",
      "favorited": false,
      "full_text": "wow",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "87"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006160982",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006160982",
      "created_at": "Thu Feb 26 18:00:00 +0000 2026",
      "favorited": false,
      "full_text": "RT @quietkettle: Note to self: the neighbour's piano somehow improved my focus. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "117"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006153063",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006153063",
      "created_at": "Thu Feb 26 05:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Unpopular opinion: the bike commute somehow improved the afternoon. Still thinking about it. http://example.com/notes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "55"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006145144",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006145144",
      "created_at": "Wed Feb 25 16:00:00 +0000 2026",
      "favorited": false,
      "full_text": "@bytesized Reminder: a rainy Sunday saved this morning.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "59"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006137225",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006137225",
      "created_at": "Wed Feb 25 03:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Morning thought: the bike commute makes up for the weekend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "58"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006129306",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006129306",
      "created_at": "Tue Feb 24 14:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Honestly, a well-named variable rescued my mood. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "99"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006121387",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006121387",
      "created_at": "Tue Feb 24 01:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Reminder: a well-named variable is carrying the entire sprint. #smallthings https://t.co/Zx9Yw8Vu7t",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "7"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006113468",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006113468",
      "created_at": "Mon Feb 23 12:00:00 +0000 2026",
      "favorited": false,
      "full_text": "ok fine",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "102"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006105549",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006105549",
      "created_at": "Sun Feb 22 23:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Hot take: a rainy Sunday saved this morning.\n\nAlso: the neighbour's piano &amp; a well-named variable.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "72"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006097630",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006097630",
      "created_at": "Sun Feb 22 10:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Morning thought: the office plant rescued the team standup. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006089711",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006089711",
      "created_at": "Sat Feb 21 21:00:00 +0000 2026",
      "favorited": false,
      "full_text": "@fern_and_fig Confession: the farmers market quietly ruined this morning. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006081792",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006081792",
      "created_at": "Sat Feb 21 08:00:00 +0000 2026",
      "favorited": false,
      "full_text": "RT @marathon_mo: Unpopular opinion: a long walk rescued my focus. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006073873",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006073873",
      "created_at": "Fri Feb 20 19:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Hot take: my sourdough starter makes up for the weekend. https://t.co/Zx9Yw8Vu7t",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006065954",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006065954",
      "created_at": "Fri Feb 20 06:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Confession: the office plant makes up for the entire sprint. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006058035",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006058035",
      "created_at": "Thu Feb 19 17:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Morning thought: the library deserves more credit for my reading list. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006050116",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006050116",
      "created_at": "Thu Feb 19 04:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Confession: tomato season somehow improved the team standup. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006042197",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006042197",
      "created_at": "Wed Feb 18 15:00:00 +0000 2026",
      "favorited": false,
      "full_text": "RT @pixel_pat: Note to self: the new keyboard saved my reading list. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006034278",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006034278",
      "created_at": "Wed Feb 18 02:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Honestly, cold brew saved dinner plans. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "58"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006026359",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006026359",
      "created_at": "Tue Feb 17 13:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Honestly, the new keyboard saved the weekend. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006018440",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006018440",
      "created_at": "Tue Feb 17 00:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Rule of thumb: coffee &gt; tea, and tea &lt; nothing.  Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "77"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006010521",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006010521",
      "created_at": "Mon Feb 16 11:00:00 +0000 2026",
      "favorited": false,
      "full_text": "RT @pixel_pat: Note to self: a fresh notebook quietly ruined my reading list.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "0",
      "id_str": "1700000000006002602",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000006002602",
      "created_at": "Sun Feb 15 22:00:00 +0000 2026",
      "favorited": false,
      "full_text": "RT @marathon_mo: Note to self: the 7am train makes up for my whole week. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "101"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005994683",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005994683",
      "created_at": "Sun Feb 15 09:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Confession: the 7am train quietly ruined the weekend. 10/10 would recommend. http://example.com/notes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "53"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005986764",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005986764",
      "created_at": "Sat Feb 14 20:00:00 +0000 2026",
      "favorited": false,
      "full_text": "PSA: the bike commute quietly ruined my reading list.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005978845",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005978845",
      "created_at": "Sat Feb 14 07:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Small win: my cat Biscuit rescued the team standup. Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005970926",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005970926",
      "created_at": "Fri Feb 13 18:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Reminder: the 7am train deserves more credit for this morning. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005963007",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005963007",
      "created_at": "Fri Feb 13 05:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Reminder: the new keyboard deserves more credit for my mood. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005955088",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005955088",
      "created_at": "Thu Feb 12 16:00:00 +0000 2026",
      "favorited": false,
      "full_text": "PSA: the coffee grinder is responsible for my reading list. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005947169",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005947169",
      "created_at": "Thu Feb 12 03:00:00 +0000 2026",
      "favorited": false,
      "full_text": "PSA: my cat Biscuit quietly ruined my focus. https://t.co/aB3dE5fG7h",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "63"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005939250",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005939250",
      "created_at": "Wed Feb 11 14:00:00 +0000 2026",
      "favorited": false,
      "full_text": "PSA: the farmers market quietly ruined my whole week. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "65"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005931331",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005931331",
      "created_at": "Wed Feb 11 01:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Reminder: the office plant somehow improved this morning. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "118"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005923412",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005923412",
      "created_at": "Tue Feb 10 12:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Note to self: cold brew is responsible for the afternoon. No notes.\n\nAlso: a rainy Sunday &amp; a well-named variable.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "94"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005915493",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005915493",
      "created_at": "Mon Feb 09 23:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Morning thought: the neighbour's piano saved the team standup. Anyway. https://t.co/aB3dE5fG7h",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "94"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005907574",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005907574",
      "created_at": "Mon Feb 09 10:00:00 +0000 2026",
      "favorited": false,
      "full_text": "@fern_and_fig Today I learned that cold brew rescued my reading list. Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "100"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005899655",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005899655",
      "created_at": "Sun Feb 08 21:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Reminder: a well-named variable deserves more credit for my mood. Fight me. http://example.com/notes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005891736",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005891736",
      "created_at": "Sun Feb 08 08:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Reminder: the library is the best part of the weekend. http://example.com/notes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "84"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005883817",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005883817",
      "created_at": "Sat Feb 07 19:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Honestly, the 7am train deserves more credit for the weekend. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005875898",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005875898",
      "created_at": "Sat Feb 07 06:00:00 +0000 2026",
      "favorited": false,
      "full_text": "@pixel_pat Today I learned that the 7am train somehow improved dinner plans. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "67"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005867979",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005867979",
      "created_at": "Fri Feb 06 17:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Today I learned that a rainy Sunday somehow improved the afternoon.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "59"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005860060",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005860060",
      "created_at": "Fri Feb 06 04:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Unpopular opinion: the 7am train makes up for this morning.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "50"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005852141",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005852141",
      "created_at": "Thu Feb 05 15:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Honestly, a long walk somehow improved my mood. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "72"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005844222",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005844222",
      "created_at": "Thu Feb 05 02:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Morning thought: the library deserves more credit for my focus. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "59"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005836303",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005836303",
      "created_at": "Wed Feb 04 13:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Small win: the library is responsible for my mood. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005828384",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005828384",
      "created_at": "Wed Feb 04 00:00:00 +0000 2026",
      "favorited": false,
      "full_text": "RT @fern_and_fig: Note to self: the new keyboard is responsible for the afternoon.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "71"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005820465",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005820465",
      "created_at": "Tue Feb 03 11:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Honestly, the farmers market deserves more credit for the team standup.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005812546",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005812546",
      "created_at": "Mon Feb 02 22:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Small win: the new keyboard somehow improved the team standup.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "102"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005804627",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005804627",
      "created_at": "Mon Feb 02 09:00:00 +0000 2026",
      "favorited": false,
      "full_text": "@pixel_pat Small win: a rainy Sunday deserves more credit for the team standup. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "73"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005796708",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005796708",
      "created_at": "Sun Feb 01 20:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Hot take: tomato season deserves more credit for my whole week. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "14"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005788789",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005788789",
      "created_at": "Sun Feb 01 07:00:00 +0000 2026",
      "favorited": false,
      "full_text": "@pixel_pat lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005780870",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005780870",
      "created_at": "Sat Jan 31 18:00:00 +0000 2026",
      "favorited": false,
      "full_text": "PSA: the neighbour's piano somehow improved my focus. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "73"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005772951",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005772951",
      "created_at": "Sat Jan 31 05:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Honestly, a long walk is responsible for my mood. https://t.co/aB3dE5fG7h",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005765032",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005765032",
      "created_at": "Fri Jan 30 16:00:00 +0000 2026",
      "favorited": false,
      "full_text": "PSA: the garden is the best part of my reading list. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "112"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005757113",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005757113",
      "created_at": "Fri Jan 30 03:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Small win: a rainy Sunday rescued my whole week. Fight me.\n\nAlso: the coffee grinder &amp; my sourdough starter.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "91"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005749194",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005749194",
      "created_at": "Thu Jan 29 14:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Small win: the new keyboard makes up for my reading list. #mondays http://example.com/notes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005741275",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005741275",
      "created_at": "Thu Jan 29 01:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Morning thought: the office plant deserves more credit for the afternoon. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005733356",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005733356",
      "created_at": "Wed Jan 28 12:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Small win: a fresh notebook makes up for my mood. #mondays http://example.com/notes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "3"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005725437",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005725437",
      "created_at": "Tue Jan 27 23:00:00 +0000 2026",
      "favorited": false,
      "full_text": "hmm",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005717518",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005717518",
      "created_at": "Tue Jan 27 10:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Hot take: a fresh notebook is the best part of the team standup. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "61"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005709599",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005709599",
      "created_at": "Mon Jan 26 21:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Small win: the garden deserves more credit for my whole week.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "87"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005701680",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005701680",
      "created_at": "Mon Jan 26 08:00:00 +0000 2026",
      "favorited": false,
      "full_text": "PSA: my sourdough starter quietly ruined my focus. That is all. https://t.co/Zx9Yw8Vu7t",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "58"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005693761",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005693761",
      "created_at": "Sun Jan 25 19:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Hot take: my cat Biscuit somehow improved my mood. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "60"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005685842",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005685842",
      "created_at": "Sun Jan 25 06:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Morning thought: a rainy Sunday is carrying this morning. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005677923",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005677923",
      "created_at": "Sat Jan 24 17:00:00 +0000 2026",
      "favorited": false,
      "full_text": "RT @bytesized: Reminder: the coffee grinder is the best part of the team standup.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "57"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005670004",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005670004",
      "created_at": "Sat Jan 24 04:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Rule of thumb: coffee &gt; tea, and tea &lt; nothing.  :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "15"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005662085",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005662085",
      "created_at": "Fri Jan 23 15:00:00 +0000 2026",
      "favorited": false,
      "full_text": "@bytesized same",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "96"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005654166",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005654166",
      "created_at": "Fri Jan 23 02:00:00 +0000 2026",
      "favorited": false,
      "full_text": "@quietkettle Note to self: a good unit test deserves more credit for the team standup. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005646247",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005646247",
      "created_at": "Thu Jan 22 13:00:00 +0000 2026",
      "favorited": false,
      "full_text": "@pixel_pat Hot take: the farmers market somehow improved my focus. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "94"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005638328",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005638328",
      "created_at": "Thu Jan 22 00:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Reminder: the farmers market deserves more credit for the team standup. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005630409",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005630409",
      "created_at": "Wed Jan 21 11:00:00 +0000 2026",
      "favorited": false,
      "full_text": "RT @bytesized: Today I learned that the library saved the entire sprint. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005622490",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005622490",
      "created_at": "Tue Jan 20 22:00:00 +0000 2026",
      "favorited": false,
      "full_text": "PSA: a well-named variable is responsible for the entire sprint. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "125"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005614571",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005614571",
      "created_at": "Tue Jan 20 09:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Confession: the 7am train makes up for the team standup. 10/10 would recommend.\n\nAlso: cold brew &amp; a well-named variable.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005606652",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005606652",
      "created_at": "Mon Jan 19 20:00:00 +0000 2026",
      "favorited": false,
      "full_text": "RT @quietkettle: Reminder: tomato season is the best part of the entire sprint. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "90"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005598733",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005598733",
      "created_at": "Mon Jan 19 07:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Note to self: my sourdough starter somehow improved this morning. http://example.com/notes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005590814",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005590814",
      "created_at": "Sun Jan 18 18:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Rule of thumb: coffee &gt; tea, and tea &lt; nothing.  Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "67"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005582895",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005582895",
      "created_at": "Sun Jan 18 05:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Honestly, the garden rescued this morning. Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "54"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005574976",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005574976",
      "created_at": "Sat Jan 17 16:00:00 +0000 2026",
      "favorited": false,
      "full_text": "PSA: my cat Biscuit deserves more credit for my focus.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "101"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005567057",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005567057",
      "created_at": "Sat Jan 17 03:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Today I learned that the coffee grinder rescued my reading list. #smallthings https://t.co/Zx9Yw8Vu7t",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005559138",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005559138",
      "created_at": "Fri Jan 16 14:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Small win: the farmers market is the best part of the afternoon.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "87"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005551219",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005551219",
      "created_at": "Fri Jan 16 01:00:00 +0000 2026",
      "favorited": false,
      "full_text": "RT @marathon_mo: Confession: my sourdough starter deserves more credit for the weekend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "96"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005543300",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005543300",
      "created_at": "Thu Jan 15 12:00:00 +0000 2026",
      "favorited": false,
      "full_text": "PSA: the coffee grinder deserves more credit for my focus. #smallthings http://example.com/notes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "105"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005535381",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005535381",
      "created_at": "Wed Jan 14 23:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Small win: the coffee grinder rescued the team standup. No notes.\n\nAlso: the garden &amp; a rainy Sunday.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005527462",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005527462",
      "created_at": "Wed Jan 14 10:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Hot take: a well-named variable is responsible for the afternoon. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005519543",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005519543",
      "created_at": "Tue Jan 13 21:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Small win: the new keyboard is the best part of the team standup. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "77"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005511624",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005511624",
      "created_at": "Tue Jan 13 08:00:00 +0000 2026",
      "favorited": false,
      "full_text": "@marathon_mo Note to self: the new keyboard quietly ruined the entire sprint.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "58"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005503705",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005503705",
      "created_at": "Mon Jan 12 19:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Honestly, the garden deserves more credit for the weekend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005495786",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005495786",
      "created_at": "Mon Jan 12 06:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Hot take: tomato season is responsible for this morning. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "66"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005487867",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005487867",
      "created_at": "Sun Jan 11 17:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Morning thought: the 7am train is responsible for this morning. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "93"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005479948",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005479948",
      "created_at": "Sun Jan 11 04:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Note to self: my sourdough starter is the best part of this morning. Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005472029",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005472029",
      "created_at": "Sat Jan 10 15:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Honestly, the 7am train is the best part of the entire sprint. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "98"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005464110",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005464110",
      "created_at": "Sat Jan 10 02:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Today I learned that the 7am train saved my whole week.\n\nAlso: tomato season &amp; my cat Biscuit.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005456191",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005456191",
      "created_at": "Fri Jan 09 13:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Honestly, a well-named variable rescued the team standup. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "100"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005448272",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005448272",
      "created_at": "Fri Jan 09 00:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Today I learned that the 7am train quietly ruined the entire sprint. Anyway. https://t.co/aB3dE5fG7h",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "90"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005440353",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005440353",
      "created_at": "Thu Jan 08 11:00:00 +0000 2026",
      "favorited": false,
      "full_text": "RT @fern_and_fig: Hot take: the bike commute is responsible for dinner plans. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005432434",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005432434",
      "created_at": "Wed Jan 07 22:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Today I learned that a well-named variable rescued dinner plans.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "61"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005424515",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005424515",
      "created_at": "Wed Jan 07 09:00:00 +0000 2026",
      "favorited": false,
      "full_text": "PSA: the farmers market is the best part of the team standup.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "44"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005416596",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005416596",
      "created_at": "Tue Jan 06 20:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Honestly, the library rescued the afternoon.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "65"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005408677",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005408677",
      "created_at": "Tue Jan 06 07:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Unpopular opinion: the library somehow improved the team standup.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005400758",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005400758",
      "created_at": "Mon Jan 05 18:00:00 +0000 2026",
      "favorited": false,
      "full_text": "RT @fern_and_fig: Morning thought: the library deserves more credit for my focus.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "71"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005392839",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005392839",
      "created_at": "Mon Jan 05 05:00:00 +0000 2026",
      "favorited": false,
      "full_text": "@pixel_pat Note to self: the library is the best part of my whole week.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "59"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005384920",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005384920",
      "created_at": "Sun Jan 04 16:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Small win: a long walk is the best part of my mood. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "71"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005377001",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005377001",
      "created_at": "Sun Jan 04 03:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Confession: the office plant deserves more credit for my mood. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "66"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005369082",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005369082",
      "created_at": "Sat Jan 03 14:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Small win: the coffee grinder is the best part of my reading list.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "92"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005361163",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005361163",
      "created_at": "Sat Jan 03 01:00:00 +0000 2026",
      "favorited": false,
      "full_text": "Note to self: the library deserves more credit for the entire sprint. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "5"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005353244",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005353244",
      "created_at": "Fri Jan 02 12:00:00 +0000 2026",
      "favorited": false,
      "full_text": "yes!!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "61"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005345325",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005345325",
      "created_at": "Thu Jan 01 23:00:00 +0000 2026",
      "favorited": false,
      "full_text": "PSA: the bike commute is carrying the team standup. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "91"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005337406",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005337406",
      "created_at": "Thu Jan 01 10:00:00 +0000 2026",
      "favorited": false,
      "full_text": "@quietkettle Confession: the new keyboard is responsible for the team standup. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005329487",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005329487",
      "created_at": "Wed Dec 31 21:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Confession: the farmers market is carrying the entire sprint. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005321568",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005321568",
      "created_at": "Wed Dec 31 08:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Rule of thumb: coffee &gt; tea, and tea &lt; nothing.  Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "87"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005313649",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005313649",
      "created_at": "Tue Dec 30 19:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @marathon_mo: Note to self: the office plant somehow improved the weekend. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005305730",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005305730",
      "created_at": "Tue Dec 30 06:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: the 7am train is the best part of the entire sprint. https://t.co/Zx9Yw8Vu7t",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "3"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005297811",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005297811",
      "created_at": "Mon Dec 29 17:00:00 +0000 2025",
      "favorited": false,
      "full_text": "why",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "7"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005289892",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005289892",
      "created_at": "Mon Dec 29 04:00:00 +0000 2025",
      "favorited": false,
      "full_text": "ok fine",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005281973",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005281973",
      "created_at": "Sun Dec 28 15:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@marathon_mo Small win: a well-named variable is carrying my mood. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "71"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005274054",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005274054",
      "created_at": "Sun Dec 28 02:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: a well-named variable somehow improved the team standup. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005266135",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005266135",
      "created_at": "Sat Dec 27 13:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that a good unit test quietly ruined my reading list.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005258216",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005258216",
      "created_at": "Sat Dec 27 00:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: a rainy Sunday rescued the weekend. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005250297",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005250297",
      "created_at": "Fri Dec 26 11:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Confession: my cat Biscuit deserves more credit for my reading list.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005242378",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005242378",
      "created_at": "Thu Dec 25 22:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@pixel_pat Note to self: a rainy Sunday is responsible for the afternoon. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005234459",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005234459",
      "created_at": "Thu Dec 25 09:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Rule of thumb: coffee &gt; tea, and tea &lt; nothing.  Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "61"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005226540",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005226540",
      "created_at": "Wed Dec 24 20:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: a fresh notebook somehow improved the team standup.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "67"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005218621",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005218621",
      "created_at": "Wed Dec 24 07:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: my cat Biscuit is responsible for the afternoon. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "43"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005210702",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005210702",
      "created_at": "Tue Dec 23 18:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: a rainy Sunday saved the weekend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "60"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005202783",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005202783",
      "created_at": "Tue Dec 23 05:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: the garden quietly ruined the afternoon. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "14"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005194864",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005194864",
      "created_at": "Mon Dec 22 16:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@bytesized wow",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "91"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005186945",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005186945",
      "created_at": "Mon Dec 22 03:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: a fresh notebook is responsible for the entire sprint. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "57"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005179026",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005179026",
      "created_at": "Sun Dec 21 14:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: a long walk is carrying my whole week.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "63"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005171107",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005171107",
      "created_at": "Sun Dec 21 01:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: a good unit test is the best part of dinner plans. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "5"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005163188",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005163188",
      "created_at": "Sat Dec 20 12:00:00 +0000 2025",
      "favorited": false,
      "full_text": "yes!!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "71"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005155269",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005155269",
      "created_at": "Fri Dec 19 23:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: my sourdough starter rescued the entire sprint. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005147350",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005147350",
      "created_at": "Fri Dec 19 10:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, tomato season rescued the weekend. Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "100"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005139431",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005139431",
      "created_at": "Thu Dec 18 21:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that the bike commute somehow improved my mood. #smallthings https://t.co/Zx9Yw8Vu7t",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "97"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005131512",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005131512",
      "created_at": "Thu Dec 18 08:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that a rainy Sunday makes up for the afternoon. No notes. https://t.co/aB3dE5fG7h",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005123593",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005123593",
      "created_at": "Wed Dec 17 19:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: a fresh notebook is responsible for my mood. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "51"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005115674",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005115674",
      "created_at": "Wed Dec 17 06:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: the library is the best part of my focus.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005107755",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005107755",
      "created_at": "Tue Dec 16 17:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: the neighbour's piano somehow improved the afternoon. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "113"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005099836",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005099836",
      "created_at": "Tue Dec 16 04:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: a long walk makes up for the afternoon. #smallthings\n\nAlso: the coffee grinder &amp; the 7am train.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "91"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005091917",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005091917",
      "created_at": "Mon Dec 15 15:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @bytesized: Hot take: the neighbour's piano is the best part of my whole week. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "63"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005083998",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005083998",
      "created_at": "Mon Dec 15 02:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: the 7am train is carrying the entire sprint.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "5"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005076079",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005076079",
      "created_at": "Sun Dec 14 13:00:00 +0000 2025",
      "favorited": false,
      "full_text": "yes!!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "110"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005068160",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005068160",
      "created_at": "Sun Dec 14 00:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @fern_and_fig: Unpopular opinion: my sourdough starter deserves more credit for the afternoon. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "3"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005060241",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005060241",
      "created_at": "Sat Dec 13 11:00:00 +0000 2025",
      "favorited": false,
      "full_text": "hmm",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "4"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005052322",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005052322",
      "created_at": "Fri Dec 12 22:00:00 +0000 2025",
      "favorited": false,
      "full_text": "same",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "146"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005044403",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005044403",
      "created_at": "Fri Dec 12 09:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: a good unit test is the best part of my focus. Still thinking about it.\n\nAlso: a well-named variable &amp; a well-named variable.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005036484",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005036484",
      "created_at": "Thu Dec 11 20:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @bytesized: Reminder: a rainy Sunday is responsible for my whole week. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "65"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005028565",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005028565",
      "created_at": "Thu Dec 11 07:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: my sourdough starter is carrying my focus. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "63"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005020646",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005020646",
      "created_at": "Wed Dec 10 18:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: my sourdough starter quietly ruined my focus. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005012727",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005012727",
      "created_at": "Wed Dec 10 05:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: the garden is responsible for my focus. Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "60"
      ],
      "favorite_count": "0",
      "id_str": "1700000000005004808",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000005004808",
      "created_at": "Tue Dec 09 16:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: a long walk is the best part of the entire sprint.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "3"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004996889",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004996889",
      "created_at": "Tue Dec 09 03:00:00 +0000 2025",
      "favorited": false,
      "full_text": "hmm",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004988970",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004988970",
      "created_at": "Mon Dec 08 14:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: the bike commute makes up for this morning. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "49"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004981051",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004981051",
      "created_at": "Mon Dec 08 01:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: a long walk rescued the entire sprint.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004973132",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004973132",
      "created_at": "Sun Dec 07 12:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @bytesized: Today I learned that a fresh notebook saved my reading list. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "105"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004965213",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004965213",
      "created_at": "Sat Dec 06 23:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that the new keyboard is responsible for the afternoon. #mondays http://example.com/notes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "109"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004957294",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004957294",
      "created_at": "Sat Dec 06 10:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: a fresh notebook makes up for the weekend. Anyway.\n\nAlso: the coffee grinder &amp; a rainy Sunday.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "94"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004949375",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004949375",
      "created_at": "Fri Dec 05 21:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: the office plant quietly ruined the team standup. Fight me. http://example.com/notes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004941456",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004941456",
      "created_at": "Fri Dec 05 08:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: cold brew is the best part of my whole week. Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "93"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004933537",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004933537",
      "created_at": "Thu Dec 04 19:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @fern_and_fig: Hot take: tomato season deserves more credit for this morning. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "4"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004925618",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004925618",
      "created_at": "Thu Dec 04 06:00:00 +0000 2025",
      "favorited": false,
      "full_text": "soon",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "53"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004917699",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004917699",
      "created_at": "Wed Dec 03 17:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Confession: the garden rescued my focus. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "17"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004909780",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004909780",
      "created_at": "Wed Dec 03 04:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@quietkettle soon",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004901861",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004901861",
      "created_at": "Tue Dec 02 15:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@bytesized Confession: the 7am train deserves more credit for my mood.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "91"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004893942",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004893942",
      "created_at": "Tue Dec 02 02:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@marathon_mo Confession: the bike commute is the best part of my reading list. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004886023",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004886023",
      "created_at": "Mon Dec 01 13:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Rule of thumb: coffee &gt; tea, and tea &lt; nothing.  No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "65"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004878104",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004878104",
      "created_at": "Mon Dec 01 00:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Confession: the neighbour's piano is responsible for my focus. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "66"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004870185",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004870185",
      "created_at": "Sun Nov 30 11:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: the office plant deserves more credit for my whole week.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "54"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004862266",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004862266",
      "created_at": "Sat Nov 29 22:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Rule of thumb: coffee &gt; tea, and tea &lt; nothing. ",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "92"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004854347",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004854347",
      "created_at": "Sat Nov 29 09:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: a rainy Sunday deserves more credit for this morning. Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "63"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004846428",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004846428",
      "created_at": "Fri Nov 28 20:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@quietkettle Note to self: my sourdough starter saved my focus.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004838509",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004838509",
      "created_at": "Fri Nov 28 07:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@pixel_pat Unpopular opinion: the library is the best part of the afternoon.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "49"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004830590",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004830590",
      "created_at": "Thu Nov 27 18:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: a good unit test rescued my focus. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004822671",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004822671",
      "created_at": "Thu Nov 27 05:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: the new keyboard quietly ruined dinner plans. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "15"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004814752",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004814752",
      "created_at": "Wed Nov 26 16:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@bytesized same",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "48"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004806833",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004806833",
      "created_at": "Wed Nov 26 03:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: a fresh notebook is carrying my whole week.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "61"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004798914",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004798914",
      "created_at": "Tue Nov 25 14:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: a fresh notebook is carrying the afternoon. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004790995",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004790995",
      "created_at": "Tue Nov 25 01:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: cold brew deserves more credit for my reading list. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004783076",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004783076",
      "created_at": "Mon Nov 24 12:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: the farmers market somehow improved my whole week. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004775157",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004775157",
      "created_at": "Sun Nov 23 23:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: a good unit test quietly ruined my mood. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "77"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004767238",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004767238",
      "created_at": "Sun Nov 23 10:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @marathon_mo: Reminder: a long walk somehow improved the weekend. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "104"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004759319",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004759319",
      "created_at": "Sat Nov 22 21:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @marathon_mo: Morning thought: a rainy Sunday is the best part of the weekend. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "67"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004751400",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004751400",
      "created_at": "Sat Nov 22 08:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @bytesized: Small win: a long walk is carrying the team standup.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "60"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004743481",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004743481",
      "created_at": "Fri Nov 21 19:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: my cat Biscuit quietly ruined the weekend. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "106"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004735562",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004735562",
      "created_at": "Fri Nov 21 06:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: a well-named variable deserves more credit for dinner plans. :) https://t.co/Zx9Yw8Vu7t",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004727643",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004727643",
      "created_at": "Thu Nov 20 17:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: the 7am train deserves more credit for my reading list.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004719724",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004719724",
      "created_at": "Thu Nov 20 04:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @bytesized: Reminder: the new keyboard is carrying the entire sprint. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004711805",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004711805",
      "created_at": "Wed Nov 19 15:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: the new keyboard is the best part of the entire sprint.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "45"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004703886",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004703886",
      "created_at": "Wed Nov 19 02:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: the library is responsible for my focus.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004695967",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004695967",
      "created_at": "Tue Nov 18 13:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that the bike commute is carrying my mood. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "4"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004688048",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004688048",
      "created_at": "Tue Nov 18 00:00:00 +0000 2025",
      "favorited": false,
      "full_text": "nope",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "54"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004680129",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004680129",
      "created_at": "Mon Nov 17 11:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: tomato season rescued the entire sprint. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004672210",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004672210",
      "created_at": "Sun Nov 16 22:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @pixel_pat: Reminder: my cat Biscuit quietly ruined the afternoon. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "66"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004664291",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004664291",
      "created_at": "Sun Nov 16 09:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, cold brew deserves more credit for my mood. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "90"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004656372",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004656372",
      "created_at": "Sat Nov 15 20:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@quietkettle Today I learned that a rainy Sunday is the best part of the entire sprint. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004648453",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004648453",
      "created_at": "Sat Nov 15 07:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@bytesized Small win: a long walk is responsible for my mood. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "58"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004640534",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004640534",
      "created_at": "Fri Nov 14 18:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, the office plant somehow improved my whole week.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "66"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004632615",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004632615",
      "created_at": "Fri Nov 14 05:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: a good unit test is carrying my whole week. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004624696",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004624696",
      "created_at": "Thu Nov 13 16:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: the farmers market is responsible for this morning. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "97"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004616777",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004616777",
      "created_at": "Thu Nov 13 03:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: the garden makes up for dinner plans.\n\nAlso: a fresh notebook &amp; the coffee grinder.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "97"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004608858",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004608858",
      "created_at": "Wed Nov 12 14:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @fern_and_fig: Note to self: a fresh notebook somehow improved the entire sprint. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004600939",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004600939",
      "created_at": "Wed Nov 12 01:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @fern_and_fig: Small win: the library is the best part of the entire sprint. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "58"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004593020",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004593020",
      "created_at": "Tue Nov 11 12:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: the office plant rescued this morning. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "72"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004585101",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004585101",
      "created_at": "Mon Nov 10 23:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: the library is the best part of this morning. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004577182",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004577182",
      "created_at": "Mon Nov 10 10:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @quietkettle: PSA: the 7am train rescued the team standup. Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004569263",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004569263",
      "created_at": "Sun Nov 09 21:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: tomato season saved the weekend. https://t.co/aB3dE5fG7h",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004561344",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004561344",
      "created_at": "Sun Nov 09 08:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @pixel_pat: PSA: the farmers market is carrying my focus. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "71"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004553425",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004553425",
      "created_at": "Sat Nov 08 19:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, my cat Biscuit is the best part of my reading list. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004545506",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004545506",
      "created_at": "Sat Nov 08 06:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: the office plant somehow improved the afternoon. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004537587",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004537587",
      "created_at": "Fri Nov 07 17:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @marathon_mo: Morning thought: my sourdough starter is the best part of dinner plans.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "78"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004529668",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004529668",
      "created_at": "Fri Nov 07 04:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@quietkettle Confession: the new keyboard quietly ruined my mood. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004521749",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004521749",
      "created_at": "Thu Nov 06 15:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: my sourdough starter is the best part of my whole week. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "3"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004513830",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004513830",
      "created_at": "Thu Nov 06 02:00:00 +0000 2025",
      "favorited": false,
      "full_text": "why",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004505911",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004505911",
      "created_at": "Wed Nov 05 13:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@quietkettle Honestly, a long walk quietly ruined dinner plans. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "94"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004497992",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004497992",
      "created_at": "Wed Nov 05 00:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@marathon_mo Today I learned that a good unit test is the best part of the afternoon. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "53"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004490073",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004490073",
      "created_at": "Tue Nov 04 11:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: the 7am train somehow improved the weekend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "67"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004482154",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004482154",
      "created_at": "Mon Nov 03 22:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: a rainy Sunday rescued my whole week. Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "95"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004474235",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004474235",
      "created_at": "Mon Nov 03 09:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @fern_and_fig: Morning thought: my sourdough starter deserves more credit for the afternoon.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004466316",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004466316",
      "created_at": "Sun Nov 02 20:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, my sourdough starter is carrying my mood. https://t.co/Zx9Yw8Vu7t",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "94"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004458397",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004458397",
      "created_at": "Sun Nov 02 07:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: the neighbour's piano rescued my mood. That is all. https://t.co/aB3dE5fG7h",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004450478",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004450478",
      "created_at": "Sat Nov 01 18:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: tomato season is the best part of the team standup. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004442559",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004442559",
      "created_at": "Sat Nov 01 05:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: cold brew somehow improved this morning. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "73"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004434640",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004434640",
      "created_at": "Fri Oct 31 16:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: the bike commute rescued the entire sprint. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004426721",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004426721",
      "created_at": "Fri Oct 31 03:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: a long walk somehow improved the team standup. Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "3"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004418802",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004418802",
      "created_at": "Thu Oct 30 14:00:00 +0000 2025",
      "favorited": false,
      "full_text": "wow",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004410883",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004410883",
      "created_at": "Thu Oct 30 01:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that a long walk deserves more credit for my focus. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004402964",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004402964",
      "created_at": "Wed Oct 29 12:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @fern_and_fig: Small win: a well-named variable saved this morning.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "102"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004395045",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004395045",
      "created_at": "Tue Oct 28 23:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: the coffee grinder saved my mood. #mondays\n\nAlso: tomato season &amp; a well-named variable.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "92"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004387126",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004387126",
      "created_at": "Tue Oct 28 10:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @marathon_mo: PSA: a long walk deserves more credit for my mood. Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004379207",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004379207",
      "created_at": "Mon Oct 27 21:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: the garden saved the weekend. :) http://example.com/notes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "59"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004371288",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004371288",
      "created_at": "Mon Oct 27 08:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: tomato season somehow improved the afternoon.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004363369",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004363369",
      "created_at": "Sun Oct 26 19:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: a well-named variable is responsible for my focus. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "5"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004355450",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004355450",
      "created_at": "Sun Oct 26 06:00:00 +0000 2025",
      "favorited": false,
      "full_text": "yes!!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004347531",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004347531",
      "created_at": "Sat Oct 25 17:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@marathon_mo Morning thought: cold brew deserves more credit for my mood. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "54"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004339612",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004339612",
      "created_at": "Sat Oct 25 04:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Confession: the library somehow improved this morning.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004331693",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004331693",
      "created_at": "Fri Oct 24 15:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @quietkettle: Hot take: the farmers market is the best part of my mood.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "63"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004323774",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004323774",
      "created_at": "Fri Oct 24 02:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@fern_and_fig Reminder: the office plant saved my mood. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "54"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004315855",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004315855",
      "created_at": "Thu Oct 23 13:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that the 7am train saved dinner plans.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "63"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004307936",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004307936",
      "created_at": "Thu Oct 23 00:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: the office plant somehow improved the entire sprint.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "84"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004300017",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004300017",
      "created_at": "Wed Oct 22 11:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @fern_and_fig: Honestly, tomato season is the best part of dinner plans. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004292098",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004292098",
      "created_at": "Tue Oct 21 22:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: a rainy Sunday is the best part of my mood. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "58"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004284179",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004284179",
      "created_at": "Tue Oct 21 09:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: the office plant quietly ruined my mood. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "53"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004276260",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004276260",
      "created_at": "Mon Oct 20 20:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: the 7am train is carrying the team standup.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004268341",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004268341",
      "created_at": "Mon Oct 20 07:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: the 7am train quietly ruined dinner plans. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "102"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004260422",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004260422",
      "created_at": "Sun Oct 19 18:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Confession: the office plant quietly ruined my focus.\n\nAlso: tomato season &amp; my sourdough starter.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "60"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004252503",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004252503",
      "created_at": "Sun Oct 19 05:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: a long walk rescued this morning. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "71"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004244584",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004244584",
      "created_at": "Sat Oct 18 16:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: tomato season is responsible for my focus. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "77"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004236665",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004236665",
      "created_at": "Sat Oct 18 03:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: a well-named variable somehow improved my mood. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004228746",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004228746",
      "created_at": "Fri Oct 17 14:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @bytesized: Unpopular opinion: a fresh notebook saved this morning.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "93"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004220827",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004220827",
      "created_at": "Fri Oct 17 01:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @marathon_mo: Today I learned that the coffee grinder is the best part of my reading list.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "4"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004212908",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004212908",
      "created_at": "Thu Oct 16 12:00:00 +0000 2025",
      "favorited": false,
      "full_text": "soon",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "73"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004204989",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004204989",
      "created_at": "Wed Oct 15 23:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: the office plant somehow improved the afternoon. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "126"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004197070",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004197070",
      "created_at": "Wed Oct 15 10:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: the 7am train is the best part of dinner plans. #smallthings\n\nAlso: my sourdough starter &amp; my sourdough starter.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "17"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004189151",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004189151",
      "created_at": "Tue Oct 14 21:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@quietkettle same",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004181232",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004181232",
      "created_at": "Tue Oct 14 08:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: the new keyboard is responsible for dinner plans. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "61"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004173313",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004173313",
      "created_at": "Mon Oct 13 19:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: the office plant makes up for my mood. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "59"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004165394",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004165394",
      "created_at": "Mon Oct 13 06:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, the coffee grinder is carrying the entire sprint.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004157475",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004157475",
      "created_at": "Sun Oct 12 17:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Confession: the bike commute rescued my reading list. Anyway. https://t.co/Zx9Yw8Vu7t",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "95"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004149556",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004149556",
      "created_at": "Sun Oct 12 04:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@fern_and_fig Small win: my sourdough starter makes up for this morning. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004141637",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004141637",
      "created_at": "Sat Oct 11 15:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: my sourdough starter deserves more credit for the afternoon. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "71"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004133718",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004133718",
      "created_at": "Sat Oct 11 02:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: a rainy Sunday is carrying the team standup. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004125799",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004125799",
      "created_at": "Fri Oct 10 13:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: a fresh notebook is carrying my whole week. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "65"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004117880",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004117880",
      "created_at": "Fri Oct 10 00:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: tomato season is responsible for the entire sprint. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "59"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004109961",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004109961",
      "created_at": "Thu Oct 09 11:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: a long walk saved my whole week. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "108"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004102042",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004102042",
      "created_at": "Wed Oct 08 22:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: the neighbour's piano rescued my whole week. No notes.\n\nAlso: a rainy Sunday &amp; my cat Biscuit.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "7"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004094123",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004094123",
      "created_at": "Wed Oct 08 09:00:00 +0000 2025",
      "favorited": false,
      "full_text": "ok fine",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "78"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004086204",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004086204",
      "created_at": "Tue Oct 07 20:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@marathon_mo Unpopular opinion: the new keyboard somehow improved the weekend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004078285",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004078285",
      "created_at": "Tue Oct 07 07:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Confession: my sourdough starter quietly ruined the team standup. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "94"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004070366",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004070366",
      "created_at": "Mon Oct 06 18:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that my cat Biscuit rescued my reading list. #mondays http://example.com/notes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "63"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004062447",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004062447",
      "created_at": "Mon Oct 06 05:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@marathon_mo PSA: my sourdough starter saved the entire sprint.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "71"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004054528",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004054528",
      "created_at": "Sun Oct 05 16:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @pixel_pat: Note to self: the garden quietly ruined dinner plans. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "20"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004046609",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004046609",
      "created_at": "Sun Oct 05 03:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@quietkettle ok fine",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "105"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004038690",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004038690",
      "created_at": "Sat Oct 04 14:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that a fresh notebook saved my reading list.\n\nAlso: a good unit test &amp; tomato season.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "77"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004030771",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004030771",
      "created_at": "Sat Oct 04 01:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @pixel_pat: Small win: a well-named variable somehow improved the weekend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004022852",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004022852",
      "created_at": "Fri Oct 03 12:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@marathon_mo Hot take: my sourdough starter is carrying the afternoon.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004014933",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004014933",
      "created_at": "Thu Oct 02 23:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: my sourdough starter deserves more credit for this morning.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "103"
      ],
      "favorite_count": "0",
      "id_str": "1700000000004007014",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000004007014",
      "created_at": "Thu Oct 02 10:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Confession: the office plant quietly ruined my focus. Still thinking about it. http://example.com/notes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "59"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003999095",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003999095",
      "created_at": "Wed Oct 01 21:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, cold brew rescued the entire sprint. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "124"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003991176",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003991176",
      "created_at": "Wed Oct 01 08:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @fern_and_fig: Today I learned that the neighbour's piano deserves more credit for this morning. Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "118"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003983257",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003983257",
      "created_at": "Tue Sep 30 19:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Confession: the bike commute deserves more credit for the team standup. 10/10 would recommend. https://t.co/Zx9Yw8Vu7t",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "67"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003975338",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003975338",
      "created_at": "Tue Sep 30 06:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@fern_and_fig Note to self: cold brew quietly ruined the afternoon.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "96"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003967419",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003967419",
      "created_at": "Mon Sep 29 17:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: my cat Biscuit somehow improved the afternoon. Anyway. http://example.com/notes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "67"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003959500",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003959500",
      "created_at": "Mon Sep 29 04:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: the garden makes up for dinner plans. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003951581",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003951581",
      "created_at": "Sun Sep 28 15:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, my cat Biscuit quietly ruined the weekend. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "57"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003943662",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003943662",
      "created_at": "Sun Sep 28 02:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: the library makes up for the weekend. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003935743",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003935743",
      "created_at": "Sat Sep 27 13:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: the neighbour's piano somehow improved the team standup. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003927824",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003927824",
      "created_at": "Sat Sep 27 00:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: a long walk quietly ruined the afternoon. https://t.co/aB3dE5fG7h",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "66"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003919905",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003919905",
      "created_at": "Fri Sep 26 11:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, the coffee grinder deserves more credit for the weekend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "63"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003911986",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003911986",
      "created_at": "Thu Sep 25 22:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: the bike commute makes up for my whole week. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "4"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003904067",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003904067",
      "created_at": "Thu Sep 25 09:00:00 +0000 2025",
      "favorited": false,
      "full_text": "same",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003896148",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003896148",
      "created_at": "Wed Sep 24 20:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: the bike commute quietly ruined this morning. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003888229",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003888229",
      "created_at": "Wed Sep 24 07:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: the 7am train makes up for the weekend. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "58"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003880310",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003880310",
      "created_at": "Tue Sep 23 18:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Confession: cold brew is responsible for the team standup.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003872391",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003872391",
      "created_at": "Tue Sep 23 05:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Rule of thumb: coffee &gt; tea, and tea &lt; nothing.  Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003864472",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003864472",
      "created_at": "Mon Sep 22 16:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: a good unit test is responsible for the afternoon. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "84"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003856553",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003856553",
      "created_at": "Mon Sep 22 03:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @pixel_pat: Reminder: a good unit test quietly ruined my whole week. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "78"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003848634",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003848634",
      "created_at": "Sun Sep 21 14:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: a long walk is the best part of my focus. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003840715",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003840715",
      "created_at": "Sun Sep 21 01:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Rule of thumb: coffee &gt; tea, and tea &lt; nothing.  Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "94"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003832796",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003832796",
      "created_at": "Sat Sep 20 12:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: the new keyboard rescued the entire sprint. Anyway. https://t.co/aB3dE5fG7h",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "49"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003824877",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003824877",
      "created_at": "Fri Sep 19 23:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: tomato season is carrying my focus.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003816958",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003816958",
      "created_at": "Fri Sep 19 10:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: a rainy Sunday somehow improved the team standup. https://t.co/Zx9Yw8Vu7t",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "67"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003809039",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003809039",
      "created_at": "Thu Sep 18 21:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, the neighbour's piano is responsible for my mood. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "55"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003801120",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003801120",
      "created_at": "Thu Sep 18 08:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: the office plant is carrying my focus.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "105"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003793201",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003793201",
      "created_at": "Wed Sep 17 19:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, the office plant somehow improved my focus. #mondays\n\nAlso: the 7am train &amp; my cat Biscuit.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003785282",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003785282",
      "created_at": "Wed Sep 17 06:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: the bike commute is the best part of the afternoon. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "58"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003777363",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003777363",
      "created_at": "Tue Sep 16 17:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Confession: my sourdough starter somehow improved my mood.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003769444",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003769444",
      "created_at": "Tue Sep 16 04:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: the library saved my focus. That is all. https://t.co/aB3dE5fG7h",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "96"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003761525",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003761525",
      "created_at": "Mon Sep 15 15:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @quietkettle: Today I learned that the 7am train somehow improved my whole week. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003753606",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003753606",
      "created_at": "Mon Sep 15 02:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: cold brew saved the entire sprint. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "67"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003745687",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003745687",
      "created_at": "Sun Sep 14 13:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: a good unit test quietly ruined the afternoon. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003737768",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003737768",
      "created_at": "Sun Sep 14 00:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: tomato season is the best part of this morning. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "58"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003729849",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003729849",
      "created_at": "Sat Sep 13 11:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: my cat Biscuit is carrying the afternoon.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "56"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003721930",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003721930",
      "created_at": "Fri Sep 12 22:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: the farmers market saved the weekend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003714011",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003714011",
      "created_at": "Fri Sep 12 09:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, a fresh notebook is the best part of this morning. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003706092",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003706092",
      "created_at": "Thu Sep 11 20:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Confession: my sourdough starter somehow improved the team standup. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "66"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003698173",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003698173",
      "created_at": "Thu Sep 11 07:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: the office plant is carrying my focus. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003690254",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003690254",
      "created_at": "Wed Sep 10 18:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: the bike commute quietly ruined dinner plans. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "50"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003682335",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003682335",
      "created_at": "Wed Sep 10 05:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: my cat Biscuit saved the entire sprint.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "87"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003674416",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003674416",
      "created_at": "Tue Sep 09 16:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: cold brew is the best part of the afternoon. Anyway. http://example.com/notes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003666497",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003666497",
      "created_at": "Tue Sep 09 03:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @quietkettle: Morning thought: cold brew is the best part of my mood. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "136"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003658578",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003658578",
      "created_at": "Mon Sep 08 14:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: tomato season deserves more credit for my reading list. 10/10 would recommend.\n\nAlso: a long walk &amp; a well-named variable.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "104"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003650659",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003650659",
      "created_at": "Mon Sep 08 01:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @pixel_pat: Hot take: my sourdough starter is responsible for my reading list. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "67"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003642740",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003642740",
      "created_at": "Sun Sep 07 12:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@fern_and_fig Hot take: the neighbour's piano rescued this morning.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "110"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003634821",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003634821",
      "created_at": "Sat Sep 06 23:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @quietkettle: Today I learned that the neighbour's piano is carrying this morning. Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003626902",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003626902",
      "created_at": "Sat Sep 06 10:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that the library is carrying the entire sprint. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003618983",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003618983",
      "created_at": "Fri Sep 05 21:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: a well-named variable rescued my whole week. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "3"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003611064",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003611064",
      "created_at": "Fri Sep 05 08:00:00 +0000 2025",
      "favorited": false,
      "full_text": "why",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003603145",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003603145",
      "created_at": "Thu Sep 04 19:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, a good unit test quietly ruined my focus. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "59"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003595226",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003595226",
      "created_at": "Thu Sep 04 06:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: cold brew rescued this morning. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "72"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003587307",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003587307",
      "created_at": "Wed Sep 03 17:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @fern_and_fig: Honestly, the bike commute is carrying the weekend. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "52"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003579388",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003579388",
      "created_at": "Wed Sep 03 04:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: the garden makes up for the team standup.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "58"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003571469",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003571469",
      "created_at": "Tue Sep 02 15:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: my cat Biscuit is responsible for the afternoon.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "4"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003563550",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003563550",
      "created_at": "Tue Sep 02 02:00:00 +0000 2025",
      "favorited": false,
      "full_text": "nope",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "4"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003555631",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003555631",
      "created_at": "Mon Sep 01 13:00:00 +0000 2025",
      "favorited": false,
      "full_text": "nope",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003547712",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003547712",
      "created_at": "Mon Sep 01 00:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@pixel_pat PSA: the coffee grinder is responsible for my reading list. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "78"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003539793",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003539793",
      "created_at": "Sun Aug 31 11:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that a rainy Sunday is the best part of the afternoon. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "92"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003531874",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003531874",
      "created_at": "Sat Aug 30 22:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Confession: a good unit test quietly ruined the afternoon. Fight me. https://t.co/Zx9Yw8Vu7t",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "100"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003523955",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003523955",
      "created_at": "Sat Aug 30 09:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Confession: the farmers market is responsible for the team standup. #mondays https://t.co/Zx9Yw8Vu7t",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "96"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003516036",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003516036",
      "created_at": "Fri Aug 29 20:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: my sourdough starter somehow improved my reading list. Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003508117",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003508117",
      "created_at": "Fri Aug 29 07:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Confession: the farmers market is the best part of the team standup.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "108"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003500198",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003500198",
      "created_at": "Thu Aug 28 18:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: a good unit test rescued the team standup. #smallthings\n\nAlso: a long walk &amp; a good unit test.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003492279",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003492279",
      "created_at": "Thu Aug 28 05:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: the 7am train makes up for the entire sprint. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003484360",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003484360",
      "created_at": "Wed Aug 27 16:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@marathon_mo Morning thought: the library deserves more credit for my mood. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "109"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003476441",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003476441",
      "created_at": "Wed Aug 27 03:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, a good unit test is the best part of my reading list.\n\nAlso: a fresh notebook &amp; a rainy Sunday.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "72"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003468522",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003468522",
      "created_at": "Tue Aug 26 14:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@pixel_pat Note to self: a good unit test somehow improved this morning.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "91"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003460603",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003460603",
      "created_at": "Tue Aug 26 01:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that a fresh notebook is carrying my reading list. Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "71"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003452684",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003452684",
      "created_at": "Mon Aug 25 12:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: the library deserves more credit for my reading list. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "113"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003444765",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003444765",
      "created_at": "Sun Aug 24 23:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: the coffee grinder makes up for my whole week. :)\n\nAlso: a good unit test &amp; the neighbour's piano.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003436846",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003436846",
      "created_at": "Sun Aug 24 10:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Rule of thumb: coffee &gt; tea, and tea &lt; nothing.  Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "61"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003428927",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003428927",
      "created_at": "Sat Aug 23 21:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: cold brew somehow improved the weekend. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "87"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003421008",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003421008",
      "created_at": "Sat Aug 23 08:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: the 7am train is the best part of the weekend. https://t.co/Zx9Yw8Vu7t",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003413089",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003413089",
      "created_at": "Fri Aug 22 19:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@marathon_mo Honestly, the new keyboard deserves more credit for the entire sprint.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "49"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003405170",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003405170",
      "created_at": "Fri Aug 22 06:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: my cat Biscuit saved my whole week.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "67"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003397251",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003397251",
      "created_at": "Thu Aug 21 17:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: a fresh notebook rescued dinner plans. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "52"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003389332",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003389332",
      "created_at": "Thu Aug 21 04:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: the 7am train quietly ruined my focus.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "98"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003381413",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003381413",
      "created_at": "Wed Aug 20 15:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: a fresh notebook is carrying the entire sprint. Fight me. https://t.co/Zx9Yw8Vu7t",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "59"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003373494",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003373494",
      "created_at": "Wed Aug 20 02:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: the office plant is responsible for this morning.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "41"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003365575",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003365575",
      "created_at": "Tue Aug 19 13:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: my sourdough starter saved my focus.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003357656",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003357656",
      "created_at": "Tue Aug 19 00:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: my cat Biscuit saved my mood. Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "18"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003349737",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003349737",
      "created_at": "Mon Aug 18 11:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@pixel_pat ok fine",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "98"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003341818",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003341818",
      "created_at": "Sun Aug 17 22:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: the new keyboard deserves more credit for my whole week. #smallthings https://t.co/aB3dE5fG7h",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003333899",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003333899",
      "created_at": "Sun Aug 17 09:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that cold brew saved the weekend. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "56"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003325980",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003325980",
      "created_at": "Sat Aug 16 20:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: the bike commute is carrying my whole week. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "3"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003318061",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003318061",
      "created_at": "Sat Aug 16 07:00:00 +0000 2025",
      "favorited": false,
      "full_text": "lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "103"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003310142",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003310142",
      "created_at": "Fri Aug 15 18:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: the library somehow improved the entire sprint. That is all. https://t.co/aB3dE5fG7h",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003302223",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003302223",
      "created_at": "Fri Aug 15 05:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @marathon_mo: Hot take: a well-named variable saved the afternoon.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "87"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003294304",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003294304",
      "created_at": "Thu Aug 14 16:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@pixel_pat Unpopular opinion: my sourdough starter makes up for my whole week. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "97"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003286385",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003286385",
      "created_at": "Thu Aug 14 03:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: the 7am train is carrying the entire sprint. Fight me. https://t.co/aB3dE5fG7h",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003278466",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003278466",
      "created_at": "Wed Aug 13 14:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, the bike commute is the best part of dinner plans. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "53"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003270547",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003270547",
      "created_at": "Wed Aug 13 01:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: a long walk makes up for my focus.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "107"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003262628",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003262628",
      "created_at": "Tue Aug 12 12:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @fern_and_fig: Honestly, the neighbour's piano somehow improved the team standup. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "87"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003254709",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003254709",
      "created_at": "Mon Aug 11 23:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@pixel_pat Morning thought: the office plant is the best part of the weekend. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003246790",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003246790",
      "created_at": "Mon Aug 11 10:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@bytesized Today I learned that the bike commute rescued my focus. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003238871",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003238871",
      "created_at": "Sun Aug 10 21:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: tomato season saved the entire sprint. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003230952",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003230952",
      "created_at": "Sun Aug 10 08:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Rule of thumb: coffee &gt; tea, and tea &lt; nothing.  Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "87"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003223033",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003223033",
      "created_at": "Sat Aug 09 19:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: the coffee grinder deserves more credit for this morning. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "14"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003215114",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003215114",
      "created_at": "Sat Aug 09 06:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@bytesized hmm",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003207195",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003207195",
      "created_at": "Fri Aug 08 17:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Confession: a long walk is responsible for the entire sprint. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "114"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003199276",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003199276",
      "created_at": "Fri Aug 08 04:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that tomato season is responsible for dinner plans. 10/10 would recommend. https://t.co/aB3dE5fG7h",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003191357",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003191357",
      "created_at": "Thu Aug 07 15:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @fern_and_fig: Today I learned that the neighbour's piano makes up for my mood.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003183438",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003183438",
      "created_at": "Thu Aug 07 02:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@marathon_mo PSA: the new keyboard is responsible for dinner plans. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "54"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003175519",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003175519",
      "created_at": "Wed Aug 06 13:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Rule of thumb: coffee &gt; tea, and tea &lt; nothing. ",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "78"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003167600",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003167600",
      "created_at": "Wed Aug 06 00:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@marathon_mo Note to self: a rainy Sunday is responsible for my focus. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "55"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003159681",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003159681",
      "created_at": "Tue Aug 05 11:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, the bike commute saved dinner plans. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003151762",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003151762",
      "created_at": "Mon Aug 04 22:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@bytesized Hot take: cold brew rescued the team standup. Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "103"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003143843",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003143843",
      "created_at": "Mon Aug 04 09:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: cold brew is the best part of the entire sprint. #smallthings http://example.com/notes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "66"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003135924",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003135924",
      "created_at": "Sun Aug 03 20:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: my sourdough starter somehow improved the team standup.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003128005",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003128005",
      "created_at": "Sun Aug 03 07:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: my cat Biscuit is responsible for my reading list.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "103"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003120086",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003120086",
      "created_at": "Sat Aug 02 18:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: the new keyboard is carrying my reading list. 10/10 would recommend. http://example.com/notes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "66"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003112167",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003112167",
      "created_at": "Sat Aug 02 05:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, the office plant is carrying the afternoon. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "91"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003104248",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003104248",
      "created_at": "Fri Aug 01 16:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: the coffee grinder deserves more credit for dinner plans. https://t.co/aB3dE5fG7h",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "66"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003096329",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003096329",
      "created_at": "Fri Aug 01 03:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: the coffee grinder saved dinner plans. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "87"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003088410",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003088410",
      "created_at": "Thu Jul 31 14:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@fern_and_fig Reminder: a long walk rescued the entire sprint. Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003080491",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003080491",
      "created_at": "Thu Jul 31 01:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: a fresh notebook deserves more credit for my whole week.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "18"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003072572",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003072572",
      "created_at": "Wed Jul 30 12:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@marathon_mo yes!!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "77"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003064653",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003064653",
      "created_at": "Tue Jul 29 23:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that my cat Biscuit somehow improved my whole week. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "78"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003056734",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003056734",
      "created_at": "Tue Jul 29 10:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: my sourdough starter is the best part of the entire sprint.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "4"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003048815",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003048815",
      "created_at": "Mon Jul 28 21:00:00 +0000 2025",
      "favorited": false,
      "full_text": "soon",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "61"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003040896",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003040896",
      "created_at": "Mon Jul 28 08:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: cold brew deserves more credit for my mood. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "3"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003032977",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003032977",
      "created_at": "Sun Jul 27 19:00:00 +0000 2025",
      "favorited": false,
      "full_text": "lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "59"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003025058",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003025058",
      "created_at": "Sun Jul 27 06:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: the 7am train is responsible for the weekend. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "54"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003017139",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003017139",
      "created_at": "Sat Jul 26 17:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Rule of thumb: coffee &gt; tea, and tea &lt; nothing. ",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "103"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003009220",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003009220",
      "created_at": "Sat Jul 26 04:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@fern_and_fig Small win: the office plant deserves more credit for this morning. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "0",
      "id_str": "1700000000003001301",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000003001301",
      "created_at": "Fri Jul 25 15:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: the coffee grinder is the best part of the entire sprint. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "54"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002993382",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002993382",
      "created_at": "Fri Jul 25 02:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Confession: the coffee grinder rescued the weekend. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002985463",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002985463",
      "created_at": "Thu Jul 24 13:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: a long walk deserves more credit for dinner plans. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002977544",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002977544",
      "created_at": "Thu Jul 24 00:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Rule of thumb: coffee &gt; tea, and tea &lt; nothing.  No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "87"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002969625",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002969625",
      "created_at": "Wed Jul 23 11:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: my cat Biscuit quietly ruined my reading list. https://t.co/aB3dE5fG7h",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "60"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002961706",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002961706",
      "created_at": "Tue Jul 22 22:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: a well-named variable rescued the weekend. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "98"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002953787",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002953787",
      "created_at": "Tue Jul 22 09:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@fern_and_fig Unpopular opinion: a rainy Sunday is responsible for the entire sprint. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "46"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002945868",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002945868",
      "created_at": "Mon Jul 21 20:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: a long walk rescued my focus.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002937949",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002937949",
      "created_at": "Mon Jul 21 07:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@marathon_mo Note to self: the new keyboard is the best part of the weekend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "84"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002930030",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002930030",
      "created_at": "Sun Jul 20 18:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: the 7am train somehow improved the afternoon. Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "61"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002922111",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002922111",
      "created_at": "Sun Jul 20 05:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: the office plant quietly ruined the entire sprint.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "115"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002914192",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002914192",
      "created_at": "Sat Jul 19 16:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: a long walk is carrying this morning. 10/10 would recommend.\n\nAlso: the 7am train &amp; a fresh notebook.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "127"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002906273",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002906273",
      "created_at": "Sat Jul 19 03:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Confession: a rainy Sunday deserves more credit for my whole week. That is all.\n\nAlso: my cat Biscuit &amp; the coffee grinder.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002898354",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002898354",
      "created_at": "Fri Jul 18 14:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: the new keyboard makes up for my whole week. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002890435",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002890435",
      "created_at": "Fri Jul 18 01:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, my sourdough starter somehow improved my mood. Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "4"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002882516",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002882516",
      "created_at": "Thu Jul 17 12:00:00 +0000 2025",
      "favorited": false,
      "full_text": "nope",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "109"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002874597",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002874597",
      "created_at": "Wed Jul 16 23:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: the bike commute is responsible for the team standup.\n\nAlso: the bike commute &amp; my cat Biscuit.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "65"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002866678",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002866678",
      "created_at": "Wed Jul 16 10:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: the 7am train makes up for the entire sprint. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "102"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002858759",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002858759",
      "created_at": "Tue Jul 15 21:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: the new keyboard saved the entire sprint. Anyway.\n\nAlso: a rainy Sunday &amp; the coffee grinder.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002850840",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002850840",
      "created_at": "Tue Jul 15 08:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: the coffee grinder is carrying my reading list. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "78"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002842921",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002842921",
      "created_at": "Mon Jul 14 19:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@marathon_mo Today I learned that cold brew saved the entire sprint. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "87"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002835002",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002835002",
      "created_at": "Mon Jul 14 06:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, a well-named variable somehow improved the afternoon. https://t.co/aB3dE5fG7h",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "91"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002827083",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002827083",
      "created_at": "Sun Jul 13 17:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@marathon_mo Note to self: a well-named variable is the best part of dinner plans. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "106"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002819164",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002819164",
      "created_at": "Sun Jul 13 04:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: the neighbour's piano makes up for the afternoon.\n\nAlso: the bike commute &amp; my cat Biscuit.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "110"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002811245",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002811245",
      "created_at": "Sat Jul 12 15:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: a long walk saved my whole week. Still thinking about it.\n\nAlso: the 7am train &amp; a rainy Sunday.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "73"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002803326",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002803326",
      "created_at": "Sat Jul 12 02:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: my sourdough starter is the best part of the entire sprint.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002795407",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002795407",
      "created_at": "Fri Jul 11 13:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: the 7am train deserves more credit for the entire sprint.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "72"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002787488",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002787488",
      "created_at": "Fri Jul 11 00:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that the bike commute is the best part of my whole week.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002779569",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002779569",
      "created_at": "Thu Jul 10 11:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: the bike commute rescued this morning. That is all. https://t.co/aB3dE5fG7h",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002771650",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002771650",
      "created_at": "Wed Jul 09 22:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@marathon_mo Unpopular opinion: cold brew saved my focus. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "121"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002763731",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002763731",
      "created_at": "Wed Jul 09 09:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that tomato season rescued the afternoon. That is all.\n\nAlso: a well-named variable &amp; my cat Biscuit.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002755812",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002755812",
      "created_at": "Tue Jul 08 20:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: tomato season is responsible for the team standup. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "73"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002747893",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002747893",
      "created_at": "Tue Jul 08 07:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: the garden deserves more credit for this morning. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "47"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002739974",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002739974",
      "created_at": "Mon Jul 07 18:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: the garden rescued my mood. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002732055",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002732055",
      "created_at": "Mon Jul 07 05:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @quietkettle: Small win: my cat Biscuit is carrying my focus.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "3"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002724136",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002724136",
      "created_at": "Sun Jul 06 16:00:00 +0000 2025",
      "favorited": false,
      "full_text": "lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "78"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002716217",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002716217",
      "created_at": "Sun Jul 06 03:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@pixel_pat Confession: a long walk is the best part of my whole week. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002708298",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002708298",
      "created_at": "Sat Jul 05 14:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Confession: the garden is responsible for the team standup. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "4"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002700379",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002700379",
      "created_at": "Sat Jul 05 01:00:00 +0000 2025",
      "favorited": false,
      "full_text": "nope",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "103"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002692460",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002692460",
      "created_at": "Fri Jul 04 12:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: my cat Biscuit makes up for the afternoon. :)\n\nAlso: a rainy Sunday &amp; cold brew.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "16"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002684541",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002684541",
      "created_at": "Thu Jul 03 23:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@quietkettle lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "93"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002676622",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002676622",
      "created_at": "Thu Jul 03 10:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: a fresh notebook is carrying dinner plans. No notes. https://t.co/aB3dE5fG7h",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "54"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002668703",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002668703",
      "created_at": "Wed Jul 02 21:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Rule of thumb: coffee &gt; tea, and tea &lt; nothing. ",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "52"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002660784",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002660784",
      "created_at": "Wed Jul 02 08:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: a long walk rescued my mood. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002652865",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002652865",
      "created_at": "Tue Jul 01 19:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@bytesized PSA: a rainy Sunday makes up for the weekend. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "65"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002644946",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002644946",
      "created_at": "Tue Jul 01 06:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: the office plant rescued dinner plans. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "16"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002637027",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002637027",
      "created_at": "Mon Jun 30 17:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@quietkettle wow",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002629108",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002629108",
      "created_at": "Mon Jun 30 04:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: my sourdough starter is the best part of my focus. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002621189",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002621189",
      "created_at": "Sun Jun 29 15:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: the neighbour's piano quietly ruined the entire sprint.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "66"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002613270",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002613270",
      "created_at": "Sun Jun 29 02:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: the 7am train quietly ruined dinner plans. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "54"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002605351",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002605351",
      "created_at": "Sat Jun 28 13:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Rule of thumb: coffee &gt; tea, and tea &lt; nothing. ",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002597432",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002597432",
      "created_at": "Sat Jun 28 00:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: the neighbour's piano is responsible for my mood. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "56"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002589513",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002589513",
      "created_at": "Fri Jun 27 11:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: the garden rescued the afternoon. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002581594",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002581594",
      "created_at": "Thu Jun 26 22:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: a rainy Sunday somehow improved my reading list. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002573675",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002573675",
      "created_at": "Thu Jun 26 09:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @bytesized: Today I learned that cold brew quietly ruined my whole week. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002565756",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002565756",
      "created_at": "Wed Jun 25 20:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: my sourdough starter quietly ruined the entire sprint. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "113"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002557837",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002557837",
      "created_at": "Wed Jun 25 07:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: my cat Biscuit saved the entire sprint. That is all.\n\nAlso: the neighbour's piano &amp; my cat Biscuit.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "78"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002549918",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002549918",
      "created_at": "Tue Jun 24 18:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@bytesized Note to self: the library is the best part of the weekend. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "72"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002541999",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002541999",
      "created_at": "Tue Jun 24 05:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @quietkettle: PSA: a well-named variable quietly ruined this morning.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002534080",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002534080",
      "created_at": "Mon Jun 23 16:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: the farmers market is responsible for my focus. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002526161",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002526161",
      "created_at": "Mon Jun 23 03:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: the garden deserves more credit for dinner plans. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "95"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002518242",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002518242",
      "created_at": "Sun Jun 22 14:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@fern_and_fig Unpopular opinion: a fresh notebook is responsible for my reading list. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "18"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002510323",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002510323",
      "created_at": "Sun Jun 22 01:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@marathon_mo yes!!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002502404",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002502404",
      "created_at": "Sat Jun 21 12:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: the library makes up for my reading list. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "56"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002494485",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002494485",
      "created_at": "Fri Jun 20 23:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: cold brew is carrying my reading list. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "92"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002486566",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002486566",
      "created_at": "Fri Jun 20 10:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, a well-named variable is responsible for the team standup. https://t.co/Zx9Yw8Vu7t",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002478647",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002478647",
      "created_at": "Thu Jun 19 21:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: my cat Biscuit is carrying the weekend. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002470728",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002470728",
      "created_at": "Thu Jun 19 08:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@quietkettle Unpopular opinion: the new keyboard rescued my mood. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "67"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002462809",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002462809",
      "created_at": "Wed Jun 18 19:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: the coffee grinder is carrying the weekend. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002454890",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002454890",
      "created_at": "Wed Jun 18 06:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that cold brew is the best part of my mood. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002446971",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002446971",
      "created_at": "Tue Jun 17 17:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: the 7am train quietly ruined the entire sprint. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002439052",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002439052",
      "created_at": "Tue Jun 17 04:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: a well-named variable saved my mood. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "46"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002431133",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002431133",
      "created_at": "Mon Jun 16 15:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: the garden is carrying dinner plans.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "55"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002423214",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002423214",
      "created_at": "Mon Jun 16 02:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: a rainy Sunday makes up for my reading list.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002415295",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002415295",
      "created_at": "Sun Jun 15 13:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, a fresh notebook deserves more credit for my reading list.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "106"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002407376",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002407376",
      "created_at": "Sun Jun 15 00:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that the coffee grinder deserves more credit for my reading list. Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002399457",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002399457",
      "created_at": "Sat Jun 14 11:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@bytesized Today I learned that the library saved my reading list. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002391538",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002391538",
      "created_at": "Fri Jun 13 22:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: the neighbour's piano is responsible for my whole week.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002383619",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002383619",
      "created_at": "Fri Jun 13 09:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: a well-named variable is carrying my reading list.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "65"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002375700",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002375700",
      "created_at": "Thu Jun 12 20:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, the new keyboard deserves more credit for dinner plans.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "95"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002367781",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002367781",
      "created_at": "Thu Jun 12 07:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that a rainy Sunday somehow improved my whole week. :) http://example.com/notes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "51"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002359862",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002359862",
      "created_at": "Wed Jun 11 18:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: a rainy Sunday somehow improved the afternoon.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "72"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002351943",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002351943",
      "created_at": "Wed Jun 11 05:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: the office plant is responsible for the weekend. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "16"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002344024",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002344024",
      "created_at": "Tue Jun 10 16:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@pixel_pat yes!!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "65"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002336105",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002336105",
      "created_at": "Tue Jun 10 03:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, a long walk somehow improved the entire sprint. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "54"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002328186",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002328186",
      "created_at": "Mon Jun 09 14:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: the garden makes up for dinner plans.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "71"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002320267",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002320267",
      "created_at": "Mon Jun 09 01:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: the farmers market quietly ruined my focus. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002312348",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002312348",
      "created_at": "Sun Jun 08 12:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@pixel_pat Small win: my sourdough starter makes up for the afternoon.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "107"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002304429",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002304429",
      "created_at": "Sat Jun 07 23:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: the garden somehow improved the weekend.\n\nAlso: a good unit test &amp; a fresh notebook.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "113"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002296510",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002296510",
      "created_at": "Sat Jun 07 10:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: the coffee grinder is the best part of my mood. Anyway.\n\nAlso: the garden &amp; a well-named variable.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002288591",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002288591",
      "created_at": "Fri Jun 06 21:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, a good unit test is the best part of the team standup. https://t.co/aB3dE5fG7h",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002280672",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002280672",
      "created_at": "Fri Jun 06 08:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: cold brew deserves more credit for the entire sprint. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002272753",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002272753",
      "created_at": "Thu Jun 05 19:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @quietkettle: Morning thought: the farmers market saved my mood. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002264834",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002264834",
      "created_at": "Thu Jun 05 06:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: the neighbour's piano is carrying dinner plans. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002256915",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002256915",
      "created_at": "Wed Jun 04 17:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: the farmers market somehow improved dinner plans. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "59"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002248996",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002248996",
      "created_at": "Wed Jun 04 04:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: a rainy Sunday quietly ruined the afternoon. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "91"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002241077",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002241077",
      "created_at": "Tue Jun 03 15:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: cold brew is the best part of the team standup. Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "66"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002233158",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002233158",
      "created_at": "Tue Jun 03 02:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@quietkettle Confession: tomato season rescued my reading list. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "7"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002225239",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002225239",
      "created_at": "Mon Jun 02 13:00:00 +0000 2025",
      "favorited": false,
      "full_text": "ok fine",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "4"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002217320",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002217320",
      "created_at": "Mon Jun 02 00:00:00 +0000 2025",
      "favorited": false,
      "full_text": "same",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002209401",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002209401",
      "created_at": "Sun Jun 01 11:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, the 7am train quietly ruined dinner plans. https://t.co/aB3dE5fG7h",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "8"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002201482",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002201482",
      "created_at": "Sat May 31 22:00:00 +0000 2025",
      "favorited": false,
      "full_text": "big mood",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "84"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002193563",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002193563",
      "created_at": "Sat May 31 09:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, the garden deserves more credit for the afternoon. https://t.co/Zx9Yw8Vu7t",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002185644",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002185644",
      "created_at": "Fri May 30 20:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: the office plant is the best part of this morning. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "58"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002177725",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002177725",
      "created_at": "Fri May 30 07:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@pixel_pat Reminder: my cat Biscuit saved this morning. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "63"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002169806",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002169806",
      "created_at": "Thu May 29 18:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: my sourdough starter saved this morning. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "54"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002161887",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002161887",
      "created_at": "Thu May 29 05:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, a rainy Sunday rescued the weekend. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "78"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002153968",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002153968",
      "created_at": "Wed May 28 16:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: the new keyboard rescued the team standup. http://example.com/notes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002146049",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002146049",
      "created_at": "Wed May 28 03:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Confession: tomato season is carrying the afternoon. That is all. https://t.co/Zx9Yw8Vu7t",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002138130",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002138130",
      "created_at": "Tue May 27 14:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Confession: my sourdough starter somehow improved my focus. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002130211",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002130211",
      "created_at": "Tue May 27 01:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, the new keyboard is carrying the team standup. http://example.com/notes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "57"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002122292",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002122292",
      "created_at": "Mon May 26 12:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: the library rescued my whole week. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "38"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002114373",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002114373",
      "created_at": "Sun May 25 23:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: tomato season saved my mood.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "49"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002106454",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002106454",
      "created_at": "Sun May 25 10:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, cold brew saved this morning. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "66"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002098535",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002098535",
      "created_at": "Sat May 24 21:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@pixel_pat Honestly, a good unit test is the best part of my mood.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "100"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002090616",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002090616",
      "created_at": "Sat May 24 08:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, a good unit test is responsible for dinner plans. :)\n\nAlso: cold brew &amp; tomato season.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "18"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002082697",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002082697",
      "created_at": "Fri May 23 19:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@quietkettle yes!!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002074778",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002074778",
      "created_at": "Fri May 23 06:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@marathon_mo Honestly, a well-named variable rescued this morning. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "61"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002066859",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002066859",
      "created_at": "Thu May 22 17:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: a good unit test is the best part of my whole week.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "16"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002058940",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002058940",
      "created_at": "Thu May 22 04:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@bytesized yes!!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "84"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002051021",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002051021",
      "created_at": "Wed May 21 15:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: the bike commute saved the entire sprint. https://t.co/aB3dE5fG7h",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002043102",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002043102",
      "created_at": "Wed May 21 02:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, the 7am train is responsible for dinner plans. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002035183",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002035183",
      "created_at": "Tue May 20 13:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: a good unit test rescued my whole week. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002027264",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002027264",
      "created_at": "Tue May 20 00:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @pixel_pat: Hot take: the new keyboard is responsible for my focus. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "14"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002019345",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002019345",
      "created_at": "Mon May 19 11:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@pixel_pat why",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002011426",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002011426",
      "created_at": "Sun May 18 22:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: cold brew quietly ruined the afternoon. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "0",
      "id_str": "1700000000002003507",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000002003507",
      "created_at": "Sun May 18 09:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @bytesized: Reminder: my sourdough starter makes up for my whole week. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001995588",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001995588",
      "created_at": "Sat May 17 20:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: a rainy Sunday makes up for the team standup. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001987669",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001987669",
      "created_at": "Sat May 17 07:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, a well-named variable is responsible for dinner plans.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "58"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001979750",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001979750",
      "created_at": "Fri May 16 18:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Confession: the 7am train quietly ruined my focus. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "84"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001971831",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001971831",
      "created_at": "Fri May 16 05:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @bytesized: Unpopular opinion: the garden makes up for my reading list. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "16"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001963912",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001963912",
      "created_at": "Thu May 15 16:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@pixel_pat yes!!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "58"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001955993",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001955993",
      "created_at": "Thu May 15 03:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: tomato season saved my reading list. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "87"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001948074",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001948074",
      "created_at": "Wed May 14 14:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@fern_and_fig Today I learned that a fresh notebook saved my reading list. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "55"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001940155",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001940155",
      "created_at": "Wed May 14 01:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: the coffee grinder makes up for this morning.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001932236",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001932236",
      "created_at": "Tue May 13 12:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: a rainy Sunday is responsible for dinner plans. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001924317",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001924317",
      "created_at": "Mon May 12 23:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @fern_and_fig: PSA: a well-named variable rescued the weekend. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001916398",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001916398",
      "created_at": "Mon May 12 10:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Rule of thumb: coffee &gt; tea, and tea &lt; nothing.  Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001908479",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001908479",
      "created_at": "Sun May 11 21:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: the garden somehow improved my whole week. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001900560",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001900560",
      "created_at": "Sun May 11 08:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: tomato season saved the entire sprint. Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "21"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001892641",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001892641",
      "created_at": "Sat May 10 19:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@marathon_mo big mood",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001884722",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001884722",
      "created_at": "Sat May 10 06:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: a good unit test makes up for the afternoon. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "52"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001876803",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001876803",
      "created_at": "Fri May 09 17:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Confession: the 7am train makes up for this morning.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "48"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001868884",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001868884",
      "created_at": "Fri May 09 04:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: a long walk is carrying my reading list. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "3"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001860965",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001860965",
      "created_at": "Thu May 08 15:00:00 +0000 2025",
      "favorited": false,
      "full_text": "wow",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "18"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001853046",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001853046",
      "created_at": "Thu May 08 02:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@quietkettle yes!!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001845127",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001845127",
      "created_at": "Wed May 07 13:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, the office plant is carrying the weekend. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001837208",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001837208",
      "created_at": "Wed May 07 00:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that the new keyboard quietly ruined the entire sprint. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "71"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001829289",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001829289",
      "created_at": "Tue May 06 11:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@fern_and_fig Honestly, my cat Biscuit saved this morning. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "54"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001821370",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001821370",
      "created_at": "Mon May 05 22:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Rule of thumb: coffee &gt; tea, and tea &lt; nothing. ",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "92"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001813451",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001813451",
      "created_at": "Mon May 05 09:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@pixel_pat Note to self: my sourdough starter saved the team standup. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "77"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001805532",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001805532",
      "created_at": "Sun May 04 20:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @pixel_pat: Hot take: the farmers market is the best part of this morning.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "8"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001797613",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001797613",
      "created_at": "Sun May 04 07:00:00 +0000 2025",
      "favorited": false,
      "full_text": "big mood",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001789694",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001789694",
      "created_at": "Sat May 03 18:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: the bike commute rescued the team standup. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001781775",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001781775",
      "created_at": "Sat May 03 05:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: the 7am train is responsible for my focus. Fight me. https://t.co/Zx9Yw8Vu7t",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001773856",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001773856",
      "created_at": "Fri May 02 16:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@quietkettle Today I learned that a fresh notebook saved my focus. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "73"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001765937",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001765937",
      "created_at": "Fri May 02 03:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @bytesized: Honestly, tomato season saved the entire sprint. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "95"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001758018",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001758018",
      "created_at": "Thu May 01 14:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Confession: the new keyboard is the best part of dinner plans. Anyway. http://example.com/notes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "58"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001750099",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001750099",
      "created_at": "Thu May 01 01:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@marathon_mo Morning thought: the garden rescued my focus.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001742180",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001742180",
      "created_at": "Wed Apr 30 12:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that a good unit test deserves more credit for the afternoon. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "21"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001734261",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001734261",
      "created_at": "Tue Apr 29 23:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@quietkettle big mood",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "49"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001726342",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001726342",
      "created_at": "Tue Apr 29 10:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, cold brew is carrying the team standup.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "61"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001718423",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001718423",
      "created_at": "Mon Apr 28 21:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, the farmers market is responsible for this morning.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "77"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001710504",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001710504",
      "created_at": "Mon Apr 28 08:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that a rainy Sunday somehow improved my reading list. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001702585",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001702585",
      "created_at": "Sun Apr 27 19:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: a long walk is responsible for this morning. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "3"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001694666",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001694666",
      "created_at": "Sun Apr 27 06:00:00 +0000 2025",
      "favorited": false,
      "full_text": "hmm",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "100"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001686747",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001686747",
      "created_at": "Sat Apr 26 17:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @marathon_mo: Note to self: the new keyboard deserves more credit for the entire sprint. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "54"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001678828",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001678828",
      "created_at": "Sat Apr 26 04:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: a fresh notebook rescued the afternoon. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "72"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001670909",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001670909",
      "created_at": "Fri Apr 25 15:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: the new keyboard is carrying my reading list. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "57"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001662990",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001662990",
      "created_at": "Fri Apr 25 02:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that the bike commute saved dinner plans.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001655071",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001655071",
      "created_at": "Thu Apr 24 13:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, a good unit test deserves more credit for my focus. Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "94"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001647152",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001647152",
      "created_at": "Thu Apr 24 00:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @bytesized: Today I learned that a fresh notebook saved the weekend. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001639233",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001639233",
      "created_at": "Wed Apr 23 11:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @marathon_mo: Note to self: my sourdough starter somehow improved my focus. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001631314",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001631314",
      "created_at": "Tue Apr 22 22:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that my sourdough starter deserves more credit for my focus. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001623395",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001623395",
      "created_at": "Tue Apr 22 09:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@quietkettle Small win: a good unit test rescued the weekend. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001615476",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001615476",
      "created_at": "Mon Apr 21 20:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @pixel_pat: Note to self: the new keyboard rescued the entire sprint. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "108"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001607557",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001607557",
      "created_at": "Mon Apr 21 07:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: the coffee grinder quietly ruined dinner plans. #smallthings\n\nAlso: a long walk &amp; a long walk.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001599638",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001599638",
      "created_at": "Sun Apr 20 18:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: a long walk quietly ruined the team standup. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "101"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001591719",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001591719",
      "created_at": "Sun Apr 20 05:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @quietkettle: Morning thought: the library deserves more credit for the team standup. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "66"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001583800",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001583800",
      "created_at": "Sat Apr 19 16:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that cold brew saved my reading list. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001575881",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001575881",
      "created_at": "Sat Apr 19 03:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @fern_and_fig: Hot take: the coffee grinder is carrying the team standup. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001567962",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001567962",
      "created_at": "Fri Apr 18 14:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: my sourdough starter is responsible for my focus. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "19"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001560043",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001560043",
      "created_at": "Fri Apr 18 01:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@pixel_pat big mood",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001552124",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001552124",
      "created_at": "Thu Apr 17 12:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: cold brew is carrying this morning. No notes. https://t.co/Zx9Yw8Vu7t",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "77"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001544205",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001544205",
      "created_at": "Wed Apr 16 23:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: the farmers market quietly ruined my whole week. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "57"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001536286",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001536286",
      "created_at": "Wed Apr 16 10:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: the neighbour's piano saved the entire sprint.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "71"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001528367",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001528367",
      "created_at": "Tue Apr 15 21:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, a well-named variable is the best part of my focus. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001520448",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001520448",
      "created_at": "Tue Apr 15 08:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: the new keyboard is responsible for my whole week. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "18"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001512529",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001512529",
      "created_at": "Mon Apr 14 19:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@quietkettle yes!!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001504610",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001504610",
      "created_at": "Mon Apr 14 06:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: a fresh notebook deserves more credit for the afternoon. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "67"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001496691",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001496691",
      "created_at": "Sun Apr 13 17:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @pixel_pat: Small win: a good unit test rescued my mood. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001488772",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001488772",
      "created_at": "Sun Apr 13 04:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Confession: a rainy Sunday rescued my whole week. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001480853",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001480853",
      "created_at": "Sat Apr 12 15:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: a well-named variable is carrying my reading list. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "92"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001472934",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001472934",
      "created_at": "Sat Apr 12 02:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @bytesized: Today I learned that a fresh notebook somehow improved the weekend. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "53"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001465015",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001465015",
      "created_at": "Fri Apr 11 13:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: the coffee grinder saved the afternoon.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "65"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001457096",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001457096",
      "created_at": "Fri Apr 11 00:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: the new keyboard somehow improved dinner plans. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "101"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001449177",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001449177",
      "created_at": "Thu Apr 10 11:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @quietkettle: Honestly, a good unit test quietly ruined the team standup. Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "59"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001441258",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001441258",
      "created_at": "Wed Apr 09 22:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: the library somehow improved the weekend. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "63"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001433339",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001433339",
      "created_at": "Wed Apr 09 09:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Confession: a fresh notebook is the best part of my whole week.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "119"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001425420",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001425420",
      "created_at": "Tue Apr 08 20:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: the neighbour's piano makes up for the entire sprint.\n\nAlso: my sourdough starter &amp; my sourdough starter.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001417501",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001417501",
      "created_at": "Tue Apr 08 07:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @fern_and_fig: Small win: tomato season saved my reading list. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001409582",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001409582",
      "created_at": "Mon Apr 07 18:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that my cat Biscuit makes up for my focus. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "5"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001401663",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001401663",
      "created_at": "Mon Apr 07 05:00:00 +0000 2025",
      "favorited": false,
      "full_text": "yes!!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "87"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001393744",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001393744",
      "created_at": "Sun Apr 06 16:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: my sourdough starter deserves more credit for the entire sprint. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "84"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001385825",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001385825",
      "created_at": "Sun Apr 06 03:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@quietkettle Reminder: a well-named variable somehow improved the afternoon. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "54"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001377906",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001377906",
      "created_at": "Sat Apr 05 14:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: cold brew rescued dinner plans. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "60"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001369987",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001369987",
      "created_at": "Sat Apr 05 01:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: the office plant rescued my mood. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "66"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001362068",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001362068",
      "created_at": "Fri Apr 04 12:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, the office plant quietly ruined my reading list. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "4"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001354149",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001354149",
      "created_at": "Thu Apr 03 23:00:00 +0000 2025",
      "favorited": false,
      "full_text": "nope",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001346230",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001346230",
      "created_at": "Thu Apr 03 10:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: cold brew quietly ruined the team standup. https://t.co/aB3dE5fG7h",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "77"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001338311",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001338311",
      "created_at": "Wed Apr 02 21:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @bytesized: Confession: the new keyboard makes up for the team standup. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001330392",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001330392",
      "created_at": "Wed Apr 02 08:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that my cat Biscuit rescued the entire sprint.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001322473",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001322473",
      "created_at": "Tue Apr 01 19:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @fern_and_fig: Small win: a long walk quietly ruined my whole week. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001314554",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001314554",
      "created_at": "Tue Apr 01 06:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: the bike commute is the best part of my whole week. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "4"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001306635",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001306635",
      "created_at": "Mon Mar 31 17:00:00 +0000 2025",
      "favorited": false,
      "full_text": "nope",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "77"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001298716",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001298716",
      "created_at": "Mon Mar 31 04:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Rule of thumb: coffee &gt; tea, and tea &lt; nothing.  10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "50"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001290797",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001290797",
      "created_at": "Sun Mar 30 15:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: the farmers market is carrying my mood.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "94"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001282878",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001282878",
      "created_at": "Sun Mar 30 02:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @bytesized: Reminder: the new keyboard makes up for my whole week. Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001274959",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001274959",
      "created_at": "Sat Mar 29 13:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: the library saved the weekend. No notes. http://example.com/notes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001267040",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001267040",
      "created_at": "Sat Mar 29 00:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: a good unit test is carrying my reading list. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "92"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001259121",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001259121",
      "created_at": "Fri Mar 28 11:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: cold brew deserves more credit for dinner plans. :) https://t.co/Zx9Yw8Vu7t",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "87"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001251202",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001251202",
      "created_at": "Thu Mar 27 22:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: a good unit test makes up for dinner plans. No notes. https://t.co/aB3dE5fG7h",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "54"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001243283",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001243283",
      "created_at": "Thu Mar 27 09:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: the 7am train makes up for dinner plans.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "71"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001235364",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001235364",
      "created_at": "Wed Mar 26 20:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, cold brew deserves more credit for the team standup. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "3"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001227445",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001227445",
      "created_at": "Wed Mar 26 07:00:00 +0000 2025",
      "favorited": false,
      "full_text": "wow",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "48"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001219526",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001219526",
      "created_at": "Tue Mar 25 18:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, cold brew is carrying my mood. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "78"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001211607",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001211607",
      "created_at": "Tue Mar 25 05:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: the office plant makes up for this morning. Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "65"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001203688",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001203688",
      "created_at": "Mon Mar 24 16:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Confession: the garden is carrying the team standup. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001195769",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001195769",
      "created_at": "Mon Mar 24 03:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@fern_and_fig Confession: the bike commute makes up for dinner plans. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "51"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001187850",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001187850",
      "created_at": "Sun Mar 23 14:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, my cat Biscuit rescued my mood. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "124"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001179931",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001179931",
      "created_at": "Sun Mar 23 01:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: the 7am train makes up for my focus. Still thinking about it.\n\nAlso: a well-named variable &amp; a fresh notebook.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "107"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001172012",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001172012",
      "created_at": "Sat Mar 22 12:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: the farmers market makes up for the entire sprint. 10/10 would recommend. https://t.co/Zx9Yw8Vu7t",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "3"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001164093",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001164093",
      "created_at": "Fri Mar 21 23:00:00 +0000 2025",
      "favorited": false,
      "full_text": "lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "63"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001156174",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001156174",
      "created_at": "Fri Mar 21 10:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: my cat Biscuit rescued my mood. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "92"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001148255",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001148255",
      "created_at": "Thu Mar 20 21:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: the new keyboard is responsible for my reading list. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "53"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001140336",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001140336",
      "created_at": "Thu Mar 20 08:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: a rainy Sunday is carrying my mood. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001132417",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001132417",
      "created_at": "Wed Mar 19 19:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@fern_and_fig Confession: a well-named variable quietly ruined the team standup.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "60"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001124498",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001124498",
      "created_at": "Wed Mar 19 06:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: a fresh notebook is carrying the team standup. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001116579",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001116579",
      "created_at": "Tue Mar 18 17:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: cold brew deserves more credit for the team standup. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "100"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001108660",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001108660",
      "created_at": "Tue Mar 18 04:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that a fresh notebook is the best part of my focus. #mondays https://t.co/aB3dE5fG7h",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "52"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001100741",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001100741",
      "created_at": "Mon Mar 17 15:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: the new keyboard is carrying dinner plans.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "66"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001092822",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001092822",
      "created_at": "Mon Mar 17 02:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, a fresh notebook rescued the entire sprint. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "3"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001084903",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001084903",
      "created_at": "Sun Mar 16 13:00:00 +0000 2025",
      "favorited": false,
      "full_text": "lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "59"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001076984",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001076984",
      "created_at": "Sun Mar 16 00:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Confession: tomato season makes up for the weekend. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "59"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001069065",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001069065",
      "created_at": "Sat Mar 15 11:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, the new keyboard saved this morning. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "55"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001061146",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001061146",
      "created_at": "Fri Mar 14 22:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: a fresh notebook rescued my reading list.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001053227",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001053227",
      "created_at": "Fri Mar 14 09:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @bytesized: Confession: the new keyboard deserves more credit for this morning. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "87"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001045308",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001045308",
      "created_at": "Thu Mar 13 20:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @bytesized: Reminder: my cat Biscuit deserves more credit for the weekend. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001037389",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001037389",
      "created_at": "Thu Mar 13 07:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: the coffee grinder quietly ruined this morning. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001029470",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001029470",
      "created_at": "Wed Mar 12 18:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Rule of thumb: coffee &gt; tea, and tea &lt; nothing.  Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "65"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001021551",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001021551",
      "created_at": "Wed Mar 12 05:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, the garden is responsible for the team standup. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "94"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001013632",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001013632",
      "created_at": "Tue Mar 11 16:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @quietkettle: Unpopular opinion: the new keyboard is responsible for dinner plans. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "0",
      "id_str": "1700000000001005713",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000001005713",
      "created_at": "Tue Mar 11 03:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @bytesized: Reminder: the bike commute is the best part of my focus. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "111"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000997794",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000997794",
      "created_at": "Mon Mar 10 14:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: the coffee grinder is the best part of my focus. No notes.\n\nAlso: the office plant &amp; the library.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "50"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000989875",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000989875",
      "created_at": "Mon Mar 10 01:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: a rainy Sunday somehow improved this morning.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "96"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000981956",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000981956",
      "created_at": "Sun Mar 09 12:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @fern_and_fig: Reminder: my sourdough starter is the best part of my whole week. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "63"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000974037",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000974037",
      "created_at": "Sat Mar 08 23:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: a rainy Sunday quietly ruined this morning. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "66"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000966118",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000966118",
      "created_at": "Sat Mar 08 10:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Confession: cold brew makes up for my mood. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000958199",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000958199",
      "created_at": "Fri Mar 07 21:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@bytesized PSA: cold brew deserves more credit for my focus. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "4"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000950280",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000950280",
      "created_at": "Fri Mar 07 08:00:00 +0000 2025",
      "favorited": false,
      "full_text": "soon",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000942361",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000942361",
      "created_at": "Thu Mar 06 19:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, a long walk deserves more credit for my mood. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "42"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000934442",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000934442",
      "created_at": "Thu Mar 06 06:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: cold brew rescued my whole week.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000926523",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000926523",
      "created_at": "Wed Mar 05 17:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: the office plant rescued my reading list. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "67"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000918604",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000918604",
      "created_at": "Wed Mar 05 04:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, the library is responsible for my reading list. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "73"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000910685",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000910685",
      "created_at": "Tue Mar 04 15:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: the bike commute saved dinner plans. :) https://t.co/Zx9Yw8Vu7t",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "66"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000902766",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000902766",
      "created_at": "Tue Mar 04 02:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: a rainy Sunday rescued dinner plans. http://example.com/notes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "17"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000894847",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000894847",
      "created_at": "Mon Mar 03 13:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@fern_and_fig wow",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000886928",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000886928",
      "created_at": "Mon Mar 03 00:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that a long walk somehow improved the afternoon.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "103"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000879009",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000879009",
      "created_at": "Sun Mar 02 11:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: the farmers market makes up for the entire sprint. No notes. https://t.co/Zx9Yw8Vu7t",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "67"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000871090",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000871090",
      "created_at": "Sat Mar 01 22:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: the coffee grinder is the best part of the afternoon. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "97"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000863171",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000863171",
      "created_at": "Sat Mar 01 09:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @pixel_pat: Today I learned that the coffee grinder is carrying the team standup. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000855252",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000855252",
      "created_at": "Fri Feb 28 20:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: the office plant saved the weekend. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "90"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000847333",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000847333",
      "created_at": "Fri Feb 28 07:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: the neighbour's piano is the best part of the entire sprint. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000839414",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000839414",
      "created_at": "Thu Feb 27 18:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Confession: the library quietly ruined the team standup. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "72"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000831495",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000831495",
      "created_at": "Thu Feb 27 05:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: the neighbour's piano makes up for the team standup. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "57"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000823576",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000823576",
      "created_at": "Wed Feb 26 16:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: the 7am train saved my focus. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "65"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000815657",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000815657",
      "created_at": "Wed Feb 26 03:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: a fresh notebook is responsible for the entire sprint.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "14"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000807738",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000807738",
      "created_at": "Tue Feb 25 14:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@bytesized why",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "77"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000799819",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000799819",
      "created_at": "Tue Feb 25 01:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Confession: the office plant saved my mood. No notes. https://t.co/aB3dE5fG7h",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "18"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000791900",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000791900",
      "created_at": "Mon Feb 24 12:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@fern_and_fig same",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "61"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000783981",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000783981",
      "created_at": "Sun Feb 23 23:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: the bike commute quietly ruined the weekend. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "71"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000776062",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000776062",
      "created_at": "Sun Feb 23 10:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: my cat Biscuit rescued this morning. https://t.co/Zx9Yw8Vu7t",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000768143",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000768143",
      "created_at": "Sat Feb 22 21:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that the garden deserves more credit for my focus. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "61"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000760224",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000760224",
      "created_at": "Sat Feb 22 08:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: my sourdough starter rescued my mood. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "107"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000752305",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000752305",
      "created_at": "Fri Feb 21 19:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: a fresh notebook makes up for my reading list.\n\nAlso: the garden &amp; the new keyboard.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000744386",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000744386",
      "created_at": "Fri Feb 21 06:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @pixel_pat: Honestly, the bike commute is the best part of my reading list. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000736467",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000736467",
      "created_at": "Thu Feb 20 17:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@marathon_mo Confession: a long walk is the best part of the afternoon. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000728548",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000728548",
      "created_at": "Thu Feb 20 04:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @marathon_mo: Today I learned that cold brew is responsible for dinner plans.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000720629",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000720629",
      "created_at": "Wed Feb 19 15:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: a long walk somehow improved the weekend. Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "5"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000712710",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000712710",
      "created_at": "Wed Feb 19 02:00:00 +0000 2025",
      "favorited": false,
      "full_text": "yes!!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000704791",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000704791",
      "created_at": "Tue Feb 18 13:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: a good unit test somehow improved my focus. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000696872",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000696872",
      "created_at": "Tue Feb 18 00:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: a long walk quietly ruined the team standup. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000688953",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000688953",
      "created_at": "Mon Feb 17 11:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @quietkettle: Today I learned that the bike commute somehow improved the team standup.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "115"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000681034",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000681034",
      "created_at": "Sun Feb 16 22:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: a rainy Sunday somehow improved the weekend. That is all.\n\nAlso: the new keyboard &amp; a good unit test.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000673115",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000673115",
      "created_at": "Sun Feb 16 09:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: a well-named variable is responsible for the team standup. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000665196",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000665196",
      "created_at": "Sat Feb 15 20:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: my cat Biscuit somehow improved this morning. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "57"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000657277",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000657277",
      "created_at": "Sat Feb 15 07:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: the new keyboard saved the team standup.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "115"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000649358",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000649358",
      "created_at": "Fri Feb 14 18:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Confession: the new keyboard quietly ruined my reading list. :)\n\nAlso: the office plant &amp; my sourdough starter.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "44"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000641439",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000641439",
      "created_at": "Fri Feb 14 05:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: cold brew quietly ruined my whole week.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "73"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000633520",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000633520",
      "created_at": "Thu Feb 13 16:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: the farmers market is responsible for the weekend. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "53"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000625601",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000625601",
      "created_at": "Thu Feb 13 03:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: the bike commute makes up for dinner plans.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000617682",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000617682",
      "created_at": "Wed Feb 12 14:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, tomato season somehow improved my whole week. :) https://t.co/Zx9Yw8Vu7t",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "92"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000609763",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000609763",
      "created_at": "Wed Feb 12 01:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: the neighbour's piano is responsible for the team standup. https://t.co/aB3dE5fG7h",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "91"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000601844",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000601844",
      "created_at": "Tue Feb 11 12:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, a well-named variable somehow improved my mood. #mondays http://example.com/notes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "16"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000593925",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000593925",
      "created_at": "Mon Feb 10 23:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@marathon_mo wow",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "72"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000586006",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000586006",
      "created_at": "Mon Feb 10 10:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: the farmers market is carrying my reading list. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "61"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000578087",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000578087",
      "created_at": "Sun Feb 09 21:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: the office plant is the best part of my focus. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "66"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000570168",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000570168",
      "created_at": "Sun Feb 09 08:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @bytesized: Reminder: my sourdough starter rescued my focus. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "71"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000562249",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000562249",
      "created_at": "Sat Feb 08 19:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: the new keyboard deserves more credit for my mood. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "77"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000554330",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000554330",
      "created_at": "Sat Feb 08 06:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: the library is the best part of the team standup. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000546411",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000546411",
      "created_at": "Fri Feb 07 17:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @pixel_pat: Morning thought: the library is the best part of my focus. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000538492",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000538492",
      "created_at": "Fri Feb 07 04:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @fern_and_fig: Reminder: the library deserves more credit for the afternoon.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "5"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000530573",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000530573",
      "created_at": "Thu Feb 06 15:00:00 +0000 2025",
      "favorited": false,
      "full_text": "yes!!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "73"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000522654",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000522654",
      "created_at": "Thu Feb 06 02:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @quietkettle: Reminder: the library is the best part of my whole week.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "106"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000514735",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000514735",
      "created_at": "Wed Feb 05 13:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @quietkettle: Small win: a well-named variable deserves more credit for my mood. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "66"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000506816",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000506816",
      "created_at": "Wed Feb 05 00:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that a long walk somehow improved my reading list.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "16"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000498897",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000498897",
      "created_at": "Tue Feb 04 11:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@marathon_mo why",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000490978",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000490978",
      "created_at": "Mon Feb 03 22:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Reminder: the garden somehow improved my reading list. http://example.com/notes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "65"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000483059",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000483059",
      "created_at": "Mon Feb 03 09:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, the office plant is the best part of the entire sprint.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "18"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000475140",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000475140",
      "created_at": "Sun Feb 02 20:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@fern_and_fig soon",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000467221",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000467221",
      "created_at": "Sun Feb 02 07:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that a good unit test is responsible for my whole week. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "92"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000459302",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000459302",
      "created_at": "Sat Feb 01 18:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, the neighbour's piano is carrying my whole week. Fight me. https://t.co/Zx9Yw8Vu7t",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "71"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000451383",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000451383",
      "created_at": "Sat Feb 01 05:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: the farmers market makes up for my focus. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000443464",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000443464",
      "created_at": "Fri Jan 31 16:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: a long walk somehow improved dinner plans. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "57"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000435545",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000435545",
      "created_at": "Fri Jan 31 03:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: the bike commute makes up for this morning. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "71"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000427626",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000427626",
      "created_at": "Thu Jan 30 14:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, the neighbour's piano somehow improved the afternoon. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "63"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000419707",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000419707",
      "created_at": "Thu Jan 30 01:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Rule of thumb: coffee &gt; tea, and tea &lt; nothing.  #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000411788",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000411788",
      "created_at": "Wed Jan 29 12:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, the neighbour's piano somehow improved the team standup. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "60"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000403869",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000403869",
      "created_at": "Tue Jan 28 23:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Confession: a good unit test rescued dinner plans. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000395950",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000395950",
      "created_at": "Tue Jan 28 10:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Rule of thumb: coffee &gt; tea, and tea &lt; nothing.  Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000388031",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000388031",
      "created_at": "Mon Jan 27 21:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@bytesized Morning thought: a good unit test makes up for my focus. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "84"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000380112",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000380112",
      "created_at": "Mon Jan 27 08:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: my cat Biscuit makes up for the afternoon. Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "66"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000372193",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000372193",
      "created_at": "Sun Jan 26 19:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, the new keyboard is carrying the afternoon. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "96"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000364274",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000364274",
      "created_at": "Sun Jan 26 06:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@marathon_mo Reminder: the office plant somehow improved the afternoon. Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "104"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000356355",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000356355",
      "created_at": "Sat Jan 25 17:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@marathon_mo Morning thought: my cat Biscuit is the best part of my reading list. 10/10 would recommend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "84"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000348436",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000348436",
      "created_at": "Sat Jan 25 04:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @quietkettle: Note to self: a rainy Sunday deserves more credit for dinner plans.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000340517",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000340517",
      "created_at": "Fri Jan 24 15:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @marathon_mo: Small win: a well-named variable rescued my whole week. That is all.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "60"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000332598",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000332598",
      "created_at": "Fri Jan 24 02:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: my sourdough starter saved my whole week. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000324679",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000324679",
      "created_at": "Thu Jan 23 13:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Unpopular opinion: my sourdough starter is carrying my mood. Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000316760",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000316760",
      "created_at": "Thu Jan 23 00:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@pixel_pat Confession: a rainy Sunday is the best part of my mood. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "63"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000308841",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000308841",
      "created_at": "Wed Jan 22 11:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@pixel_pat Reminder: the garden quietly ruined my reading list.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "90"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000300922",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000300922",
      "created_at": "Tue Jan 21 22:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@bytesized Today I learned that a well-named variable is carrying my reading list. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "60"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000293003",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000293003",
      "created_at": "Tue Jan 21 09:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Hot take: a good unit test somehow improved dinner plans. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000285084",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000285084",
      "created_at": "Mon Jan 20 20:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @bytesized: Small win: a fresh notebook is carrying the entire sprint. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "69"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000277165",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000277165",
      "created_at": "Mon Jan 20 07:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that my cat Biscuit deserves more credit for my mood.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "63"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000269246",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000269246",
      "created_at": "Sun Jan 19 18:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Rule of thumb: coffee &gt; tea, and tea &lt; nothing.  #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "17"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000261327",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000261327",
      "created_at": "Sun Jan 19 05:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@quietkettle same",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000253408",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000253408",
      "created_at": "Sat Jan 18 16:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: the farmers market makes up for the team standup. Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "91"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000245489",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000245489",
      "created_at": "Sat Jan 18 03:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: the neighbour's piano deserves more credit for my whole week. #smallthings",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "67"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000237570",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000237570",
      "created_at": "Fri Jan 17 14:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: the coffee grinder is the best part of the afternoon.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "67"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000229651",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000229651",
      "created_at": "Fri Jan 17 01:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @marathon_mo: Confession: cold brew is carrying dinner plans. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "97"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000221732",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000221732",
      "created_at": "Thu Jan 16 12:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that the farmers market is the best part of the weekend. Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000213813",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000213813",
      "created_at": "Wed Jan 15 23:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: tomato season somehow improved the weekend. Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "4"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000205894",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000205894",
      "created_at": "Wed Jan 15 10:00:00 +0000 2025",
      "favorited": false,
      "full_text": "nope",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "3"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000197975",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000197975",
      "created_at": "Tue Jan 14 21:00:00 +0000 2025",
      "favorited": false,
      "full_text": "hmm",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "91"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000190056",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000190056",
      "created_at": "Tue Jan 14 08:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@bytesized PSA: the office plant somehow improved my reading list. Still thinking about it.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000182137",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000182137",
      "created_at": "Mon Jan 13 19:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, the 7am train deserves more credit for this morning. https://t.co/Zx9Yw8Vu7t",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000174218",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000174218",
      "created_at": "Mon Jan 13 06:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@fern_and_fig Note to self: a fresh notebook is responsible for my focus. :)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000166299",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000166299",
      "created_at": "Sun Jan 12 17:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: the farmers market somehow improved the entire sprint. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000158380",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000158380",
      "created_at": "Sun Jan 12 04:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that tomato season somehow improved the afternoon. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "65"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000150461",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000150461",
      "created_at": "Sat Jan 11 15:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: the neighbour's piano deserves more credit for this morning.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000142542",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000142542",
      "created_at": "Sat Jan 11 02:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Rule of thumb: coffee &gt; tea, and tea &lt; nothing.  Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "99"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000134623",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000134623",
      "created_at": "Fri Jan 10 13:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, the office plant is the best part of my whole week. #smallthings http://example.com/notes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "41"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000126704",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000126704",
      "created_at": "Fri Jan 10 00:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: my cat Biscuit makes up for my mood.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "4"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000118785",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000118785",
      "created_at": "Thu Jan 09 11:00:00 +0000 2025",
      "favorited": false,
      "full_text": "nope",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "61"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000110866",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000110866",
      "created_at": "Wed Jan 08 22:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, the garden quietly ruined my reading list. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "122"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000102947",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000102947",
      "created_at": "Wed Jan 08 09:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that the neighbour's piano somehow improved dinner plans. Still thinking about it. https://t.co/Zx9Yw8Vu7t",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "54"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000095028",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000095028",
      "created_at": "Tue Jan 07 20:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Small win: the new keyboard somehow improved my focus.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "71"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000087109",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000087109",
      "created_at": "Tue Jan 07 07:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @marathon_mo: Honestly, the bike commute quietly ruined the weekend.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "77"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000079190",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000079190",
      "created_at": "Mon Jan 06 18:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: a rainy Sunday is responsible for my reading list. Fight me.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000071271",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000071271",
      "created_at": "Mon Jan 06 05:00:00 +0000 2025",
      "favorited": false,
      "full_text": "RT @bytesized: Note to self: the garden saved my reading list. Anyway.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000063352",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000063352",
      "created_at": "Sun Jan 05 16:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that a good unit test is responsible for this morning.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "102"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000055433",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000055433",
      "created_at": "Sun Jan 05 03:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Morning thought: a rainy Sunday is responsible for my whole week. #smallthings https://t.co/Zx9Yw8Vu7t",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "56"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000047514",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000047514",
      "created_at": "Sat Jan 04 14:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Note to self: tomato season quietly ruined dinner plans.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "90"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000039595",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000039595",
      "created_at": "Sat Jan 04 01:00:00 +0000 2025",
      "favorited": false,
      "full_text": "@bytesized Unpopular opinion: the farmers market is the best part of the weekend. #mondays",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "77"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000031676",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000031676",
      "created_at": "Fri Jan 03 12:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Today I learned that the new keyboard somehow improved the weekend. No notes.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "59"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000023757",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000023757",
      "created_at": "Thu Jan 02 23:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, my sourdough starter is carrying my reading list.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000015838",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000015838",
      "created_at": "Thu Jan 02 10:00:00 +0000 2025",
      "favorited": false,
      "full_text": "PSA: tomato season is the best part of my reading list. #mondays http://example.com/notes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "43"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000007919",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000007919",
      "created_at": "Wed Jan 01 21:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Confession: a long walk saved dinner plans.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">sample</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "0",
      "id_str": "1700000000000000000",
      "truncated": false,
      "retweet_count": "0",
      "id": "1700000000000000000",
      "created_at": "Wed Jan 01 08:00:00 +0000 2025",
      "favorited": false,
      "full_text": "Honestly, the farmers market is responsible for the entire sprint. No notes.",
      "lang": "en"
    }
  }
]
