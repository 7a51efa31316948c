"""Language checks: spelling with Hunspell dictionaries and Japanese proofreading rules."""
