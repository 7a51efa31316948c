"""English and Japanese wording of every finding (the UI language picks one)."""

from __future__ import annotations

from editor.core.checks.findings import Span


def lines(span: Span) -> tuple[str, str]:
    """'line 4' / 'lines 4–9' and the Japanese '4行目' / '4〜9行目'."""
    if span.line == span.end_line:
        return f"line {span.line}", f"{span.line}行目"
    return f"lines {span.line}–{span.end_line}", f"{span.line}〜{span.end_line}行目"


def _where(related: list[Span]) -> tuple[str, str]:
    parts = [lines(r) for r in related[:3]]
    en = ", ".join(p[0] for p in parts) + (" and more" if len(related) > 3 else "")
    ja = "、".join(p[1] for p in parts) + ("など" if len(related) > 3 else "")
    return en, ja


def section(span: Span, related: list[Span]) -> tuple[str, str]:
    here_en, here_ja = lines(span)
    en, ja = _where(related)
    return (
        f"{here_en.capitalize()} repeat an earlier section ({en}), paragraphs merged or edited.",
        f"{here_ja}は前にある節（{ja}）の繰り返しです（段落の結合や手直しを含みます）。",
    )


def copy_block(related: list[Span], merged: bool) -> tuple[str, str]:
    en, ja = _where(related)
    if merged:
        return (
            f"This paragraph repeats earlier paragraphs merged together ({en}).",
            f"この段落は前にある複数の段落（{ja}）をつなげた繰り返しです。",
        )
    return (
        f"This paragraph repeats earlier text ({en}).",
        f"この段落は前にある文章（{ja}）の繰り返しです。",
    )


def near_block(related: list[Span]) -> tuple[str, str]:
    en, ja = _where(related)
    return (
        f"This paragraph is a lightly edited copy of earlier text ({en}).",
        f"この段落は前にある文章（{ja}）を少し手直ししただけの繰り返しです。",
    )


def partial(kind: str, length: int, related: Span) -> tuple[str, str]:
    en, ja = lines(related)
    if kind == "sentence":
        return f"This sentence already appears on {en}.", f"この文は{ja}にも出てきます。"
    if kind == "near":
        return (
            f"This passage is a lightly edited copy of text on {en}.",
            f"この一節は{ja}の文章を少し手直ししただけの繰り返しです。",
        )
    return (
        f"This passage ({length} characters) repeats text on {en}.",
        f"この一節（{length}文字）は{ja}の文章の繰り返しです。",
    )


TITLE_REPEAT = (
    "The first line of the body repeats the title.",
    "本文の最初の行がタイトルの繰り返しです。",
)
FIX_DELETE_COPY = ("Delete the later copy", "後の重複を削除")
FIX_DELETE_TITLE = ("Delete the repeated title", "重複したタイトルを削除")
FIX_DELETE_MARKER = ("Remove the marker line", "区切り行を削除")
FIX_JOIN_STITCH = ("Join: drop the cut fragment", "途切れた断片を削除してつなぐ")
FIX_DELETE_ECHO = ("Delete the repeated sentences", "繰り返された文を削除")
FIX_DELETE_RESTART = ("Delete the restarted text", "書き直された部分を削除")


def marker(text: str, preamble: bool) -> tuple[str, str]:
    if preamble:
        return (
            f"Leftover generator preamble “{text}”.",
            f"生成時の前置き「{text}」が残っています。",
        )
    return f"Leftover generation marker “{text}”.", f"生成時の区切り記号「{text}」が残っています。"


def end_cut(kind: str, word: str = "", related: Span | None = None) -> tuple[str, str]:
    if kind == "mid-word" and related is not None:
        en, ja = lines(related)
        return (
            f"The text stops mid-word at “{word}”; the passage it repeats continues on {en}.",
            f"本文が「{word}」で単語の途中のまま終わっています（{ja}では続きがあります）。",
        )
    if kind == "hint":
        return (
            "The last paragraph does not end with a sentence end; was it cut off?",
            "最後の段落が文末で終わっていません。途中で切れていませんか。",
        )
    return "The text ends mid-sentence.", "本文が文の途中で終わっています。"


def stitch(related: Span) -> tuple[str, str]:
    en, ja = lines(related)
    return (
        f"A sentence is cut off here and written again from its start on {en}.",
        f"ここで文が途切れ、{ja}で最初から書き直されています。",
    )


def echo(related: Span, count: int = 0, whole: bool = False) -> tuple[str, str]:
    en, ja = lines(related)
    what_en = "sentence" if count == 1 else f"{count} sentences" if count else "sentences"
    what_ja = f"最後の{count}文" if count > 1 else "最後の文"
    if whole:
        return (
            f"This paragraph only repeats the last {what_en} of the previous one ({en}).",
            f"この段落は直前の段落（{ja}）の{what_ja}をそのまま繰り返しているだけです。",
        )
    return (
        f"This paragraph starts by repeating the last {what_en} of the previous one ({en}).",
        f"この段落は直前の段落（{ja}）の{what_ja}を繰り返して始まっています。",
    )


