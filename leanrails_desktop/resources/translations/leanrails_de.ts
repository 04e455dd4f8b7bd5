<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Create, share and manage your LeanRails Checkout Links from your desktop.</source>
        <translation>Erstellen, teilen und verwalten Sie Ihre LeanRails Checkout Links direkt am Desktop.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Copy version and folder details</source>
        <translation>Versions- und Ordnerangaben kopieren</translation>
    </message>
    <message>
        <source>Copy the version and folder details, to send to support</source>
        <translation>Versions- und Ordnerangaben kopieren, um sie an den Support zu senden</translation>
    </message>
    <message>
        <source>Close About</source>
        <translation>Info schließen</translation>
    </message>
    <message>
        <source>{app} logo</source>
        <translation>{app}-Logo</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>Lizenz: {licence}</translation>
    </message>
    <message>
        <source>{name} folder</source>
        <translation>Ordner „{name}“</translation>
    </message>
    <message>
        <source>Open the {name} folder</source>
        <translation>Ordner „{name}“ öffnen</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>App-Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Where your files are</source>
        <translation>Wo Ihre Dateien liegen</translation>
    </message>
    <message>
        <source>Secret keys are never kept in these folders: they stay in your system&apos;s keyring.</source>
        <translation>Geheime Schlüssel werden nie in diesen Ordnern gespeichert: Sie bleiben im Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Show {folder} in your file manager</source>
        <translation>{folder} im Dateimanager anzeigen</translation>
    </message>
    <message>
        <source>Nothing has been saved here yet</source>
        <translation>Hier wurde noch nichts gespeichert</translation>
    </message>
    <message>
        <source>The folder {folder} could not be opened here. Select its address above and open it in your file manager.</source>
        <translation>Der Ordner {folder} konnte hier nicht geöffnet werden. Markieren Sie die Adresse oben und öffnen Sie ihn in Ihrem Dateimanager.</translation>
    </message>
    <message>
        <source>Details copied.</source>
        <translation>Details kopiert.</translation>
    </message>
</context>
<context>
    <name>AccountRules</name>
    <message>
        <source>Paste your secret key. It starts with sk_test_ or sk_live_.</source>
        <translation>Fügen Sie Ihren geheimen Schlüssel ein. Er beginnt mit sk_test_ oder sk_live_.</translation>
    </message>
    <message>
        <source>This is a publishable key (it starts with pk_), which can&apos;t manage links. Paste your secret key instead: it starts with sk_test_ or sk_live_.</source>
        <translation>Das ist ein veröffentlichbarer Schlüssel (er beginnt mit pk_), mit dem sich keine Zahlungslinks verwalten lassen. Fügen Sie stattdessen Ihren geheimen Schlüssel ein: Er beginnt mit sk_test_ oder sk_live_.</translation>
    </message>
    <message>
        <source>This is a restricted key (it starts with rk_). Paste your secret key instead: it starts with sk_test_ or sk_live_.</source>
        <translation>Das ist ein eingeschränkter Schlüssel (er beginnt mit rk_). Fügen Sie stattdessen Ihren geheimen Schlüssel ein: Er beginnt mit sk_test_ oder sk_live_.</translation>
    </message>
    <message>
        <source>A secret key starts with sk_test_ (test mode) or sk_live_ (live mode); this one starts differently. Copy it again from your LeanRails Dashboard.</source>
        <translation>Ein geheimer Schlüssel beginnt mit sk_test_ (Testmodus) oder sk_live_ (Live-Modus); dieser beginnt anders. Kopieren Sie ihn erneut aus Ihrem LeanRails-Dashboard.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a LeanRails secret key. A secret key starts with sk_test_ or sk_live_.</source>
        <translation>Das sieht nicht wie ein geheimer LeanRails-Schlüssel aus. Ein geheimer Schlüssel beginnt mit sk_test_ oder sk_live_.</translation>
    </message>
    <message>
        <source>This key contains characters a LeanRails secret key never has. Copy it again from your LeanRails Dashboard.</source>
        <translation>Dieser Schlüssel enthält Zeichen, die ein geheimer LeanRails-Schlüssel nie hat. Kopieren Sie ihn erneut aus Ihrem LeanRails-Dashboard.</translation>
    </message>
    <message>
        <source>This key is too short to be a whole secret key. Copy it again, all of it.</source>
        <translation>Dieser Schlüssel ist zu kurz für einen vollständigen geheimen Schlüssel. Kopieren Sie ihn erneut, und zwar vollständig.</translation>
    </message>
    <message>
        <source>This is too long to be a secret key. Copy just the key itself.</source>
        <translation>Das ist zu lang für einen geheimen Schlüssel. Kopieren Sie nur den Schlüssel selbst.</translation>
    </message>
    <message>
        <source>Give the account a name, such as the shop it belongs to.</source>
        <translation>Geben Sie dem Konto einen Namen, etwa den des Shops, zu dem es gehört.</translation>
    </message>
    <message>
        <source>Keep the name to {max} characters or fewer.</source>
        <translation>Der Name darf höchstens {max} Zeichen lang sein.</translation>
    </message>
</context>
<context>
    <name>AccountStartup</name>
    <message>
        <source>There is no account called “{name}”. Your accounts are {names}.</source>
        <translation>Es gibt kein Konto namens „{name}“. Ihre Konten sind {names}.</translation>
    </message>
    <message>
        <source>There is no account called “{name}”.</source>
        <translation>Es gibt kein Konto namens „{name}“.</translation>
    </message>
    <message>
        <source>{variable} was not used: {problem}</source>
        <translation>{variable} wurde nicht verwendet: {problem}</translation>
    </message>
    <message>
        <source>Opened “{name}” instead.</source>
        <translation>Stattdessen wurde „{name}“ geöffnet.</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Your account list could not be read ({reason}).</source>
        <translation>Ihre Kontenliste konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>Your account list was damaged, so it was set aside and a new one started. Your keys are still in your keyring.</source>
        <translation>Ihre Kontenliste war beschädigt; sie wurde beiseitegelegt und eine neue angelegt. Ihre Schlüssel befinden sich weiterhin in Ihrem Schlüsselbund.</translation>
    </message>
    <message>
        <source>This account no longer exists. Choose another one in Accounts.</source>
        <translation>Dieses Konto existiert nicht mehr. Wählen Sie unter „Konten“ ein anderes.</translation>
    </message>
    <message>
        <source>The secret key for “{name}” is no longer in your keyring. Remove the account and add it again with the key.</source>
        <translation>Der geheime Schlüssel für „{name}“ ist nicht mehr in Ihrem Schlüsselbund. Entfernen Sie das Konto und fügen Sie es mit dem Schlüssel erneut hinzu.</translation>
    </message>
    <message>
        <source>This account no longer exists. Close Accounts and open it again.</source>
        <translation>Dieses Konto existiert nicht mehr. Schließen Sie „Konten“ und öffnen Sie es erneut.</translation>
    </message>
    <message>
        <source>There is already an account called “{name}”. Choose another name.</source>
        <translation>Es gibt bereits ein Konto namens „{name}“. Wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Account not opened</source>
        <translation>Konto nicht geöffnet</translation>
    </message>
    <message>
        <source>Opening “{name}”…</source>
        <translation>„{name}“ wird geöffnet …</translation>
    </message>
    <message>
        <source>Sandbox not started</source>
        <translation>Sandbox nicht gestartet</translation>
    </message>
    <message>
        <source>Sandbox account not saved</source>
        <translation>Sandbox-Konto nicht gespeichert</translation>
    </message>
    <message>
        <source>{message} The sandbox key is kept for this run only.</source>
        <translation>{message} Der Sandbox-Schlüssel wird nur für diese Sitzung behalten.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove “{name}” ({masked_key})?</source>
        <translation>„{name}“ ({masked_key}) entfernen?</translation>
    </message>
    <message>
        <source>Its secret key is deleted from this computer&apos;s keyring. Your links on LeanRails are not affected; you can add the key again later.</source>
        <translation>Der geheime Schlüssel wird aus dem Schlüsselbund dieses Computers gelöscht. Ihre Zahlungslinks bei LeanRails bleiben unberührt; Sie können den Schlüssel später erneut hinzufügen.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove “{name}” from the list anyway? Its key would stay in your keyring until you delete it there.</source>
        <translation>„{name}“ trotzdem aus der Liste entfernen? Der Schlüssel bliebe in Ihrem Schlüsselbund, bis Sie ihn dort löschen.</translation>
    </message>
    <message>
        <source>Remove &amp;anyway</source>
        <translation>&amp;Trotzdem entfernen</translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation>Konto umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Your LeanRails accounts. Secret keys are kept in this computer&apos;s keyring and shown here only by their last four characters.</source>
        <translation>Ihre LeanRails-Konten. Geheime Schlüssel liegen im Schlüsselbund dieses Computers und werden hier nur mit ihren letzten vier Zeichen angezeigt.</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Check the keyring again</source>
        <translation>Schlüsselbund erneut prüfen</translation>
    </message>
    <message>
        <source>Account list notice</source>
        <translation>Hinweis zur Kontenliste</translation>
    </message>
    <message>
        <source>No accounts yet. Choose Add to paste your secret key.</source>
        <translation>Noch keine Konten. Wählen Sie „Hinzufügen“, um Ihren geheimen Schlüssel einzufügen.</translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation>Keine Konten</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>Rename the selected account</source>
        <translation>Ausgewähltes Konto umbenennen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>Remove the selected account</source>
        <translation>Ausgewähltes Konto entfernen</translation>
    </message>
    <message>
        <source>Set as &amp;default</source>
        <translation>Als &amp;Standard festlegen</translation>
    </message>
    <message>
        <source>Open the selected account when the app starts</source>
        <translation>Ausgewähltes Konto beim Start der App öffnen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>{name}  · this run only</source>
        <translation>{name}  · nur für diese Sitzung</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>TEST</translation>
    </message>
    <message>
        <source>Added “{name}” for this run only.</source>
        <translation>„{name}“ nur für diese Sitzung hinzugefügt.</translation>
    </message>
    <message>
        <source>Added “{name}” and saved its key in your keyring.</source>
        <translation>„{name}“ hinzugefügt und den Schlüssel in Ihrem Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>live mode, real payments</source>
        <translation>Live-Modus, echte Zahlungen</translation>
    </message>
    <message>
        <source>test mode</source>
        <translation>Testmodus</translation>
    </message>
    <message>
        <source>key ending {last4}</source>
        <translation>Schlüssel endet auf {last4}</translation>
    </message>
    <message>
        <source>default account</source>
        <translation>Standardkonto</translation>
    </message>
    <message>
        <source>kept for this run only</source>
        <translation>nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Live mode: real payments</source>
        <translation>Live-Modus: echte Zahlungen</translation>
    </message>
    <message>
        <source>Test mode: no real money moves</source>
        <translation>Testmodus: Es fließt kein echtes Geld</translation>
    </message>
    <message>
        <source>Kept for this run only: the key will not be remembered.</source>
        <translation>Nur für diese Sitzung: Der Schlüssel wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Renamed to “{name}”.</source>
        <translation>Umbenannt in „{name}“.</translation>
    </message>
    <message>
        <source>Default account</source>
        <translation>Standardkonto</translation>
    </message>
    <message>
        <source>“{name}” opens when the app starts.</source>
        <translation>„{name}“ wird beim Start der App geöffnet.</translation>
    </message>
    <message>
        <source>Removing “{name}”…</source>
        <translation>„{name}“ wird entfernt …</translation>
    </message>
    <message>
        <source>Removed “{name}”.</source>
        <translation>„{name}“ entfernt.</translation>
    </message>
    <message>
        <source>The keyring works: new keys will be remembered.</source>
        <translation>Der Schlüsselbund funktioniert: Neue Schlüssel werden gespeichert.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New link</source>
        <translation>&amp;Neuer Zahlungslink</translation>
    </message>
    <message>
        <source>Create a new checkout link</source>
        <translation>Einen neuen Zahlungslink erstellen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the link</source>
        <translation>Zahlungslink speichern</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Su&amp;chen …</translation>
    </message>
    <message>
        <source>Search links</source>
        <translation>Zahlungslinks durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Bring the list up to date with LeanRails</source>
        <translation>Liste mit LeanRails abgleichen</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the link&apos;s address</source>
        <translation>Adresse des Zahlungslinks kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;QR code</source>
        <translation>&amp;QR-Code kopieren</translation>
    </message>
    <message>
        <source>Copy the QR code as an image</source>
        <translation>QR-Code als Bild kopieren</translation>
    </message>
    <message>
        <source>Save QR code…</source>
        <translation>QR-Code speichern …</translation>
    </message>
    <message>
        <source>Save the QR code as PNG, SVG or PDF</source>
        <translation>QR-Code als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Switch the link on</source>
        <translation>Zahlungslink einschalten</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>&amp;Teilen …</translation>
    </message>
    <message>
        <source>Share the link: tagged per channel, embed code, email, posts</source>
        <translation>Zahlungslink teilen: markiert pro Kanal, Einbettungscode, E-Mail, Beiträge</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deaktivieren …</translation>
    </message>
    <message>
        <source>Switch the link off, with an optional message</source>
        <translation>Zahlungslink ausschalten, optional mit einer Nachricht</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>Start a new link from this one</source>
        <translation>Einen neuen Zahlungslink auf Basis dieses Links anlegen</translation>
    </message>
    <message>
        <source>C&amp;hange selected links…</source>
        <translation>Ausgewählte Links ä&amp;ndern …</translation>
    </message>
    <message>
        <source>Set fields on all the selected links at once</source>
        <translation>Felder für alle ausgewählten Zahlungslinks auf einmal setzen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Put back what the last save or bulk change changed</source>
        <translation>Das letzte Speichern oder die letzte Sammeländerung zurücknehmen</translation>
    </message>
    <message>
        <source>Hi&amp;story…</source>
        <translation>&amp;Verlauf …</translation>
    </message>
    <message>
        <source>The changes made to this link from this computer</source>
        <translation>Die Änderungen an diesem Zahlungslink von diesem Computer aus</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>Open the checkout page in your browser</source>
        <translation>Die Bezahlseite in Ihrem Browser öffnen</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten …</translation>
    </message>
    <message>
        <source>Add, switch or remove accounts</source>
        <translation>Konten hinzufügen, wechseln oder entfernen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>Links as &amp;CSV…</source>
        <translation>Links als &amp;CSV …</translation>
    </message>
    <message>
        <source>Export links to a spreadsheet</source>
        <translation>Zahlungslinks in eine Tabelle exportieren</translation>
    </message>
    <message>
        <source>&amp;Import links…</source>
        <translation>Links &amp;importieren …</translation>
    </message>
    <message>
        <source>Create links from a CSV or Excel spreadsheet</source>
        <translation>Zahlungslinks aus einer CSV- oder Excel-Tabelle erstellen</translation>
    </message>
    <message>
        <source>&amp;QR codes and print sheet…</source>
        <translation>&amp;QR-Codes und Druckbogen …</translation>
    </message>
    <message>
        <source>Save many QR codes, or a sheet to print</source>
        <translation>Viele QR-Codes speichern oder einen Druckbogen erstellen</translation>
    </message>
    <message>
        <source>Switch a&amp;ccount</source>
        <translation>Konto &amp;wechseln</translation>
    </message>
    <message>
        <source>&amp;Language (applies after restart)</source>
        <translation>&amp;Sprache (gilt nach Neustart)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Einstellunge&amp;n</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add an account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Paste a secret key from your LeanRails Dashboard. It is checked with LeanRails, then kept in this computer&apos;s keyring, never in a file.</source>
        <translation>Fügen Sie einen geheimen Schlüssel aus Ihrem LeanRails-Dashboard ein. Er wird bei LeanRails geprüft und dann im Schlüsselbund dieses Computers aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>For example: My shop</source>
        <translation>Zum Beispiel: Mein Shop</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <source>Starts with sk_test_ or sk_live_. Hidden as you type.</source>
        <translation>Beginnt mit sk_test_ oder sk_live_. Wird bei der Eingabe verborgen.</translation>
    </message>
    <message>
        <source>sk_test_… or sk_live_…</source>
        <translation>sk_test_… oder sk_live_…</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Show the secret key</source>
        <translation>Geheimen Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>Geheimer &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>About this key</source>
        <translation>Zu diesem Schlüssel</translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>Erweiterte Einstellungen anzeigen</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API-&amp;Adresse:</translation>
    </message>
    <message>
        <source>Change this only to use the local sandbox or a test server.</source>
        <translation>Ändern Sie dies nur, um die lokale Sandbox oder einen Testserver zu verwenden.</translation>
    </message>
    <message>
        <source>Keep this key for this &amp;run only (it won&apos;t be remembered)</source>
        <translation>Schlüssel nur für diese &amp;Sitzung behalten (wird nicht gespeichert)</translation>
    </message>
    <message>
        <source>Keep this key for this run only</source>
        <translation>Schlüssel nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Keep for this run &amp;only</source>
        <translation>Nur für diese Sitzung &amp;behalten</translation>
    </message>
    <message>
        <source>Keep the checked key for this run only</source>
        <translation>Geprüften Schlüssel nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>Checking the key</source>
        <translation>Schlüssel wird geprüft</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Verify and save</source>
        <translation>&amp;Prüfen und speichern</translation>
    </message>
    <message>
        <source>Verify and save</source>
        <translation>Prüfen und speichern</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Hide advanced settings</source>
        <translation>Erweiterte Einstellungen ausblenden</translation>
    </message>
    <message>
        <source>LIVE key: links you create take real payments.</source>
        <translation>LIVE-Schlüssel: Ihre Zahlungslinks nehmen echte Zahlungen entgegen.</translation>
    </message>
    <message>
        <source>Test key: no real money moves.</source>
        <translation>Testschlüssel: Es fließt kein echtes Geld.</translation>
    </message>
    <message>
        <source>Starts with sk_test_ (test mode) or sk_live_ (live mode).</source>
        <translation>Beginnt mit sk_test_ (Testmodus) oder sk_live_ (Live-Modus).</translation>
    </message>
    <message>
        <source>Checking the key with LeanRails…</source>
        <translation>Schlüssel wird bei LeanRails geprüft …</translation>
    </message>
    <message>
        <source>Live account</source>
        <translation>Live-Konto</translation>
    </message>
    <message>
        <source>Test account</source>
        <translation>Testkonto</translation>
    </message>
    <message>
        <source>There is already an account called “{name}”. Choose another name.</source>
        <translation>Es gibt bereits ein Konto namens „{name}“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>LeanRails accepted the key, but it could not be saved in your keyring. Nothing was saved; you can keep the key for this run only.</source>
        <translation>LeanRails hat den Schlüssel akzeptiert, aber er konnte nicht in Ihrem Schlüsselbund gespeichert werden. Es wurde nichts gespeichert; Sie können den Schlüssel nur für diese Sitzung behalten.</translation>
    </message>
