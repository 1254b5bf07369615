"""``python -m askspace``: the same as the ``askspace`` command."""

import sys

from askspace.cli import main

sys.exit(main())
