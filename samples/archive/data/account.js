window.YTD.account.part0 = [
  {
    "account": {
      "username": "samplebot",
      "accountDisplayName": "Sample Bot"
    }
  }
]
