"""The `kronika` command. Subcommands live in their own modules and are
imported only when called, so `kronika extract` starts fast."""

from __future__ import annotations

import importlib

import click

# name → "module:attribute" of a click command
COMMANDS: dict[str, str] = {
    "extract": "kronika.cli.extract:extract",
    "evaluate": "kronika.cli.evaluate:evaluate",
    "actors": "kronika.cli.actors:actors",
    "time": "kronika.cli.time:time_command",
    "ingest": "kronika.cli.store:ingest",
    "query": "kronika.cli.store:query",
    "export": "kronika.cli.store:export",
    "serve": "kronika.cli.serve:serve",
}

HELP: dict[str, str] = {
    "extract": "Code the events of one article (file or stdin).",
    "evaluate": "Score extraction against gold files.",
    "actors": "Look up how a phrase resolves to an actor.",
    "time": "Find and resolve temporal expressions in a text.",
    "ingest": "Read many articles into an event store.",
    "query": "Filter events in an event store.",
    "export": "Export an event store (JSONL, CSV, Parquet, POLECAT, GraphML).",
    "serve": "Explore an event store in the browser.",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = COMMANDS.get(name)
        if target is None:
            return None
        module_name, attribute = target.split(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as missing:
            if missing.name != module_name:
                raise
            return None
        return getattr(module, attribute)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # Short help without importing every subcommand module.
        with formatter.section("Commands"):
            formatter.write_dl([(name, HELP[name]) for name in COMMANDS])


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kronika")
def cli() -> None:
    """Kronika turns news articles into political event data: who did what to
    whom, when, where, and according to whom. Croatian first, then English."""


def _check_people_file() -> None:
    """A KRONIKA_PEOPLE file that is missing or malformed is one clear line, before any work."""
    import os
    from pathlib import Path

    from kronika.cli.common import fail

    chosen = os.environ.get("KRONIKA_PEOPLE")
    if not chosen:
        return
    path = Path(chosen)
    if not path.is_file():
        fail(f"KRONIKA_PEOPLE={chosen}: no such file (a people file: see src/kronika/actors/data/README.md)")
    try:
        from kronika.actors.kb import load_kb

        load_kb()
    except Exception as error:  # noqa: BLE001 — YAML errors, wrong shapes: all the user's file
        detail = " ".join(str(error).split())
        fail(f"KRONIKA_PEOPLE={chosen}: not a valid people file ({error.__class__.__name__}: {detail[:300]})")


def main() -> None:
    import os
    import sys

    args = sys.argv[1:]
    if args and args[0] in COMMANDS and not {"-h", "--help"} & set(args):
        _check_people_file()
    if os.environ.get("KRONIKA_DEBUG"):
        cli(prog_name="kronika")
        return
    try:
        cli(prog_name="kronika", standalone_mode=False)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except click.exceptions.Abort:
        sys.exit(1)
    except click.UsageError as error:  # one line, and where to look
        from kronika.cli.common import fail

        command = error.ctx.command_path if error.ctx is not None else "kronika"
        fail(f"{error.format_message()} (see `{command} --help`)", code=2)
    except click.ClickException as error:
        from kronika.cli.common import fail

        fail(error.format_message(), code=error.exit_code)
    except (SystemExit, KeyboardInterrupt):
        raise
    except BrokenPipeError:
        sys.exit(1)
    except Exception as error:  # noqa: BLE001 — never a traceback: one line, and the way to see more
        from kronika.cli.common import fail

        fail(f"{error.__class__.__name__}: {' '.join(str(error).split())} (set KRONIKA_DEBUG=1 for the traceback)")
