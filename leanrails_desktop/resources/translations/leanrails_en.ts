<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Bulk</name>
    <message numerus="yes">
        <source>Change {count} link(s)</source>
        <translation>
            <numerusform>Change {count} link</numerusform>
            <numerusform>Change {count} links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo the change to {count} link(s)</source>
        <translation>
            <numerusform>Undo the change to {count} link</numerusform>
            <numerusform>Undo the change to {count} links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading {count} link(s)…</source>
        <translation>
            <numerusform>Reading {count} link…</numerusform>
            <numerusform>Reading {count} links…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}; {count} cannot change: {problems}</source>
        <translation>
            <numerusform>{summary}; {count} cannot change: {problems}</numerusform>
            <numerusform>{summary}; {count} cannot change: {problems}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo {count} link(s)</source>
        <translation>
            <numerusform>Undo {count} link</numerusform>
            <numerusform>Undo {count} links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put back {count} link(s)</source>
        <translation>
            <numerusform>Put back {count} link</numerusform>
            <numerusform>Put back {count} links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed {count} link(s)</source>
        <translation>
            <numerusform>Changed {count} link</numerusform>
            <numerusform>Changed {count} links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkChanges</name>
    <message numerus="yes">
        <source>{count} link(s) change, {unchanged} already so</source>
        <translation>
            <numerusform>{count} link changes, {unchanged} already so</numerusform>
            <numerusform>{count} links change, {unchanged} already so</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkPlan</name>
    <message numerus="yes">
        <source>{total} + {count} saved price(s)</source>
        <translation>
            <numerusform>{total} + {count} saved price</numerusform>
            <numerusform>{total} + {count} saved prices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message numerus="yes">
        <source>{others} more unsaved draft(s) are kept as well.</source>
        <translation>
            <numerusform>{others} more unsaved draft is kept as well.</numerusform>
            <numerusform>{others} more unsaved drafts are kept as well.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialogs</name>
    <message numerus="yes">
        <source>The {count} selected link(s)</source>
        <translation>
            <numerusform>The {count} selected link</numerusform>
            <numerusform>The {count} selected links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message numerus="yes">
        <source>{count} link(s) done</source>
        <translation>
            <numerusform>{count} link done</numerusform>
            <numerusform>{count} links done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} QR file(s) saved in {path}.</source>
        <translation>
            <numerusform>{count} QR file saved in {path}.</numerusform>
            <numerusform>{count} QR files saved in {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} QR code(s) saved to {path}.</source>
        <translation>
            <numerusform>{count} QR code saved to {path}.</numerusform>
            <numerusform>{count} QR codes saved to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} QR code(s) placed on the print sheet saved as {path}.</source>
        <translation>
            <numerusform>{count} QR code placed on the print sheet saved as {path}.</numerusform>
            <numerusform>{count} QR codes placed on the print sheet saved as {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} codes were saved; {refused} would not scan and were left out:</source>
        <translation>
            <numerusform>{count} code was saved; {refused} would not scan and were left out:</numerusform>
            <numerusform>{count} codes were saved; {refused} would not scan and were left out:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{rows} row(s) exported to {path}.</source>
        <translation>
            <numerusform>{rows} row exported to {path}.</numerusform>
            <numerusform>{rows} rows exported to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message numerus="yes">
        <source>Undo change to {count} link(s)</source>
        <translation>
            <numerusform>Undo change to {count} link</numerusform>
            <numerusform>Undo change to {count} links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message numerus="yes">
        <source>{ready} link(s) ready, {refused} with problems</source>
        <translation>
            <numerusform>{ready} link ready, {refused} with problems</numerusform>
            <numerusform>{ready} links ready, {refused} with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import {count} link(s)</source>
        <translation>
            <numerusform>Import {count} link</numerusform>
            <numerusform>Import {count} links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report of {count} link(s) saved to {path}.</source>
        <translation>
            <numerusform>Report of {count} link saved to {path}.</numerusform>
            <numerusform>Report of {count} links saved to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created {count} link(s) from {file_name}</source>
        <translation>
            <numerusform>Created {count} link from {file_name}</numerusform>
            <numerusform>Created {count} links from {file_name}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LimitSuffix</name>
    <message numerus="yes">
        <source> payment(s)</source>
        <translation>
            <numerusform> payment</numerusform>
            <numerusform> payments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkActions</name>
    <message numerus="yes">
        <source>{count} link(s)</source>
        <translation>
            <numerusform>{count} link</numerusform>
            <numerusform>{count} links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activated {count} link(s).</source>
        <translation>
            <numerusform>Activated {count} link.</numerusform>
            <numerusform>Activated {count} links.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated {count} link(s).</source>
        <translation>
            <numerusform>Deactivated {count} link.</numerusform>
            <numerusform>Deactivated {count} links.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListFooter</name>
    <message numerus="yes">
        <source>{shown} match · {total} link(s)</source>
        <translation>
            <numerusform>{shown} match · {total} link</numerusform>
            <numerusform>{shown} match · {total} links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{total} link(s) · {active} active</source>
        <translation>
            <numerusform>{total} link · {active} active</numerusform>
            <numerusform>{total} links · {active} active</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Share</name>
    <message numerus="yes">
        <source>{count} link(s) copied to the clipboard.</source>
        <translation>
            <numerusform>Link copied to the clipboard.</numerusform>
            <numerusform>{count} links copied to the clipboard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} link(s) copied, one per channel.</source>
        <translation>
            <numerusform>{count} link copied, one per channel.</numerusform>
            <numerusform>{count} links copied, one per channel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} QR code(s) saved in {folder}.</source>
        <translation>
            <numerusform>{count} QR code saved in {folder}.</numerusform>
            <numerusform>{count} QR codes saved in {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Print sheet with {count} code(s) saved to {path}.</source>
        <translation>
            <numerusform>Print sheet with {count} code saved to {path}.</numerusform>
            <numerusform>Print sheet with {count} codes saved to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message numerus="yes">
        <source>Syncing stopped after {count} link(s). {reason}</source>
        <translation>
            <numerusform>Syncing stopped after {count} link. {reason}</numerusform>
            <numerusform>Syncing stopped after {count} links. {reason}</numerusform>
        </translation>
    </message>
</context>
</TS>