</context>
<context>
    <name>Amounts</name>
    <message>
        <source>“{shown}” is not an amount; use one decimal mark and group thousands by three digits, such as 1,234.50 or 1.234,50.</source>
        <translation>„{shown}“ ist kein Betrag; verwenden Sie nur ein Dezimalzeichen und Dreiergruppen für Tausender, etwa 1.234,50 oder 1,234.50.</translation>
    </message>
    <message>
        <source>“{shown}” is not an amount; thousands are grouped by three digits.</source>
        <translation>„{shown}“ ist kein Betrag; Tausender werden in Dreiergruppen geschrieben.</translation>
    </message>
    <message>
        <source>“{shown}” is ambiguous in {code}: it could be {decimal} or {whole}; write it with a dot for decimals, such as {decimal}.</source>
        <translation>„{shown}“ ist in {code} mehrdeutig: gemeint sein kann {decimal} oder {whole}; schreiben Sie Nachkommastellen mit Punkt, etwa {decimal}.</translation>
    </message>
    <message>
        <source>{shown} has more decimals than {code} allows (no decimals); if the dot groups thousands, write {whole}.</source>
        <translation>{shown} hat mehr Nachkommastellen, als {code} erlaubt (keine); wenn der Punkt Tausender trennt, schreiben Sie {whole}.</translation>
    </message>
    <message>
        <source>{shown} has more decimals than {code} allows (only {places} decimals); if the dot groups thousands, write {whole}.</source>
        <translation>{shown} hat mehr Nachkommastellen, als {code} erlaubt (höchstens {places}); wenn der Punkt Tausender trennt, schreiben Sie {whole}.</translation>
    </message>
    <message>
        <source>The amount cannot be negative or carry a sign; enter a number such as {example}.</source>
        <translation>Der Betrag darf nicht negativ sein und kein Vorzeichen haben; geben Sie eine Zahl wie {example} ein.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <source>“{shown}” is not an amount; use a comma for decimals, such as {example}.</source>
        <translation>„{shown}“ ist kein Betrag; verwenden Sie ein Komma für Nachkommastellen, etwa {example}.</translation>
    </message>
    <message>
        <source>“{shown}” is not an amount; use a dot for decimals, such as {example}.</source>
        <translation>„{shown}“ ist kein Betrag; verwenden Sie einen Punkt für Nachkommastellen, etwa {example}.</translation>
    </message>
    <message>
        <source>“{shown}” is not an amount; use “{mark}” for decimals, such as {example}.</source>
        <translation>„{shown}“ ist kein Betrag; verwenden Sie „{mark}“ für Nachkommastellen, etwa {example}.</translation>
    </message>
    <message>
        <source>“{shown}” is not an amount; enter a number such as {example}.</source>
        <translation>„{shown}“ ist kein Betrag; geben Sie eine Zahl wie {example} ein.</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>Could not reach LeanRails at {where}: {detail}.</source>
        <translation>LeanRails unter {where} war nicht erreichbar: {detail}.</translation>
    </message>
    <message>
        <source>The connection failed</source>
        <translation>Die Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not reach LeanRails at {where}: timed out after {limit} s.</source>
        <translation>LeanRails unter {where} war nicht erreichbar: Zeitüberschreitung nach {limit} s.</translation>
    </message>
    <message>
        <source>The connection timed out</source>
        <translation>Zeitüberschreitung beim Verbinden</translation>
    </message>
    <message>
        <source>LeanRails at {where} did not answer: timed out after {limit} s.</source>
        <translation>LeanRails unter {where} hat nicht geantwortet: Zeitüberschreitung nach {limit} s.</translation>
    </message>
    <message>
        <source>The request timed out</source>
        <translation>Zeitüberschreitung bei der Anfrage</translation>
    </message>
    <message>
        <source>LeanRails at {where} closed the connection before answering completely.</source>
        <translation>LeanRails unter {where} hat die Verbindung vor einer vollständigen Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The connection was cut</source>
        <translation>Die Verbindung wurde unterbrochen</translation>
    </message>
    <message>
        <source>LeanRails could not be reached</source>
        <translation>LeanRails war nicht erreichbar</translation>
    </message>
    <message>
        <source>The connection to LeanRails at {where} failed: {detail}.</source>
        <translation>Die Verbindung zu LeanRails unter {where} ist fehlgeschlagen: {detail}.</translation>
    </message>
    <message>
        <source>The request to LeanRails at {where} failed: {detail}.</source>
        <translation>Die Anfrage an LeanRails unter {where} ist fehlgeschlagen: {detail}.</translation>
    </message>
</context>
<context>
    <name>Bulk</name>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>not sent: stopped before this link</source>
        <translation>nicht gesendet: vor diesem Link angehalten</translation>
    </message>
    <message>
        <source>failed: {error}</source>
        <translation>fehlgeschlagen: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Change {count} link(s)</source>
        <translation>
            <numerusform>{count} Link ändern</numerusform>
            <numerusform>{count} Links ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo the change to {count} link(s)</source>
        <translation>
            <numerusform>Änderung an {count} Link rückgängig machen</numerusform>
            <numerusform>Änderung an {count} Links rückgängig machen</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the metadata key to set or remove.</source>
        <translation>Geben Sie den Metadaten-Schlüssel ein, der gesetzt oder entfernt werden soll.</translation>
    </message>
    <message>
        <source>A metadata key has at most {max} characters.</source>
        <translation>Ein Metadaten-Schlüssel hat höchstens {max} Zeichen.</translation>
    </message>
    <message>
        <source>Tick at least one field to change.</source>
        <translation>Wählen Sie mindestens ein Feld zum Ändern aus.</translation>
    </message>
    <message numerus="yes">
        <source>Reading {count} link(s)…</source>
        <translation>
            <numerusform>{count} Link wird gelesen …</numerusform>
            <numerusform>{count} Links werden gelesen …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}; {count} cannot change: {problems}</source>
        <translation>
            <numerusform>{summary}; {count} kann nicht geändert werden: {problems}</numerusform>
            <numerusform>{summary}; {count} können nicht geändert werden: {problems}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo {count} link(s)</source>
        <translation>
            <numerusform>{count} Link zurücksetzen</numerusform>
            <numerusform>{count} Links zurücksetzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing links: {done} of {count}</source>
        <translation>Links werden geändert: {done} von {count}</translation>
    </message>
    <message numerus="yes">
        <source>Put back {count} link(s)</source>
        <translation>
            <numerusform>{count} Link zurückgesetzt</numerusform>
            <numerusform>{count} Links zurückgesetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed {count} link(s)</source>
        <translation>
            <numerusform>{count} Link geändert</numerusform>
            <numerusform>{count} Links geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>{done}; stopped, {failed} not sent</source>
        <translation>{done}; angehalten, {failed} nicht gesendet</translation>
    </message>
    <message>
        <source>{done}; {failed} failed</source>
        <translation>{done}; {failed} fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Retry the failed ones ({failed})</source>
        <translation>Fehlgeschlagene &amp;erneut versuchen ({failed})</translation>
    </message>
    <message>
        <source>&amp;Retry the failed ones</source>
        <translation>Fehlgeschlagene &amp;erneut versuchen</translation>
    </message>
    <message>
        <source>Stopping after the link under way…</source>
        <translation>Wird nach dem laufenden Link angehalten …</translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Bezahlen</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Buchen</translation>
    </message>
    <message>
        <source>Donate</source>
        <translation>Spenden</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Only when needed</source>
        <translation>Nur wenn nötig</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Set to</source>
        <translation>Setzen auf</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Change links</source>
        <translation>Links ändern</translation>
    </message>
    <message>
        <source>Change summary</source>
        <translation>Zusammenfassung der Änderung</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Prüfen …</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>Ä&amp;ndern</translation>
    </message>
    <message>
        <source>&amp;Retry the failed ones</source>
        <translation>Fehlgeschlagene &amp;erneut versuchen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message shown while inactive</source>
        <translation>Nachricht, solange inaktiv</translation>
    </message>
    <message>
        <source>Message shown while inactive (optional)</source>
        <translation>Nachricht, solange inaktiv (optional)</translation>
    </message>
    <message>
        <source>&amp;Button text</source>
        <translation>&amp;Schaltflächentext</translation>
    </message>
    <message>
        <source>Button text</source>
        <translation>Schaltflächentext</translation>
    </message>
    <message>
        <source>Billing &amp;address</source>
        <translation>&amp;Rechnungsadresse</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Rechnungsadresse</translation>
    </message>
    <message>
        <source>&amp;Promotion codes</source>
        <translation>&amp;Gutscheincodes</translation>
    </message>
    <message>
        <source>Promotion codes</source>
        <translation>Gutscheincodes</translation>
    </message>
    <message>
        <source>Confirmation &amp;message</source>
        <translation>&amp;Bestätigungsnachricht</translation>
    </message>
    <message>
        <source>Confirmation message</source>
        <translation>Bestätigungsnachricht</translation>
    </message>
    <message>
        <source>Shown after payment (empty: none)</source>
        <translation>Wird nach der Zahlung angezeigt (leer: keine)</translation>
    </message>
    <message>
        <source>M&amp;etadata key</source>
        <translation>M&amp;etadaten-Schlüssel</translation>
    </message>
    <message>
        <source>Metadata key</source>
        <translation>Metadaten-Schlüssel</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Set or remove the key</source>
        <translation>Schlüssel setzen oder entfernen</translation>
    </message>
    <message>
        <source>Metadata value</source>
        <translation>Metadaten-Wert</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Problem with the change</source>
        <translation>Problem mit der Änderung</translation>
    </message>
    <message>
        <source>Links that change</source>
        <translation>Links, die sich ändern</translation>
    </message>
    <message>
        <source>Change progress</source>
        <translation>Fortschritt der Änderung</translation>
    </message>
    <message>
        <source>Tick what to set on every selected link.</source>
        <translation>Wählen Sie aus, was bei jedem ausgewählten Link gesetzt werden soll.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>BulkChanges</name>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Bezahlen</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Buchen</translation>
    </message>
    <message>
        <source>Donate</source>
        <translation>Spenden</translation>
    </message>
    <message>
        <source>when needed</source>
        <translation>wenn nötig</translation>
    </message>
    <message>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message numerus="yes">
        <source>{count} link(s) change, {unchanged} already so</source>
        <translation>
            <numerusform>{count} Link ändert sich, {unchanged} bereits so</numerusform>
            <numerusform>{count} Links ändern sich, {unchanged} bereits so</numerusform>
        </translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>redirect to {url}</source>
        <translation>Weiterleitung zu {url}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive ({message})</source>
        <translation>inaktiv ({message})</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>stops after {limit}</source>
        <translation>endet nach {limit}</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Schaltfläche</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Rechnungsadresse</translation>
    </message>
    <message>
        <source>Promotion codes</source>
        <translation>Gutscheincodes</translation>
    </message>
    <message>
        <source>Confirmation message</source>
        <translation>Bestätigungsnachricht</translation>
    </message>
    <message>
        <source>Payment limit</source>
        <translation>Zahlungslimit</translation>
    </message>
    <message>
        <source>Metadata {key}</source>
        <translation>Metadaten {key}</translation>
    </message>
    <message>
        <source>LeanRails refused the change.</source>
        <translation>LeanRails hat die Änderung abgelehnt.</translation>
    </message>
