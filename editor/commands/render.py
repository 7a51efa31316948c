"""``kosei render FILE [-o OUT.html|OUT.pdf]``: export a post as the preview shows it.

The format comes from the output's suffix (or ``--format``); without ``-o`` the
HTML goes to standard output. Output is written atomically. Exit status: 0
done (image warnings, refused images included, are printed to stderr), 2 on bad
input: unreadable, undecodable or non-regular file, one over ``--max-size`` or with
a line over ``MAX_LINE_CHARS``, unknown format or option value, unwritable output.
Qt is loaded only for a PDF.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from editor.commands.check import add_max_size_argument, long_line_problem
from editor.core.document.document import Document
from editor.core.document.names import escaped_name, shown_name
from editor.core.errors import DocumentReadError, DocumentWriteError, ExportError
from editor.core.markdown.export import (
    DEFAULT_MARGIN_MM,
    DEFAULT_PAGE_SIZE,
    FORMATS,
    MAX_MARGIN_MM,
    PAGE_SIZES,
    THEMES,
    export_html,
    format_for,
    write_export,
)
from editor.core.markdown.export_images import ImageWarning

_app = None  # the QApplication a PDF export needed (kept alive until exit)


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "render",
        help="export a post to standalone HTML or PDF, as the preview shows it",
        description="Export a post to one standalone HTML file or a PDF.",
    )
    parser.add_argument("file", metavar="FILE")
    parser.add_argument(
        "-o", "--output", metavar="OUT", help="OUT.html or OUT.pdf (default: HTML to stdout)"
    )
    parser.add_argument("--format", choices=FORMATS, help="output format (default: from OUT)")
    parser.add_argument(
        "--embed-images",
        action="store_true",
        help="HTML: put local images inside the file as data: URIs",
    )
    parser.add_argument(
        "--theme",
        choices=THEMES,
        default="light",
        help="HTML colours (a PDF is always printed light, for paper)",
    )
    parser.add_argument("--page-size", choices=PAGE_SIZES, default=DEFAULT_PAGE_SIZE)
    parser.add_argument(
        "--margin-mm", type=float, default=DEFAULT_MARGIN_MM, help="PDF page margins in mm"
    )
    parser.add_argument(
        "--remote-images", action="store_true", help="PDF: fetch remote images to print them"
    )
    add_max_size_argument(parser)
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    source = Path(args.file)
    output = Path(args.output) if args.output else None
    problem = _check_arguments(args, source, output)
    if problem:
        return _fail(problem)
    fmt = format_for(output, args.format) if output else (args.format or "html")
    try:
        document = Document.load(source, max_bytes=args.max_size)
        problem = long_line_problem(document)
        if problem:
            return _fail(f"cannot render {escaped_name(source)}: {problem}")
        if fmt == "pdf":
            assert output is not None
            if args.theme != "light":
                print(
                    f"kosei render: note: --theme {args.theme} applies to HTML only; "
                    "the PDF is printed light, for paper",
                    file=sys.stderr,
                )
            warnings = _export_pdf(args, document.text, source, output)
        else:
            warnings = _export_html(args, document.text, source, output)
    except DocumentReadError as error:
        return _fail(f"cannot read {_named(error)}")
    except DocumentWriteError as error:
        return _fail(f"cannot write {_named(error)}")
    except ExportError as error:
        return _fail(f"cannot export {escaped_name(source)}: {error.reason}")
    for warning in warnings:
        print(
            f"kosei render: {escaped_name(source)}: warning: {warning.message()}", file=sys.stderr
        )
    _warn_about_errors(source, document.text)
    return 0


def _warn_about_errors(source: Path, text: str) -> None:
    """The exported post still has error findings (leftover markers): say so on stderr."""
    from editor.core.checks import run_checks  # the checks load only for a render

    errors = [f for f in run_checks(text, source) if f.severity.value == "error"]
    for finding in errors:
        message = " ".join(finding.message_en.split())
        print(
            f"kosei render: {escaped_name(source)}:{finding.span.line}: warning: the post still has an error "
            f"finding ({finding.rule}): {message}",
            file=sys.stderr,
        )


def _check_arguments(args: argparse.Namespace, source: Path, output: Path | None) -> str:
    if not 0 <= args.margin_mm <= MAX_MARGIN_MM:
        return f"--margin-mm must be between 0 and {MAX_MARGIN_MM:g}"
    if output is None:
        return "a PDF needs an output file (-o OUT.pdf)" if args.format == "pdf" else ""
    if format_for(output, args.format) is None:
        return f"cannot tell the format of {output}: name it .html or .pdf, or pass --format"
    if not output.absolute().parent.is_dir():
        return f"cannot write {output}: the folder does not exist"
    if output.exists() and source.exists() and output.resolve() == source.resolve():
        return f"the output {output} is the input file; refusing to overwrite it"
    return ""


def _export_html(
    args: argparse.Namespace, text: str, source: Path, output: Path | None
) -> tuple[ImageWarning, ...]:
    out_dir = output.absolute().parent if output else source.absolute().parent
    page = export_html(
        text,
        base_dir=source.absolute().parent,
        out_dir=out_dir,
        theme=args.theme,
        embed_images=args.embed_images,
        fallback_title=shown_name(source.stem),
        source=source,
    )
    if output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(page.data)  # UTF-8 whatever the terminal's locale says
        sys.stdout.buffer.flush()
    else:
        write_export(output, page.data)
    return page.warnings


def _export_pdf(
    args: argparse.Namespace, text: str, source: Path, output: Path
) -> tuple[ImageWarning, ...]:
    global _app
    from editor.ui.export import pdf_export  # Qt and QtWebEngine start only here

    _app = pdf_export.ensure_application()
    base_dir = source.absolute().parent
    page = pdf_export.page_for_pdf(
        text, base_dir, fallback_title=shown_name(source.stem), source=source
    )
    layout = pdf_export.page_layout(args.page_size, args.margin_mm)
    data = pdf_export.print_pdf(page.html, base_dir, layout, allow_remote=args.remote_images)
    write_export(output, data)
    return page.warnings


def _named(error: DocumentReadError | DocumentWriteError) -> str:
    return f"{escaped_name(error.path)}: {error.reason}" if error.path else error.reason


def _fail(message: str) -> int:
    print(f"kosei render: {message}", file=sys.stderr)
    return 2
