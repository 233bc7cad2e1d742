"""Write docs/cli-reference.md from the `--help` of every hoptac command.

    python scripts/cli_reference.py            # (re)write docs/cli-reference.md
    python scripts/cli_reference.py --check    # exit 1 and print a diff if it is out of date;
                                               # exit 2 if the file was made with another Click
    python scripts/cli_reference.py --list     # the command paths, one a line

The help is Click's plain text (100 columns), so the file is the same on every machine and
terminal. HOPTAC_* variables are dropped first so that defaults read from the environment
do not leak into the file. tests/test_docs.py runs --check. The Click version is written
in the file: help layout changes between Click releases, so the exact comparison only
means something with the same one (exit 2 otherwise).
"""
from __future__ import annotations

import difflib
import importlib.metadata
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "docs" / "cli-reference.md"
WIDTH = 100
REGENERATE = "python scripts/cli_reference.py"

# Before the CLI is imported: fixed width, nothing from the environment.
os.environ["COLUMNS"] = str(WIDTH)
os.environ.pop("TERMINAL_WIDTH", None)
for _var in [v for v in os.environ if v.startswith("HOPTAC_")]:
    del os.environ[_var]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

def root_command():
    from hoptac.cli import app

    return app


def context(cmd, name: str, parent=None):
    return cmd.context_class(cmd, info_name=name, parent=parent, terminal_width=WIDTH, max_content_width=WIDTH)


def walk(cmd, ctx, path: tuple[str, ...]):
    """(path, command, context) for cmd and every visible subcommand, depth first, sorted."""
    yield path, cmd, ctx
    if hasattr(cmd, "list_commands"):
        for name in sorted(cmd.list_commands(ctx)):
            sub = cmd.get_command(ctx, name)
            if sub is None or getattr(sub, "hidden", False):
                continue
            yield from walk(sub, context(sub, name, ctx), (*path, name))


def commands() -> list[tuple[str, ...]]:
    """Command paths below `hoptac`, e.g. [("extract",), ("ingest",)]."""
    root = root_command()
    ctx = context(root, "hoptac")
    return [p for p, _, _ in walk(root, ctx, ()) if p]


def anchor(title: str) -> str:
    return "".join(ch for ch in title.lower().replace(" ", "-") if ch.isalnum() or ch == "-")


def click_version() -> str:
    return importlib.metadata.version("click")


def render() -> str:
    root = root_command()
    ctx = context(root, "hoptac")
    entries = list(walk(root, ctx, ()))
    out = [
        "# hoptac command reference",
        "",
        "<!-- Generated from the commands' --help by scripts/cli_reference.py. Do not edit by hand:",
        f"     run `{REGENERATE}` after changing a command. tests/test_docs.py checks it.",
        f"     Made with click {click_version()}. -->",
        "",
        "Every command prints its own help with `--help`; this page collects them.",
        "",
    ]
    for path, cmd, _ in entries:
        if path:
            title = "hoptac " + " ".join(path)
            summary = cmd.get_short_help_str(limit=160)
            out.append(f"- [`{title}`](#{anchor(title)}): {summary}")
    out.append("")
    for path, cmd, c in entries:
        title = "hoptac" + ("".join(" " + p for p in path))
        help_text = cmd.get_help(c).rstrip()
        help_text = "\n".join(line.rstrip() for line in help_text.splitlines())
        out += [f"## {title}", "", "```text", help_text, "```", ""]
    return "\n".join(out)


def main(argv: list[str]) -> int:
    if "--list" in argv:
        for p in commands():
            print(" ".join(p))
        return 0
    text = render()
    if "--check" in argv:
        current = TARGET.read_text("utf-8") if TARGET.exists() else ""
        if current == text:
            return 0
        made = re.search(r"Made with click (\S+) -->", current)
        if made and made.group(1).rstrip(".") != click_version():
            print(f"{TARGET.relative_to(ROOT)} was made with click {made.group(1).rstrip('.')}, this is click "
                  f"{click_version()}: help layout may differ, exact comparison skipped; run `{REGENERATE}`",
                  file=sys.stderr)
            return 2
        diff = difflib.unified_diff(
            current.splitlines(keepends=True), text.splitlines(keepends=True),
            fromfile=f"{TARGET.relative_to(ROOT)} (committed)", tofile="generated from --help",
        )
        sys.stdout.writelines(diff)
        print(f"\n{TARGET.relative_to(ROOT)} is out of date: run `{REGENERATE}`", file=sys.stderr)
        return 1
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(text, "utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)} ({len(commands())} commands)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
