"""Pure-Python heart of Kosei. Nothing in this package may import Qt."""
