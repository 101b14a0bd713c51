"""One module per `samestory` command; see `samestory.cli.COMMANDS`."""
