<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Create, share and manage your LeanRails Checkout Links from your desktop.</source>
        <translation>LeanRails Checkout Links の作成・共有・管理をデスクトップから行えます。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>キャッシュ</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>{app} について</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>バージョン情報</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
    <message>
        <source>Copy version and folder details</source>
        <translation>バージョンとフォルダーの情報をコピー</translation>
    </message>
    <message>
        <source>Copy the version and folder details, to send to support</source>
        <translation>サポートに送るため、バージョンとフォルダーの情報をコピーします</translation>
    </message>
    <message>
        <source>Close About</source>
        <translation>バージョン情報を閉じる</translation>
    </message>
    <message>
        <source>{app} logo</source>
        <translation>{app} のロゴ</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>バージョン {version}</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>ライセンス: {licence}</translation>
    </message>
    <message>
        <source>{name} folder</source>
        <translation>{name}フォルダー</translation>
    </message>
    <message>
        <source>Open the {name} folder</source>
        <translation>{name}フォルダーを開く</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>アプリ名</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Where your files are</source>
        <translation>ファイルの保存場所</translation>
    </message>
    <message>
        <source>Secret keys are never kept in these folders: they stay in your system&apos;s keyring.</source>
        <translation>シークレットキーがこれらのフォルダーに保存されることはありません。キーはシステムのキーリングに保管されます。</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>Show {folder} in your file manager</source>
        <translation>{folder} をファイルマネージャーで表示します</translation>
    </message>
    <message>
        <source>Nothing has been saved here yet</source>
        <translation>まだ何も保存されていません</translation>
    </message>
    <message>
        <source>The folder {folder} could not be opened here. Select its address above and open it in your file manager.</source>
        <translation>フォルダー {folder} をここで開けませんでした。上のパスを選択し、ファイルマネージャーで開いてください。</translation>
    </message>
    <message>
        <source>Details copied.</source>
        <translation>詳細をコピーしました。</translation>
    </message>
</context>
<context>
    <name>AccountRules</name>
    <message>
        <source>Paste your secret key. It starts with sk_test_ or sk_live_.</source>
        <translation>シークレットキーを貼り付けてください。sk_test_ または sk_live_ で始まります。</translation>
    </message>
    <message>
        <source>This is a publishable key (it starts with pk_), which can&apos;t manage links. Paste your secret key instead: it starts with sk_test_ or sk_live_.</source>
        <translation>これは公開可能キー（pk_ で始まるキー）のため、支払いリンクを管理できません。代わりにシークレットキー（sk_test_ または sk_live_ で始まるキー）を貼り付けてください。</translation>
    </message>
    <message>
        <source>This is a restricted key (it starts with rk_). Paste your secret key instead: it starts with sk_test_ or sk_live_.</source>
        <translation>これは制限付きキー（rk_ で始まるキー）です。代わりにシークレットキー（sk_test_ または sk_live_ で始まるキー）を貼り付けてください。</translation>
    </message>
    <message>
        <source>A secret key starts with sk_test_ (test mode) or sk_live_ (live mode); this one starts differently. Copy it again from your LeanRails Dashboard.</source>
        <translation>シークレットキーは sk_test_（テストモード）または sk_live_（本番モード）で始まりますが、このキーは異なります。LeanRails ダッシュボードからもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a LeanRails secret key. A secret key starts with sk_test_ or sk_live_.</source>
        <translation>LeanRails のシークレットキーではないようです。シークレットキーは sk_test_ または sk_live_ で始まります。</translation>
    </message>
    <message>
        <source>This key contains characters a LeanRails secret key never has. Copy it again from your LeanRails Dashboard.</source>
        <translation>このキーには LeanRails のシークレットキーに含まれない文字があります。LeanRails ダッシュボードからもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>This key is too short to be a whole secret key. Copy it again, all of it.</source>
        <translation>シークレットキーとしては短すぎます。キー全体をもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>This is too long to be a secret key. Copy just the key itself.</source>
        <translation>シークレットキーとしては長すぎます。キーだけをコピーしてください。</translation>
    </message>
    <message>
        <source>Give the account a name, such as the shop it belongs to.</source>
        <translation>アカウントに名前を付けてください（例: ショップの名前）。</translation>
    </message>
    <message>
        <source>Keep the name to {max} characters or fewer.</source>
        <translation>名前は {max} 文字以内にしてください。</translation>
    </message>
