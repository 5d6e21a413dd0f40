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


def main() -> None:
    cli()