</context>
<context>
    <name>BulkColumns</name>
    <message>
        <source>“{value}” in line_items cannot be read back; export the links per line item to copy them.</source>
        <translation>„{value}“ in line_items kann nicht zurückgelesen werden; exportieren Sie die Zahlungslinks mit einer Zeile pro Position, um sie zu kopieren.</translation>
    </message>
    <message>
        <source>line_items names “{name}”, not a product id (prod_…) or price id; export the links per line item to copy them.</source>
        <translation>line_items nennt „{name}“, keine Produkt-ID (prod_…) oder Preis-ID; exportieren Sie die Zahlungslinks mit einer Zeile pro Position, um sie zu kopieren.</translation>
    </message>
    <message>
        <source>“{value}” in line_items is not an amount.</source>
        <translation>„{value}“ in line_items ist kein Betrag.</translation>
    </message>
</context>
<context>
    <name>BulkPlan</name>
    <message>
        <source>line {line}, {column}: {message}</source>
        <translation>Zeile {line}, {column}: {message}</translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>Zeile {line}: {message}</translation>
    </message>
    <message numerus="yes">
        <source>{total} + {count} saved price(s)</source>
        <translation>
            <numerusform>{total} + {count} gespeicherter Preis</numerusform>
            <numerusform>{total} + {count} gespeicherte Preise</numerusform>
        </translation>
    </message>
    <message>
        <source>The column “{name}” appears twice; only the first is read.</source>
        <translation>Die Spalte „{name}“ kommt zweimal vor; nur die erste wird gelesen.</translation>
    </message>
    <message>
        <source>The sheet has no “title” column; every link needs one.</source>
        <translation>Die Tabelle hat keine Spalte „title“; jeder Zahlungslink braucht eine.</translation>
    </message>
    <message>
        <source>The sheet has a header but no rows to import.</source>
        <translation>Die Tabelle hat eine Kopfzeile, aber keine Zeilen zum Importieren.</translation>
    </message>
    <message>
        <source>differs from line {line} of the same link; a link&apos;s own columns must match on each of its rows or be left empty.</source>
        <translation>weicht von Zeile {line} desselben Links ab; die Spalten eines Links müssen in jeder seiner Zeilen übereinstimmen oder leer bleiben.</translation>
    </message>
    <message>
        <source>Use hosted_confirmation or redirect.</source>
        <translation>Verwenden Sie hosted_confirmation oder redirect.</translation>
    </message>
    <message>
        <source>“{value}” is neither true nor false.</source>
        <translation>„{value}“ ist weder wahr noch falsch.</translation>
    </message>
    <message>
        <source>Metadata must be written as {&quot;key&quot;: &quot;value&quot;, …}.</source>
        <translation>Metadaten müssen als {&quot;key&quot;: &quot;value&quot;, …} geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>BulkSend</name>
    <message>
        <source>LeanRails refused the link.</source>
        <translation>LeanRails hat den Zahlungslink abgelehnt.</translation>
    </message>
    <message>
        <source>created as {id} but not switched off: {reason}</source>
        <translation>als {id} erstellt, aber nicht ausgeschaltet: {reason}</translation>
    </message>
</context>
<context>
    <name>BulkSheet</name>
    <message>
        <source>{name} could not be read: {problem}.</source>
        <translation>{name} konnte nicht gelesen werden: {problem}.</translation>
    </message>
    <message>
        <source>{name} is a CSV file, which has no sheets to choose from.</source>
        <translation>{name} ist eine CSV-Datei und hat keine Tabellenblätter zur Auswahl.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>{name} is not a text file a spreadsheet wrote.</source>
        <translation>{name} ist keine Textdatei aus einer Tabellenkalkulation.</translation>
    </message>
    <message>
        <source>{name} is not a CSV file.</source>
        <translation>{name} ist keine CSV-Datei.</translation>
    </message>
    <message>
        <source>{name} is not valid CSV: {problem}.</source>
        <translation>{name} ist keine gültige CSV-Datei: {problem}.</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx) that can be read.</source>
        <translation>{name} ist keine lesbare Excel-Arbeitsmappe (.xlsx).</translation>
    </message>
    <message>
        <source>{name} has no sheet called “{sheet}”; its sheets are {names}.</source>
        <translation>{name} hat kein Tabellenblatt namens „{sheet}“; vorhanden sind {names}.</translation>
    </message>
    <message>
        <source>{name} is empty; it needs a header row.</source>
        <translation>{name} ist leer; sie braucht eine Kopfzeile.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language applies the next time you start LeanRails Desktop.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von LeanRails Desktop.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed on LeanRails meanwhile</source>
        <translation>Inzwischen bei LeanRails geändert</translation>
    </message>
    <message>
        <source>“{title}” was changed on LeanRails after you opened it here. Choose which version of each part to save; nothing is sent until you do.</source>
        <translation>„{title}“ wurde bei LeanRails geändert, nachdem Sie den Link hier geöffnet haben. Wählen Sie für jeden Teil, welche Fassung gespeichert wird; vorher wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <source>On LeanRails now</source>
        <translation>Jetzt bei LeanRails</translation>
    </message>
    <message>
        <source>{part} (you changed it too)</source>
        <translation>{part} (auch von Ihnen geändert)</translation>
    </message>
    <message>
        <source>{label}: keep yours, {yours}</source>
        <translation>{label}: Ihre Fassung behalten, {yours}</translation>
    </message>
    <message>
        <source>{label}: take LeanRails&apos;s, {theirs}</source>
        <translation>{label}: Fassung von LeanRails übernehmen, {theirs}</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Take &amp;LeanRails&apos;s</source>
        <translation>Von &amp;LeanRails übernehmen</translation>
    </message>
    <message>
        <source>&amp;Save as chosen</source>
        <translation>&amp;Wie gewählt speichern</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>After payment</source>
        <translation>Nach der Zahlung</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>Schaltfläche</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Rechnungsadresse</translation>
    </message>
    <message>
        <source>Promotion codes</source>
        <translation>Gutscheincodes</translation>
    </message>
    <message>
        <source>Payment limit</source>
        <translation>Zahlungslimit</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Inactive message</source>
        <translation>Nachricht bei Inaktivität</translation>
    </message>
    <message>
        <source>Redirect to {redirect_url}</source>
        <translation>Weiterleitung zu {redirect_url}</translation>
    </message>
    <message>
        <source>Confirmation page: “{message}”</source>
        <translation>Bestätigungsseite: „{message}“</translation>
    </message>
    <message>
        <source>Confirmation page</source>
        <translation>Bestätigungsseite</translation>
    </message>
    <message>
        <source>Automatic (Pay)</source>
        <translation>Automatisch (Bezahlen)</translation>
    </message>
    <message>
        <source>Always asked</source>
        <translation>Immer abgefragt</translation>
    </message>
    <message>
        <source>When needed</source>
        <translation>Wenn nötig</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Stops after {limit}</source>
        <translation>Endet nach {limit}</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>LeanRails Desktop ran into a problem it did not expect. Your work is kept: unsaved links are stored as drafts. If this keeps happening, send us the report below — it contains no secret keys.</source>
        <translation>LeanRails Desktop ist auf ein unerwartetes Problem gestoßen. Ihre Arbeit bleibt erhalten: Nicht gespeicherte Zahlungslinks liegen als Entwürfe vor. Wenn das wiederholt passiert, senden Sie uns bitte den Bericht unten – er enthält keine geheimen Schlüssel.</translation>
    </message>
    <message>
        <source>The report was also saved to {path}</source>
        <translation>Der Bericht wurde außerdem unter {path} gespeichert</translation>
    </message>
    <message>
        <source>Where the report was saved</source>
        <translation>Speicherort des Berichts</translation>
    </message>
    <message>
        <source>Crash report</source>
        <translation>Fehlerbericht</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>Unsaved work restored.</source>
        <translation>Nicht gespeicherte Arbeit wiederhergestellt.</translation>
    </message>
    <message>
        <source>Unsaved changes to “{title}” restored.</source>
        <translation>Nicht gespeicherte Änderungen an „{title}“ wiederhergestellt.</translation>
    </message>
    <message numerus="yes">
        <source>{others} more unsaved draft(s) are kept as well.</source>
        <translation>
            <numerusform>{others} weiterer nicht gespeicherter Entwurf wird ebenfalls aufbewahrt.</numerusform>
            <numerusform>{others} weitere nicht gespeicherte Entwürfe werden ebenfalls aufbewahrt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Duplicate opened as a new link. Change it, then create it.</source>
        <translation>Duplikat als neuer Zahlungslink geöffnet. Passen Sie ihn an und erstellen Sie ihn dann.</translation>
    </message>
    <message>
        <source>Please fix the highlighted fields.</source>
        <translation>Bitte korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nichts zu speichern.</translation>
    </message>
    <message>
        <source>Creating link…</source>
        <translation>Zahlungslink wird erstellt …</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Not saved: “{title}” was changed on LeanRails meanwhile. Your edits are still here.</source>
        <translation>Nicht gespeichert: „{title}“ wurde inzwischen bei LeanRails geändert. Ihre Änderungen sind noch hier.</translation>
    </message>
    <message>
        <source>“{title}” now shows the version on LeanRails.</source>
        <translation>„{title}“ zeigt jetzt die Fassung von LeanRails.</translation>
    </message>
    <message>
        <source>Created {time}</source>
        <translation>Erstellt {time}</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Gespeichert {time}</translation>
    </message>
    <message>
        <source>Created “{title}”. Its link is ready to share.</source>
        <translation>„{title}“ erstellt. Der Zahlungslink kann jetzt geteilt werden.</translation>
    </message>
    <message>
        <source>Saved “{title}”.</source>
        <translation>„{title}“ gespeichert.</translation>
    </message>
    <message>
        <source>LeanRails did not accept this link.</source>
        <translation>LeanRails hat diesen Zahlungslink nicht angenommen.</translation>
    </message>
</context>
<context>
    <name>EditorPane</name>
    <message>
        <source>Automatic (shows “Pay”)</source>
        <translation>Automatisch (zeigt „Bezahlen“)</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Bezahlen</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Buchen</translation>
    </message>
    <message>
        <source>Donate</source>
        <translation>Spenden</translation>
    </message>
    <message>
        <source>Link editor</source>
        <translation>Link-Editor</translation>
    </message>
    <message>
        <source>No link selected</source>
        <translation>Kein Zahlungslink ausgewählt</translation>
    </message>
    <message>
        <source>Editor state</source>
        <translation>Editor-Status</translation>
    </message>
    <message>
        <source>Problem with this link</source>
        <translation>Problem mit diesem Zahlungslink</translation>
    </message>
    <message>
        <source>Link form</source>
        <translation>Link-Formular</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save link</source>
        <translation>Zahlungslink speichern</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>Grundlagen</translation>
    </message>
    <message>
        <source>What the customer is paying for</source>
        <translation>Wofür der Kunde bezahlt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>B&amp;eschreibung</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>After payment</source>
        <translation>Nach der Zahlung</translation>
    </message>
    <message>
        <source>Show a &amp;confirmation page</source>
        <translation>&amp;Bestätigungsseite anzeigen</translation>
    </message>
    <message>
        <source>&amp;Redirect to my website</source>
        <translation>Auf meine &amp;Website weiterleiten</translation>
    </message>
    <message>
        <source>Show a confirmation page after payment</source>
        <translation>Nach der Zahlung eine Bestätigungsseite anzeigen</translation>
    </message>
    <message>
        <source>Redirect to my website after payment</source>
        <translation>Nach der Zahlung auf meine Website weiterleiten</translation>
    </message>
    <message>
        <source>Optional, up to {max} characters</source>
        <translation>Optional, bis zu {max} Zeichen</translation>
    </message>
    <message>
        <source>Optional thank-you message, up to {max} characters</source>
        <translation>Optionale Dankesnachricht, bis zu {max} Zeichen</translation>
    </message>
    <message>
        <source>Confirmation message</source>
        <translation>Bestätigungsnachricht</translation>
    </message>
    <message>
        <source>Redirect address</source>
        <translation>Weiterleitungsadresse</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>Ad&amp;resse</translation>
    </message>
    <message>
        <source>Checkout page</source>
        <translation>Bezahlseite</translation>
    </message>
    <message>
        <source>Button text</source>
        <translation>Schaltflächentext</translation>
    </message>
    <message>
        <source>&amp;Button</source>
        <translation>&amp;Schaltfläche</translation>
    </message>
    <message>
        <source>Always ask for a billing &amp;address</source>
        <translation>&amp;Rechnungsadresse immer abfragen</translation>
    </message>
    <message>
        <source>Require billing address</source>
        <translation>Rechnungsadresse verlangen</translation>
    </message>
    <message>
        <source>Allow pr&amp;omotion codes</source>
        <translation>&amp;Gutscheincodes erlauben</translation>
    </message>
    <message>
        <source>Allow promotion codes</source>
        <translation>Gutscheincodes erlauben</translation>
    </message>
    <message>
        <source>Stop after</source>
        <translation>Beenden nach</translation>
    </message>
    <message>
        <source>Limit completed payments</source>
        <translation>Abgeschlossene Zahlungen begrenzen</translation>
    </message>
    <message>
        <source>Completed payments limit</source>
        <translation>Limit für abgeschlossene Zahlungen</translation>
    </message>
    <message>
        <source>&amp;Limit</source>
        <translation>&amp;Limit</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>When switched off</source>
        <translation>Wenn ausgeschaltet</translation>
    </message>
    <message>
        <source>What visitors see while the link is off</source>
        <translation>Was Besucher sehen, solange der Zahlungslink ausgeschaltet ist</translation>
    </message>
    <message>
        <source>Inactive message</source>
        <translation>Nachricht bei Inaktivität</translation>
    </message>
    <message>
        <source>&amp;Inactive message</source>
        <translation>Nachricht bei &amp;Inaktivität</translation>
    </message>
    <message>
        <source>Select a link, or press Ctrl+N to create one.</source>
        <translation>Wählen Sie einen Zahlungslink aus oder drücken Sie Strg+N, um einen zu erstellen.</translation>
    </message>
    <message>
        <source>New link — not saved yet</source>
        <translation>Neuer Zahlungslink – noch nicht gespeichert</translation>
    </message>
    <message>
        <source>&amp;Create link</source>
        <translation>Zahlungslink &amp;erstellen</translation>
    </message>
    <message>
        <source>Editing “{label}” — unsaved changes</source>
        <translation>„{label}“ wird bearbeitet – nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Editing “{label}”</source>
        <translation>„{label}“ wird bearbeitet</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
