"""Offline training package: tweets -> cleaned dataset -> fine-tuned GPT-2 -> model archive."""