def restart(from_title: bool, related: Span) -> tuple[str, str]:
    en, ja = lines(related)
    if from_title:
        return (
            f"The text starts over from the title here (see {en}).",
            f"ここで本文がタイトルから書き直されています（{ja}を参照）。",
        )
    return (
        f"The text starts over from the first paragraph here (see {en}).",
        f"ここで本文が最初の段落から書き直されています（{ja}を参照）。",
    )


def unclosed_fence(line: int) -> tuple[str, str]:
    return (
        f"The code block opened on line {line} is never closed.",
        f"{line}行目で始まるコードブロックが閉じられていません。",
    )


def unclosed_bracket(opener: str) -> tuple[str, str]:
    return (
        f"The text ends with “{opener}” still open.",
        f"「{opener}」が閉じられないまま本文が終わっています。",
    )


EMPTY_HEADING = (
    "The document ends with a heading that has no text under it.",
    "本文のない見出しで文書が終わっています。",
)


# -- chat-tool leftovers, loops, mid-document cuts (issue 18) ---------------------------------
FIX_STRIP_CITATION = ("Remove the citation token", "引用トークンを削除")
FIX_STRIP_UTM = ("Remove utm_source from the link", "リンクから utm_source を削除")
FIX_DELETE_TALK = ("Delete the assistant's paragraph", "アシスタントの発言を削除")
FIX_UNWRAP_FENCE = ("Unwrap the post from the code fence", "コードブロックの囲みを外す")
FIX_DELETE_LOOP = ("Keep the first occurrence only", "最初の1回だけ残す")
FIX_KEEP_EDITED = (
    "Delete the later copy, keeping its new words in the first one",
    "後の重複を削除（書き足された語句は前の箇所に残す）",
)


def leftover(kind: str, text: str) -> tuple[str, str]:
    if kind == "citation":
        return (
            f"Leftover chat-tool citation token “{text}”.",
            f"チャットツールの引用トークン「{text}」が残っています。",
        )
    if kind == "utm":
        return (
            f"The link carries the chat tool's tracking parameter “{text}”.",
            f"リンクにチャットツールの追跡パラメーター「{text}」が付いています。",
        )
    if kind == "placeholder":
        return (
            f"Unfilled placeholder “{text}”.",
            f"埋められていないプレースホルダー「{text}」があります。",
        )
    if kind == "preamble":
        return (
            f"The chat assistant's preamble is still here: “{text}”.",
            f"チャットアシスタントの前置き「{text}」が残っています。",
        )
    if kind == "sign-off":
        return (
            f"The chat assistant's closing offer is still here: “{text}”.",
            f"チャットアシスタントの締めの言葉「{text}」が残っています。",
        )
    return (
        f"The whole post is wrapped in a code fence (“{text}”): it would show as code.",
        f"記事全体がコードブロック（「{text}」）で囲まれています。コードとして表示されます。",
    )


def loop(count: int, related: Span, sentence: str = "") -> tuple[str, str]:
    """``sentence``: the start of the repeated sentence, so two loops in one paragraph differ."""
    en, ja = lines(related)
    if not sentence:
        return (
            f"A sentence is repeated {count} times in a row in this paragraph (first on {en}).",
            f"この段落で同じ文が{count}回繰り返されています（最初は{ja}）。",
        )
    return (
        f"The sentence “{sentence}” is repeated {count} times in this paragraph (first on {en}).",
        f"この段落で文「{sentence}」が{count}回繰り返されています（最初は{ja}）。",
    )


def mid_cut(fragment: str, evidence: str, related: Span | None = None) -> tuple[str, str]:
    """A paragraph inside the post that stops mid-sentence."""
    if evidence == "copy" and related is not None:
        en, ja = lines(related)
        return (
            f"This paragraph stops mid-sentence at “{fragment}”; the text it repeats goes on "
            f"on {en}.",
            f"この段落は「{fragment}」で文の途中のまま終わっています（{ja}では続きがあります）。",
        )
    if evidence == "marker":
        return (
            f"This paragraph stops mid-sentence at “{fragment}”, just before a leftover marker.",
            f"この段落は「{fragment}」で文の途中のまま終わり、直後に生成時の区切りがあります。",
        )
    return (
        f"This paragraph stops mid-sentence at “{fragment}” and the next one starts something "
        "else; finish the sentence.",
        f"この段落は「{fragment}」で文の途中のまま終わり、次の段落は別の話題です。"
        "文を書き終えてください。",
    )


def adjacent_copy(related: Span) -> tuple[str, str]:
    en, ja = lines(related)
    return (
        f"This paragraph repeats the previous paragraph ({en}) word for word.",
        f"この段落は直前の段落（{ja}）をそのまま繰り返しています。",
    )


def drops(words: list[str]) -> tuple[str, str]:
    shown = ", ".join(f"“{w}”" for w in words[:3]) + (" …" if len(words) > 3 else "")
    shown_ja = "、".join(f"「{w}」" for w in words[:3]) + ("…" if len(words) > 3 else "")
    return (
        f" Its fix would also delete words found nowhere else: {shown}.",
        f"修正すると他にない語句も消えます：{shown_ja}。",
    )


TITLE_REPEAT_LINE = (
    "This line repeats the title.",
    "この行はタイトルの繰り返しです。",
)
