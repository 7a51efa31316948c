"""The post as bytes and text: loading, saving, encodings, disk state, the crash journal."""
