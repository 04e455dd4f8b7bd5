"""Runs a script's ``main()`` as another user; started by :mod:`unprivileged`.

    python as_user.py [--uid UID --gid GID] SCRIPT [ARGS...]

The script is loaded first (its imports run, not its ``main``). Started through
``runuser`` the process is already that user. Started by root with ``--uid`` and
``--gid`` (for an interpreter the user cannot reach, such as one installed under /root),
it then gives up root for good (real, effective and saved ids, no supplementary groups)
before calling ``main()``, so everything the script does on disk is done as that user.
"""

from __future__ import annotations

import argparse
import os
import runpy
import sys


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--uid", type=int)
    parser.add_argument("--gid", type=int)
    parser.add_argument("script")
    parser.add_argument("args", nargs=argparse.REMAINDER)
    options = parser.parse_args()
    script = runpy.run_path(options.script, run_name="as_user_script")
    if options.uid is not None:
        os.setgroups([])
        os.setresgid(options.gid, options.gid, options.gid)
        os.setresuid(options.uid, options.uid, options.uid)
        if os.getresuid() != (options.uid,) * 3 or os.getresgid() != (options.gid,) * 3:
            raise SystemExit("could not become the user")
    sys.argv = [options.script, *options.args]
    script["main"]()


if __name__ == "__main__":
    main()
