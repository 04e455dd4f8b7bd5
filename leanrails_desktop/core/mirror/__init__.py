"""The mirror: every checkout link of one account and its line items, on this computer.

One SQLite file (WAL) per account. Each link is kept as the JSON object the server sent,
every field kept, including fields this version does not know, beside narrow indexed
columns for the list's sorts (title, created, status, currency and amount total, URL, id).
Line items are kept the same way. Sync state records the last complete pass: when it
ended, how long it took and how many links it found.

Writing is done in passes (:mod:`leanrails_desktop.core.sync` drives them): each page of
the server's list is written in one transaction, stamped with the pass number; a complete
pass then removes the links it did not see. A pass cut short by an error, a cancel or a
killed process leaves every page it wrote, and the next pass completes the picture.

Searching: every link has one search text (casefolded) of its title, id, description,
metadata keys and values, line-item descriptions and products, and its amounts as a
merchant types them (``49.99``, ``17,000`` and ``17000``); a typed link address stands for
its id. Every word of a search must appear. An FTS5 table with the trigram tokenizer
finds them: words of three characters or more in the text, shorter ones in a copy of the
text with every character tripled, where each is a single trigram. One query covers all
the words and the status, so counts come from the index alone. Measured over 100,000 links
(``python -m bench.mirror_search``), a keystroke (counts and the first 100 rows) takes a
few milliseconds against tens for scanning every text, which is what happens when this
SQLite has no trigram tokenizer. Pages written by a sync are indexed after the pass, in
batches (:meth:`Mirror.index_pending`), which costs a fraction of indexing page by page;
until then the texts not indexed are tested one by one.

Threading: one connection writes and another reads, each used by one thread at a time
under its own lock; in WAL mode reads never wait for a sync page being written. Any thread
may call any method.

Secret keys are never stored: a link whose text holds one is kept with it replaced by
``[redacted]``.
"""

from __future__ import annotations

from leanrails_desktop.core.mirror.mirror import Mirror
from leanrails_desktop.core.mirror.opening import default_mirror_folder, mirror_path, open_mirror
from leanrails_desktop.core.mirror.records import (
    Counts,
    MirrorError,
    MirrorQuery,
    MirrorRow,
    MirrorUnusable,
    PageWritten,
    SortKey,
    SyncState,
)
from leanrails_desktop.core.mirror.texts import search_text

__all__ = [
    "Counts",
    "Mirror",
    "MirrorError",
    "MirrorQuery",
    "MirrorRow",
    "MirrorUnusable",
    "PageWritten",
    "SortKey",
    "SyncState",
    "default_mirror_folder",
    "mirror_path",
    "open_mirror",
    "search_text",
]
