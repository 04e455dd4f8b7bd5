<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Create, share and manage your LeanRails Checkout Links from your desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy version and folder details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the version and folder details, to send to support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the {name} folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your files are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret keys are never kept in these folders: they stay in your system&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {folder} in your file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been saved here yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} could not be opened here. Select its address above and open it in your file manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Account not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox account not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} The sandbox key is kept for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{name}” ({masked_key})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its secret key is deleted from this computer&apos;s keyring. Your links on LeanRails are not affected; you can add the key again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{name}” from the list anyway? Its key would stay in your keyring until you delete it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your LeanRails accounts. Secret keys are kept in this computer&apos;s keyring and shown here only by their last four characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the keyring again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account list notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet. Choose Add to paste your secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as &amp;default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected account when the app starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}  · this run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “{name}” for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “{name}” and saved its key in your keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live mode, real payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key ending {last4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept for this run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live mode: real payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test mode: no real money moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for this run only: the key will not be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” opens when the app starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring works: new keys will be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new checkout link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the list up to date with LeanRails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the link&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the QR code as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the QR code as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the link on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the link off, with an optional message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new link from this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange selected links…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set fields on all the selected links at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back what the last bulk change changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the checkout page in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, switch or remove accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export links to a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import links…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create links from a CSV or Excel spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;QR codes and print sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save many QR codes, or a sheet to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch a&amp;ccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language (applies after restart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a secret key from your LeanRails Dashboard. It is checked with LeanRails, then kept in this computer&apos;s keyring, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: My shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts with sk_test_ or sk_live_. Hidden as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sk_test_… or sk_live_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this only to use the local sandbox or a test server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this key for this &amp;run only (it won&apos;t be remembered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this key for this run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for this run &amp;only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the checked key for this run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE key: links you create take real payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test key: no real money moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts with sk_test_ (test mode) or sk_live_ (live mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the key with LeanRails…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an account called “{name}”. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeanRails accepted the key, but it could not be saved in your keyring. Nothing was saved; you can keep the key for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulk</name>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: stopped before this link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change {count} link(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo the change to {count} link(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Undo change to {count} link(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the metadata key to set or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A metadata key has at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one field to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading {count} link(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}; {count} cannot change: {problems}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo {count} link(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Changing links: {done} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Put back {count} link(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed {count} link(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{done}; stopped, {failed} not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done}; {failed} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry the failed ones ({failed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry the failed ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the link under way…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry the failed ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message shown while inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message shown while inactive (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Button text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Promotion codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation &amp;message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown after payment (empty: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;etadata key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set or remove the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links that change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what to set on every selected link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies the next time you start LeanRails Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed on LeanRails meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” was changed on LeanRails after you opened it here. Choose which version of each part to save; nothing is sent until you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On LeanRails now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{part} (you changed it too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: keep yours, {yours}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: take LeanRails&apos;s, {theirs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;LeanRails&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect to {redirect_url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation page: “{message}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (Pay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops after {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeanRails Desktop ran into a problem it did not expect. Your work is kept: unsaved links are stored as drafts. If this keeps happening, send us the report below — it contains no secret keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was also saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the report was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crash report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>Unsaved work restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes to “{title}” restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{others} more unsaved draft(s) are kept as well.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Duplicate opened as a new link. Change it, then create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fix the highlighted fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: “{title}” was changed on LeanRails meanwhile. Your edits are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” now shows the version on LeanRails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created “{title}”. Its link is ready to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeanRails did not accept this link.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorPane</name>
    <message>
        <source>Automatic (shows “Pay”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with this link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer is paying for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a &amp;confirmation page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redirect to my website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a confirmation page after payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect to my website after payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, up to {max} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional thank-you message, up to {max} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always ask for a billing &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require billing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow pr&amp;omotion codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow promotion codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit completed payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed payments limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What visitors see while the link is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inactive message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a link, or press Ctrl+N to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New link — not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing “{label}” — unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing “{label}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialogs</name>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG vector image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title and address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low (7%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium (15%) — recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartile (25%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High (30%) — for print on rough surfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with these choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Error correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code for “{link_title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All links of this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All active links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All inactive links</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The {count} selected link(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{scope} (fetches every page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export QR codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;print sheet (PDF with a grid of labelled codes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One &amp;ZIP file of QR codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate files in a &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes per row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes per &amp;row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export links as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per line &amp;item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make accents show correctly in &amp;Excel (adds a byte-order mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel-compatible encoding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Export stopped because another account was opened; no partial file was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no partial file was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{count} link(s) done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG vector image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the QR codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save QR codes as ZIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save print sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{count} QR file(s) saved in {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} QR code(s) saved to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} QR code(s) placed on the print sheet saved as {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting QR codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export links as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{rows} row(s) exported to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormParts</name>
    <message>
        <source>Problem with {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links to create from {file_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems by line and column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip the links with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry the failed ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns ignored: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{quantity} × {what} at {price}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{quantity} × {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file_name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{ready} link(s) ready, {refused} with problems</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{summary} — the sheet itself has problems; fix them and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import {count} link(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Creating links: {done} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry the failed ones ({failed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created {count} link(s) from {file_name}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{done}; stopped, {failed} not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done}; {failed} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry the failed ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the link under way…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import stopped because another account was opened; importing the same file again finishes it without duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyringBanner</name>
    <message>
        <source>Keyring notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineItemsEditor</name>
    <message>
        <source>Products of this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line item {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line item {number} type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom amount, or a price you created in LeanRails (price_…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line item {number} quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line item {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price id, e.g. price_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line item {number} price id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line item {number} currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line item {number} amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product id, e.g. prod_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line item {number} product id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product this amount is for: type its id, or part of its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line items of a saved link cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add line item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add line item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du&amp;plicate to change items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate to change items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line items of a saved link cannot change. A duplicate opens as a new link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading line items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line items.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkActions</name>
    <message numerus="yes">
        <source>{count} link(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Activating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activating {done} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivating {done} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Activated {count} link(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated {count} link(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkFilter</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkForm</name>
    <message>
        <source>{label} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} can be at most {limit} characters ({count} now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} contains invisible control characters; please retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address customers go to after paying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web address cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid web address; check the port number (at most 65535) and any [ ] brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a full web address starting with https://, such as https://example.com/thanks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use https:// — plain http:// is only allowed for localhost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{host}” is not a valid domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address can be at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the checkout button says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether to ask for a billing address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter how many payments the link accepts, as a whole number of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inactive message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one line item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link can have at most {max} line items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity must be a whole number from 1 to {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a price id (price_…) or switch to a custom amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price id looks like price_3fg6hj9km1np.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All line items must use one currency; the first uses {currency}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the product id (prod_…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product id looks like prod_8mn4qr7vw2xz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product id can be at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata can have at most {max} keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every metadata value needs a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata keys can be at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata key “{name}” is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata values can be at most {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata contains invisible control characters; please retype it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkStatus</name>
    <message>
        <source>Link status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate or reactivate link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active — customers can pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deac&amp;tivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive — visitors see the inactive message below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinksModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListFooter</name>
    <message numerus="yes">
        <source>{shown} match · {total} link(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{total} link(s) · {active} active</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search title, id, address, metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try loading links again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links in this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select every link the list shows, for copying, exports and switching on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading links…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The links could not be loaded.
{last_error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link matches “{searching}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No links yet. Press Ctrl+N to create your first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inactive links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all {count} matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Listing</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LIVE account — links you create and change here take real payments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This key was not accepted by LeanRails. Check it in Accounts, or add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeanRails is receiving too many requests. Try again in {wait} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeanRails is receiving too many requests. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You appear to be offline, or LeanRails could not be reached. {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link no longer exists on LeanRails. It may have been removed; refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous save is still being processed. Wait a moment and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This save conflicts with an earlier one. Reload the link and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeanRails refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeanRails had a problem answering. Your input is kept; try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written ({file}): {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your input is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key was not accepted. LeanRails said: “{answer}” Check that you copied the whole secret key, and that it has not been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key was not accepted. Check that you copied the whole secret key, and that it has not been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add metadata key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove metadata key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is no longer active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After paying, customers are sent to {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks for your payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After paying, customers see: “{message}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Checkout field: {placeholder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview at desktop width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview at mobile width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout page preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;QR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy QR code image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save QR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkout page appears here as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview inactive message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number    MM / YY    CVC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add promotion code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview checkout button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview item {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview item {number} amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link stops accepting payments after {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is switched off; visitors see only this message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them, discard them, or keep editing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate {what}?
Visitors will see this message instead of the checkout (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the QR options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an untitled link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have unsaved work from an earlier session: a new link, “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have unsaved work from an earlier session: changes to the link “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>{reason} — retrying in {delay:.0f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was closed before this could run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Share</name>
    <message numerus="yes">
        <source>{count} link(s) copied to the clipboard.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>QR code of “{title}” copied as an image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — list as of 00:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE — real payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEST</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing {done} of about {estimate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing {done}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line items {done} of about {estimate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line items {done}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeanRails could not be reached; the links kept on this computer are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeanRails could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — as of {as_of}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not up to date — as of {as_of}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date {as_of}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to LeanRails Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create checkout links, see what your customers will see, and share them as links or QR codes. How would you like to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add your secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a key from your LeanRails Dashboard (sk_test_… or sk_live_…). It is kept in this computer&apos;s keyring, so you only paste it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try it with the local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account needed: a practice server runs on this computer with sample links. Nothing you do there reaches LeanRails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it with the local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