</context>
<context>
    <name>AccountStartup</name>
    <message>
        <source>There is no account called “{name}”. Your accounts are {names}.</source>
        <translation>「{name}」という名前のアカウントはありません。お持ちのアカウント: {names}。</translation>
    </message>
    <message>
        <source>There is no account called “{name}”.</source>
        <translation>「{name}」という名前のアカウントはありません。</translation>
    </message>
    <message>
        <source>{variable} was not used: {problem}</source>
        <translation>{variable} は使用されませんでした: {problem}</translation>
    </message>
    <message>
        <source>Opened “{name}” instead.</source>
        <translation>代わりに「{name}」を開きました。</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <source>Your account list could not be read ({reason}).</source>
        <translation>アカウント一覧を読み込めませんでした（{reason}）。</translation>
    </message>
    <message>
        <source>Your account list was damaged, so it was set aside and a new one started. Your keys are still in your keyring.</source>
        <translation>アカウント一覧が破損していたため、別に保管して新しい一覧を作成しました。キーはキーリングに残っています。</translation>
    </message>
    <message>
        <source>This account no longer exists. Choose another one in Accounts.</source>
        <translation>このアカウントはもう存在しません。「アカウント」で別のアカウントを選んでください。</translation>
    </message>
    <message>
        <source>The secret key for “{name}” is no longer in your keyring. Remove the account and add it again with the key.</source>
        <translation>「{name}」のシークレットキーがキーリングにありません。アカウントを削除し、キーを使ってもう一度追加してください。</translation>
    </message>
    <message>
        <source>This account no longer exists. Close Accounts and open it again.</source>
        <translation>このアカウントはもう存在しません。「アカウント」を閉じてから開き直してください。</translation>
    </message>
    <message>
        <source>There is already an account called “{name}”. Choose another name.</source>
        <translation>「{name}」という名前のアカウントはすでにあります。別の名前を選んでください。</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Account not opened</source>
        <translation>アカウントを開けませんでした</translation>
    </message>
    <message>
        <source>Opening “{name}”…</source>
        <translation>「{name}」を開いています…</translation>
    </message>
    <message>
        <source>Sandbox not started</source>
        <translation>サンドボックスを起動できませんでした</translation>
    </message>
    <message>
        <source>Sandbox account not saved</source>
        <translation>サンドボックスのアカウントを保存できませんでした</translation>
    </message>
    <message>
        <source>{message} The sandbox key is kept for this run only.</source>
        <translation>{message} サンドボックスのキーは今回の起動中のみ保持されます。</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Remove account</source>
        <translation>アカウントを削除</translation>
    </message>
    <message>
        <source>Remove “{name}” ({masked_key})?</source>
        <translation>「{name}」({masked_key}) を削除しますか？</translation>
    </message>
    <message>
        <source>Its secret key is deleted from this computer&apos;s keyring. Your links on LeanRails are not affected; you can add the key again later.</source>
        <translation>シークレットキーはこのコンピューターのキーリングから削除されます。LeanRails 上の支払いリンクには影響しません。キーは後でもう一度追加できます。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove “{name}” from the list anyway? Its key would stay in your keyring until you delete it there.</source>
        <translation>それでも「{name}」を一覧から削除しますか？キーはキーリングで削除するまで残ります。</translation>
    </message>
    <message>
        <source>Remove &amp;anyway</source>
        <translation>それでも削除(&amp;A)</translation>
    </message>
    <message>
        <source>Rename account</source>
        <translation>アカウント名を変更</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新しい名前:</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>本番</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>シークレットキー</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Your LeanRails accounts. Secret keys are kept in this computer&apos;s keyring and shown here only by their last four characters.</source>
        <translation>LeanRails のアカウントです。シークレットキーはこのコンピューターのキーリングに保管され、ここには末尾 4 文字のみ表示されます。</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>再確認(&amp;G)</translation>
    </message>
    <message>
        <source>Check the keyring again</source>
        <translation>キーリングをもう一度確認します</translation>
    </message>
    <message>
        <source>Account list notice</source>
        <translation>アカウント一覧のお知らせ</translation>
    </message>
    <message>
        <source>No accounts yet. Choose Add to paste your secret key.</source>
        <translation>アカウントはまだありません。「追加」を選んでシークレットキーを貼り付けてください。</translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation>アカウントなし</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>アカウントを追加</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>名前を変更(&amp;N)…</translation>
    </message>
    <message>
        <source>Rename the selected account</source>
        <translation>選択したアカウントの名前を変更します</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove the selected account</source>
        <translation>選択したアカウントを削除します</translation>
    </message>
    <message>
        <source>Set as &amp;default</source>
        <translation>既定に設定(&amp;D)</translation>
    </message>
    <message>
        <source>Open the selected account when the app starts</source>
        <translation>アプリの起動時に選択したアカウントを開きます</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>{name}  · this run only</source>
        <translation>{name}  · 今回のみ</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>Added “{name}” for this run only.</source>
        <translation>「{name}」を今回の起動中のみ追加しました。</translation>
    </message>
    <message>
        <source>Added “{name}” and saved its key in your keyring.</source>
        <translation>「{name}」を追加し、キーをキーリングに保存しました。</translation>
    </message>
    <message>
        <source>live mode, real payments</source>
        <translation>本番モード、実際の決済</translation>
    </message>
    <message>
        <source>test mode</source>
        <translation>テストモード</translation>
    </message>
    <message>
        <source>key ending {last4}</source>
        <translation>キー末尾 {last4}</translation>
    </message>
    <message>
        <source>default account</source>
        <translation>既定のアカウント</translation>
    </message>
    <message>
        <source>kept for this run only</source>
        <translation>今回の起動中のみ保持</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Live mode: real payments</source>
        <translation>本番モード: 実際の決済が行われます</translation>
    </message>
    <message>
        <source>Test mode: no real money moves</source>
        <translation>テストモード: 実際のお金は動きません</translation>
    </message>
    <message>
        <source>Kept for this run only: the key will not be remembered.</source>
        <translation>今回の起動中のみ保持: キーは保存されません。</translation>
    </message>
    <message>
        <source>Renamed to “{name}”.</source>
        <translation>名前を「{name}」に変更しました。</translation>
    </message>
    <message>
        <source>Default account</source>
        <translation>既定のアカウント</translation>
    </message>
    <message>
        <source>“{name}” opens when the app starts.</source>
        <translation>アプリの起動時に「{name}」を開きます。</translation>
    </message>
    <message>
        <source>Removing “{name}”…</source>
        <translation>「{name}」を削除しています…</translation>
    </message>
    <message>
        <source>Removed “{name}”.</source>
        <translation>「{name}」を削除しました。</translation>
    </message>
    <message>
        <source>The keyring works: new keys will be remembered.</source>
        <translation>キーリングは正常に動作しています。新しいキーは保存されます。</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New link</source>
        <translation>新しい支払いリンク(&amp;N)</translation>
    </message>
    <message>
        <source>Create a new checkout link</source>
        <translation>新しい支払いリンクを作成します</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the link</source>
        <translation>支払いリンクを保存します</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Search links</source>
        <translation>支払いリンクを検索</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>Bring the list up to date with LeanRails</source>
        <translation>一覧を LeanRails の最新の状態にします</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>リンクをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the link&apos;s address</source>
        <translation>支払いリンクのアドレスをコピーします</translation>
    </message>
    <message>
        <source>Copy &amp;QR code</source>
        <translation>QR コードをコピー(&amp;Q)</translation>
    </message>
    <message>
        <source>Copy the QR code as an image</source>
        <translation>QR コードを画像としてコピーします</translation>
    </message>
    <message>
        <source>Save QR code…</source>
        <translation>QR コードを保存…</translation>
    </message>
    <message>
        <source>Save the QR code as PNG, SVG or PDF</source>
        <translation>QR コードを PNG・SVG・PDF で保存します</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>有効にする(&amp;A)</translation>
    </message>
    <message>
        <source>Switch the link on</source>
        <translation>支払いリンクを有効にします</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>共有(&amp;S)…</translation>
    </message>
    <message>
        <source>Share the link: tagged per channel, embed code, email, posts</source>
        <translation>支払いリンクを共有します（チャネル別のタグ、埋め込みコード、メール、投稿）</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>無効にする(&amp;D)…</translation>
    </message>
    <message>
        <source>Switch the link off, with an optional message</source>
        <translation>支払いリンクを無効にします（メッセージも設定できます）</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>Start a new link from this one</source>
        <translation>このリンクをもとに新しい支払いリンクを作成します</translation>
    </message>
    <message>
        <source>C&amp;hange selected links…</source>
        <translation>選択したリンクを変更(&amp;H)…</translation>
    </message>
    <message>
        <source>Set fields on all the selected links at once</source>
        <translation>選択したすべての支払いリンクの項目を一度に設定します</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Put back what the last save or bulk change changed</source>
        <translation>直前の保存または一括変更を元に戻します</translation>
    </message>
    <message>
        <source>Hi&amp;story…</source>
        <translation>履歴(&amp;S)…</translation>
    </message>
    <message>
        <source>The changes made to this link from this computer</source>
        <translation>このコンピューターからこの支払いリンクに加えた変更</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>ブラウザーで開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the checkout page in your browser</source>
        <translation>お支払いページをブラウザーで開きます</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>アカウント(&amp;A)…</translation>
    </message>
    <message>
        <source>Add, switch or remove accounts</source>
        <translation>アカウントの追加・切り替え・削除を行います</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>バージョン情報(&amp;A)</translation>
    </message>
    <message>
        <source>Links as &amp;CSV…</source>
        <translation>リンクを CSV で(&amp;C)…</translation>
    </message>
    <message>
        <source>Export links to a spreadsheet</source>
        <translation>支払いリンクを表計算ファイルに書き出します</translation>
    </message>
    <message>
        <source>&amp;Import links…</source>
        <translation>リンクをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Create links from a CSV or Excel spreadsheet</source>
        <translation>CSV または Excel のファイルから支払いリンクを作成します</translation>
    </message>
    <message>
        <source>&amp;QR codes and print sheet…</source>
        <translation>QR コードと印刷シート(&amp;Q)…</translation>
    </message>
    <message>
        <source>Save many QR codes, or a sheet to print</source>
        <translation>複数の QR コード、または印刷用シートを保存します</translation>
    </message>
    <message>
        <source>Switch a&amp;ccount</source>
        <translation>アカウントを切り替え(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Language (applies after restart)</source>
        <translation>言語（再起動後に反映）(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>リンク(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>設定(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add an account</source>
        <translation>アカウントを追加</translation>
    </message>
    <message>
        <source>Paste a secret key from your LeanRails Dashboard. It is checked with LeanRails, then kept in this computer&apos;s keyring, never in a file.</source>
        <translation>LeanRails ダッシュボードのシークレットキーを貼り付けてください。キーは LeanRails で確認したうえで、このコンピューターのキーリングに保管されます。ファイルに保存されることはありません。</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>アカウント名</translation>
    </message>
    <message>
        <source>For example: My shop</source>
        <translation>例: マイショップ</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>シークレットキー</translation>
    </message>
    <message>
        <source>Starts with sk_test_ or sk_live_. Hidden as you type.</source>
        <translation>sk_test_ または sk_live_ で始まります。入力中は伏せ字で表示されます。</translation>
    </message>
    <message>
        <source>sk_test_… or sk_live_…</source>
        <translation>sk_test_… または sk_live_…</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>表示(&amp;H)</translation>
    </message>
    <message>
        <source>Show the secret key</source>
        <translation>シークレットキーを表示</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>シークレットキー(&amp;K):</translation>
    </message>
    <message>
        <source>About this key</source>
        <translation>このキーについて</translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation>詳細設定(&amp;D)</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>詳細設定を表示</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API アドレス</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>Change this only to use the local sandbox or a test server.</source>
        <translation>ローカルのサンドボックスまたはテスト用サーバーを使う場合にのみ変更してください。</translation>
    </message>
    <message>
        <source>Keep this key for this &amp;run only (it won&apos;t be remembered)</source>
        <translation>このキーを今回の起動中のみ保持する（保存されません）(&amp;R)</translation>
    </message>
    <message>
        <source>Keep this key for this run only</source>
        <translation>このキーを今回の起動中のみ保持する</translation>
    </message>
    <message>
        <source>Keep for this run &amp;only</source>
        <translation>今回のみ保持(&amp;O)</translation>
    </message>
    <message>
        <source>Keep the checked key for this run only</source>
        <translation>確認済みのキーを今回の起動中のみ保持します</translation>
    </message>
    <message>
        <source>Checking the key</source>
        <translation>キーを確認しています</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>&amp;Verify and save</source>
        <translation>確認して保存(&amp;V)</translation>
    </message>
    <message>
        <source>Verify and save</source>
        <translation>確認して保存</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Hide advanced settings</source>
        <translation>詳細設定を隠す</translation>
    </message>
    <message>
        <source>LIVE key: links you create take real payments.</source>
        <translation>本番キー: 作成した支払いリンクで実際の決済が行われます。</translation>
    </message>
    <message>
        <source>Test key: no real money moves.</source>
        <translation>テストキー: 実際のお金は動きません。</translation>
    </message>
    <message>
        <source>Starts with sk_test_ (test mode) or sk_live_ (live mode).</source>
        <translation>sk_test_（テストモード）または sk_live_（本番モード）で始まります。</translation>
    </message>
    <message>
        <source>Checking the key with LeanRails…</source>
        <translation>LeanRails でキーを確認しています…</translation>
    </message>
    <message>
        <source>Live account</source>
        <translation>本番アカウント</translation>
    </message>
    <message>
        <source>Test account</source>
        <translation>テストアカウント</translation>
    </message>
    <message>
        <source>There is already an account called “{name}”. Choose another name.</source>
        <translation>「{name}」という名前のアカウントはすでにあります。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>LeanRails accepted the key, but it could not be saved in your keyring. Nothing was saved; you can keep the key for this run only.</source>
        <translation>LeanRails はキーを受け付けましたが、キーリングに保存できませんでした。何も保存されていません。キーを今回の起動中のみ保持することはできます。</translation>
    </message>
</context>
<context>
    <name>Amounts</name>
    <message>
        <source>“{shown}” is not an amount; use one decimal mark and group thousands by three digits, such as 1,234.50 or 1.234,50.</source>
        <translation>「{shown}」は金額ではありません。小数点は 1 種類だけ使い、桁区切りは 3 桁ごとにしてください（例: 1,234.50 または 1.234,50）。</translation>
    </message>
    <message>
        <source>“{shown}” is not an amount; thousands are grouped by three digits.</source>
        <translation>「{shown}」は金額ではありません。桁区切りは 3 桁ごとです。</translation>
    </message>
    <message>
        <source>“{shown}” is ambiguous in {code}: it could be {decimal} or {whole}; write it with a dot for decimals, such as {decimal}.</source>
        <translation>「{shown}」は {code} ではあいまいです（{decimal} または {whole}）。小数点にはピリオドを使い、{decimal} のように入力してください。</translation>
    </message>
    <message>
        <source>{shown} has more decimals than {code} allows (no decimals); if the dot groups thousands, write {whole}.</source>
        <translation>{shown} は {code} で使える小数の桁数を超えています（小数なし）。ピリオドが桁区切りの場合は {whole} と入力してください。</translation>
    </message>
    <message>
        <source>{shown} has more decimals than {code} allows (only {places} decimals); if the dot groups thousands, write {whole}.</source>
        <translation>{shown} は {code} で使える小数の桁数を超えています（小数 {places} 桁まで）。ピリオドが桁区切りの場合は {whole} と入力してください。</translation>
    </message>
    <message>
        <source>The amount cannot be negative or carry a sign; enter a number such as {example}.</source>
        <translation>金額にマイナスや符号は付けられません。{example} のような数値を入力してください。</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>金額を入力してください。</translation>
    </message>
    <message>
        <source>“{shown}” is not an amount; use a comma for decimals, such as {example}.</source>
        <translation>「{shown}」は金額ではありません。小数点にはカンマを使い、{example} のように入力してください。</translation>
    </message>
    <message>
        <source>“{shown}” is not an amount; use a dot for decimals, such as {example}.</source>
        <translation>「{shown}」は金額ではありません。小数点にはピリオドを使い、{example} のように入力してください。</translation>
    </message>
    <message>
        <source>“{shown}” is not an amount; use “{mark}” for decimals, such as {example}.</source>
        <translation>「{shown}」は金額ではありません。小数点には「{mark}」を使い、{example} のように入力してください。</translation>
    </message>
    <message>
        <source>“{shown}” is not an amount; enter a number such as {example}.</source>
        <translation>「{shown}」は金額ではありません。{example} のような数値を入力してください。</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>Could not reach LeanRails at {where}: {detail}.</source>
        <translation>{where} の LeanRails に接続できませんでした: {detail}</translation>
    </message>
    <message>
        <source>The connection failed</source>
        <translation>接続に失敗しました</translation>
    </message>
    <message>
        <source>Could not reach LeanRails at {where}: timed out after {limit} s.</source>
        <translation>{where} の LeanRails に接続できませんでした: {limit} 秒でタイムアウトしました。</translation>
    </message>
    <message>
        <source>The connection timed out</source>
        <translation>接続がタイムアウトしました</translation>
    </message>
    <message>
        <source>LeanRails at {where} did not answer: timed out after {limit} s.</source>
        <translation>{where} の LeanRails から応答がありませんでした: {limit} 秒でタイムアウトしました。</translation>
    </message>
    <message>
        <source>The request timed out</source>
        <translation>リクエストがタイムアウトしました</translation>
    </message>
    <message>
        <source>LeanRails at {where} closed the connection before answering completely.</source>
        <translation>{where} の LeanRails が応答を完了する前に接続を閉じました。</translation>
    </message>
    <message>
        <source>The connection was cut</source>
        <translation>接続が切断されました</translation>
    </message>
    <message>
        <source>LeanRails could not be reached</source>
        <translation>LeanRails に接続できませんでした</translation>
    </message>
    <message>
        <source>The connection to LeanRails at {where} failed: {detail}.</source>
        <translation>{where} の LeanRails への接続に失敗しました: {detail}</translation>
    </message>
    <message>
        <source>The request to LeanRails at {where} failed: {detail}.</source>
        <translation>{where} の LeanRails へのリクエストに失敗しました: {detail}</translation>
    </message>
</context>
<context>
    <name>Bulk</name>
    <message>
        <source>changed</source>
        <translation>変更済み</translation>
    </message>
    <message>
        <source>not sent: stopped before this link</source>
        <translation>未送信: このリンクの前で停止しました</translation>
    </message>
    <message>
        <source>failed: {error}</source>
        <translation>失敗: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Change {count} link(s)</source>
        <translation>
            <numerusform>{count} 件のリンクを変更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo the change to {count} link(s)</source>
        <translation>
            <numerusform>{count} 件のリンクへの変更を元に戻す</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the metadata key to set or remove.</source>
        <translation>設定または削除するメタデータのキーを入力してください。</translation>
    </message>
    <message>
        <source>A metadata key has at most {max} characters.</source>
        <translation>メタデータのキーは {max} 文字以内です。</translation>
    </message>
    <message>
        <source>Tick at least one field to change.</source>
        <translation>変更する項目を 1 つ以上選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>Reading {count} link(s)…</source>
        <translation>
            <numerusform>{count} 件のリンクを読み込んでいます…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}; {count} cannot change: {problems}</source>
        <translation>
            <numerusform>{summary}。{count} 件は変更できません: {problems}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo {count} link(s)</source>
        <translation>
            <numerusform>{count} 件を元に戻す</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing links: {done} of {count}</source>
        <translation>リンクを変更しています: {count} 件中 {done} 件</translation>
    </message>
    <message numerus="yes">
        <source>Put back {count} link(s)</source>
        <translation>
            <numerusform>{count} 件のリンクを元に戻しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed {count} link(s)</source>
        <translation>
            <numerusform>{count} 件のリンクを変更しました</numerusform>
        </translation>
    </message>
    <message>
        <source>{done}; stopped, {failed} not sent</source>
        <translation>{done}。停止したため {failed} 件は未送信です</translation>
    </message>
    <message>
        <source>{done}; {failed} failed</source>
        <translation>{done}。{failed} 件は失敗しました</translation>
    </message>
    <message>
        <source>&amp;Retry the failed ones ({failed})</source>
        <translation>失敗した分を再試行(&amp;R)（{failed} 件）</translation>
    </message>
    <message>
        <source>&amp;Retry the failed ones</source>
        <translation>失敗した分を再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Stopping after the link under way…</source>
        <translation>処理中のリンクが終わりしだい停止します…</translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>支払う</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>予約する</translation>
    </message>
    <message>
        <source>Donate</source>
        <translation>寄付する</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Only when needed</source>
        <translation>必要な場合のみ</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>常に</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>許可しない</translation>
    </message>
    <message>
        <source>Set to</source>
        <translation>設定する</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Change links</source>
        <translation>リンクを変更</translation>
    </message>
    <message>
        <source>Change summary</source>
        <translation>変更の概要</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>確認(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>変更(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Retry the failed ones</source>
        <translation>失敗した分を再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>ステータス(&amp;S)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Message shown while inactive</source>
        <translation>無効中に表示するメッセージ</translation>
    </message>
    <message>
        <source>Message shown while inactive (optional)</source>
        <translation>無効中に表示するメッセージ（任意）</translation>
    </message>
    <message>
        <source>&amp;Button text</source>
        <translation>ボタンの文言(&amp;B)</translation>
    </message>
    <message>
        <source>Button text</source>
        <translation>ボタンの文言</translation>
    </message>
    <message>
        <source>Billing &amp;address</source>
        <translation>請求先住所(&amp;A)</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>請求先住所</translation>
    </message>
    <message>
        <source>&amp;Promotion codes</source>
        <translation>プロモーションコード(&amp;P)</translation>
    </message>
    <message>
        <source>Promotion codes</source>
        <translation>プロモーションコード</translation>
    </message>
    <message>
        <source>Confirmation &amp;message</source>
        <translation>確認メッセージ(&amp;M)</translation>
    </message>
    <message>
        <source>Confirmation message</source>
        <translation>確認メッセージ</translation>
    </message>
    <message>
        <source>Shown after payment (empty: none)</source>
        <translation>お支払い後に表示されます（空欄: なし）</translation>
    </message>
    <message>
        <source>M&amp;etadata key</source>
        <translation>メタデータのキー(&amp;E)</translation>
    </message>
    <message>
        <source>Metadata key</source>
        <translation>メタデータのキー</translation>
    </message>
    <message>
        <source>key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Set or remove the key</source>
        <translation>キーを設定または削除</translation>
    </message>
    <message>
        <source>Metadata value</source>
        <translation>メタデータの値</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Problem with the change</source>
        <translation>変更内容の問題</translation>
    </message>
    <message>
        <source>Links that change</source>
        <translation>変更されるリンク</translation>
    </message>
    <message>
        <source>Change progress</source>
        <translation>変更の進行状況</translation>
    </message>
    <message>
        <source>Tick what to set on every selected link.</source>
        <translation>選択したすべてのリンクに設定する項目を選んでください。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>BulkChanges</name>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>支払う</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>予約する</translation>
    </message>
    <message>
        <source>Donate</source>
        <translation>寄付する</translation>
    </message>
    <message>
        <source>when needed</source>
        <translation>必要な場合</translation>
    </message>
    <message>
        <source>always</source>
        <translation>常に</translation>
    </message>
    <message numerus="yes">
        <source>{count} link(s) change, {unchanged} already so</source>
        <translation>
            <numerusform>{count} 件のリンクが変更され、{unchanged} 件はすでにその状態です</numerusform>
        </translation>
    </message>
    <message>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>redirect to {url}</source>
        <translation>{url} へリダイレクト</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>inactive ({message})</source>
        <translation>無効（{message}）</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>stops after {limit}</source>
        <translation>{limit} 件で終了</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>ボタン</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>請求先住所</translation>
    </message>
    <message>
        <source>Promotion codes</source>
        <translation>プロモーションコード</translation>
    </message>
    <message>
        <source>Confirmation message</source>
        <translation>確認メッセージ</translation>
    </message>
    <message>
        <source>Payment limit</source>
        <translation>決済の上限</translation>
    </message>
    <message>
        <source>Metadata {key}</source>
        <translation>メタデータ {key}</translation>
    </message>
    <message>
        <source>LeanRails refused the change.</source>
        <translation>LeanRails が変更を拒否しました。</translation>
    </message>
</context>
<context>
    <name>BulkColumns</name>
    <message>
        <source>“{value}” in line_items cannot be read back; export the links per line item to copy them.</source>
        <translation>line_items の「{value}」は読み戻せません。コピーするには、明細ごとに 1 行の形式でリンクをエクスポートしてください。</translation>
    </message>
    <message>
        <source>line_items names “{name}”, not a product id (prod_…) or price id; export the links per line item to copy them.</source>
        <translation>line_items に指定された「{name}」は商品 ID (prod_…) でも価格 ID でもありません。コピーするには、明細ごとに 1 行の形式でリンクをエクスポートしてください。</translation>
    </message>
    <message>
        <source>“{value}” in line_items is not an amount.</source>
        <translation>line_items の「{value}」は金額ではありません。</translation>
    </message>
</context>
<context>
    <name>BulkPlan</name>
    <message>
        <source>line {line}, {column}: {message}</source>
        <translation>{line} 行目、{column}: {message}</translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>{line} 行目: {message}</translation>
    </message>
    <message numerus="yes">
        <source>{total} + {count} saved price(s)</source>
        <translation>
            <numerusform>{total} + 登録済みの価格 {count} 件</numerusform>
        </translation>
    </message>
    <message>
        <source>The column “{name}” appears twice; only the first is read.</source>
        <translation>列「{name}」が 2 回あります。最初の列だけを読み込みます。</translation>
    </message>
    <message>
        <source>The sheet has no “title” column; every link needs one.</source>
        <translation>シートに「title」列がありません。すべての支払いリンクに必要です。</translation>
    </message>
    <message>
        <source>The sheet has a header but no rows to import.</source>
        <translation>シートに見出し行はありますが、インポートする行がありません。</translation>
    </message>
    <message>
        <source>differs from line {line} of the same link; a link&apos;s own columns must match on each of its rows or be left empty.</source>
        <translation>同じリンクの {line} 行目と異なります。リンク自体の列は、そのリンクのすべての行で一致させるか、空欄にしてください。</translation>
    </message>
    <message>
        <source>Use hosted_confirmation or redirect.</source>
        <translation>hosted_confirmation または redirect を使ってください。</translation>
    </message>
    <message>
        <source>“{value}” is neither true nor false.</source>
        <translation>「{value}」は true でも false でもありません。</translation>
    </message>
    <message>
        <source>Metadata must be written as {&quot;key&quot;: &quot;value&quot;, …}.</source>
        <translation>メタデータは {&quot;key&quot;: &quot;value&quot;, …} の形式で記入してください。</translation>
    </message>
</context>
<context>
    <name>BulkSend</name>
    <message>
        <source>LeanRails refused the link.</source>
        <translation>LeanRails が支払いリンクを拒否しました。</translation>
    </message>
    <message>
        <source>created as {id} but not switched off: {reason}</source>
        <translation>{id} として作成しましたが、無効にできませんでした: {reason}</translation>
    </message>
</context>
<context>
    <name>BulkSheet</name>
    <message>
        <source>{name} could not be read: {problem}.</source>
        <translation>{name} を読み込めませんでした: {problem}</translation>
    </message>
    <message>
        <source>{name} is a CSV file, which has no sheets to choose from.</source>
        <translation>{name} は CSV ファイルのため、選べるシートはありません。</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>{name} is not a text file a spreadsheet wrote.</source>
        <translation>{name} は表計算ソフトで作成されたテキストファイルではありません。</translation>
    </message>
    <message>
        <source>{name} is not a CSV file.</source>
        <translation>{name} は CSV ファイルではありません。</translation>
    </message>
    <message>
        <source>{name} is not valid CSV: {problem}.</source>
        <translation>{name} は有効な CSV ではありません: {problem}</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx) that can be read.</source>
        <translation>{name} は読み込める Excel ブック (.xlsx) ではありません。</translation>
    </message>
    <message>
        <source>{name} has no sheet called “{sheet}”; its sheets are {names}.</source>
        <translation>{name} に「{sheet}」という名前のシートはありません。シート: {names}</translation>
    </message>
    <message>
        <source>{name} is empty; it needs a header row.</source>
        <translation>{name} は空です。見出し行が必要です。</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The new language applies the next time you start LeanRails Desktop.</source>
        <translation>新しい言語は、次回 LeanRails Desktop を起動したときに反映されます。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed on LeanRails meanwhile</source>
        <translation>その間に LeanRails で変更されました</translation>
    </message>
    <message>
        <source>“{title}” was changed on LeanRails after you opened it here. Choose which version of each part to save; nothing is sent until you do.</source>
        <translation>「{title}」は、ここで開いた後に LeanRails で変更されました。項目ごとに保存する内容を選んでください。選ぶまでは何も送信されません。</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>あなたの内容</translation>
    </message>
    <message>
        <source>On LeanRails now</source>
        <translation>現在の LeanRails の内容</translation>
    </message>
    <message>
        <source>{part} (you changed it too)</source>
        <translation>{part}（あなたも変更しています）</translation>
    </message>
    <message>
        <source>{label}: keep yours, {yours}</source>
        <translation>{label}: あなたの内容を保持、{yours}</translation>
    </message>
    <message>
        <source>{label}: take LeanRails&apos;s, {theirs}</source>
        <translation>{label}: LeanRails の内容を採用、{theirs}</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>自分の内容を保持(&amp;M)</translation>
    </message>
    <message>
        <source>Take &amp;LeanRails&apos;s</source>
        <translation>LeanRails の内容を採用(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Save as chosen</source>
        <translation>選んだとおりに保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>After payment</source>
        <translation>お支払い後</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>ボタン</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>請求先住所</translation>
    </message>
    <message>
        <source>Promotion codes</source>
        <translation>プロモーションコード</translation>
    </message>
    <message>
        <source>Payment limit</source>
        <translation>決済の上限</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>メタデータ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Inactive message</source>
        <translation>無効時のメッセージ</translation>
    </message>
    <message>
        <source>Redirect to {redirect_url}</source>
        <translation>{redirect_url} へリダイレクト</translation>
    </message>
    <message>
        <source>Confirmation page: “{message}”</source>
        <translation>確認ページ:「{message}」</translation>
    </message>
    <message>
        <source>Confirmation page</source>
        <translation>確認ページ</translation>
    </message>
    <message>
        <source>Automatic (Pay)</source>
        <translation>自動（支払う）</translation>
    </message>
    <message>
        <source>Always asked</source>
        <translation>常に入力を求める</translation>
    </message>
    <message>
        <source>When needed</source>
        <translation>必要な場合</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>許可しない</translation>
    </message>
    <message>
        <source>Stops after {limit}</source>
        <translation>{limit} 件で終了</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>無効</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <source>LeanRails Desktop ran into a problem it did not expect. Your work is kept: unsaved links are stored as drafts. If this keeps happening, send us the report below — it contains no secret keys.</source>
        <translation>LeanRails Desktop で予期しない問題が発生しました。作業内容は失われていません。未保存のリンクは下書きとして保存されています。問題が繰り返し発生する場合は、下のレポートをお送りください。レポートにシークレットキーは含まれていません。</translation>
    </message>
    <message>
        <source>The report was also saved to {path}</source>
        <translation>レポートは {path} にも保存されました</translation>
    </message>
    <message>
        <source>Where the report was saved</source>
        <translation>レポートの保存場所</translation>
    </message>
    <message>
        <source>Crash report</source>
        <translation>エラーレポート</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>レポートをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>レポートをコピー</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>Unsaved work restored.</source>
        <translation>未保存の作業を復元しました。</translation>
    </message>
    <message>
        <source>Unsaved changes to “{title}” restored.</source>
        <translation>「{title}」への未保存の変更を復元しました。</translation>
    </message>
    <message numerus="yes">
        <source>{others} more unsaved draft(s) are kept as well.</source>
        <translation>
            <numerusform>ほかに {others} 件の未保存の下書きも保持されています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Duplicate opened as a new link. Change it, then create it.</source>
        <translation>複製を新しい支払いリンクとして開きました。内容を変更してから作成してください。</translation>
    </message>
    <message>
        <source>Please fix the highlighted fields.</source>
        <translation>強調表示された項目を修正してください。</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>保存する変更はありません。</translation>
    </message>
    <message>
        <source>Creating link…</source>
        <translation>支払いリンクを作成しています…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>保存されていません</translation>
    </message>
    <message>
        <source>Not saved: “{title}” was changed on LeanRails meanwhile. Your edits are still here.</source>
        <translation>保存されていません: その間に「{title}」が LeanRails で変更されました。編集内容はそのまま残っています。</translation>
    </message>
    <message>
        <source>“{title}” now shows the version on LeanRails.</source>
        <translation>「{title}」は LeanRails 上の内容を表示しています。</translation>
    </message>
    <message>
        <source>Created {time}</source>
        <translation>{time} に作成</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>{time} に保存</translation>
    </message>
    <message>
        <source>Created “{title}”. Its link is ready to share.</source>
        <translation>「{title}」を作成しました。支払いリンクを共有できます。</translation>
    </message>
    <message>
        <source>Saved “{title}”.</source>
        <translation>「{title}」を保存しました。</translation>
    </message>
    <message>
        <source>LeanRails did not accept this link.</source>
        <translation>LeanRails はこの支払いリンクを受け付けませんでした。</translation>
    </message>
</context>
<context>
    <name>EditorPane</name>
    <message>
        <source>Automatic (shows “Pay”)</source>
        <translation>自動（「支払う」と表示）</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>支払う</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>予約する</translation>
    </message>
    <message>
        <source>Donate</source>
        <translation>寄付する</translation>
    </message>
    <message>
        <source>Link editor</source>
        <translation>リンクエディター</translation>
    </message>
    <message>
        <source>No link selected</source>
        <translation>支払いリンクが選択されていません</translation>
    </message>
    <message>
        <source>Editor state</source>
        <translation>エディターの状態</translation>
    </message>
    <message>
        <source>Problem with this link</source>
        <translation>この支払いリンクの問題</translation>
    </message>
    <message>
        <source>Link form</source>
        <translation>リンクのフォーム</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>変更を破棄(&amp;D)</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save link</source>
        <translation>支払いリンクを保存</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>基本情報</translation>
    </message>
    <message>
        <source>What the customer is paying for</source>
        <translation>お客様が支払う対象</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>タイトル(&amp;T)</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>説明(&amp;E)</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>明細</translation>
    </message>
    <message>
        <source>After payment</source>
        <translation>お支払い後</translation>
    </message>
    <message>
        <source>Show a &amp;confirmation page</source>
        <translation>確認ページを表示(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Redirect to my website</source>
        <translation>自社サイトへリダイレクト(&amp;R)</translation>
    </message>
    <message>
        <source>Show a confirmation page after payment</source>
        <translation>お支払い後に確認ページを表示します</translation>
    </message>
    <message>
        <source>Redirect to my website after payment</source>
        <translation>お支払い後に自社サイトへリダイレクトします</translation>
    </message>
    <message>
        <source>Optional, up to {max} characters</source>
        <translation>任意、{max} 文字まで</translation>
    </message>
    <message>
        <source>Optional thank-you message, up to {max} characters</source>
        <translation>お礼のメッセージ（任意）、{max} 文字まで</translation>
    </message>
    <message>
        <source>Confirmation message</source>
        <translation>確認メッセージ</translation>
    </message>
    <message>
        <source>Redirect address</source>
        <translation>リダイレクト先アドレス</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>メッセージ(&amp;M)</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>アドレス(&amp;R)</translation>
    </message>
    <message>
        <source>Checkout page</source>
        <translation>お支払いページ</translation>
    </message>
    <message>
        <source>Button text</source>
        <translation>ボタンの文言</translation>
    </message>
    <message>
        <source>&amp;Button</source>
        <translation>ボタン(&amp;B)</translation>
    </message>
    <message>
        <source>Always ask for a billing &amp;address</source>
        <translation>請求先住所を常に入力してもらう(&amp;A)</translation>
    </message>
    <message>
        <source>Require billing address</source>
        <translation>請求先住所を必須にする</translation>
    </message>
    <message>
        <source>Allow pr&amp;omotion codes</source>
        <translation>プロモーションコードを許可(&amp;O)</translation>
    </message>
    <message>
        <source>Allow promotion codes</source>
        <translation>プロモーションコードを許可</translation>
    </message>
    <message>
        <source>Stop after</source>
        <translation>受付終了</translation>
    </message>
    <message>
        <source>Limit completed payments</source>
        <translation>完了した決済の件数を制限</translation>
    </message>
    <message>
        <source>Completed payments limit</source>
        <translation>完了した決済の上限</translation>
    </message>
    <message>
        <source>&amp;Limit</source>
        <translation>上限(&amp;L)</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>メタデータ</translation>
    </message>
    <message>
        <source>When switched off</source>
        <translation>無効にしたとき</translation>
    </message>
    <message>
        <source>What visitors see while the link is off</source>
        <translation>支払いリンクが無効な間に訪問者に表示される内容</translation>
    </message>
    <message>
        <source>Inactive message</source>
        <translation>無効時のメッセージ</translation>
    </message>
    <message>
        <source>&amp;Inactive message</source>
        <translation>無効時のメッセージ(&amp;I)</translation>
    </message>
    <message>
        <source>Select a link, or press Ctrl+N to create one.</source>
        <translation>支払いリンクを選ぶか、Ctrl+N を押して作成してください。</translation>
    </message>
    <message>
        <source>New link — not saved yet</source>
        <translation>新しい支払いリンク — 未保存</translation>
    </message>
    <message>
        <source>&amp;Create link</source>
        <translation>支払いリンクを作成(&amp;C)</translation>
    </message>
    <message>
        <source>Editing “{label}” — unsaved changes</source>
        <translation>「{label}」を編集中 — 未保存の変更あり</translation>
    </message>
    <message>
        <source>Editing “{label}”</source>
        <translation>「{label}」を編集中</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>変更を保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ExportDialogs</name>
    <message>
        <source>Save QR code</source>
        <translation>QR コードを保存</translation>
    </message>
    <message>
        <source>QR code for “{link_title}”</source>
        <translation>「{link_title}」の QR コード</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>ファイルを選択(&amp;C)…</translation>
    </message>
    <message>
        <source>All links of this account</source>
        <translation>このアカウントのすべての支払いリンク</translation>
    </message>
    <message>
        <source>All active links</source>
        <translation>有効なすべての支払いリンク</translation>
    </message>
    <message>
        <source>All inactive links</source>
        <translation>無効なすべての支払いリンク</translation>
    </message>
    <message numerus="yes">
        <source>The {count} selected link(s)</source>
        <translation>
            <numerusform>選択した {count} 件のリンク</numerusform>
        </translation>
    </message>
    <message>
        <source>{scope} (fetches every page)</source>
        <translation>{scope}（すべてのページを取得）</translation>
    </message>
    <message>
        <source>A &amp;print sheet (PDF of labelled codes)</source>
        <translation>印刷シート（ラベル付きコードの PDF）(&amp;P)</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Export QR codes</source>
        <translation>QR コードをエクスポート</translation>
    </message>
    <message>
        <source>Which links</source>
        <translation>対象のリンク</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>保存形式</translation>
    </message>
    <message>
        <source>One &amp;ZIP file of QR codes</source>
        <translation>QR コードをまとめた ZIP ファイル(&amp;Z)</translation>
    </message>
    <message>
        <source>Separate files in a &amp;folder</source>
        <translation>フォルダーに個別のファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export links as CSV</source>
        <translation>支払いリンクを CSV でエクスポート</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>One row per &amp;link</source>
        <translation>リンクごとに 1 行(&amp;L)</translation>
    </message>
    <message>
        <source>One row per line &amp;item</source>
        <translation>明細ごとに 1 行(&amp;I)</translation>
    </message>
    <message>
        <source>Make accents show correctly in &amp;Excel (adds a byte-order mark)</source>
        <translation>Excel で文字化けしないようにする（BOM を付加）(&amp;E)</translation>
    </message>
    <message>
        <source>Excel-compatible encoding</source>
        <translation>Excel 互換のエンコーディング</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Export stopped because another account was opened; no partial file was left behind.</source>
        <translation>別のアカウントが開かれたため、エクスポートを中止しました。書きかけのファイルは残っていません。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>エクスポートの進行状況</translation>
    </message>
    <message>
        <source>Export cancelled; no partial file was left behind.</source>
        <translation>エクスポートをキャンセルしました。書きかけのファイルは残っていません。</translation>
    </message>
    <message numerus="yes">
        <source>{count} link(s) done</source>
        <translation>
            <numerusform>{count} 件のリンクを処理しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>SVG vector image (*.svg)</source>
        <translation>SVG ベクター画像 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation>QR コードを保存</translation>
    </message>
    <message>
        <source>Saving QR code</source>
        <translation>QR コードを保存しています</translation>
    </message>
    <message>
        <source>QR code saved to {path}.</source>
        <translation>QR コードを {path} に保存しました。</translation>
    </message>
    <message>
        <source>Choose a folder for the QR codes</source>
        <translation>QR コードの保存先フォルダーを選択</translation>
    </message>
    <message>
        <source>Save QR codes as ZIP</source>
        <translation>QR コードを ZIP で保存</translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation>ZIP アーカイブ (*.zip)</translation>
    </message>
    <message>
        <source>Save print sheet</source>
        <translation>印刷シートを保存</translation>
    </message>
    <message numerus="yes">
        <source>{count} QR file(s) saved in {path}.</source>
        <translation>
            <numerusform>{count} 件の QR ファイルを {path} に保存しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} QR code(s) saved to {path}.</source>
        <translation>
            <numerusform>{count} 件の QR コードを {path} に保存しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} QR code(s) placed on the print sheet saved as {path}.</source>
        <translation>
            <numerusform>{count} 件の QR コードを印刷シートに配置し、{path} として保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>…ほか {count} 件。</translation>
    </message>
    <message numerus="yes">
        <source>{count} codes were saved; {refused} would not scan and were left out:</source>
        <translation>
            <numerusform>{count} 件のコードを保存しました。{refused} 件は読み取れないため除外しました:</numerusform>
        </translation>
    </message>
    <message>
        <source>Some codes were left out</source>
        <translation>一部のコードを除外しました</translation>
    </message>
    <message>
        <source>Exporting QR codes</source>
        <translation>QR コードをエクスポートしています</translation>
    </message>
    <message>
        <source>Export links as CSV</source>
        <translation>支払いリンクを CSV でエクスポート</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Exporting CSV</source>
        <translation>CSV をエクスポートしています</translation>
    </message>
    <message numerus="yes">
        <source>{rows} row(s) exported to {path}.</source>
        <translation>
            <numerusform>{rows} 行を {path} にエクスポートしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormParts</name>
    <message>
        <source>Problem with the field above</source>
        <translation>上の入力欄の問題</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Saved in the editor</source>
        <translation>エディターで保存</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Bulk change</source>
        <translation>一括変更</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Switched on or off</source>
        <translation>有効・無効の切り替え</translation>
    </message>
    <message>
        <source>Line items cannot be changed once a link is made, so they stay as they are.</source>
        <translation>明細は支払いリンクの作成後に変更できないため、そのまま残ります。</translation>
    </message>
    <message>
        <source>(no field recorded)</source>
        <translation>（記録された項目なし）</translation>
    </message>
    <message>
        <source>Not undone: “{title}” was changed on LeanRails after your save ({parts}). Nothing was overwritten; open the link to see its version.</source>
        <translation>元に戻していません: 保存後に「{title}」が LeanRails で変更されました（{parts}）。何も上書きしていません。支払いリンクを開いて内容を確認してください。</translation>
    </message>
    <message>
        <source>Not undone: {problem}</source>
        <translation>元に戻していません: {problem}</translation>
    </message>
    <message>
        <source>Nothing to undo: “{title}” already has its earlier values.</source>
        <translation>元に戻す必要はありません: 「{title}」はすでに以前の値です。</translation>
    </message>
    <message>
        <source>Undid the save of “{title}”. {line_items}</source>
        <translation>「{title}」の保存を元に戻しました。{line_items}</translation>
    </message>
    <message>
        <source>Undo save of “{title}”</source>
        <translation>「{title}」の保存を元に戻す</translation>
    </message>
    <message>
        <source>No changes to this link were made from this computer yet. Saves, bulk changes, imports and switching it on or off will be listed here.</source>
        <translation>このコンピューターからこの支払いリンクに加えた変更はまだありません。保存、一括変更、インポート、有効・無効の切り替えがここに表示されます。</translation>
    </message>
    <message>
        <source>The history is kept in the local store, which is not available.</source>
        <translation>履歴はローカルの保存領域に記録されますが、現在利用できません。</translation>
    </message>
    <message>
        <source>Undoing the save of “{title}”…</source>
        <translation>「{title}」の保存を元に戻しています…</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>元に戻していません</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Link history</source>
        <translation>支払いリンクの履歴</translation>
    </message>
    <message>
        <source>Changes made to “{title}” from this computer, newest first</source>
        <translation>このコンピューターから「{title}」に加えた変更（新しい順）</translation>
    </message>
    <message>
        <source>Changes to this link</source>
        <translation>この支払いリンクへの変更</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message numerus="yes">
        <source>Undo change to {count} link(s)</source>
        <translation>
            <numerusform>{count} 件のリンクへの変更を元に戻す</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>明細</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Import links</source>
        <translation>支払いリンクをインポート</translation>
    </message>
    <message>
        <source>Links to create from {file_name}</source>
        <translation>{file_name} から作成する支払いリンク</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>シート(&amp;H):</translation>
    </message>
    <message>
        <source>Sheet to import</source>
        <translation>インポートするシート</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>インポートの概要</translation>
    </message>
    <message>
        <source>Columns ignored</source>
        <translation>無視された列</translation>
    </message>
    <message>
        <source>Problems by line and column</source>
        <translation>行・列ごとの問題</translation>
    </message>
    <message>
        <source>Links to create</source>
        <translation>作成する支払いリンク</translation>
    </message>
    <message>
        <source>&amp;Skip the links with problems</source>
        <translation>問題のあるリンクをスキップ(&amp;S)</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>インポートの進行状況</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Retry the failed ones</source>
        <translation>失敗した分を再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Save re&amp;port…</source>
        <translation>レポートを保存(&amp;P)…</translation>
    </message>
    <message>
        <source>A CSV of each link&apos;s line, result, id and address, for QR codes or a print sheet</source>
        <translation>各リンクの行・結果・ID・アドレスを記載した CSV（QR コードや印刷シートの作成用）</translation>
    </message>
    <message>
        <source>Print QR &amp;codes…</source>
        <translation>QR コードを印刷(&amp;C)…</translation>
    </message>
    <message>
        <source>QR codes or a label sheet of the links this import made</source>
        <translation>この取り込みで作成したリンクの QR コードまたはラベルシート</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Columns ignored: {columns}</source>
        <translation>無視された列: {columns}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>表計算ファイル (*.csv *.tsv *.txt *.xlsx *.xlsm);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>created</source>
        <translation>作成済み</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>item</source>
        <translation>明細</translation>
    </message>
    <message>
        <source>{quantity} × {what} at {price}</source>
        <translation>{what} × {quantity}（単価 {price}）</translation>
    </message>
    <message>
        <source>{quantity} × {what}</source>
        <translation>{what} × {quantity}</translation>
    </message>
    <message>
        <source>Import links</source>
        <translation>支払いリンクをインポート</translation>
    </message>
    <message>
        <source>Reading {file_name}…</source>
        <translation>{file_name} を読み込んでいます…</translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation>このファイルはインポートできません</translation>
    </message>
    <message>
        <source>Reading the sheet “{name}”…</source>
        <translation>シート「{name}」を読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>{ready} link(s) ready, {refused} with problems</source>
        <translation>
            <numerusform>{ready} 件のリンクが準備完了、{refused} 件に問題あり</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary} — the sheet itself has problems; fix them and import it again</source>
        <translation>{summary} — シート自体に問題があります。修正してからもう一度インポートしてください</translation>
    </message>
    <message numerus="yes">
        <source>Import {count} link(s)</source>
        <translation>
            <numerusform>{count} 件のリンクをインポート</numerusform>
        </translation>
    </message>
    <message>
        <source>Save import report</source>
        <translation>インポートレポートを保存</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Report of {count} link(s) saved to {path}.</source>
        <translation>
            <numerusform>{count} 件のリンクのレポートを {path} に保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>レポートを保存できませんでした</translation>
    </message>
    <message>
        <source>Creating links: {done} of {count}</source>
        <translation>支払いリンクを作成しています: {count} 件中 {done} 件</translation>
    </message>
    <message>
        <source>already created</source>
        <translation>作成済み</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>it has problems</source>
        <translation>問題があります</translation>
    </message>
    <message>
        <source>&amp;Retry the failed ones ({failed})</source>
        <translation>失敗した分を再試行(&amp;R)（{failed} 件）</translation>
    </message>
    <message numerus="yes">
        <source>Created {count} link(s) from {file_name}</source>
        <translation>
            <numerusform>{file_name} から {count} 件のリンクを作成しました</numerusform>
        </translation>
    </message>
    <message>
        <source>{done}; stopped, {failed} not sent</source>
        <translation>{done}。停止したため {failed} 件は未送信です</translation>
    </message>
    <message>
        <source>{done}; {failed} failed</source>
        <translation>{done}。{failed} 件は失敗しました</translation>
    </message>
    <message>
        <source>&amp;Retry the failed ones</source>
        <translation>失敗した分を再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Stopping after the link under way…</source>
        <translation>処理中のリンクが終わりしだい停止します…</translation>
    </message>
    <message>
        <source>Import stopped because another account was opened; importing the same file again finishes it without duplicates.</source>
        <translation>別のアカウントが開かれたため、インポートを中止しました。同じファイルをもう一度インポートすると、重複なしで完了できます。</translation>
    </message>
</context>
<context>
    <name>KeyringBanner</name>
    <message>
        <source>Keyring notice</source>
        <translation>キーリングのお知らせ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>Keystore</name>
    <message>
        <source>Open Keychain Access, unlock your login keychain and restart LeanRails Desktop. Until then you can keep a key for this run only and paste it again next time.</source>
        <translation>キーチェーンアクセスを開いてログインキーチェーンのロックを解除し、LeanRails Desktop を再起動してください。それまでは、キーを今回の起動中のみ保持し、次回もう一度貼り付けることができます。</translation>
    </message>
    <message>
        <source>Sign in to Windows again so Credential Manager is available and restart LeanRails Desktop. Until then you can keep a key for this run only and paste it again next time.</source>
        <translation>資格情報マネージャーを使えるよう Windows にサインインし直し、LeanRails Desktop を再起動してください。それまでは、キーを今回の起動中のみ保持し、次回もう一度貼り付けることができます。</translation>
    </message>
    <message>
        <source>To fix this, install GNOME Keyring (or KWallet on KDE), make sure it starts with your desktop session and is unlocked, then restart LeanRails Desktop. Until then you can keep a key for this run only and paste it again next time.</source>
        <translation>解決するには、GNOME Keyring（KDE では KWallet）をインストールし、デスクトップのセッションとともに起動してロックが解除されていることを確認してから、LeanRails Desktop を再起動してください。それまでは、キーを今回の起動中のみ保持し、次回もう一度貼り付けることができます。</translation>
    </message>
    <message>
        <source>Open Keychain Access, unlock your login keychain, then try again. Nothing has been lost.</source>
        <translation>キーチェーンアクセスを開いてログインキーチェーンのロックを解除してから、もう一度お試しください。データは失われていません。</translation>
    </message>
    <message>
        <source>Sign in to Windows again so Credential Manager is available, then try again. Nothing has been lost.</source>
        <translation>資格情報マネージャーを使えるよう Windows にサインインし直してから、もう一度お試しください。データは失われていません。</translation>
    </message>
    <message>
        <source>Unlock your keyring (sign in to your desktop again, or open Passwords and Keys), then try again. Nothing has been lost.</source>
        <translation>キーリングのロックを解除して（デスクトップにサインインし直すか、「パスワードと鍵」を開いて）から、もう一度お試しください。データは失われていません。</translation>
    </message>
    <message>
        <source>Make sure {keyring} is running and unlocked, then try again. Nothing has been lost.</source>
        <translation>{keyring} が起動していてロックが解除されていることを確認してから、もう一度お試しください。データは失われていません。</translation>
    </message>
    <message>
        <source>Your keyring is locked, so the secret key could not be read.</source>
        <translation>キーリングがロックされているため、シークレットキーを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Your keyring is locked, so the secret key could not be saved.</source>
        <translation>キーリングがロックされているため、シークレットキーを保存できませんでした。</translation>
    </message>
    <message>
        <source>Your keyring is locked, so the secret key could not be deleted.</source>
        <translation>キーリングがロックされているため、シークレットキーを削除できませんでした。</translation>
    </message>
    <message>
        <source>Your keyring is locked, so the secret key could not be used.</source>
        <translation>キーリングがロックされているため、シークレットキーを使用できませんでした。</translation>
    </message>
    <message>
        <source>Your keyring answered with an error, so the secret key could not be read.</source>
        <translation>キーリングがエラーを返したため、シークレットキーを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Your keyring answered with an error, so the secret key could not be saved.</source>
        <translation>キーリングがエラーを返したため、シークレットキーを保存できませんでした。</translation>
    </message>
    <message>
        <source>Your keyring answered with an error, so the secret key could not be deleted.</source>
        <translation>キーリングがエラーを返したため、シークレットキーを削除できませんでした。</translation>
    </message>
    <message>
        <source>Your keyring answered with an error, so the secret key could not be used.</source>
        <translation>キーリングがエラーを返したため、シークレットキーを使用できませんでした。</translation>
    </message>
    <message>
        <source>The only keyring on this computer keeps passwords in a plain file, so LeanRails Desktop will not use it to remember your secret key.</source>
        <translation>このコンピューターにあるキーリングはパスワードを暗号化せずにファイルへ保存するため、LeanRails Desktop はシークレットキーの保存に使用しません。</translation>
    </message>
    <message>
        <source>LeanRails Desktop can&apos;t find a keyring on this computer, so it can&apos;t remember your secret key.</source>
        <translation>このコンピューターにキーリングが見つからないため、LeanRails Desktop はシークレットキーを保存できません。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>A label sheet needs at least one row and one column.</source>
        <translation>ラベルシートには 1 行 1 列以上が必要です。</translation>
    </message>
    <message>
        <source>Labels must be at least 10 mm wide and high to hold a code.</source>
        <translation>コードを印刷するには、ラベルの幅と高さがそれぞれ 10 mm 以上必要です。</translation>
    </message>
    <message>
        <source>The labels overlap: make the pitch at least the label size.</source>
        <translation>ラベルが重なっています。ピッチをラベルのサイズ以上にしてください。</translation>
    </message>
    <message>
        <source>These labels reach past the page ({right} × {bottom} mm on a {page_width} × {page_height} mm page): check the margins, pitch and number of rows and columns.</source>
        <translation>ラベルがページからはみ出しています（{page_width} × {page_height} mm のページに対して {right} × {bottom} mm）。余白、ピッチ、行数と列数を確認してください。</translation>
    </message>
    <message>
        <source>Choose A4 or Letter paper; “{paper}” is not a paper size.</source>
        <translation>用紙は A4 またはレターを選んでください。「{paper}」は用紙サイズではありません。</translation>
    </message>
    <message>
        <source>A print sheet holds {min_per_row} to {max_per_row} codes per row.</source>
        <translation>印刷シートには 1 行あたり {min_per_row}～{max_per_row} 個のコードを配置できます。</translation>
    </message>
    <message>
        <source>There is no label template “{name}”; choose one of {known}.</source>
        <translation>「{name}」というラベルテンプレートはありません。{known} から選んでください。</translation>
    </message>
</context>
<context>
    <name>LimitSuffix</name>
    <message numerus="yes">
        <source> payment(s)</source>
        <translation>
            <numerusform> 件の決済</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LineItemsEditor</name>
    <message>
        <source>Products of this account</source>
        <translation>このアカウントの商品</translation>
    </message>
    <message>
        <source>Line item {number}</source>
        <translation>明細 {number}</translation>
    </message>
    <message>
        <source>Custom amount</source>
        <translation>任意の金額</translation>
    </message>
    <message>
        <source>Saved price</source>
        <translation>登録済みの価格</translation>
    </message>
    <message>
        <source>Line item {number} type</source>
        <translation>明細 {number} の種類</translation>
    </message>
    <message>
        <source>A custom amount, or a price you created in LeanRails (price_…)</source>
        <translation>任意の金額、または LeanRails で作成した価格 (price_…)</translation>
    </message>
    <message>
        <source>Line item {number} quantity</source>
        <translation>明細 {number} の数量</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove line item {number}</source>
        <translation>明細 {number} を削除</translation>
    </message>
    <message>
        <source>Price id, e.g. price_…</source>
        <translation>価格 ID（例: price_…）</translation>
    </message>
    <message>
        <source>Line item {number} price id</source>
        <translation>明細 {number} の価格 ID</translation>
    </message>
    <message>
        <source>Line item {number} currency</source>
        <translation>明細 {number} の通貨</translation>
    </message>
    <message>
        <source>Line item {number} amount</source>
        <translation>明細 {number} の金額</translation>
    </message>
    <message>
        <source>Product id, e.g. prod_…</source>
        <translation>商品 ID（例: prod_…）</translation>
    </message>
    <message>
        <source>Line item {number} product id</source>
        <translation>明細 {number} の商品 ID</translation>
    </message>
    <message>
        <source>The product this amount is for: type its id, or part of its name</source>
        <translation>この金額の対象商品: 商品 ID または商品名の一部を入力してください</translation>
    </message>
    <message>
        <source>Line items of a saved link cannot be changed.</source>
        <translation>保存済みの支払いリンクの明細は変更できません。</translation>
    </message>
    <message>
        <source>Saved line items</source>
        <translation>保存済みの明細</translation>
    </message>
    <message>
        <source>&amp;Add line item</source>
        <translation>明細を追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add line item</source>
        <translation>明細を追加</translation>
    </message>
    <message>
        <source>Du&amp;plicate to change items</source>
        <translation>複製して明細を変更(&amp;P)</translation>
    </message>
    <message>
        <source>Duplicate to change items</source>
        <translation>複製して明細を変更</translation>
    </message>
    <message>
        <source>Line items of a saved link cannot change. A duplicate opens as a new link.</source>
        <translation>保存済みの支払いリンクの明細は変更できません。複製すると新しい支払いリンクとして開きます。</translation>
    </message>
    <message>
        <source>Loading line items…</source>
        <translation>明細を読み込んでいます…</translation>
    </message>
    <message>
        <source>No line items.</source>
        <translation>明細はありません。</translation>
    </message>
</context>
<context>
    <name>LinkActions</name>
    <message numerus="yes">
        <source>{count} link(s)</source>
        <translation>
            <numerusform>{count} 件のリンク</numerusform>
        </translation>
    </message>
    <message>
        <source>Activating…</source>
        <translation>有効にしています…</translation>
    </message>
    <message>
        <source>Deactivating…</source>
        <translation>無効にしています…</translation>
    </message>
    <message>
        <source>Activating {done} of {total}…</source>
        <translation>有効にしています: {total} 件中 {done} 件…</translation>
    </message>
    <message>
        <source>Deactivating {done} of {total}…</source>
        <translation>無効にしています: {total} 件中 {done} 件…</translation>
    </message>
    <message>
        <source>Activated “{title}”.</source>
        <translation>「{title}」を有効にしました。</translation>
    </message>
    <message>
        <source>Deactivated “{title}”.</source>
        <translation>「{title}」を無効にしました。</translation>
    </message>
    <message numerus="yes">
        <source>Activated {count} link(s).</source>
        <translation>
            <numerusform>{count} 件のリンクを有効にしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated {count} link(s).</source>
        <translation>
            <numerusform>{count} 件のリンクを無効にしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>{time} に保存</translation>
    </message>
</context>
<context>
    <name>LinkFilter</name>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>無効</translation>
    </message>
</context>
<context>
    <name>LinkForm</name>
    <message>
        <source>{label} is required.</source>
        <translation>{label}は必須です。</translation>
    </message>
    <message>
        <source>{label} can be at most {limit} characters ({count} now).</source>
        <translation>{label}は {limit} 文字以内で入力してください（現在 {count} 文字）。</translation>
    </message>
    <message>
        <source>{label} contains invisible control characters; please retype it.</source>
        <translation>{label}に目に見えない制御文字が含まれています。入力し直してください。</translation>
    </message>
    <message>
        <source>Enter the address customers go to after paying.</source>
        <translation>お支払い後にお客様を案内するアドレスを入力してください。</translation>
    </message>
    <message>
        <source>A web address cannot contain spaces.</source>
        <translation>ウェブアドレスに空白は使えません。</translation>
    </message>
    <message>
        <source>This is not a valid web address; check the port number (at most 65535) and any [ ] brackets.</source>
        <translation>有効なウェブアドレスではありません。ポート番号（65535 以下）と [ ] の括弧を確認してください。</translation>
    </message>
    <message>
        <source>Use a full web address starting with https://, such as https://example.com/thanks.</source>
        <translation>https:// で始まる完全なウェブアドレスを入力してください（例: https://example.com/thanks）。</translation>
    </message>
    <message>
        <source>Use https:// — plain http:// is only allowed for localhost.</source>
        <translation>https:// を使ってください。http:// は localhost でのみ使えます。</translation>
    </message>
    <message>
        <source>“{host}” is not a valid domain name.</source>
        <translation>「{host}」は有効なドメイン名ではありません。</translation>
    </message>
    <message>
        <source>The address can be at most {max} characters.</source>
        <translation>アドレスは {max} 文字以内で入力してください。</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>The confirmation message</source>
        <translation>確認メッセージ</translation>
    </message>
    <message>
        <source>Choose what the checkout button says.</source>
        <translation>お支払いボタンの文言を選んでください。</translation>
    </message>
    <message>
        <source>Choose whether to ask for a billing address.</source>
        <translation>請求先住所の入力を求めるかどうかを選んでください。</translation>
    </message>
    <message>
        <source>Enter how many payments the link accepts, as a whole number of 1 or more.</source>
        <translation>支払いリンクで受け付ける決済の件数を、1 以上の整数で入力してください。</translation>
    </message>
    <message>
        <source>The inactive message</source>
        <translation>無効時のメッセージ</translation>
    </message>
    <message>
        <source>Add at least one line item.</source>
        <translation>明細を 1 つ以上追加してください。</translation>
    </message>
    <message>
        <source>A link can have at most {max} line items.</source>
        <translation>1 つの支払いリンクに設定できる明細は {max} 件までです。</translation>
    </message>
    <message>
        <source>Quantity must be a whole number from 1 to {max}.</source>
        <translation>数量は 1 から {max} までの整数で入力してください。</translation>
    </message>
    <message>
        <source>Enter a price id (price_…) or switch to a custom amount.</source>
        <translation>価格 ID (price_…) を入力するか、任意の金額に切り替えてください。</translation>
    </message>
    <message>
        <source>A price id looks like price_3fg6hj9km1np.</source>
        <translation>価格 ID は price_3fg6hj9km1np のような形式です。</translation>
    </message>
    <message>
        <source>All line items must use one currency; the first uses {currency}.</source>
        <translation>すべての明細で同じ通貨を使ってください。最初の明細は {currency} です。</translation>
    </message>
    <message>
        <source>Enter the product id (prod_…).</source>
        <translation>商品 ID (prod_…) を入力してください。</translation>
    </message>
    <message>
        <source>A product id looks like prod_8mn4qr7vw2xz.</source>
        <translation>商品 ID は prod_8mn4qr7vw2xz のような形式です。</translation>
    </message>
    <message>
        <source>A product id can be at most {max} characters.</source>
        <translation>商品 ID は {max} 文字以内です。</translation>
    </message>
    <message>
        <source>Metadata can have at most {max} keys.</source>
        <translation>メタデータのキーは {max} 個までです。</translation>
    </message>
    <message>
        <source>Every metadata value needs a key.</source>
        <translation>メタデータの値にはすべてキーが必要です。</translation>
    </message>
    <message>
        <source>Metadata keys can be at most {max} characters.</source>
        <translation>メタデータのキーは {max} 文字以内です。</translation>
    </message>
    <message>
        <source>The metadata key “{name}” is used twice.</source>
        <translation>メタデータのキー「{name}」が重複しています。</translation>
    </message>
    <message>
        <source>Metadata values can be at most {max} characters.</source>
        <translation>メタデータの値は {max} 文字以内です。</translation>
    </message>
    <message>
        <source>Metadata contains invisible control characters; please retype it.</source>
        <translation>メタデータに目に見えない制御文字が含まれています。入力し直してください。</translation>
    </message>
</context>
<context>
    <name>LinkStatus</name>
    <message>
        <source>Link status</source>
        <translation>支払いリンクのステータス</translation>
    </message>
    <message>
        <source>Deactivate or reactivate link</source>
        <translation>支払いリンクを無効化または再度有効化</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Active — customers can pay</source>
        <translation>有効 — お客様は支払いができます</translation>
    </message>
    <message>
        <source>Deac&amp;tivate…</source>
        <translation>無効にする(&amp;T)…</translation>
    </message>
    <message>
        <source>Inactive — visitors see the inactive message below</source>
        <translation>無効 — 訪問者には下の無効時のメッセージが表示されます</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>再度有効にする(&amp;T)</translation>
    </message>
</context>
<context>
    <name>LinksModel</name>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>無効</translation>
    </message>
</context>
<context>
    <name>ListFooter</name>
    <message numerus="yes">
        <source>{shown} match · {total} link(s)</source>
        <translation>
            <numerusform>{shown} 件一致 · 全 {total} 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{total} link(s) · {active} active</source>
        <translation>
            <numerusform>{total} 件のリンク · 有効 {active} 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <source>Links</source>
        <translation>支払いリンク</translation>
    </message>
    <message>
        <source>All links</source>
        <translation>すべてのリンク</translation>
    </message>
    <message>
        <source>Show links</source>
        <translation>表示するリンク</translation>
    </message>
    <message>
        <source>Search title, id, address, metadata</source>
        <translation>タイトル・ID・アドレス・メタデータを検索</translation>
    </message>
    <message>
        <source>Search links</source>
        <translation>支払いリンクを検索</translation>
    </message>
    <message>
        <source>Links table</source>
        <translation>支払いリンクの一覧</translation>
    </message>
    <message>
        <source>List state</source>
        <translation>一覧の状態</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>Try loading links again</source>
        <translation>支払いリンクをもう一度読み込みます</translation>
    </message>
    <message>
        <source>Links in this account</source>
        <translation>このアカウントの支払いリンク</translation>
    </message>
    <message>
        <source>Select every link the list shows, for copying, exports and switching on or off</source>
        <translation>一覧に表示されているすべてのリンクを選択します（コピー、エクスポート、有効・無効の切り替え用）</translation>
    </message>
    <message>
        <source>Loading links…</source>
        <translation>支払いリンクを読み込んでいます…</translation>
    </message>
    <message>
        <source>The links could not be loaded.
{last_error}</source>
        <translation>支払いリンクを読み込めませんでした。
{last_error}</translation>
    </message>
    <message>
        <source>No link matches “{searching}”.</source>
        <translation>「{searching}」に一致する支払いリンクはありません。</translation>
    </message>
    <message>
        <source>No links yet. Press Ctrl+N to create your first one.</source>
        <translation>支払いリンクはまだありません。Ctrl+N を押して最初のリンクを作成しましょう。</translation>
    </message>
    <message>
        <source>No active links.</source>
        <translation>有効な支払いリンクはありません。</translation>
    </message>
    <message>
        <source>No inactive links.</source>
        <translation>無効な支払いリンクはありません。</translation>
    </message>
    <message>
        <source>Select all {count} matching</source>
        <translation>一致した {count} 件をすべて選択</translation>
    </message>
    <message>
        <source>Select all {count}</source>
        <translation>{count} 件をすべて選択</translation>
    </message>
</context>
<context>
    <name>Listing</name>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
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
        <translation>ローカルのサンドボックスを起動できませんでした。{detail}</translation>
    </message>
    <message>
        <source>The local sandbox at {base_url} did not say which test key its demo data belongs to.</source>
        <translation>{base_url} のローカルサンドボックスから、デモデータがどのテストキーのものかの情報が返されませんでした。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LIVE account — links you create and change here take real payments.</source>
        <translation>本番アカウント — ここで作成・変更した支払いリンクでは実際の決済が行われます。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This key was not accepted by LeanRails. Check it in Accounts, or add a new one.</source>
        <translation>このキーは LeanRails に受け付けられませんでした。「アカウント」で確認するか、新しいキーを追加してください。</translation>
    </message>
    <message>
        <source>LeanRails is receiving too many requests. Try again in {wait} s.</source>
        <translation>LeanRails へのリクエストが多すぎます。{wait} 秒後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>LeanRails is receiving too many requests. Try again in a moment.</source>
        <translation>LeanRails へのリクエストが多すぎます。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>You appear to be offline, or LeanRails could not be reached. {message}</source>
        <translation>オフラインか、LeanRails に接続できませんでした。{message}</translation>
    </message>
    <message>
        <source>This link no longer exists on LeanRails. It may have been removed; refresh the list.</source>
        <translation>この支払いリンクは LeanRails 上にもう存在しません。削除された可能性があります。一覧を更新してください。</translation>
    </message>
    <message>
        <source>The previous save is still being processed. Wait a moment and save again.</source>
        <translation>前回の保存がまだ処理中です。しばらく待ってからもう一度保存してください。</translation>
    </message>
    <message>
        <source>This save conflicts with an earlier one. Reload the link and try again.</source>
        <translation>この保存は以前の保存と競合しています。支払いリンクを読み込み直して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>LeanRails refused the request.</source>
        <translation>LeanRails がリクエストを拒否しました。</translation>
    </message>
    <message>
        <source>LeanRails had a problem answering. Your input is kept; try again shortly.</source>
        <translation>LeanRails の応答で問題が発生しました。入力内容は保持されています。少ししてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The file could not be written ({file}): {detail}.</source>
        <translation>ファイルを書き込めませんでした（{file}）: {detail}</translation>
    </message>
    <message>
        <source>The file could not be written: {detail}.</source>
        <translation>ファイルを書き込めませんでした: {detail}</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your input is kept.</source>
        <translation>予期しない問題が発生しました。入力内容は保持されています。</translation>
    </message>
    <message>
        <source>This key was not accepted. LeanRails said: “{answer}” Check that you copied the whole secret key, and that it has not been revoked.</source>
        <translation>このキーは受け付けられませんでした。LeanRails からの応答:「{answer}」シークレットキー全体をコピーしたか、キーが無効化されていないかを確認してください。</translation>
    </message>
    <message>
        <source>This key was not accepted. Check that you copied the whole secret key, and that it has not been revoked.</source>
        <translation>このキーは受け付けられませんでした。シークレットキー全体をコピーしたか、キーが無効化されていないかを確認してください。</translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>メタデータ</translation>
    </message>
    <message>
        <source>Add &amp;key</source>
        <translation>キーを追加(&amp;K)</translation>
    </message>
    <message>
        <source>Add metadata key</source>
        <translation>メタデータのキーを追加</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>キーを削除</translation>
    </message>
    <message>
        <source>Remove metadata key</source>
        <translation>メタデータのキーを削除</translation>
    </message>
</context>
<context>
    <name>Mirror</name>
    <message>
        <source>The local copy of the account could not be opened: {exc}.</source>
        <translation>アカウントのローカルコピーを開けませんでした: {exc}</translation>
    </message>
    <message>
        <source>The local copy of the account is damaged or not one this version can read.</source>
        <translation>アカウントのローカルコピーが破損しているか、このバージョンでは読み込めません。</translation>
    </message>
    <message>
        <source>The local copy of the account was written by a newer version of LeanRails Desktop.</source>
        <translation>アカウントのローカルコピーは新しいバージョンの LeanRails Desktop で書き込まれています。</translation>
    </message>
    <message>
        <source>The file is not a local copy of an account.</source>
        <translation>このファイルはアカウントのローカルコピーではありません。</translation>
    </message>
    <message>
        <source>The local copy could not be written: {exc}.</source>
        <translation>ローカルコピーに書き込めませんでした: {exc}</translation>
    </message>
    <message>
        <source>The local copy could not be read: {reason}.</source>
        <translation>ローカルコピーを読み込めませんでした: {reason}</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter the currency, three letters such as USD.</source>
        <translation>通貨を USD のような 3 文字で入力してください。</translation>
    </message>
    <message>
        <source>“{code}” is not a currency code; use three letters such as USD.</source>
        <translation>「{code}」は通貨コードではありません。USD のような 3 文字で入力してください。</translation>
    </message>
    <message>
        <source>Enter an amount as a plain number, such as 35 or 35.00.</source>
        <translation>金額は 35 や 35.00 のような数値で入力してください。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金額にマイナスは使えません。</translation>
    </message>
    <message>
        <source>{currency} has no decimal places; enter a whole amount.</source>
        <translation>{currency} には小数がありません。整数で入力してください。</translation>
    </message>
    <message>
        <source>{currency} allows at most {places} decimal places; “{shown}” has more.</source>
        <translation>{currency} の小数は {places} 桁までです。「{shown}」は桁数が多すぎます。</translation>
    </message>
    <message>
        <source>The amount is too large; the most a line item can cost is {limit}.</source>
        <translation>金額が大きすぎます。1 つの明細の上限は {limit} です。</translation>
    </message>
    <message>
        <source>“{shown}” could mean {first} or {second}; write {first_plain} or {second_plain} to say which.</source>
        <translation>「{shown}」は {first} とも {second} とも読めます。どちらの意味かを示すため、{first_plain} または {second_plain} と入力してください。</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>Pay</source>
        <translation>支払う</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>予約する</translation>
    </message>
    <message>
        <source>Donate</source>
        <translation>寄付する</translation>
    </message>
    <message>
        <source>This link is no longer active.</source>
        <translation>この支払いリンクは現在ご利用いただけません。</translation>
    </message>
    <message>
        <source>Price not chosen yet</source>
        <translation>価格が未選択です</translation>
    </message>
    <message>
        <source>Custom amount</source>
        <translation>任意の金額</translation>
    </message>
    <message>
        <source>your website</source>
        <translation>自社サイト</translation>
    </message>
    <message>
        <source>After paying, customers are sent to {target}</source>
        <translation>お支払い後、お客様は {target} に移動します</translation>
    </message>
    <message>
        <source>Thanks for your payment.</source>
        <translation>お支払いありがとうございました。</translation>
    </message>
    <message>
        <source>After paying, customers see: “{message}”</source>
        <translation>お支払い後、お客様に表示されるメッセージ:「{message}」</translation>
    </message>
    <message>
        <source>Untitled link</source>
        <translation>無題の支払いリンク</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Checkout field: {placeholder}</source>
        <translation>お支払いページの入力欄: {placeholder}</translation>
    </message>
    <message>
        <source>Checkout preview</source>
        <translation>お支払いページのプレビュー</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>デスクトップ</translation>
    </message>
    <message>
        <source>Preview at desktop width</source>
        <translation>デスクトップの幅でプレビュー</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>モバイル</translation>
    </message>
    <message>
        <source>Preview at mobile width</source>
        <translation>モバイルの幅でプレビュー</translation>
    </message>
    <message>
        <source>Checkout page preview</source>
        <translation>お支払いページのプレビュー</translation>
    </message>
    <message>
        <source>After payment</source>
        <translation>お支払い後</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>支払いリンクのアドレス</translation>
    </message>
    <message>
        <source>QR code of the link</source>
        <translation>支払いリンクの QR コード</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>リンクをコピー(&amp;L)</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <source>Copy &amp;QR</source>
        <translation>QR をコピー(&amp;Q)</translation>
    </message>
    <message>
        <source>Copy QR code image</source>
        <translation>QR コードの画像をコピー</translation>
    </message>
    <message>
        <source>Save QR…</source>
        <translation>QR を保存…</translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation>QR コードを保存</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>共有…</translation>
    </message>
    <message>
        <source>Share the link</source>
        <translation>支払いリンクを共有</translation>
    </message>
    <message>
        <source>Scan check</source>
        <translation>読み取りチェック</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>共有</translation>
    </message>
    <message>
        <source>The checkout page appears here as you type.</source>
        <translation>入力に合わせて、ここにお支払いページが表示されます。</translation>
    </message>
    <message>
        <source>Preview hint</source>
        <translation>プレビューのヒント</translation>
    </message>
    <message>
        <source>Preview title</source>
        <translation>プレビューのタイトル</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Preview inactive message</source>
        <translation>プレビューの無効時メッセージ</translation>
    </message>
    <message>
        <source>Preview description</source>
        <translation>プレビューの説明</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Preview total</source>
        <translation>プレビューの合計</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Card number    MM / YY    CVC</source>
        <translation>カード番号    MM / YY    CVC</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>請求先住所</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Add promotion code</source>
        <translation>プロモーションコードを追加</translation>
    </message>
    <message>
        <source>Preview checkout button</source>
        <translation>プレビューのお支払いボタン</translation>
    </message>
    <message>
        <source>Preview item {number}</source>
        <translation>プレビューの明細 {number}</translation>
    </message>
    <message>
        <source>Preview item {number} amount</source>
        <translation>プレビューの明細 {number} の金額</translation>
    </message>
    <message>
        <source>The link stops accepting payments after {limit}.</source>
        <translation>この支払いリンクは {limit} 件の決済で受付を終了します。</translation>
    </message>
    <message>
        <source>This link is switched off; visitors see only this message.</source>
        <translation>この支払いリンクは無効です。訪問者にはこのメッセージだけが表示されます。</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>This link has changes that are not saved.</source>
        <translation>この支払いリンクには保存されていない変更があります。</translation>
    </message>
    <message>
        <source>Save them, discard them, or keep editing?</source>
        <translation>保存しますか、破棄しますか、それとも編集を続けますか？</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>無効にする</translation>
    </message>
    <message>
        <source>Deactivate {what}?
Visitors will see this message instead of the checkout (optional):</source>
        <translation>{what}を無効にしますか？
訪問者にはお支払いページの代わりにこのメッセージが表示されます（任意）:</translation>
    </message>
    <message>
        <source>Check the QR options</source>
        <translation>QR の設定を確認してください</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>未保存の作業を復元しますか？</translation>
    </message>
    <message>
        <source>an untitled link</source>
        <translation>無題の支払いリンク</translation>
    </message>
    <message>
        <source>You have unsaved work from an earlier session: a new link, “{title}”.</source>
        <translation>前回のセッションで保存されていない作業があります: 新しい支払いリンク「{title}」。</translation>
    </message>
    <message>
        <source>You have unsaved work from an earlier session: changes to the link “{title}”.</source>
        <translation>前回のセッションで保存されていない作業があります: 支払いリンク「{title}」への変更。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
</context>
<context>
    <name>QrLayout</name>
    <message>
        <source>Choose error correction L, M, Q or H; “{error_correction}” is not a level.</source>
        <translation>誤り訂正は L、M、Q、H のいずれかを選んでください。「{error_correction}」はレベルではありません。</translation>
    </message>
    <message>
        <source>This link has no URL yet, so there is no QR code to make.</source>
        <translation>この支払いリンクにはまだアドレスがないため、QR コードを作成できません。</translation>
    </message>
    <message>
        <source>This link&apos;s address is too long to fit in a QR code.</source>
        <translation>この支払いリンクのアドレスは長すぎて QR コードに収まりません。</translation>
    </message>
</context>
<context>
    <name>QrLogo</name>
    <message>
        <source>The logo is not an SVG image that can be read.</source>
        <translation>ロゴは読み取れる SVG 画像ではありません。</translation>
    </message>
    <message>
        <source>The logo is not an image this app can read; choose a PNG, JPEG or SVG file.</source>
        <translation>ロゴはこのアプリで読み込める画像ではありません。PNG、JPEG、SVG のいずれかのファイルを選んでください。</translation>
    </message>
    <message>
        <source>The logo is empty; choose a PNG, JPEG or SVG image.</source>
        <translation>ロゴが空です。PNG、JPEG、SVG のいずれかの画像を選んでください。</translation>
    </message>
    <message>
        <source>This link&apos;s code is too small for a logo of {ratio:.0%} of its width: it would cover the corner squares scanners look for. Choose a logo of at most {largest:.0%}, or no logo.</source>
        <translation>この支払いリンクのコードは、幅の {ratio:.0%} のロゴを入れるには小さすぎます。スキャナーが探す角の四角形が隠れてしまいます。ロゴを {largest:.0%} 以下にするか、ロゴなしにしてください。</translation>
    </message>
</context>
<context>
    <name>QrOptions</name>
    <message>
        <source>Use a hex colour such as #000000 for black; “{text}” is not a colour.</source>
        <translation>色は #000000（黒）のような 16 進数で指定してください。「{text}」は色ではありません。</translation>
    </message>
    <message>
        <source>The code must be darker than its background: many phone scanners cannot read a light code on a dark background. Swap the two colours.</source>
        <translation>コードは背景より濃い色にしてください。多くのスマートフォンのスキャナーは、暗い背景の明るいコードを読み取れません。2 つの色を入れ替えてください。</translation>
    </message>
    <message>
        <source>These colours are too close for scanners to read reliably (contrast {ratio}:1, at least {min_contrast}:1 is needed). Use a darker code colour or a lighter background.</source>
        <translation>色が近すぎて確実に読み取れません（コントラスト {ratio}:1、{min_contrast}:1 以上が必要です）。コードの色を濃くするか、背景を明るくしてください。</translation>
    </message>
    <message>
        <source>Give the size as millimetres, inches or pixels, such as 20mm, 2in or 1024px; “{text}” is not a size.</source>
        <translation>サイズはミリ、インチ、ピクセルで指定してください（例: 20mm、2in、1024px）。「{text}」はサイズではありません。</translation>
    </message>
    <message>
        <source>Enter the QR code size as a whole number of pixels.</source>
        <translation>QR コードのサイズはピクセル単位の整数で入力してください。</translation>
    </message>
    <message>
        <source>Choose PNG, SVG or PDF for the QR code; “{format}” is not a QR file type.</source>
        <translation>QR コードの形式は PNG、SVG、PDF のいずれかを選んでください。「{format}」は QR のファイル形式ではありません。</translation>
    </message>
    <message>
        <source>A QR code of {size_px} pixels is too small to scan; choose at least {min_size_px} pixels.</source>
        <translation>{size_px} ピクセルの QR コードは小さすぎて読み取れません。{min_size_px} ピクセル以上にしてください。</translation>
    </message>
    <message>
        <source>A QR code can be at most {max_size_px} pixels (printer dots) wide; {size_px} is too large. Choose a smaller size or a lower resolution.</source>
        <translation>QR コードの幅は最大 {max_size_px} ピクセル（プリンターのドット）です。{size_px} は大きすぎます。サイズを小さくするか、解像度を下げてください。</translation>
    </message>
    <message>
        <source>Choose a printer resolution from {min_dpi} to {max_dpi} dpi.</source>
        <translation>プリンターの解像度は {min_dpi}～{max_dpi} dpi の範囲で選んでください。</translation>
    </message>
    <message>
        <source>Choose error correction L, M, Q or H; “{error_correction}” is not a level.</source>
        <translation>誤り訂正は L、M、Q、H のいずれかを選んでください。「{error_correction}」はレベルではありません。</translation>
    </message>
    <message>
        <source>Scanners need a blank border of at least {min_border_modules} squares around the code; choose a border of 4 or more.</source>
        <translation>スキャナーには、コードの周囲に {min_border_modules} マス以上の余白が必要です。余白を 4 以上にしてください。</translation>
    </message>
    <message>
        <source>A border of {border_modules} squares leaves almost no room for the code; choose at most {max_border_modules}.</source>
        <translation>{border_modules} マスの余白ではコードの領域がほとんど残りません。{max_border_modules} 以下にしてください。</translation>
    </message>
    <message>
        <source>Choose a caption of none, title, URL, or title and URL; “{caption}” is not one of them.</source>
        <translation>キャプションは、なし・タイトル・URL・タイトルと URL のいずれかを選んでください。「{caption}」はどれでもありません。</translation>
    </message>
    <message>
        <source>Keep the line above the caption to {max_headline} characters or fewer.</source>
        <translation>キャプションの上の行は {max_headline} 文字以内にしてください。</translation>
    </message>
    <message>
        <source>The logo file is empty; choose a PNG, JPEG or SVG image.</source>
        <translation>ロゴファイルが空です。PNG、JPEG、SVG のいずれかの画像を選んでください。</translation>
    </message>
    <message>
        <source>A logo of {ratio} of the code&apos;s width is too large: choose from {min} to {max}, as a larger logo hides too much of the code to scan.</source>
        <translation>コード幅の {ratio} のロゴは大きすぎます。{min}～{max} の範囲で選んでください。これより大きいとコードが隠れすぎて読み取れません。</translation>
    </message>
    <message>
        <source>A logo of {ratio} of the code&apos;s width is too small: choose from {min} to {max}.</source>
        <translation>コード幅の {ratio} のロゴは小さすぎます。{min}～{max} の範囲で選んでください。</translation>
    </message>
    <message>
        <source>At {width_mm} mm and {dpi} dpi this code&apos;s squares would be {per_module} printer dots wide, too small to print sharply (at least {min_dots_per_module} are needed); choose at least {size} ({need_px} px).</source>
        <translation>{width_mm} mm・{dpi} dpi では、このコードの 1 マスがプリンターのドット {per_module} 個分になり、鮮明に印刷するには小さすぎます（{min_dots_per_module} 個以上が必要です）。{size}（{need_px} px）以上にしてください。</translation>
    </message>
</context>
<context>
    <name>QrOptionsForm</name>
    <message>
        <source>PNG image</source>
        <translation>PNG 画像</translation>
    </message>
    <message>
        <source>SVG vector image</source>
        <translation>SVG ベクター画像</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文書</translation>
    </message>
    <message>
        <source>No caption</source>
        <translation>キャプションなし</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Title and address</source>
        <translation>タイトルとアドレス</translation>
    </message>
    <message>
        <source>Low (7%)</source>
        <translation>低（7%）</translation>
    </message>
    <message>
        <source>Medium (15%) — recommended</source>
        <translation>中（15%）— 推奨</translation>
    </message>
    <message>
        <source>Quartile (25%)</source>
        <translation>やや高（25%）</translation>
    </message>
    <message>
        <source>High (30%) — for print on rough surfaces</source>
        <translation>高（30%）— 凹凸のある面への印刷向け</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>ファイル形式</translation>
    </message>
    <message>
        <source>Size unit</source>
        <translation>サイズの単位</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Printer resolution</source>
        <translation>プリンターの解像度</translation>
    </message>
    <message>
        <source>Error correction</source>
        <translation>誤り訂正</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>キャプション</translation>
    </message>
    <message>
        <source>e.g. Scan to pay</source>
        <translation>例: スキャンしてお支払い</translation>
    </message>
    <message>
        <source>Line above the caption</source>
        <translation>キャプションの上の行</translation>
    </message>
    <message>
        <source>Draw a &amp;frame around the code and caption</source>
        <translation>コードとキャプションを枠で囲む(&amp;F)</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>枠</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>ロゴを選択</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>ロゴなし</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>ロゴを削除</translation>
    </message>
    <message>
        <source> % of the width</source>
        <translation> %（幅に対する割合）</translation>
    </message>
    <message>
        <source>Logo size</source>
        <translation>ロゴのサイズ</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>ロゴファイル</translation>
    </message>
    <message>
        <source>Code colour</source>
        <translation>コードの色</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>背景色</translation>
    </message>
    <message>
        <source>Problem with these choices</source>
        <translation>選択内容の問題</translation>
    </message>
    <message>
        <source>File &amp;type</source>
        <translation>ファイル形式(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>サイズ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Error correction</source>
        <translation>誤り訂正(&amp;E)</translation>
    </message>
    <message>
        <source>Ca&amp;ption</source>
        <translation>キャプション(&amp;P)</translation>
    </message>
    <message>
        <source>Line a&amp;bove it</source>
        <translation>上の行(&amp;B)</translation>
    </message>
    <message>
        <source>Line a&amp;bove the title</source>
        <translation>タイトルの上の行(&amp;B)</translation>
    </message>
    <message>
        <source>Lo&amp;go</source>
        <translation>ロゴ(&amp;G)</translation>
    </message>
    <message>
        <source>Logo si&amp;ze</source>
        <translation>ロゴのサイズ(&amp;Z)</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>色を選択</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>ロゴを選択</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>A logo needs the highest error correction.</source>
        <translation>ロゴを入れるには、誤り訂正を最高レベルにする必要があります。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Plain grid (choose codes per row)</source>
        <translation>標準のグリッド（1 行あたりのコード数を選択）</translation>
    </message>
    <message>
        <source>Custom grid…</source>
        <translation>カスタムグリッド…</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US レター</translation>
    </message>
    <message>
        <source>Avery L7160 (A4, 21 labels 63.5 × 38.1 mm)</source>
        <translation>Avery L7160（A4、ラベル 21 面 63.5 × 38.1 mm）</translation>
    </message>
    <message>
        <source>Avery L7163 (A4, 14 labels 99.1 × 38.1 mm)</source>
        <translation>Avery L7163（A4、ラベル 14 面 99.1 × 38.1 mm）</translation>
    </message>
    <message>
        <source>Avery L7651 (A4, 65 labels 38.1 × 21.2 mm)</source>
        <translation>Avery L7651（A4、ラベル 65 面 38.1 × 21.2 mm）</translation>
    </message>
    <message>
        <source>Avery 5160 (Letter, 30 labels 2⅝ × 1 in)</source>
        <translation>Avery 5160（レター、ラベル 30 面 2⅝ × 1 インチ）</translation>
    </message>
    <message>
        <source>Avery 22805 (Letter, 24 round labels 1½ in)</source>
        <translation>Avery 22805（レター、丸型ラベル 24 面 1½ インチ）</translation>
    </message>
</context>
<context>
    <name>QrSettings</name>
    <message>
        <source>The SVG logo could not be read; choose another file.</source>
        <translation>SVG のロゴを読み込めませんでした。別のファイルを選んでください。</translation>
    </message>
    <message>
        <source>The logo file {name} cannot be read ({reason}); choose another one or remove the logo.</source>
        <translation>ロゴファイル {name} を読み込めません（{reason}）。別のファイルを選ぶか、ロゴを削除してください。</translation>
    </message>
</context>
<context>
    <name>ScanCheck</name>
    <message>
        <source>Scans ✓</source>
        <translation>読み取り OK ✓</translation>
    </message>
    <message>
        <source>{size} at {dpi} dpi</source>
        <translation>{size}（{dpi} dpi）</translation>
    </message>
    <message>
        <source>use a smaller logo (or none)</source>
        <translation>ロゴを小さくする（またはなしにする）</translation>
    </message>
    <message>
        <source>choose a higher error correction</source>
        <translation>誤り訂正のレベルを上げる</translation>
    </message>
    <message>
        <source>use more contrast between the colours</source>
        <translation>色のコントラストを強くする</translation>
    </message>
    <message>
        <source>choose a larger size</source>
        <translation>サイズを大きくする</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{steps} or {last}</source>
        <translation>{steps}、または{last}</translation>
    </message>
    <message>
        <source>This code could not be read at {size} by an independent decoder, so it was not saved: {advice}.</source>
        <translation>このコードは {size} で別のデコーダーで読み取れなかったため、保存しませんでした。対処: {advice}。</translation>
    </message>
    <message>
        <source>This code read as “{text}” instead of the link at {size} by an independent decoder, so it was not saved: {advice}.</source>
        <translation>このコードは {size} で別のデコーダーにより支払いリンクではなく「{text}」と読み取られたため、保存しませんでした。対処: {advice}。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>{reason} — retrying in {delay} s</source>
        <translation>{reason} — {delay} 秒後に再試行します</translation>
    </message>
    <message>
        <source>The account was closed before this could run.</source>
        <translation>実行前にアカウントが閉じられました。</translation>
    </message>
</context>
<context>
    <name>Share</name>
    <message numerus="yes">
        <source>{count} link(s) copied to the clipboard.</source>
        <translation>
            <numerusform>{count} 件のリンクをクリップボードにコピーしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>QR code of “{title}” copied as an image.</source>
        <translation>「{title}」の QR コードを画像としてコピーしました。</translation>
    </message>
    <message>
        <source>QR code not copied</source>
        <translation>QR コードをコピーできませんでした</translation>
    </message>
    <message>
        <source>Link for {label} copied to the clipboard.</source>
        <translation>{label} 用のリンクをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Embed code copied: paste it into your web page&apos;s HTML.</source>
        <translation>埋め込みコードをコピーしました。ウェブページの HTML に貼り付けてください。</translation>
    </message>
    <message>
        <source>A new message with the link was opened in your mail program.</source>
        <translation>支払いリンクを含む新しいメッセージをメールソフトで開きました。</translation>
    </message>
    <message>
        <source>No mail program could be opened; the message was copied instead.</source>
        <translation>メールソフトを開けなかったため、代わりにメッセージをコピーしました。</translation>
    </message>
    <message>
        <source>Text for a post copied to the clipboard.</source>
        <translation>投稿用のテキストをクリップボードにコピーしました。</translation>
    </message>
    <message numerus="yes">
        <source>{count} link(s) copied, one per channel.</source>
        <translation>
            <numerusform>チャネルごとに 1 件ずつ、{count} 件のリンクをコピーしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a folder for the QR codes</source>
        <translation>QR コードの保存先フォルダーを選択</translation>
    </message>
    <message numerus="yes">
        <source>{count} QR code(s) saved in {folder}.</source>
        <translation>
            <numerusform>{count} 件の QR コードを {folder} に保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save print sheet</source>
        <translation>印刷シートを保存</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Print sheet with {count} code(s) saved to {path}.</source>
        <translation>
            <numerusform>{count} 件のコードを配置した印刷シートを {path} に保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>保存できませんでした</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Button</source>
        <translation>ボタン</translation>
    </message>
    <message>
        <source>Plain link</source>
        <translation>テキストリンク</translation>
    </message>
    <message>
        <source>QR code as inline SVG</source>
        <translation>QR コード（インライン SVG）</translation>
    </message>
    <message>
        <source>QR code as an image (PNG inside the code)</source>
        <translation>QR コード（コード内の PNG 画像）</translation>
    </message>
    <message>
        <source>No QR code</source>
        <translation>QR コードなし</translation>
    </message>
    <message>
        <source>Share link</source>
        <translation>支払いリンクを共有</translation>
    </message>
    <message>
        <source>Share “{title}”</source>
        <translation>「{title}」を共有</translation>
    </message>
    <message>
        <source>Link being shared</source>
        <translation>共有する支払いリンク</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>参照元</translation>
    </message>
    <message>
        <source>where it is shared, e.g. newsletter</source>
        <translation>共有する場所（例: newsletter）</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>メディア</translation>
    </message>
    <message>
        <source>the kind of channel, e.g. email</source>
        <translation>チャネルの種類（例: email）</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>キャンペーン</translation>
    </message>
    <message>
        <source>e.g. spring-sale</source>
        <translation>例: spring-sale</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>チャネル(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>参照元(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Medium</source>
        <translation>メディア(&amp;M)</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign</source>
        <translation>キャンペーン(&amp;P)</translation>
    </message>
    <message>
        <source>Problem with these tags</source>
        <translation>タグの問題</translation>
    </message>
    <message>
        <source>Link for this channel</source>
        <translation>このチャネル用のリンク</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>QR code of the link for this channel</source>
        <translation>このチャネル用リンクの QR コード</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>リンクをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <source>Copy &amp;QR code</source>
        <translation>QR コードをコピー(&amp;Q)</translation>
    </message>
    <message>
        <source>Copy QR code</source>
        <translation>QR コードをコピー</translation>
    </message>
    <message>
        <source>Sa&amp;ve QR…</source>
        <translation>QR を保存(&amp;V)…</translation>
    </message>
    <message>
        <source>Save QR code</source>
        <translation>QR コードを保存</translation>
    </message>
    <message>
        <source>&amp;Email…</source>
        <translation>メール(&amp;E)…</translation>
    </message>
    <message>
        <source>Email the link</source>
        <translation>支払いリンクをメールで送る</translation>
    </message>
    <message>
        <source>Copy text for &amp;posts</source>
        <translation>投稿用テキストをコピー(&amp;P)</translation>
    </message>
    <message>
        <source>Copy text for social posts</source>
        <translation>SNS 投稿用のテキストをコピー</translation>
    </message>
    <message>
        <source>Embed on your website</source>
        <translation>ウェブサイトに埋め込む</translation>
    </message>
    <message>
        <source>Embed as</source>
        <translation>埋め込み形式</translation>
    </message>
    <message>
        <source>QR code in the embed code</source>
        <translation>埋め込みコード内の QR コード</translation>
    </message>
    <message>
        <source>Copy embed c&amp;ode</source>
        <translation>埋め込みコードをコピー(&amp;O)</translation>
    </message>
    <message>
        <source>Copy embed code</source>
        <translation>埋め込みコードをコピー</translation>
    </message>
    <message>
        <source>Embed code</source>
        <translation>埋め込みコード</translation>
    </message>
    <message>
        <source>Several channels at once</source>
        <translation>複数のチャネルをまとめて</translation>
    </message>
    <message>
        <source>Include {label}</source>
        <translation>{label} を含める</translation>
    </message>
    <message>
        <source>Copy &amp;all links</source>
        <translation>すべてのリンクをコピー(&amp;A)</translation>
    </message>
    <message>
        <source>Copy all links</source>
        <translation>すべてのリンクをコピー</translation>
    </message>
    <message>
        <source>Save QR &amp;codes…</source>
        <translation>QR コードを保存(&amp;C)…</translation>
    </message>
    <message>
        <source>Save QR codes</source>
        <translation>QR コードを保存</translation>
    </message>
    <message>
        <source>Print s&amp;heet…</source>
        <translation>印刷シート(&amp;H)…</translation>
    </message>
    <message>
        <source>Print sheet</source>
        <translation>印刷シート</translation>
    </message>
    <message>
        <source>Problem with these channels</source>
        <translation>チャネルの問題</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>印刷物</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>“{key}” is not a channel the app knows.</source>
        <translation>「{key}」はアプリが認識できるチャネルではありません。</translation>
    </message>
    <message>
        <source>source</source>
        <translation>参照元</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>メディア</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>キャンペーン</translation>
    </message>
    <message>
        <source>The {tag} cannot contain line breaks, tabs or other control characters.</source>
        <translation>{tag}に改行・タブ・その他の制御文字は使えません。</translation>
    </message>
    <message>
        <source>The {tag} is {count} characters long; use at most {max}.</source>
        <translation>{tag}が {count} 文字あります。{max} 文字以内にしてください。</translation>
    </message>
    <message>
        <source>Only a web address (https://…) can be shared; this link has none yet.</source>
        <translation>共有できるのはウェブアドレス (https://…) だけですが、この支払いリンクにはまだアドレスがありません。</translation>
    </message>
    <message>
        <source>This link&apos;s address contains spaces or control characters.</source>
        <translation>この支払いリンクのアドレスに空白または制御文字が含まれています。</translation>
    </message>
    <message>
        <source>Add a source (where the link is shared, such as newsletter) before a medium or a campaign.</source>
        <translation>メディアやキャンペーンの前に、参照元（共有する場所、例: newsletter）を入力してください。</translation>
    </message>
    <message>
        <source>Choose a button or a link; “{style}” is neither.</source>
        <translation>ボタンかリンクを選んでください。「{style}」はどちらでもありません。</translation>
    </message>
    <message>
        <source>Choose SVG, an image or no QR code; “{code}” is none of them.</source>
        <translation>SVG、画像、QR コードなしのいずれかを選んでください。「{code}」はどれでもありません。</translation>
    </message>
    <message>
        <source>Pay now</source>
        <translation>今すぐ支払う</translation>
    </message>
    <message>
        <source>QR code: {title}</source>
        <translation>QR コード: {title}</translation>
    </message>
    <message>
        <source>QR code of the payment link</source>
        <translation>支払いリンクの QR コード</translation>
    </message>
    <message>
        <source>Your payment link</source>
        <translation>お支払いリンクのご案内</translation>
    </message>
    <message>
        <source>Hello,

You can pay for “{title}” securely here:
{url}

Thank you!
</source>
        <translation>お世話になっております。

「{title}」のお支払いは、こちらから安全に行えます:
{url}

よろしくお願いいたします。
</translation>
    </message>
    <message>
        <source>Hello,

You can pay securely here:
{url}

Thank you!
</source>
        <translation>お世話になっております。

お支払いは、こちらから安全に行えます:
{url}

よろしくお願いいたします。
</translation>
    </message>
    <message>
        <source>Choose at least one channel.</source>
        <translation>チャネルを 1 つ以上選んでください。</translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message>
        <source>Keep the printer offset within 20 mm each way.</source>
        <translation>プリンターのずれは各方向 20 mm 以内にしてください。</translation>
    </message>
    <message>
        <source>QR codes</source>
        <translation>QR コード</translation>
    </message>
    <message>
        <source>No code on the sheet would scan: {reason}</source>
        <translation>シート上のどのコードも読み取れません: {reason}</translation>
    </message>
    <message>
        <source>There are no links to put on the print sheet.</source>
        <translation>印刷シートに配置する支払いリンクがありません。</translation>
    </message>
</context>
<context>
    <name>SheetOptionsBox</name>
    <message>
        <source>Print sheet</source>
        <translation>印刷シート</translation>
    </message>
    <message>
        <source>Label template</source>
        <translation>ラベルのテンプレート</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>用紙サイズ</translation>
    </message>
    <message>
        <source>Codes per row</source>
        <translation>1 行あたりのコード数</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列数</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Left margin</source>
        <translation>左余白</translation>
    </message>
    <message>
        <source>Top margin</source>
        <translation>上余白</translation>
    </message>
    <message>
        <source>Across pitch</source>
        <translation>横方向のピッチ</translation>
    </message>
    <message>
        <source>Down pitch</source>
        <translation>縦方向のピッチ</translation>
    </message>
    <message>
        <source>Label width</source>
        <translation>ラベルの幅</translation>
    </message>
    <message>
        <source>Label height</source>
        <translation>ラベルの高さ</translation>
    </message>
    <message>
        <source>Print c&amp;ut marks</source>
        <translation>トンボを印刷(&amp;U)</translation>
    </message>
    <message>
        <source>Cut marks</source>
        <translation>トンボ</translation>
    </message>
    <message>
        <source>Printer offset right</source>
        <translation>プリンターのずれ（右）</translation>
    </message>
    <message>
        <source>Printer offset down</source>
        <translation>プリンターのずれ（下）</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>ラベル(&amp;L)</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>用紙(&amp;A)</translation>
    </message>
    <message>
        <source>Codes per &amp;row</source>
        <translation>1 行あたりのコード数(&amp;R)</translation>
    </message>
    <message>
        <source>Columns × rows</source>
        <translation>列 × 行</translation>
    </message>
    <message>
        <source>Margins (left, top)</source>
        <translation>余白（左、上）</translation>
    </message>
    <message>
        <source>Pitch (across, down)</source>
        <translation>ピッチ（横、縦）</translation>
    </message>
    <message>
        <source>Label (width, height)</source>
        <translation>ラベル（幅、高さ）</translation>
    </message>
    <message>
        <source>Printer &amp;offset (right, down)</source>
        <translation>プリンターのずれ（右、下）(&amp;O)</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Sync state</source>
        <translation>同期の状態</translation>
    </message>
    <message>
        <source>Offline — list as of 00:00</source>
        <translation>オフライン — 00:00 時点の一覧</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>アカウントなし</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>LIVE — real payments</source>
        <translation>本番 — 実際の決済</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>テスト</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The local store could not be opened right now ({exc}).</source>
        <translation>ローカルの保存領域を現在開けません（{exc}）。</translation>
    </message>
    <message>
        <source>The local store could not be read ({reason}).</source>
        <translation>ローカルの保存領域を読み込めませんでした（{reason}）。</translation>
    </message>
    <message>
        <source>The local store is damaged.</source>
        <translation>ローカルの保存領域が破損しています。</translation>
    </message>
    <message>
        <source>The local store was written by a newer version of the app.</source>
        <translation>ローカルの保存領域は新しいバージョンのアプリで書き込まれています。</translation>
    </message>
    <message>
        <source>The file is not a LeanRails Desktop store.</source>
        <translation>このファイルは LeanRails Desktop の保存領域ではありません。</translation>
    </message>
    <message>
        <source>The local store&apos;s tables are not in the expected shape.</source>
        <translation>ローカルの保存領域のテーブルが想定した形式ではありません。</translation>
    </message>
    <message>
        <source>The local store is closed.</source>
        <translation>ローカルの保存領域は閉じられています。</translation>
    </message>
    <message>
        <source>The local store could not be used ({exc}).</source>
        <translation>ローカルの保存領域を使用できませんでした（{exc}）。</translation>
    </message>
</context>
<context>
    <name>StoreOpening</name>
    <message>
        <source>Saved drafts could not be opened ({reason}). Until this is fixed, drafts are kept only while the app is open.</source>
        <translation>保存された下書きを開けませんでした（{reason}）。解決するまでは、下書きはアプリを開いている間だけ保持されます。</translation>
    </message>
    <message>
        <source>the file is damaged and could not be moved aside</source>
        <translation>ファイルが破損しており、退避できませんでした</translation>
    </message>
    <message>
        <source>Saved drafts were written by a newer version of LeanRails Desktop and were set aside in {aside}; a fresh store was started.</source>
        <translation>保存された下書きは新しいバージョンの LeanRails Desktop で書き込まれていたため、{aside} に退避し、新しい保存領域を作成しました。</translation>
    </message>
    <message>
        <source>Saved drafts could not be read and were set aside in {aside}; a fresh store was started.</source>
        <translation>保存された下書きを読み込めなかったため、{aside} に退避し、新しい保存領域を作成しました。</translation>
    </message>
    <message>
        <source>a fresh store could not be started either</source>
        <translation>新しい保存領域も作成できませんでした</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Syncing…</source>
        <translation>同期しています…</translation>
    </message>
    <message>
        <source>Syncing {done} of about {estimate}</source>
        <translation>同期中: 約 {estimate} 件中 {done} 件</translation>
    </message>
    <message>
        <source>Syncing {done}</source>
        <translation>同期中: {done} 件</translation>
    </message>
    <message>
        <source>Line items {done} of about {estimate}</source>
        <translation>明細: 約 {estimate} 件中 {done} 件</translation>
    </message>
    <message>
        <source>Line items {done}</source>
        <translation>明細: {done} 件</translation>
    </message>
    <message>
        <source>Preparing search…</source>
        <translation>検索を準備しています…</translation>
    </message>
    <message>
        <source>LeanRails could not be reached; the links kept on this computer are shown.</source>
        <translation>LeanRails に接続できませんでした。このコンピューターに保存されている支払いリンクを表示しています。</translation>
    </message>
    <message>
        <source>LeanRails could not be reached.</source>
        <translation>LeanRails に接続できませんでした。</translation>
    </message>
    <message>
        <source>Offline — as of {as_of}</source>
        <translation>オフライン — {as_of} 時点</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Not up to date — as of {as_of}</source>
        <translation>最新ではありません — {as_of} 時点</translation>
    </message>
    <message>
        <source>Not up to date</source>
        <translation>最新ではありません</translation>
    </message>
    <message>
        <source>Up to date {as_of}</source>
        <translation>最新 {as_of}</translation>
    </message>
    <message>
        <source>Syncing stopped after listing every link. {reason}</source>
        <translation>すべての支払いリンクを一覧した後で同期が停止しました。{reason}</translation>
    </message>
    <message>
        <source>LeanRails sent the same page twice; the listing was stopped.</source>
        <translation>LeanRails から同じページが 2 回送られてきたため、一覧の取得を停止しました。</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message numerus="yes">
        <source>Syncing stopped after {count} link(s). {reason}</source>
        <translation>
            <numerusform>{count} 件の支払いリンクの後で同期が停止しました。{reason}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <source>Welcome to LeanRails Desktop</source>
        <translation>LeanRails Desktop へようこそ</translation>
    </message>
    <message>
        <source>Create checkout links, see what your customers will see, and share them as links or QR codes. How would you like to start?</source>
        <translation>支払いリンクを作成し、お客様に表示される画面を確認して、リンクや QR コードで共有できます。どちらから始めますか？</translation>
    </message>
    <message>
        <source>&amp;Add your secret key</source>
        <translation>シークレットキーを追加(&amp;A)</translation>
    </message>
    <message>
        <source>Paste a key from your LeanRails Dashboard (sk_test_… or sk_live_…). It is kept in this computer&apos;s keyring, so you only paste it once.</source>
        <translation>LeanRails ダッシュボードのキー（sk_test_… または sk_live_…）を貼り付けてください。キーはこのコンピューターのキーリングに保管されるため、貼り付けは一度だけで済みます。</translation>
    </message>
    <message>
        <source>Add your secret key</source>
        <translation>シークレットキーを追加</translation>
    </message>
    <message>
        <source>&amp;Try it with the local sandbox</source>
        <translation>ローカルのサンドボックスで試す(&amp;T)</translation>
    </message>
    <message>
        <source>No account needed: a practice server runs on this computer with sample links. Nothing you do there reaches LeanRails.</source>
        <translation>アカウントは不要です。サンプルのリンクが入った練習用サーバーがこのコンピューター上で動きます。そこでの操作が LeanRails に届くことはありません。</translation>
    </message>
    <message>
        <source>Try it with the local sandbox</source>
        <translation>ローカルのサンドボックスで試す</translation>
    </message>
</context>
</TS>
