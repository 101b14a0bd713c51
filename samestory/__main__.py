"""`python -m samestory`."""

from samestory.cli import main

raise SystemExit(main())
