"""Files handed to people (receipts, reports, exports) appear whole or not at all."""

import os
from pathlib import Path

from sync.errors import OpDeskError


def write_whole(path: Path, data: bytes | str) -> None:
    """Write ``data`` to a hidden sibling, then rename it into place: a crash or a full disk
    never leaves a half-written file under the name a person will open."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.partial")
    content = data.encode("utf-8") if isinstance(data, str) else data
    try:
        partial.write_bytes(content)
        os.replace(partial, path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise OpDeskError(f"Could not write {path} ({error.strerror}): choose a folder that "
                          "exists and that you may write to.") from error