</context>
<context>
    <name>ExportDialogs</name>
    <message>
        <source>Save QR code</source>
        <translation>QR-Code speichern</translation>
    </message>
    <message>
        <source>QR code for “{link_title}”</source>
        <translation>QR-Code für „{link_title}“</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen …</translation>
    </message>
    <message>
        <source>All links of this account</source>
        <translation>Alle Zahlungslinks dieses Kontos</translation>
    </message>
    <message>
        <source>All active links</source>
        <translation>Alle aktiven Zahlungslinks</translation>
    </message>
    <message>
        <source>All inactive links</source>
        <translation>Alle inaktiven Zahlungslinks</translation>
    </message>
    <message numerus="yes">
        <source>The {count} selected link(s)</source>
        <translation>
            <numerusform>Der ausgewählte Link</numerusform>
            <numerusform>Die {count} ausgewählten Links</numerusform>
        </translation>
    </message>
    <message>
        <source>{scope} (fetches every page)</source>
        <translation>{scope} (ruft alle Seiten ab)</translation>
    </message>
    <message>
        <source>A &amp;print sheet (PDF of labelled codes)</source>
        <translation>Ein &amp;Druckbogen (PDF mit beschrifteten Codes)</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Export QR codes</source>
        <translation>QR-Codes exportieren</translation>
    </message>
    <message>
        <source>Which links</source>
        <translation>Welche Zahlungslinks</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern als</translation>
    </message>
    <message>
        <source>One &amp;ZIP file of QR codes</source>
        <translation>Eine &amp;ZIP-Datei mit QR-Codes</translation>
    </message>
    <message>
        <source>Separate files in a &amp;folder</source>
        <translation>Einzelne Dateien in einem &amp;Ordner</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Export links as CSV</source>
        <translation>Zahlungslinks als CSV exportieren</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>One row per &amp;link</source>
        <translation>Eine Zeile pro &amp;Link</translation>
    </message>
    <message>
        <source>One row per line &amp;item</source>
        <translation>Eine Zeile pro &amp;Position</translation>
    </message>
    <message>
        <source>Make accents show correctly in &amp;Excel (adds a byte-order mark)</source>
        <translation>Umlaute in &amp;Excel korrekt anzeigen (fügt eine Byte-Reihenfolge-Markierung hinzu)</translation>
    </message>
    <message>
        <source>Excel-compatible encoding</source>
        <translation>Excel-kompatible Kodierung</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Export stopped because another account was opened; no partial file was left behind.</source>
        <translation>Export angehalten, weil ein anderes Konto geöffnet wurde; es blieb keine unvollständige Datei zurück.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Export cancelled; no partial file was left behind.</source>
        <translation>Export abgebrochen; es blieb keine unvollständige Datei zurück.</translation>
    </message>
    <message numerus="yes">
        <source>{count} link(s) done</source>
        <translation>
            <numerusform>{count} Link erledigt</numerusform>
            <numerusform>{count} Links erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG vector image (*.svg)</source>
        <translation>SVG-Vektorgrafik (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation>QR-Code speichern</translation>
    </message>
    <message>
        <source>Saving QR code</source>
        <translation>QR-Code wird gespeichert</translation>
    </message>
    <message>
        <source>QR code saved to {path}.</source>
        <translation>QR-Code unter {path} gespeichert.</translation>
    </message>
    <message>
        <source>Choose a folder for the QR codes</source>
        <translation>Ordner für die QR-Codes wählen</translation>
    </message>
    <message>
        <source>Save QR codes as ZIP</source>
        <translation>QR-Codes als ZIP speichern</translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation>ZIP-Archiv (*.zip)</translation>
    </message>
    <message>
        <source>Save print sheet</source>
        <translation>Druckbogen speichern</translation>
    </message>
    <message numerus="yes">
        <source>{count} QR file(s) saved in {path}.</source>
        <translation>
            <numerusform>{count} QR-Datei in {path} gespeichert.</numerusform>
            <numerusform>{count} QR-Dateien in {path} gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} QR code(s) saved to {path}.</source>
        <translation>
            <numerusform>{count} QR-Code unter {path} gespeichert.</numerusform>
            <numerusform>{count} QR-Codes unter {path} gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} QR code(s) placed on the print sheet saved as {path}.</source>
        <translation>
            <numerusform>{count} QR-Code auf dem Druckbogen platziert, gespeichert als {path}.</numerusform>
            <numerusform>{count} QR-Codes auf dem Druckbogen platziert, gespeichert als {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… und {count} weitere.</translation>
    </message>
    <message numerus="yes">
        <source>{count} codes were saved; {refused} would not scan and were left out:</source>
        <translation>
            <numerusform>{count} Code wurde gespeichert; {refused} wären nicht scanbar und wurden weggelassen:</numerusform>
            <numerusform>{count} Codes wurden gespeichert; {refused} wären nicht scanbar und wurden weggelassen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Some codes were left out</source>
        <translation>Einige Codes wurden weggelassen</translation>
    </message>
    <message>
        <source>Exporting QR codes</source>
        <translation>QR-Codes werden exportiert</translation>
    </message>
    <message>
        <source>Export links as CSV</source>
        <translation>Zahlungslinks als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Exporting CSV</source>
        <translation>CSV wird exportiert</translation>
    </message>
    <message numerus="yes">
        <source>{rows} row(s) exported to {path}.</source>
        <translation>
            <numerusform>{rows} Zeile nach {path} exportiert.</numerusform>
            <numerusform>{rows} Zeilen nach {path} exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormParts</name>
    <message>
        <source>Problem with the field above</source>
        <translation>Problem mit dem Feld darüber</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Saved in the editor</source>
        <translation>Im Editor gespeichert</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Bulk change</source>
        <translation>Sammeländerung</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Switched on or off</source>
        <translation>Ein- oder ausgeschaltet</translation>
    </message>
    <message>
        <source>Line items cannot be changed once a link is made, so they stay as they are.</source>
        <translation>Positionen lassen sich nach dem Erstellen eines Zahlungslinks nicht mehr ändern und bleiben daher, wie sie sind.</translation>
    </message>
    <message>
        <source>(no field recorded)</source>
        <translation>(kein Feld erfasst)</translation>
    </message>
    <message>
        <source>Not undone: “{title}” was changed on LeanRails after your save ({parts}). Nothing was overwritten; open the link to see its version.</source>
        <translation>Nicht rückgängig gemacht: „{title}“ wurde nach Ihrem Speichern bei LeanRails geändert ({parts}). Es wurde nichts überschrieben; öffnen Sie den Zahlungslink, um diese Fassung zu sehen.</translation>
    </message>
    <message>
        <source>Not undone: {problem}</source>
        <translation>Nicht rückgängig gemacht: {problem}</translation>
    </message>
    <message>
        <source>Nothing to undo: “{title}” already has its earlier values.</source>
        <translation>Nichts rückgängig zu machen: „{title}“ hat bereits die früheren Werte.</translation>
    </message>
    <message>
        <source>Undid the save of “{title}”. {line_items}</source>
        <translation>Speichern von „{title}“ rückgängig gemacht. {line_items}</translation>
    </message>
    <message>
        <source>Undo save of “{title}”</source>
        <translation>Speichern von „{title}“ rückgängig machen</translation>
    </message>
    <message>
        <source>No changes to this link were made from this computer yet. Saves, bulk changes, imports and switching it on or off will be listed here.</source>
        <translation>Von diesem Computer aus wurde dieser Zahlungslink noch nicht geändert. Speichern, Sammeländerungen, Importe sowie Ein- und Ausschalten werden hier aufgeführt.</translation>
    </message>
    <message>
        <source>The history is kept in the local store, which is not available.</source>
        <translation>Der Verlauf liegt im lokalen Speicher, der nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>Undoing the save of “{title}”…</source>
        <translation>Speichern von „{title}“ wird rückgängig gemacht …</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Nicht rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Link history</source>
        <translation>Verlauf des Zahlungslinks</translation>
    </message>
    <message>
        <source>Changes made to “{title}” from this computer, newest first</source>
        <translation>Änderungen an „{title}“ von diesem Computer aus, neueste zuerst</translation>
    </message>
    <message>
        <source>Changes to this link</source>
        <translation>Änderungen an diesem Zahlungslink</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message numerus="yes">
        <source>Undo change to {count} link(s)</source>
        <translation>
            <numerusform>Änderung an {count} Link rückgängig machen</numerusform>
            <numerusform>Änderung an {count} Links rückgängig machen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Import links</source>
        <translation>Zahlungslinks importieren</translation>
    </message>
    <message>
        <source>Links to create from {file_name}</source>
        <translation>Aus {file_name} zu erstellende Zahlungslinks</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>Tabellen&amp;blatt:</translation>
    </message>
    <message>
        <source>Sheet to import</source>
        <translation>Zu importierendes Tabellenblatt</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Zusammenfassung des Imports</translation>
    </message>
    <message>
        <source>Columns ignored</source>
        <translation>Ignorierte Spalten</translation>
    </message>
    <message>
        <source>Problems by line and column</source>
        <translation>Probleme nach Zeile und Spalte</translation>
    </message>
    <message>
        <source>Links to create</source>
        <translation>Zu erstellende Zahlungslinks</translation>
    </message>
    <message>
        <source>&amp;Skip the links with problems</source>
        <translation>Links mit Problemen ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Retry the failed ones</source>
        <translation>Fehlgeschlagene &amp;erneut versuchen</translation>
    </message>
    <message>
        <source>Save re&amp;port…</source>
        <translation>&amp;Bericht speichern …</translation>
    </message>
    <message>
        <source>A CSV of each link&apos;s line, result, id and address, for QR codes or a print sheet</source>
        <translation>Eine CSV-Datei mit Zeile, Ergebnis, ID und Adresse jedes Links, für QR-Codes oder einen Druckbogen</translation>
    </message>
    <message>
        <source>Print QR &amp;codes…</source>
        <translation>QR-Codes &amp;drucken …</translation>
    </message>
    <message>
        <source>QR codes or a label sheet of the links this import made</source>
        <translation>QR-Codes oder ein Etikettenbogen der Zahlungslinks, die dieser Import erstellt hat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Columns ignored: {columns}</source>
        <translation>Ignorierte Spalten: {columns}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>Tabellen (*.csv *.tsv *.txt *.xlsx *.xlsm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>item</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>{quantity} × {what} at {price}</source>
        <translation>{quantity} × {what} zu {price}</translation>
    </message>
    <message>
        <source>{quantity} × {what}</source>
        <translation>{quantity} × {what}</translation>
    </message>
    <message>
        <source>Import links</source>
        <translation>Zahlungslinks importieren</translation>
    </message>
    <message>
        <source>Reading {file_name}…</source>
        <translation>{file_name} wird gelesen …</translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation>Die Datei kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Reading the sheet “{name}”…</source>
        <translation>Tabellenblatt „{name}“ wird gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>{ready} link(s) ready, {refused} with problems</source>
        <translation>
            <numerusform>{ready} Link bereit, {refused} mit Problemen</numerusform>
            <numerusform>{ready} Links bereit, {refused} mit Problemen</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary} — the sheet itself has problems; fix them and import it again</source>
        <translation>{summary} – die Tabelle selbst hat Probleme; beheben Sie diese und importieren Sie sie erneut</translation>
    </message>
    <message numerus="yes">
        <source>Import {count} link(s)</source>
        <translation>
            <numerusform>{count} Link importieren</numerusform>
            <numerusform>{count} Links importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Save import report</source>
        <translation>Importbericht speichern</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Report of {count} link(s) saved to {path}.</source>
        <translation>
            <numerusform>Bericht über {count} Link unter {path} gespeichert.</numerusform>
            <numerusform>Bericht über {count} Links unter {path} gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Der Bericht wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Creating links: {done} of {count}</source>
        <translation>Zahlungslinks werden erstellt: {done} von {count}</translation>
    </message>
    <message>
        <source>already created</source>
        <translation>bereits erstellt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>it has problems</source>
        <translation>er hat Probleme</translation>
    </message>
    <message>
        <source>&amp;Retry the failed ones ({failed})</source>
        <translation>Fehlgeschlagene &amp;erneut versuchen ({failed})</translation>
    </message>
    <message numerus="yes">
        <source>Created {count} link(s) from {file_name}</source>
        <translation>
            <numerusform>{count} Link aus {file_name} erstellt</numerusform>
            <numerusform>{count} Links aus {file_name} erstellt</numerusform>
        </translation>
    </message>
    <message>
        <source>{done}; stopped, {failed} not sent</source>
        <translation>{done}; angehalten, {failed} nicht gesendet</translation>
    </message>
    <message>
        <source>{done}; {failed} failed</source>
        <translation>{done}; {failed} fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Retry the failed ones</source>
        <translation>Fehlgeschlagene &amp;erneut versuchen</translation>
    </message>
    <message>
        <source>Stopping after the link under way…</source>
        <translation>Wird nach dem laufenden Link angehalten …</translation>
    </message>
    <message>
        <source>Import stopped because another account was opened; importing the same file again finishes it without duplicates.</source>
        <translation>Import angehalten, weil ein anderes Konto geöffnet wurde; wenn Sie dieselbe Datei erneut importieren, wird er ohne Duplikate abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>KeyringBanner</name>
    <message>
        <source>Keyring notice</source>
        <translation>Hinweis zum Schlüsselbund</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>Keystore</name>
    <message>
        <source>Open Keychain Access, unlock your login keychain and restart LeanRails Desktop. Until then you can keep a key for this run only and paste it again next time.</source>
        <translation>Öffnen Sie die Schlüsselbundverwaltung, entsperren Sie Ihren Anmeldeschlüsselbund und starten Sie LeanRails Desktop neu. Bis dahin können Sie einen Schlüssel nur für diese Sitzung behalten und ihn beim nächsten Mal erneut einfügen.</translation>
    </message>
    <message>
        <source>Sign in to Windows again so Credential Manager is available and restart LeanRails Desktop. Until then you can keep a key for this run only and paste it again next time.</source>
        <translation>Melden Sie sich erneut bei Windows an, damit die Anmeldeinformationsverwaltung verfügbar ist, und starten Sie LeanRails Desktop neu. Bis dahin können Sie einen Schlüssel nur für diese Sitzung behalten und ihn beim nächsten Mal erneut einfügen.</translation>
    </message>
    <message>
        <source>To fix this, install GNOME Keyring (or KWallet on KDE), make sure it starts with your desktop session and is unlocked, then restart LeanRails Desktop. Until then you can keep a key for this run only and paste it again next time.</source>
        <translation>Installieren Sie dazu GNOME Keyring (oder KWallet unter KDE), sorgen Sie dafür, dass er mit Ihrer Desktop-Sitzung startet und entsperrt ist, und starten Sie LeanRails Desktop dann neu. Bis dahin können Sie einen Schlüssel nur für diese Sitzung behalten und ihn beim nächsten Mal erneut einfügen.</translation>
    </message>
    <message>
        <source>Open Keychain Access, unlock your login keychain, then try again. Nothing has been lost.</source>
        <translation>Öffnen Sie die Schlüsselbundverwaltung, entsperren Sie Ihren Anmeldeschlüsselbund und versuchen Sie es dann erneut. Es ist nichts verloren gegangen.</translation>
    </message>
    <message>
        <source>Sign in to Windows again so Credential Manager is available, then try again. Nothing has been lost.</source>
        <translation>Melden Sie sich erneut bei Windows an, damit die Anmeldeinformationsverwaltung verfügbar ist, und versuchen Sie es dann erneut. Es ist nichts verloren gegangen.</translation>
    </message>
    <message>
        <source>Unlock your keyring (sign in to your desktop again, or open Passwords and Keys), then try again. Nothing has been lost.</source>
        <translation>Entsperren Sie Ihren Schlüsselbund (melden Sie sich erneut am Desktop an oder öffnen Sie „Passwörter und Verschlüsselung“) und versuchen Sie es dann erneut. Es ist nichts verloren gegangen.</translation>
    </message>
    <message>
        <source>Make sure {keyring} is running and unlocked, then try again. Nothing has been lost.</source>
        <translation>Stellen Sie sicher, dass {keyring} läuft und entsperrt ist, und versuchen Sie es dann erneut. Es ist nichts verloren gegangen.</translation>
    </message>
    <message>
        <source>Your keyring is locked, so the secret key could not be read.</source>
        <translation>Ihr Schlüsselbund ist gesperrt, daher konnte der geheime Schlüssel nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Your keyring is locked, so the secret key could not be saved.</source>
        <translation>Ihr Schlüsselbund ist gesperrt, daher konnte der geheime Schlüssel nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Your keyring is locked, so the secret key could not be deleted.</source>
        <translation>Ihr Schlüsselbund ist gesperrt, daher konnte der geheime Schlüssel nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Your keyring is locked, so the secret key could not be used.</source>
        <translation>Ihr Schlüsselbund ist gesperrt, daher konnte der geheime Schlüssel nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Your keyring answered with an error, so the secret key could not be read.</source>
        <translation>Ihr Schlüsselbund hat mit einem Fehler geantwortet, daher konnte der geheime Schlüssel nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Your keyring answered with an error, so the secret key could not be saved.</source>
        <translation>Ihr Schlüsselbund hat mit einem Fehler geantwortet, daher konnte der geheime Schlüssel nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Your keyring answered with an error, so the secret key could not be deleted.</source>
        <translation>Ihr Schlüsselbund hat mit einem Fehler geantwortet, daher konnte der geheime Schlüssel nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Your keyring answered with an error, so the secret key could not be used.</source>
        <translation>Ihr Schlüsselbund hat mit einem Fehler geantwortet, daher konnte der geheime Schlüssel nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The only keyring on this computer keeps passwords in a plain file, so LeanRails Desktop will not use it to remember your secret key.</source>
        <translation>Der einzige Schlüsselbund auf diesem Computer speichert Passwörter in einer unverschlüsselten Datei, daher verwendet LeanRails Desktop ihn nicht für Ihren geheimen Schlüssel.</translation>
    </message>
    <message>
        <source>LeanRails Desktop can&apos;t find a keyring on this computer, so it can&apos;t remember your secret key.</source>
        <translation>LeanRails Desktop findet auf diesem Computer keinen Schlüsselbund und kann sich Ihren geheimen Schlüssel daher nicht merken.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>A label sheet needs at least one row and one column.</source>
        <translation>Ein Etikettenbogen braucht mindestens eine Zeile und eine Spalte.</translation>
    </message>
    <message>
        <source>Labels must be at least 10 mm wide and high to hold a code.</source>
        <translation>Etiketten müssen mindestens 10 mm breit und hoch sein, damit ein Code darauf passt.</translation>
    </message>
    <message>
        <source>The labels overlap: make the pitch at least the label size.</source>
        <translation>Die Etiketten überlappen sich: Der Abstand muss mindestens so groß sein wie das Etikett.</translation>
    </message>
    <message>
        <source>These labels reach past the page ({right} × {bottom} mm on a {page_width} × {page_height} mm page): check the margins, pitch and number of rows and columns.</source>
        <translation>Diese Etiketten ragen über die Seite hinaus ({right} × {bottom} mm auf einer Seite von {page_width} × {page_height} mm): Prüfen Sie Ränder, Abstand sowie Anzahl der Zeilen und Spalten.</translation>
    </message>
    <message>
        <source>Choose A4 or Letter paper; “{paper}” is not a paper size.</source>
        <translation>Wählen Sie A4 oder Letter; „{paper}“ ist kein Papierformat.</translation>
    </message>
    <message>
        <source>A print sheet holds {min_per_row} to {max_per_row} codes per row.</source>
        <translation>Ein Druckbogen fasst {min_per_row} bis {max_per_row} Codes pro Zeile.</translation>
    </message>
    <message>
        <source>There is no label template “{name}”; choose one of {known}.</source>
        <translation>Es gibt keine Etikettenvorlage „{name}“; wählen Sie eine von {known}.</translation>
    </message>
</context>
<context>
    <name>LimitSuffix</name>
    <message numerus="yes">
        <source> payment(s)</source>
        <translation>
            <numerusform> Zahlung</numerusform>
            <numerusform> Zahlungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LineItemsEditor</name>
    <message>
        <source>Products of this account</source>
        <translation>Produkte dieses Kontos</translation>
    </message>
    <message>
        <source>Line item {number}</source>
        <translation>Position {number}</translation>
    </message>
    <message>
        <source>Custom amount</source>
        <translation>Eigener Betrag</translation>
    </message>
    <message>
        <source>Saved price</source>
        <translation>Gespeicherter Preis</translation>
    </message>
    <message>
        <source>Line item {number} type</source>
        <translation>Position {number}: Art</translation>
    </message>
    <message>
        <source>A custom amount, or a price you created in LeanRails (price_…)</source>
        <translation>Ein eigener Betrag oder ein Preis, den Sie in LeanRails angelegt haben (price_…)</translation>
    </message>
    <message>
        <source>Line item {number} quantity</source>
        <translation>Position {number}: Menge</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove line item {number}</source>
        <translation>Position {number} entfernen</translation>
    </message>
    <message>
        <source>Price id, e.g. price_…</source>
        <translation>Preis-ID, z. B. price_…</translation>
    </message>
    <message>
        <source>Line item {number} price id</source>
        <translation>Position {number}: Preis-ID</translation>
    </message>
    <message>
        <source>Line item {number} currency</source>
        <translation>Position {number}: Währung</translation>
    </message>
    <message>
        <source>Line item {number} amount</source>
        <translation>Position {number}: Betrag</translation>
    </message>
    <message>
        <source>Product id, e.g. prod_…</source>
        <translation>Produkt-ID, z. B. prod_…</translation>
    </message>
    <message>
        <source>Line item {number} product id</source>
        <translation>Position {number}: Produkt-ID</translation>
    </message>
    <message>
        <source>The product this amount is for: type its id, or part of its name</source>
        <translation>Das Produkt zu diesem Betrag: Geben Sie seine ID oder einen Teil seines Namens ein</translation>
    </message>
    <message>
        <source>Line items of a saved link cannot be changed.</source>
        <translation>Die Positionen eines gespeicherten Zahlungslinks können nicht geändert werden.</translation>
    </message>
    <message>
        <source>Saved line items</source>
        <translation>Gespeicherte Positionen</translation>
    </message>
    <message>
        <source>&amp;Add line item</source>
        <translation>Position &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add line item</source>
        <translation>Position hinzufügen</translation>
    </message>
    <message>
        <source>Du&amp;plicate to change items</source>
        <translation>Zum Ändern d&amp;uplizieren</translation>
    </message>
    <message>
        <source>Duplicate to change items</source>
        <translation>Zum Ändern der Positionen duplizieren</translation>
    </message>
    <message>
        <source>Line items of a saved link cannot change. A duplicate opens as a new link.</source>
        <translation>Die Positionen eines gespeicherten Zahlungslinks lassen sich nicht ändern. Ein Duplikat öffnet sich als neuer Zahlungslink.</translation>
    </message>
    <message>
        <source>Loading line items…</source>
        <translation>Positionen werden geladen …</translation>
    </message>
    <message>
        <source>No line items.</source>
        <translation>Keine Positionen.</translation>
    </message>
</context>
<context>
    <name>LinkActions</name>
    <message numerus="yes">
        <source>{count} link(s)</source>
        <translation>
            <numerusform>{count} Link</numerusform>
            <numerusform>{count} Links</numerusform>
        </translation>
    </message>
    <message>
        <source>Activating…</source>
        <translation>Wird aktiviert …</translation>
    </message>
    <message>
        <source>Deactivating…</source>
        <translation>Wird deaktiviert …</translation>
    </message>
    <message>
        <source>Activating {done} of {total}…</source>
        <translation>{done} von {total} werden aktiviert …</translation>
    </message>
    <message>
        <source>Deactivating {done} of {total}…</source>
        <translation>{done} von {total} werden deaktiviert …</translation>
    </message>
    <message>
        <source>Activated “{title}”.</source>
        <translation>„{title}“ aktiviert.</translation>
    </message>
    <message>
        <source>Deactivated “{title}”.</source>
        <translation>„{title}“ deaktiviert.</translation>
    </message>
    <message numerus="yes">
        <source>Activated {count} link(s).</source>
        <translation>
            <numerusform>{count} Link aktiviert.</numerusform>
            <numerusform>{count} Links aktiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated {count} link(s).</source>
        <translation>
            <numerusform>{count} Link deaktiviert.</numerusform>
            <numerusform>{count} Links deaktiviert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Gespeichert {time}</translation>
    </message>
</context>
<context>
    <name>LinkFilter</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
</context>
<context>
    <name>LinkForm</name>
    <message>
        <source>{label} is required.</source>
        <translation>{label} ist erforderlich.</translation>
    </message>
    <message>
        <source>{label} can be at most {limit} characters ({count} now).</source>
        <translation>{label} darf höchstens {limit} Zeichen lang sein (jetzt {count}).</translation>
    </message>
    <message>
        <source>{label} contains invisible control characters; please retype it.</source>
        <translation>{label} enthält unsichtbare Steuerzeichen; bitte geben Sie den Text neu ein.</translation>
    </message>
    <message>
        <source>Enter the address customers go to after paying.</source>
        <translation>Geben Sie die Adresse ein, zu der Kunden nach dem Bezahlen gelangen.</translation>
    </message>
    <message>
        <source>A web address cannot contain spaces.</source>
        <translation>Eine Webadresse darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>This is not a valid web address; check the port number (at most 65535) and any [ ] brackets.</source>
        <translation>Das ist keine gültige Webadresse; prüfen Sie die Portnummer (höchstens 65535) und etwaige [ ]-Klammern.</translation>
    </message>
    <message>
        <source>Use a full web address starting with https://, such as https://example.com/thanks.</source>
        <translation>Verwenden Sie eine vollständige Webadresse mit https://, etwa https://example.com/thanks.</translation>
    </message>
    <message>
        <source>Use https:// — plain http:// is only allowed for localhost.</source>
        <translation>Verwenden Sie https:// – einfaches http:// ist nur für localhost erlaubt.</translation>
    </message>
    <message>
        <source>“{host}” is not a valid domain name.</source>
        <translation>„{host}“ ist kein gültiger Domainname.</translation>
    </message>
    <message>
        <source>The address can be at most {max} characters.</source>
        <translation>Die Adresse darf höchstens {max} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Der Titel</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>Die Beschreibung</translation>
    </message>
    <message>
        <source>The confirmation message</source>
        <translation>Die Bestätigungsnachricht</translation>
    </message>
    <message>
        <source>Choose what the checkout button says.</source>
        <translation>Wählen Sie die Beschriftung der Bezahlen-Schaltfläche.</translation>
    </message>
    <message>
        <source>Choose whether to ask for a billing address.</source>
        <translation>Wählen Sie, ob nach einer Rechnungsadresse gefragt wird.</translation>
    </message>
    <message>
        <source>Enter how many payments the link accepts, as a whole number of 1 or more.</source>
        <translation>Geben Sie als ganze Zahl ab 1 an, wie viele Zahlungen der Zahlungslink annimmt.</translation>
    </message>
    <message>
        <source>The inactive message</source>
        <translation>Die Nachricht bei Inaktivität</translation>
    </message>
    <message>
        <source>Add at least one line item.</source>
        <translation>Fügen Sie mindestens eine Position hinzu.</translation>
    </message>
    <message>
        <source>A link can have at most {max} line items.</source>
        <translation>Ein Zahlungslink kann höchstens {max} Positionen haben.</translation>
    </message>
    <message>
        <source>Quantity must be a whole number from 1 to {max}.</source>
        <translation>Die Menge muss eine ganze Zahl von 1 bis {max} sein.</translation>
    </message>
    <message>
        <source>Enter a price id (price_…) or switch to a custom amount.</source>
        <translation>Geben Sie eine Preis-ID (price_…) ein oder wechseln Sie zu einem eigenen Betrag.</translation>
    </message>
    <message>
        <source>A price id looks like price_3fg6hj9km1np.</source>
        <translation>Eine Preis-ID sieht so aus: price_3fg6hj9km1np.</translation>
    </message>
    <message>
        <source>All line items must use one currency; the first uses {currency}.</source>
        <translation>Alle Positionen müssen dieselbe Währung haben; die erste verwendet {currency}.</translation>
    </message>
    <message>
        <source>Enter the product id (prod_…).</source>
        <translation>Geben Sie die Produkt-ID ein (prod_…).</translation>
    </message>
    <message>
        <source>A product id looks like prod_8mn4qr7vw2xz.</source>
        <translation>Eine Produkt-ID sieht so aus: prod_8mn4qr7vw2xz.</translation>
    </message>
    <message>
        <source>A product id can be at most {max} characters.</source>
        <translation>Eine Produkt-ID darf höchstens {max} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Metadata can have at most {max} keys.</source>
        <translation>Metadaten können höchstens {max} Schlüssel haben.</translation>
    </message>
    <message>
        <source>Every metadata value needs a key.</source>
        <translation>Jeder Metadaten-Wert braucht einen Schlüssel.</translation>
    </message>
    <message>
        <source>Metadata keys can be at most {max} characters.</source>
        <translation>Metadaten-Schlüssel dürfen höchstens {max} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The metadata key “{name}” is used twice.</source>
        <translation>Der Metadaten-Schlüssel „{name}“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>Metadata values can be at most {max} characters.</source>
        <translation>Metadaten-Werte dürfen höchstens {max} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Metadata contains invisible control characters; please retype it.</source>
        <translation>Die Metadaten enthalten unsichtbare Steuerzeichen; bitte geben Sie sie neu ein.</translation>
    </message>
</context>
<context>
    <name>LinkStatus</name>
    <message>
        <source>Link status</source>
        <translation>Status des Zahlungslinks</translation>
    </message>
    <message>
        <source>Deactivate or reactivate link</source>
        <translation>Zahlungslink deaktivieren oder reaktivieren</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Active — customers can pay</source>
        <translation>Aktiv – Kunden können bezahlen</translation>
    </message>
    <message>
        <source>Deac&amp;tivate…</source>
        <translation>Dea&amp;ktivieren …</translation>
    </message>
    <message>
        <source>Inactive — visitors see the inactive message below</source>
        <translation>Inaktiv – Besucher sehen die Nachricht bei Inaktivität unten</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>Rea&amp;ktivieren</translation>
    </message>
</context>
<context>
    <name>LinksModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
</context>
<context>
    <name>ListFooter</name>
    <message numerus="yes">
        <source>{shown} match · {total} link(s)</source>
        <translation>
            <numerusform>{shown} Treffer · {total} Link</numerusform>
            <numerusform>{shown} Treffer · {total} Links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{total} link(s) · {active} active</source>
        <translation>
            <numerusform>{total} Link · {active} aktiv</numerusform>
            <numerusform>{total} Links · {active} aktiv</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <source>Links</source>
        <translation>Zahlungslinks</translation>
    </message>
    <message>
        <source>All links</source>
        <translation>Alle Zahlungslinks</translation>
    </message>
    <message>
        <source>Show links</source>
        <translation>Zahlungslinks anzeigen</translation>
    </message>
    <message>
        <source>Search title, id, address, metadata</source>
        <translation>Titel, ID, Adresse, Metadaten durchsuchen</translation>
    </message>
    <message>
        <source>Search links</source>
        <translation>Zahlungslinks durchsuchen</translation>
    </message>
    <message>
        <source>Links table</source>
        <translation>Tabelle der Zahlungslinks</translation>
    </message>
    <message>
        <source>List state</source>
        <translation>Listenstatus</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Try loading links again</source>
        <translation>Zahlungslinks erneut laden</translation>
    </message>
    <message>
        <source>Links in this account</source>
        <translation>Zahlungslinks in diesem Konto</translation>
    </message>
    <message>
        <source>Select every link the list shows, for copying, exports and switching on or off</source>
        <translation>Alle angezeigten Zahlungslinks auswählen, zum Kopieren, Exportieren und Ein- oder Ausschalten</translation>
    </message>
    <message>
        <source>Loading links…</source>
        <translation>Zahlungslinks werden geladen …</translation>
    </message>
    <message>
        <source>The links could not be loaded.
{last_error}</source>
        <translation>Die Zahlungslinks konnten nicht geladen werden.
{last_error}</translation>
    </message>
    <message>
        <source>No link matches “{searching}”.</source>
        <translation>Kein Zahlungslink passt zu „{searching}“.</translation>
    </message>
    <message>
        <source>No links yet. Press Ctrl+N to create your first one.</source>
        <translation>Noch keine Zahlungslinks. Drücken Sie Strg+N, um Ihren ersten zu erstellen.</translation>
    </message>
    <message>
        <source>No active links.</source>
        <translation>Keine aktiven Zahlungslinks.</translation>
    </message>
    <message>
        <source>No inactive links.</source>
        <translation>Keine inaktiven Zahlungslinks.</translation>
    </message>
    <message>
        <source>Select all {count} matching</source>
        <translation>Alle {count} Treffer auswählen</translation>
    </message>
    <message>
        <source>Select all {count}</source>
        <translation>Alle {count} auswählen</translation>
    </message>
</context>
<context>
    <name>Listing</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>LocalSandbox</name>
    <message>
        <source>The local sandbox did not start. {detail}</source>
        <translation>Die lokale Sandbox ist nicht gestartet. {detail}</translation>
    </message>
    <message>
        <source>The local sandbox at {base_url} did not say which test key its demo data belongs to.</source>
        <translation>Die lokale Sandbox unter {base_url} hat nicht mitgeteilt, zu welchem Testschlüssel ihre Demodaten gehören.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LIVE account — links you create and change here take real payments.</source>
        <translation>LIVE-Konto – Zahlungslinks, die Sie hier erstellen und ändern, nehmen echte Zahlungen entgegen.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This key was not accepted by LeanRails. Check it in Accounts, or add a new one.</source>
        <translation>Dieser Schlüssel wurde von LeanRails nicht akzeptiert. Prüfen Sie ihn unter „Konten“ oder fügen Sie einen neuen hinzu.</translation>
    </message>
    <message>
        <source>LeanRails is receiving too many requests. Try again in {wait} s.</source>
        <translation>LeanRails erhält zu viele Anfragen. Versuchen Sie es in {wait} s erneut.</translation>
    </message>
    <message>
        <source>LeanRails is receiving too many requests. Try again in a moment.</source>
        <translation>LeanRails erhält zu viele Anfragen. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>You appear to be offline, or LeanRails could not be reached. {message}</source>
        <translation>Sie scheinen offline zu sein, oder LeanRails war nicht erreichbar. {message}</translation>
    </message>
    <message>
        <source>This link no longer exists on LeanRails. It may have been removed; refresh the list.</source>
        <translation>Dieser Zahlungslink existiert bei LeanRails nicht mehr. Er wurde möglicherweise entfernt; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>The previous save is still being processed. Wait a moment and save again.</source>
        <translation>Das vorige Speichern wird noch verarbeitet. Warten Sie einen Moment und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>This save conflicts with an earlier one. Reload the link and try again.</source>
        <translation>Dieses Speichern steht im Konflikt mit einem früheren. Laden Sie den Zahlungslink neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>LeanRails refused the request.</source>
        <translation>LeanRails hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>LeanRails had a problem answering. Your input is kept; try again shortly.</source>
        <translation>LeanRails hatte ein Problem beim Antworten. Ihre Eingaben bleiben erhalten; versuchen Sie es in Kürze erneut.</translation>
    </message>
    <message>
        <source>The file could not be written ({file}): {detail}.</source>
        <translation>Die Datei konnte nicht geschrieben werden ({file}): {detail}.</translation>
    </message>
    <message>
        <source>The file could not be written: {detail}.</source>
        <translation>Die Datei konnte nicht geschrieben werden: {detail}.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your input is kept.</source>
        <translation>Etwas Unerwartetes ist schiefgelaufen. Ihre Eingaben bleiben erhalten.</translation>
    </message>
    <message>
        <source>This key was not accepted. LeanRails said: “{answer}” Check that you copied the whole secret key, and that it has not been revoked.</source>
        <translation>Dieser Schlüssel wurde nicht akzeptiert. LeanRails meldete: „{answer}“ Prüfen Sie, ob Sie den ganzen geheimen Schlüssel kopiert haben und ob er nicht widerrufen wurde.</translation>
    </message>
    <message>
        <source>This key was not accepted. Check that you copied the whole secret key, and that it has not been revoked.</source>
        <translation>Dieser Schlüssel wurde nicht akzeptiert. Prüfen Sie, ob Sie den ganzen geheimen Schlüssel kopiert haben und ob er nicht widerrufen wurde.</translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Add &amp;key</source>
        <translation>&amp;Neuer Schlüssel</translation>
    </message>
    <message>
        <source>Add metadata key</source>
        <translation>Metadaten-Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <source>Remove metadata key</source>
        <translation>Metadaten-Schlüssel entfernen</translation>
    </message>
</context>
<context>
    <name>Mirror</name>
    <message>
        <source>The local copy of the account could not be opened: {exc}.</source>
        <translation>Die lokale Kopie des Kontos konnte nicht geöffnet werden: {exc}.</translation>
    </message>
    <message>
        <source>The local copy of the account is damaged or not one this version can read.</source>
        <translation>Die lokale Kopie des Kontos ist beschädigt oder kann von dieser Version nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The local copy of the account was written by a newer version of LeanRails Desktop.</source>
        <translation>Die lokale Kopie des Kontos wurde von einer neueren Version von LeanRails Desktop geschrieben.</translation>
    </message>
    <message>
        <source>The file is not a local copy of an account.</source>
        <translation>Die Datei ist keine lokale Kopie eines Kontos.</translation>
    </message>
    <message>
        <source>The local copy could not be written: {exc}.</source>
        <translation>Die lokale Kopie konnte nicht geschrieben werden: {exc}.</translation>
    </message>
    <message>
        <source>The local copy could not be read: {reason}.</source>
        <translation>Die lokale Kopie konnte nicht gelesen werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter the currency, three letters such as USD.</source>
        <translation>Geben Sie die Währung ein, drei Buchstaben wie USD.</translation>
    </message>
    <message>
        <source>“{code}” is not a currency code; use three letters such as USD.</source>
        <translation>„{code}“ ist kein Währungscode; verwenden Sie drei Buchstaben wie USD.</translation>
    </message>
    <message>
        <source>Enter an amount as a plain number, such as 35 or 35.00.</source>
        <translation>Geben Sie den Betrag als einfache Zahl ein, etwa 35 oder 35,00.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Der Betrag darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>{currency} has no decimal places; enter a whole amount.</source>
        <translation>{currency} hat keine Nachkommastellen; geben Sie einen ganzen Betrag ein.</translation>
    </message>
    <message>
        <source>{currency} allows at most {places} decimal places; “{shown}” has more.</source>
        <translation>{currency} erlaubt höchstens {places} Nachkommastellen; „{shown}“ hat mehr.</translation>
    </message>
    <message>
        <source>The amount is too large; the most a line item can cost is {limit}.</source>
        <translation>Der Betrag ist zu hoch; eine Position kann höchstens {limit} kosten.</translation>
    </message>
    <message>
        <source>“{shown}” could mean {first} or {second}; write {first_plain} or {second_plain} to say which.</source>
        <translation>„{shown}“ kann {first} oder {second} bedeuten; schreiben Sie {first_plain} oder {second_plain}, um es eindeutig zu machen.</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>Pay</source>
        <translation>Bezahlen</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Buchen</translation>
    </message>
    <message>
        <source>Donate</source>
        <translation>Spenden</translation>
    </message>
    <message>
        <source>This link is no longer active.</source>
        <translation>Dieser Zahlungslink ist nicht mehr aktiv.</translation>
    </message>
    <message>
        <source>Price not chosen yet</source>
        <translation>Noch kein Preis gewählt</translation>
    </message>
    <message>
        <source>Custom amount</source>
        <translation>Eigener Betrag</translation>
    </message>
    <message>
        <source>your website</source>
        <translation>Ihre Website</translation>
    </message>
    <message>
        <source>After paying, customers are sent to {target}</source>
        <translation>Nach dem Bezahlen werden Kunden zu {target} weitergeleitet</translation>
    </message>
    <message>
        <source>Thanks for your payment.</source>
        <translation>Vielen Dank für Ihre Zahlung.</translation>
    </message>
    <message>
        <source>After paying, customers see: “{message}”</source>
        <translation>Nach dem Bezahlen sehen Kunden: „{message}“</translation>
    </message>
    <message>
        <source>Untitled link</source>
        <translation>Zahlungslink ohne Titel</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Checkout field: {placeholder}</source>
        <translation>Feld auf der Bezahlseite: {placeholder}</translation>
    </message>
    <message>
        <source>Checkout preview</source>
        <translation>Bezahlvorschau</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Preview at desktop width</source>
        <translation>Vorschau in Desktop-Breite</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Preview at mobile width</source>
        <translation>Vorschau in Mobil-Breite</translation>
    </message>
    <message>
        <source>Checkout page preview</source>
        <translation>Vorschau der Bezahlseite</translation>
    </message>
    <message>
        <source>After payment</source>
        <translation>Nach der Zahlung</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>Adresse des Zahlungslinks</translation>
    </message>
    <message>
        <source>QR code of the link</source>
        <translation>QR-Code des Zahlungslinks</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;QR</source>
        <translation>&amp;QR kopieren</translation>
    </message>
    <message>
        <source>Copy QR code image</source>
        <translation>QR-Code als Bild kopieren</translation>
    </message>
    <message>
        <source>Save QR…</source>
        <translation>QR speichern …</translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation>QR-Code speichern</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>Teilen …</translation>
    </message>
    <message>
        <source>Share the link</source>
        <translation>Zahlungslink teilen</translation>
    </message>
    <message>
        <source>Scan check</source>
        <translation>Scanprüfung</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>The checkout page appears here as you type.</source>
        <translation>Die Bezahlseite erscheint hier, während Sie tippen.</translation>
    </message>
    <message>
        <source>Preview hint</source>
        <translation>Hinweis zur Vorschau</translation>
    </message>
    <message>
        <source>Preview title</source>
        <translation>Titel in der Vorschau</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <source>Preview inactive message</source>
        <translation>Nachricht bei Inaktivität in der Vorschau</translation>
    </message>
    <message>
        <source>Preview description</source>
        <translation>Beschreibung in der Vorschau</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Preview total</source>
        <translation>Summe in der Vorschau</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Card number    MM / YY    CVC</source>
        <translation>Kartennummer    MM / JJ    CVC</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Rechnungsadresse</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Add promotion code</source>
        <translation>Gutscheincode hinzufügen</translation>
    </message>
    <message>
        <source>Preview checkout button</source>
        <translation>Bezahlen-Schaltfläche in der Vorschau</translation>
    </message>
    <message>
        <source>Preview item {number}</source>
        <translation>Position {number} in der Vorschau</translation>
    </message>
    <message>
        <source>Preview item {number} amount</source>
        <translation>Betrag der Position {number} in der Vorschau</translation>
    </message>
    <message>
        <source>The link stops accepting payments after {limit}.</source>
        <translation>Der Zahlungslink nimmt nach {limit} Zahlungen keine weiteren an.</translation>
    </message>
    <message>
        <source>This link is switched off; visitors see only this message.</source>
        <translation>Dieser Zahlungslink ist ausgeschaltet; Besucher sehen nur diese Nachricht.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>This link has changes that are not saved.</source>
        <translation>Dieser Zahlungslink hat nicht gespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Save them, discard them, or keep editing?</source>
        <translation>Speichern, verwerfen oder weiter bearbeiten?</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Deactivate {what}?
Visitors will see this message instead of the checkout (optional):</source>
        <translation>{what} deaktivieren?
Besucher sehen statt der Bezahlseite diese Nachricht (optional):</translation>
    </message>
    <message>
        <source>Check the QR options</source>
        <translation>QR-Optionen prüfen</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Nicht gespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>an untitled link</source>
        <translation>ein Zahlungslink ohne Titel</translation>
    </message>
    <message>
        <source>You have unsaved work from an earlier session: a new link, “{title}”.</source>
        <translation>Sie haben nicht gespeicherte Arbeit aus einer früheren Sitzung: einen neuen Zahlungslink, „{title}“.</translation>
    </message>
    <message>
        <source>You have unsaved work from an earlier session: changes to the link “{title}”.</source>
        <translation>Sie haben nicht gespeicherte Arbeit aus einer früheren Sitzung: Änderungen am Zahlungslink „{title}“.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>QrLayout</name>
    <message>
        <source>Choose error correction L, M, Q or H; “{error_correction}” is not a level.</source>
        <translation>Wählen Sie die Fehlerkorrektur L, M, Q oder H; „{error_correction}“ ist keine Stufe.</translation>
    </message>
    <message>
        <source>This link has no URL yet, so there is no QR code to make.</source>
        <translation>Dieser Zahlungslink hat noch keine Adresse, daher lässt sich kein QR-Code erstellen.</translation>
    </message>
    <message>
        <source>This link&apos;s address is too long to fit in a QR code.</source>
        <translation>Die Adresse dieses Zahlungslinks ist zu lang für einen QR-Code.</translation>
    </message>
</context>
<context>
    <name>QrLogo</name>
    <message>
        <source>The logo is not an SVG image that can be read.</source>
        <translation>Das Logo ist kein lesbares SVG-Bild.</translation>
    </message>
    <message>
        <source>The logo is not an image this app can read; choose a PNG, JPEG or SVG file.</source>
        <translation>Das Logo ist kein Bild, das diese App lesen kann; wählen Sie eine PNG-, JPEG- oder SVG-Datei.</translation>
    </message>
    <message>
        <source>The logo is empty; choose a PNG, JPEG or SVG image.</source>
        <translation>Das Logo ist leer; wählen Sie ein PNG-, JPEG- oder SVG-Bild.</translation>
    </message>
    <message>
        <source>This link&apos;s code is too small for a logo of {ratio:.0%} of its width: it would cover the corner squares scanners look for. Choose a logo of at most {largest:.0%}, or no logo.</source>
        <translation>Der Code dieses Zahlungslinks ist zu klein für ein Logo mit {ratio:.0%} seiner Breite: Es würde die Eckquadrate verdecken, nach denen Scanner suchen. Wählen Sie ein Logo mit höchstens {largest:.0%} oder kein Logo.</translation>
    </message>
</context>
<context>
    <name>QrOptions</name>
    <message>
        <source>Use a hex colour such as #000000 for black; “{text}” is not a colour.</source>
        <translation>Verwenden Sie eine Hex-Farbe wie #000000 für Schwarz; „{text}“ ist keine Farbe.</translation>
    </message>
    <message>
        <source>The code must be darker than its background: many phone scanners cannot read a light code on a dark background. Swap the two colours.</source>
        <translation>Der Code muss dunkler sein als sein Hintergrund: Viele Handy-Scanner können einen hellen Code auf dunklem Grund nicht lesen. Tauschen Sie die beiden Farben.</translation>
    </message>
    <message>
        <source>These colours are too close for scanners to read reliably (contrast {ratio}:1, at least {min_contrast}:1 is needed). Use a darker code colour or a lighter background.</source>
        <translation>Zu wenig Kontrast für sicheres Scannen ({ratio}:1, nötig: {min_contrast}:1). Wählen Sie eine dunklere Code- oder hellere Hintergrundfarbe.</translation>
    </message>
    <message>
        <source>Give the size as millimetres, inches or pixels, such as 20mm, 2in or 1024px; “{text}” is not a size.</source>
        <translation>Geben Sie die Größe in Millimetern, Zoll oder Pixeln an, etwa 20mm, 2in oder 1024px; „{text}“ ist keine Größe.</translation>
    </message>
    <message>
        <source>Enter the QR code size as a whole number of pixels.</source>
        <translation>Geben Sie die Größe des QR-Codes als ganze Zahl von Pixeln ein.</translation>
    </message>
    <message>
        <source>Choose PNG, SVG or PDF for the QR code; “{format}” is not a QR file type.</source>
        <translation>Wählen Sie PNG, SVG oder PDF für den QR-Code; „{format}“ ist kein QR-Dateityp.</translation>
    </message>
    <message>
        <source>A QR code of {size_px} pixels is too small to scan; choose at least {min_size_px} pixels.</source>
        <translation>Ein QR-Code mit {size_px} Pixeln ist zu klein zum Scannen; wählen Sie mindestens {min_size_px} Pixel.</translation>
    </message>
    <message>
        <source>A QR code can be at most {max_size_px} pixels (printer dots) wide; {size_px} is too large. Choose a smaller size or a lower resolution.</source>
        <translation>Ein QR-Code darf höchstens {max_size_px} Pixel (Druckpunkte) breit sein; {size_px} ist zu groß. Wählen Sie eine kleinere Größe oder eine niedrigere Auflösung.</translation>
    </message>
    <message>
        <source>Choose a printer resolution from {min_dpi} to {max_dpi} dpi.</source>
        <translation>Wählen Sie eine Druckerauflösung von {min_dpi} bis {max_dpi} dpi.</translation>
    </message>
    <message>
        <source>Choose error correction L, M, Q or H; “{error_correction}” is not a level.</source>
        <translation>Wählen Sie die Fehlerkorrektur L, M, Q oder H; „{error_correction}“ ist keine Stufe.</translation>
    </message>
    <message>
        <source>Scanners need a blank border of at least {min_border_modules} squares around the code; choose a border of 4 or more.</source>
        <translation>Scanner brauchen einen leeren Rand von mindestens {min_border_modules} Quadraten um den Code; wählen Sie einen Rand von 4 oder mehr.</translation>
    </message>
    <message>
        <source>A border of {border_modules} squares leaves almost no room for the code; choose at most {max_border_modules}.</source>
        <translation>Ein Rand von {border_modules} Quadraten lässt kaum Platz für den Code; wählen Sie höchstens {max_border_modules}.</translation>
    </message>
    <message>
        <source>Choose a caption of none, title, URL, or title and URL; “{caption}” is not one of them.</source>
        <translation>Wählen Sie als Beschriftung keine, Titel, URL oder Titel und URL; „{caption}“ gehört nicht dazu.</translation>
    </message>
    <message>
        <source>Keep the line above the caption to {max_headline} characters or fewer.</source>
        <translation>Die Zeile über der Beschriftung darf höchstens {max_headline} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The logo file is empty; choose a PNG, JPEG or SVG image.</source>
        <translation>Die Logodatei ist leer; wählen Sie ein PNG-, JPEG- oder SVG-Bild.</translation>
    </message>
    <message>
        <source>A logo of {ratio} of the code&apos;s width is too large: choose from {min} to {max}, as a larger logo hides too much of the code to scan.</source>
        <translation>Ein Logo mit {ratio} der Code-Breite ist zu groß: Wählen Sie {min} bis {max}, denn ein größeres Logo verdeckt zu viel vom Code, um ihn zu scannen.</translation>
    </message>
    <message>
        <source>A logo of {ratio} of the code&apos;s width is too small: choose from {min} to {max}.</source>
        <translation>Ein Logo mit {ratio} der Code-Breite ist zu klein: Wählen Sie {min} bis {max}.</translation>
    </message>
    <message>
        <source>At {width_mm} mm and {dpi} dpi this code&apos;s squares would be {per_module} printer dots wide, too small to print sharply (at least {min_dots_per_module} are needed); choose at least {size} ({need_px} px).</source>
        <translation>Bei {width_mm} mm und {dpi} dpi wären die Quadrate dieses Codes {per_module} Druckpunkte breit, zu klein für einen scharfen Druck (mindestens {min_dots_per_module} sind nötig); wählen Sie mindestens {size} ({need_px} px).</translation>
    </message>
</context>
<context>
    <name>QrOptionsForm</name>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG vector image</source>
        <translation>SVG-Vektorgrafik</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>No caption</source>
        <translation>Keine Beschriftung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Title and address</source>
        <translation>Titel und Adresse</translation>
    </message>
    <message>
        <source>Low (7%)</source>
        <translation>Niedrig (7 %)</translation>
    </message>
    <message>
        <source>Medium (15%) — recommended</source>
        <translation>Mittel (15 %) – empfohlen</translation>
    </message>
    <message>
        <source>Quartile (25%)</source>
        <translation>Quartil (25 %)</translation>
    </message>
    <message>
        <source>High (30%) — for print on rough surfaces</source>
        <translation>Hoch (30 %) – für Druck auf rauen Oberflächen</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Dateityp</translation>
    </message>
    <message>
        <source>Size unit</source>
        <translation>Größeneinheit</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Printer resolution</source>
        <translation>Druckerauflösung</translation>
    </message>
    <message>
        <source>Error correction</source>
        <translation>Fehlerkorrektur</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>e.g. Scan to pay</source>
        <translation>z. B. Scannen und bezahlen</translation>
    </message>
    <message>
        <source>Line above the caption</source>
        <translation>Zeile über der Beschriftung</translation>
    </message>
    <message>
        <source>Draw a &amp;frame around the code and caption</source>
        <translation>&amp;Rahmen um Code und Beschriftung zeichnen</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Rahmen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen …</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Logo entfernen</translation>
    </message>
    <message>
        <source> % of the width</source>
        <translation> % der Breite</translation>
    </message>
    <message>
        <source>Logo size</source>
        <translation>Logogröße</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>Logodatei</translation>
    </message>
    <message>
        <source>Code colour</source>
        <translation>Code-Farbe</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Hintergrundfarbe</translation>
    </message>
    <message>
        <source>Problem with these choices</source>
        <translation>Problem mit dieser Auswahl</translation>
    </message>
    <message>
        <source>File &amp;type</source>
        <translation>Datei&amp;typ</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Größe</translation>
    </message>
    <message>
        <source>&amp;Error correction</source>
        <translation>&amp;Fehlerkorrektur</translation>
    </message>
    <message>
        <source>Ca&amp;ption</source>
        <translation>&amp;Beschriftung</translation>
    </message>
    <message>
        <source>Line a&amp;bove it</source>
        <translation>Zeile &amp;darüber</translation>
    </message>
    <message>
        <source>Line a&amp;bove the title</source>
        <translation>Zeile über dem &amp;Titel</translation>
    </message>
    <message>
        <source>Lo&amp;go</source>
        <translation>Lo&amp;go</translation>
    </message>
    <message>
        <source>Logo si&amp;ze</source>
        <translation>Logo&amp;größe</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Farbe wählen</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>A logo needs the highest error correction.</source>
        <translation>Ein Logo braucht die höchste Fehlerkorrektur.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <source>Plain grid (choose codes per row)</source>
        <translation>Einfaches Raster (Codes pro Zeile wählen)</translation>
    </message>
    <message>
        <source>Custom grid…</source>
        <translation>Eigenes Raster …</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Avery L7160 (A4, 21 labels 63.5 × 38.1 mm)</source>
        <translation>Avery L7160 (A4, 21 Etiketten 63,5 × 38,1 mm)</translation>
    </message>
    <message>
        <source>Avery L7163 (A4, 14 labels 99.1 × 38.1 mm)</source>
        <translation>Avery L7163 (A4, 14 Etiketten 99,1 × 38,1 mm)</translation>
    </message>
    <message>
        <source>Avery L7651 (A4, 65 labels 38.1 × 21.2 mm)</source>
        <translation>Avery L7651 (A4, 65 Etiketten 38,1 × 21,2 mm)</translation>
    </message>
    <message>
        <source>Avery 5160 (Letter, 30 labels 2⅝ × 1 in)</source>
        <translation>Avery 5160 (Letter, 30 Etiketten 2⅝ × 1 Zoll)</translation>
    </message>
    <message>
        <source>Avery 22805 (Letter, 24 round labels 1½ in)</source>
        <translation>Avery 22805 (Letter, 24 runde Etiketten 1½ Zoll)</translation>
    </message>
</context>
<context>
    <name>QrSettings</name>
    <message>
        <source>The SVG logo could not be read; choose another file.</source>
        <translation>Das SVG-Logo konnte nicht gelesen werden; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The logo file {name} cannot be read ({reason}); choose another one or remove the logo.</source>
        <translation>Die Logodatei {name} kann nicht gelesen werden ({reason}); wählen Sie eine andere oder entfernen Sie das Logo.</translation>
    </message>
</context>
<context>
    <name>ScanCheck</name>
    <message>
        <source>Scans ✓</source>
        <translation>Scanbar ✓</translation>
    </message>
    <message>
        <source>{size} at {dpi} dpi</source>
        <translation>{size} bei {dpi} dpi</translation>
    </message>
    <message>
        <source>use a smaller logo (or none)</source>
        <translation>ein kleineres Logo (oder keines) verwenden</translation>
    </message>
    <message>
        <source>choose a higher error correction</source>
        <translation>eine höhere Fehlerkorrektur wählen</translation>
    </message>
    <message>
        <source>use more contrast between the colours</source>
        <translation>mehr Kontrast zwischen den Farben verwenden</translation>
    </message>
    <message>
        <source>choose a larger size</source>
        <translation>eine größere Größe wählen</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{steps} or {last}</source>
        <translation>{steps} oder {last}</translation>
    </message>
    <message>
        <source>This code could not be read at {size} by an independent decoder, so it was not saved: {advice}.</source>
        <translation>Dieser Code konnte bei {size} von einem unabhängigen Decoder nicht gelesen werden und wurde daher nicht gespeichert: {advice}.</translation>
    </message>
    <message>
        <source>This code read as “{text}” instead of the link at {size} by an independent decoder, so it was not saved: {advice}.</source>
        <translation>Dieser Code wurde bei {size} von einem unabhängigen Decoder als „{text}“ statt als Zahlungslink gelesen und daher nicht gespeichert: {advice}.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>{reason} — retrying in {delay} s</source>
        <translation>{reason} – neuer Versuch in {delay} s</translation>
    </message>
    <message>
        <source>The account was closed before this could run.</source>
        <translation>Das Konto wurde geschlossen, bevor dies ausgeführt werden konnte.</translation>
    </message>
</context>
<context>
    <name>Share</name>
    <message numerus="yes">
        <source>{count} link(s) copied to the clipboard.</source>
        <translation>
            <numerusform>Zahlungslink in die Zwischenablage kopiert.</numerusform>
            <numerusform>{count} Zahlungslinks in die Zwischenablage kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>QR code of “{title}” copied as an image.</source>
        <translation>QR-Code von „{title}“ als Bild kopiert.</translation>
    </message>
    <message>
        <source>QR code not copied</source>
        <translation>QR-Code nicht kopiert</translation>
    </message>
    <message>
        <source>Link for {label} copied to the clipboard.</source>
        <translation>Link für {label} in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Embed code copied: paste it into your web page&apos;s HTML.</source>
        <translation>Einbettungscode kopiert: Fügen Sie ihn in das HTML Ihrer Webseite ein.</translation>
    </message>
    <message>
        <source>A new message with the link was opened in your mail program.</source>
        <translation>In Ihrem E-Mail-Programm wurde eine neue Nachricht mit dem Zahlungslink geöffnet.</translation>
    </message>
    <message>
        <source>No mail program could be opened; the message was copied instead.</source>
        <translation>Es konnte kein E-Mail-Programm geöffnet werden; die Nachricht wurde stattdessen kopiert.</translation>
    </message>
    <message>
        <source>Text for a post copied to the clipboard.</source>
        <translation>Text für einen Beitrag in die Zwischenablage kopiert.</translation>
    </message>
    <message numerus="yes">
        <source>{count} link(s) copied, one per channel.</source>
        <translation>
            <numerusform>{count} Link kopiert, einer pro Kanal.</numerusform>
            <numerusform>{count} Links kopiert, einer pro Kanal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a folder for the QR codes</source>
        <translation>Ordner für die QR-Codes wählen</translation>
    </message>
    <message numerus="yes">
        <source>{count} QR code(s) saved in {folder}.</source>
        <translation>
            <numerusform>{count} QR-Code in {folder} gespeichert.</numerusform>
            <numerusform>{count} QR-Codes in {folder} gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save print sheet</source>
        <translation>Druckbogen speichern</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Print sheet with {count} code(s) saved to {path}.</source>
        <translation>
            <numerusform>Druckbogen mit {count} Code unter {path} gespeichert.</numerusform>
            <numerusform>Druckbogen mit {count} Codes unter {path} gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Button</source>
        <translation>Schaltfläche</translation>
    </message>
    <message>
        <source>Plain link</source>
        <translation>Einfacher Link</translation>
    </message>
    <message>
        <source>QR code as inline SVG</source>
        <translation>QR-Code als eingebettetes SVG</translation>
    </message>
    <message>
        <source>QR code as an image (PNG inside the code)</source>
        <translation>QR-Code als Bild (PNG im Code)</translation>
    </message>
    <message>
        <source>No QR code</source>
        <translation>Kein QR-Code</translation>
    </message>
    <message>
        <source>Share link</source>
        <translation>Zahlungslink teilen</translation>
    </message>
    <message>
        <source>Share “{title}”</source>
        <translation>„{title}“ teilen</translation>
    </message>
    <message>
        <source>Link being shared</source>
        <translation>Geteilter Zahlungslink</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>where it is shared, e.g. newsletter</source>
        <translation>wo er geteilt wird, z. B. newsletter</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>the kind of channel, e.g. email</source>
        <translation>die Art des Kanals, z. B. email</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>e.g. spring-sale</source>
        <translation>z. B. fruehlingsaktion</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>&amp;Medium</source>
        <translation>&amp;Medium</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign</source>
        <translation>Kam&amp;pagne</translation>
    </message>
    <message>
        <source>Problem with these tags</source>
        <translation>Problem mit diesen Markierungen</translation>
    </message>
    <message>
        <source>Link for this channel</source>
        <translation>Link für diesen Kanal</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>QR code of the link for this channel</source>
        <translation>QR-Code des Links für diesen Kanal</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;QR code</source>
        <translation>&amp;QR-Code kopieren</translation>
    </message>
    <message>
        <source>Copy QR code</source>
        <translation>QR-Code kopieren</translation>
    </message>
    <message>
        <source>Sa&amp;ve QR…</source>
        <translation>QR s&amp;peichern …</translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation>QR-Code speichern</translation>
    </message>
    <message>
        <source>&amp;Email…</source>
        <translation>&amp;E-Mail …</translation>
    </message>
    <message>
        <source>Email the link</source>
        <translation>Zahlungslink per E-Mail senden</translation>
    </message>
    <message>
        <source>Copy text for &amp;posts</source>
        <translation>Text für &amp;Beiträge kopieren</translation>
    </message>
    <message>
        <source>Copy text for social posts</source>
        <translation>Text für Social-Media-Beiträge kopieren</translation>
    </message>
    <message>
        <source>Embed on your website</source>
        <translation>Auf Ihrer Website einbetten</translation>
    </message>
    <message>
        <source>Embed as</source>
        <translation>Einbetten als</translation>
    </message>
    <message>
        <source>QR code in the embed code</source>
        <translation>QR-Code im Einbettungscode</translation>
    </message>
    <message>
        <source>Copy embed c&amp;ode</source>
        <translation>Einbettungs&amp;code kopieren</translation>
    </message>
    <message>
        <source>Copy embed code</source>
        <translation>Einbettungscode kopieren</translation>
    </message>
    <message>
        <source>Embed code</source>
        <translation>Einbettungscode</translation>
    </message>
    <message>
        <source>Several channels at once</source>
        <translation>Mehrere Kanäle auf einmal</translation>
    </message>
    <message>
        <source>Include {label}</source>
        <translation>{label} einbeziehen</translation>
    </message>
    <message>
        <source>Copy &amp;all links</source>
        <translation>&amp;Alle Links kopieren</translation>
    </message>
    <message>
        <source>Copy all links</source>
        <translation>Alle Links kopieren</translation>
    </message>
    <message>
        <source>Save QR &amp;codes…</source>
        <translation>QR-&amp;Codes speichern …</translation>
    </message>
    <message>
        <source>Save QR codes</source>
        <translation>QR-Codes speichern</translation>
    </message>
    <message>
        <source>Print s&amp;heet…</source>
        <translation>&amp;Druckbogen …</translation>
    </message>
    <message>
        <source>Print sheet</source>
        <translation>Druckbogen</translation>
    </message>
    <message>
        <source>Problem with these channels</source>
        <translation>Problem mit diesen Kanälen</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Druck</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>“{key}” is not a channel the app knows.</source>
        <translation>„{key}“ ist kein Kanal, den die App kennt.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>The {tag} cannot contain line breaks, tabs or other control characters.</source>
        <translation>{tag}: Zeilenumbrüche, Tabulatoren und andere Steuerzeichen sind nicht erlaubt.</translation>
    </message>
    <message>
        <source>The {tag} is {count} characters long; use at most {max}.</source>
        <translation>{tag}: {count} Zeichen lang; erlaubt sind höchstens {max}.</translation>
    </message>
    <message>
        <source>Only a web address (https://…) can be shared; this link has none yet.</source>
        <translation>Nur eine Webadresse (https://…) kann geteilt werden; dieser Zahlungslink hat noch keine.</translation>
    </message>
    <message>
        <source>This link&apos;s address contains spaces or control characters.</source>
        <translation>Die Adresse dieses Zahlungslinks enthält Leer- oder Steuerzeichen.</translation>
    </message>
    <message>
        <source>Add a source (where the link is shared, such as newsletter) before a medium or a campaign.</source>
        <translation>Geben Sie eine Quelle an (wo der Link geteilt wird, etwa newsletter), bevor Sie ein Medium oder eine Kampagne angeben.</translation>
    </message>
    <message>
        <source>Choose a button or a link; “{style}” is neither.</source>
        <translation>Wählen Sie eine Schaltfläche oder einen Link; „{style}“ ist keins von beiden.</translation>
    </message>
    <message>
        <source>Choose SVG, an image or no QR code; “{code}” is none of them.</source>
        <translation>Wählen Sie SVG, ein Bild oder keinen QR-Code; „{code}“ ist nichts davon.</translation>
    </message>
    <message>
        <source>Pay now</source>
        <translation>Jetzt bezahlen</translation>
    </message>
    <message>
        <source>QR code: {title}</source>
        <translation>QR-Code: {title}</translation>
    </message>
    <message>
        <source>QR code of the payment link</source>
        <translation>QR-Code des Zahlungslinks</translation>
    </message>
    <message>
        <source>Your payment link</source>
        <translation>Ihr Zahlungslink</translation>
    </message>
    <message>
        <source>Hello,

You can pay for “{title}” securely here:
{url}

Thank you!
</source>
        <translation>Guten Tag,

Sie können „{title}“ hier sicher bezahlen:
{url}

Vielen Dank!
</translation>
    </message>
    <message>
        <source>Hello,

You can pay securely here:
{url}

Thank you!
</source>
        <translation>Guten Tag,

Sie können hier sicher bezahlen:
{url}

Vielen Dank!
</translation>
    </message>
    <message>
        <source>Choose at least one channel.</source>
        <translation>Wählen Sie mindestens einen Kanal.</translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message>
        <source>Keep the printer offset within 20 mm each way.</source>
        <translation>Der Druckerversatz darf in jede Richtung höchstens 20 mm betragen.</translation>
    </message>
    <message>
        <source>QR codes</source>
        <translation>QR-Codes</translation>
    </message>
    <message>
        <source>No code on the sheet would scan: {reason}</source>
        <translation>Kein Code auf dem Bogen wäre scanbar: {reason}</translation>
    </message>
    <message>
        <source>There are no links to put on the print sheet.</source>
        <translation>Es gibt keine Zahlungslinks für den Druckbogen.</translation>
    </message>
</context>
<context>
    <name>SheetOptionsBox</name>
    <message>
        <source>Print sheet</source>
        <translation>Druckbogen</translation>
    </message>
    <message>
        <source>Label template</source>
        <translation>Etikettenvorlage</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Codes per row</source>
        <translation>Codes pro Zeile</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Left margin</source>
        <translation>Linker Rand</translation>
    </message>
    <message>
        <source>Top margin</source>
        <translation>Oberer Rand</translation>
    </message>
    <message>
        <source>Across pitch</source>
        <translation>Abstand waagerecht</translation>
    </message>
    <message>
        <source>Down pitch</source>
        <translation>Abstand senkrecht</translation>
    </message>
    <message>
        <source>Label width</source>
        <translation>Etikettenbreite</translation>
    </message>
    <message>
        <source>Label height</source>
        <translation>Etikettenhöhe</translation>
    </message>
    <message>
        <source>Print c&amp;ut marks</source>
        <translation>&amp;Schnittmarken drucken</translation>
    </message>
    <message>
        <source>Cut marks</source>
        <translation>Schnittmarken</translation>
    </message>
    <message>
        <source>Printer offset right</source>
        <translation>Druckerversatz nach rechts</translation>
    </message>
    <message>
        <source>Printer offset down</source>
        <translation>Druckerversatz nach unten</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>&amp;Etiketten</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>P&amp;apier</translation>
    </message>
    <message>
        <source>Codes per &amp;row</source>
        <translation>Codes pro &amp;Zeile</translation>
    </message>
    <message>
        <source>Columns × rows</source>
        <translation>Spalten × Zeilen</translation>
    </message>
    <message>
        <source>Margins (left, top)</source>
        <translation>Ränder (links, oben)</translation>
    </message>
    <message>
        <source>Pitch (across, down)</source>
        <translation>Abstand (waagerecht, senkrecht)</translation>
    </message>
    <message>
        <source>Label (width, height)</source>
        <translation>Etikett (Breite, Höhe)</translation>
    </message>
    <message>
        <source>Printer &amp;offset (right, down)</source>
        <translation>Drucker&amp;versatz (rechts, unten)</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Sync state</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <source>Offline — list as of 00:00</source>
        <translation>Offline – Liste vom 00:00</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Kein Konto</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>LIVE — real payments</source>
        <translation>LIVE – echte Zahlungen</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>TEST</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The local store could not be opened right now ({exc}).</source>
        <translation>Der lokale Speicher konnte gerade nicht geöffnet werden ({exc}).</translation>
    </message>
    <message>
        <source>The local store could not be read ({reason}).</source>
        <translation>Der lokale Speicher konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>The local store is damaged.</source>
        <translation>Der lokale Speicher ist beschädigt.</translation>
    </message>
    <message>
        <source>The local store was written by a newer version of the app.</source>
        <translation>Der lokale Speicher wurde von einer neueren Version der App geschrieben.</translation>
    </message>
    <message>
        <source>The file is not a LeanRails Desktop store.</source>
        <translation>Die Datei ist kein Speicher von LeanRails Desktop.</translation>
    </message>
    <message>
        <source>The local store&apos;s tables are not in the expected shape.</source>
        <translation>Die Tabellen des lokalen Speichers haben nicht die erwartete Form.</translation>
    </message>
    <message>
        <source>The local store is closed.</source>
        <translation>Der lokale Speicher ist geschlossen.</translation>
    </message>
    <message>
        <source>The local store could not be used ({exc}).</source>
        <translation>Der lokale Speicher konnte nicht verwendet werden ({exc}).</translation>
    </message>
</context>
<context>
    <name>StoreOpening</name>
    <message>
        <source>Saved drafts could not be opened ({reason}). Until this is fixed, drafts are kept only while the app is open.</source>
        <translation>Gespeicherte Entwürfe konnten nicht geöffnet werden ({reason}). Bis das behoben ist, werden Entwürfe nur aufbewahrt, solange die App geöffnet ist.</translation>
    </message>
    <message>
        <source>the file is damaged and could not be moved aside</source>
        <translation>die Datei ist beschädigt und konnte nicht beiseitegelegt werden</translation>
    </message>
    <message>
        <source>Saved drafts were written by a newer version of LeanRails Desktop and were set aside in {aside}; a fresh store was started.</source>
        <translation>Gespeicherte Entwürfe stammen von einer neueren Version von LeanRails Desktop und wurden unter {aside} beiseitegelegt; ein neuer Speicher wurde angelegt.</translation>
    </message>
    <message>
        <source>Saved drafts could not be read and were set aside in {aside}; a fresh store was started.</source>
        <translation>Gespeicherte Entwürfe konnten nicht gelesen werden und wurden unter {aside} beiseitegelegt; ein neuer Speicher wurde angelegt.</translation>
    </message>
    <message>
        <source>a fresh store could not be started either</source>
        <translation>auch ein neuer Speicher konnte nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert …</translation>
    </message>
    <message>
        <source>Syncing {done} of about {estimate}</source>
        <translation>Synchronisiere {done} von etwa {estimate}</translation>
    </message>
    <message>
        <source>Syncing {done}</source>
        <translation>Synchronisiere {done}</translation>
    </message>
    <message>
        <source>Line items {done} of about {estimate}</source>
        <translation>Positionen {done} von etwa {estimate}</translation>
    </message>
    <message>
        <source>Line items {done}</source>
        <translation>Positionen {done}</translation>
    </message>
    <message>
        <source>Preparing search…</source>
        <translation>Suche wird vorbereitet …</translation>
    </message>
    <message>
        <source>LeanRails could not be reached; the links kept on this computer are shown.</source>
        <translation>LeanRails war nicht erreichbar; die auf diesem Computer gespeicherten Zahlungslinks werden angezeigt.</translation>
    </message>
    <message>
        <source>LeanRails could not be reached.</source>
        <translation>LeanRails war nicht erreichbar.</translation>
    </message>
    <message>
        <source>Offline — as of {as_of}</source>
        <translation>Offline – Stand {as_of}</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Not up to date — as of {as_of}</source>
        <translation>Nicht aktuell – Stand {as_of}</translation>
    </message>
    <message>
        <source>Not up to date</source>
        <translation>Nicht aktuell</translation>
    </message>
    <message>
        <source>Up to date {as_of}</source>
        <translation>Aktuell, Stand {as_of}</translation>
    </message>
    <message>
        <source>Syncing stopped after listing every link. {reason}</source>
        <translation>Die Synchronisierung wurde angehalten, nachdem alle Zahlungslinks aufgelistet waren. {reason}</translation>
    </message>
    <message>
        <source>LeanRails sent the same page twice; the listing was stopped.</source>
        <translation>LeanRails hat dieselbe Seite zweimal gesendet; das Auflisten wurde angehalten.</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message numerus="yes">
        <source>Syncing stopped after {count} link(s). {reason}</source>
        <translation>
            <numerusform>Die Synchronisierung wurde nach {count} Zahlungslink angehalten. {reason}</numerusform>
            <numerusform>Die Synchronisierung wurde nach {count} Zahlungslinks angehalten. {reason}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Welcome to LeanRails Desktop</source>
        <translation>Willkommen bei LeanRails Desktop</translation>
    </message>
    <message>
        <source>Create checkout links, see what your customers will see, and share them as links or QR codes. How would you like to start?</source>
        <translation>Erstellen Sie Zahlungslinks, sehen Sie, was Ihre Kunden sehen werden, und teilen Sie sie als Link oder QR-Code. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>&amp;Add your secret key</source>
        <translation>Geheimen Schlüssel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Paste a key from your LeanRails Dashboard (sk_test_… or sk_live_…). It is kept in this computer&apos;s keyring, so you only paste it once.</source>
        <translation>Fügen Sie einen Schlüssel aus Ihrem LeanRails-Dashboard ein (sk_test_… oder sk_live_…). Er wird im Schlüsselbund dieses Computers aufbewahrt, sodass Sie ihn nur einmal einfügen müssen.</translation>
    </message>
    <message>
        <source>Add your secret key</source>
        <translation>Geheimen Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Try it with the local sandbox</source>
        <translation>Mit der lokalen Sandbox &amp;ausprobieren</translation>
    </message>
    <message>
        <source>No account needed: a practice server runs on this computer with sample links. Nothing you do there reaches LeanRails.</source>
        <translation>Kein Konto nötig: Ein Übungsserver mit Beispiel-Links läuft auf diesem Computer. Nichts, was Sie dort tun, erreicht LeanRails.</translation>
    </message>
    <message>
        <source>Try it with the local sandbox</source>
        <translation>Mit der lokalen Sandbox ausprobieren</translation>
    </message>
</context>
</TS>
