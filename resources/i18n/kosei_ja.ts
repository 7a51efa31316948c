<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
    <context>
        <name>Kosei</name>
        <message>
            <source> (indexing…)</source>
            <translation>（索引を作成中…）</translation>
        </message>
        <message>
            <source> mm</source>
            <translation> mm</translation>
        </message>
        <message>
            <source>%1 (does not fit)</source>
            <translation>%1（合いません）</translation>
        </message>
        <message>
            <source>%1 already exists. Choose another slug.</source>
            <translation>%1 はすでにあります。別のスラッグを選んでください。</translation>
        </message>
        <message>
            <source>%1 characters</source>
            <translation>%1 文字</translation>
        </message>
        <message>
            <source>%1 files changed.</source>
            <translation>%1 個のファイルを変更しました。</translation>
        </message>
        <message>
            <source>%1 matches in %2 posts</source>
            <translation>%2 件の記事で %1 件見つかりました</translation>
        </message>
        <message>
            <source>%1 min read</source>
            <translation>約 %1 分で読了</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 / %2 件</translation>
        </message>
        <message>
            <source>%1 posts</source>
            <translation>%1 件の記事</translation>
        </message>
        <message>
            <source>%1 words</source>
            <translation>%1 語</translation>
        </message>
        <message>
            <source>%n error</source>
            <translation>エラー %n 件</translation>
        </message>
        <message>
            <source>%n error finding still in the post (see Checks)</source>
            <translation>エラーの指摘が %n 件残っています（チェックを参照）</translation>
        </message>
        <message>
            <source>%n error findings still in the post (see Checks)</source>
            <translation>エラーの指摘が %n 件残っています（チェックを参照）</translation>
        </message>
        <message>
            <source>%n errors</source>
            <translation>エラー %n 件</translation>
        </message>
        <message>
            <source>%n finding</source>
            <translation>指摘 %n 件</translation>
        </message>
        <message>
            <source>%n findings</source>
            <translation>指摘 %n 件</translation>
        </message>
        <message>
            <source>%n ignored</source>
            <translation>無視 %n 件</translation>
        </message>
        <message>
            <source>%n image could not be embedded (linked instead)</source>
            <translation>%n 個の画像を埋め込めませんでした（代わりにリンクしました）</translation>
        </message>
        <message>
            <source>%n image not found</source>
            <translation>%n 個の画像が見つかりません</translation>
        </message>
        <message>
            <source>%n images could not be embedded (linked instead)</source>
            <translation>%n 個の画像を埋め込めませんでした（代わりにリンクしました）</translation>
        </message>
        <message>
            <source>%n images not found</source>
            <translation>%n 個の画像が見つかりません</translation>
        </message>
        <message>
            <source>%n line differs.</source>
            <translation>%n 行が異なります。</translation>
        </message>
        <message>
            <source>%n lines differ.</source>
            <translation>%n 行が異なります。</translation>
        </message>
        <message>
            <source>%n match</source>
            <translation>%n 件一致</translation>
        </message>
        <message>
            <source>%n matches</source>
            <translation>%n 件一致</translation>
        </message>
        <message>
            <source>%n note</source>
            <translation>情報 %n 件</translation>
        </message>
        <message>
            <source>%n notes</source>
            <translation>情報 %n 件</translation>
        </message>
        <message>
            <source>%n warning</source>
            <translation>警告 %n 件</translation>
        </message>
        <message>
            <source>%n warnings</source>
            <translation>警告 %n 件</translation>
        </message>
        <message>
            <source>&amp;Bold</source>
            <translation>太字(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Checks</source>
            <translation>チェック(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Close Window</source>
            <translation>ウィンドウを閉じる(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>ダーク(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>編集(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>検索(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Footnote</source>
            <translation>脚注(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Italic</source>
            <translation>斜体(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>ライト(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>新規作成(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Next Finding</source>
            <translation>次の指摘へ(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>開く(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Paragraph</source>
            <translation>本文(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Quick Open…</source>
            <translation>クイックオープン(&amp;Q)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>やり直し(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Refresh Preview</source>
            <translation>プレビューを更新(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;System</source>
            <translation>システムに合わせる(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>テーマ(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>元に戻す(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <source>(deleted on disk)</source>
            <translation>（ディスク上で削除済み）</translation>
        </message>
        <message>
            <source>1 key</source>
            <translation>キー 1 個</translation>
        </message>
        <message>
            <source>A new interface language is used the next time Kosei starts.</source>
            <translation>表示言語の変更は、次に Kosei を起動したときに反映されます。</translation>
        </message>
        <message>
            <source>A word repeated by mistake</source>
            <translation>同じ語の誤った連続</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Add and press Enter</source>
            <translation>入力して Enter で追加</translation>
        </message>
        <message>
            <source>Add front matter</source>
            <translation>フロントマターを追加</translation>
        </message>
        <message>
            <source>Add key</source>
            <translation>キーを追加</translation>
        </message>
        <message>
            <source>Add more: put .aff and .dic files in %s</source>
            <translation>辞書を増やすには .aff と .dic のファイルを %s に置きます</translation>
        </message>
        <message>
            <source>Add to Dictionary</source>
            <translation>辞書に追加</translation>
        </message>
        <message>
            <source>Add to Site Word List</source>
            <translation>サイトの単語リストに追加</translation>
        </message>
        <message>
            <source>Added after Kosei's style, so its rules win. Local file only; it cannot load anything from the web.</source>
            <translation>Kosei のスタイルの後に読み込むので、こちらのルールが優先されます。ローカルのファイルのみで、Web からは何も読み込めません。</translation>
        </message>
        <message>
            <source>Aliases</source>
            <translation>エイリアス</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>すべてのカテゴリ</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>すべての状態</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>すべてのタグ</translation>
        </message>
        <message>
            <source>Also list unknown words in the Checks panel</source>
            <translation>辞書にない語をチェックパネルにも表示する</translation>
        </message>
        <message>
            <source>An untitled document: all of its text is new.</source>
            <translation>無題の文書です。すべての文章が新しいものです。</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>適用</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>著者</translation>
        </message>
        <message>
            <source>Bad expression: %1</source>
            <translation>正規表現が正しくありません: %1</translation>
        </message>
        <message>
            <source>Big5 (Traditional Chinese)</source>
            <translation>Big5（繁体字中国語）</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>参照…</translation>
        </message>
        <message>
            <source>C&amp;opy</source>
            <translation>コピー(&amp;O)</translation>
        </message>
        <message>
            <source>CP932 (Windows Japanese)</source>
            <translation>CP932（Windows 日本語）</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>Cannot save in this encoding</source>
            <translation>この文字コードでは保存できません</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>カテゴリー</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>チェック</translation>
        </message>
        <message>
            <source>Checks paused for this large file. Press F7 to run them.</source>
            <translation>大きなファイルのためチェックを停止しています。F7 キーで実行できます。</translation>
        </message>
        <message>
            <source>Choose a Stylesheet</source>
            <translation>スタイルシートを選択</translation>
        </message>
        <message>
            <source>Choose the encoding to read “%1” with.</source>
            <translation>「%1」を読み込む文字コードを選んでください。</translation>
        </message>
        <message>
            <source>Choose the encoding to read “%1” with. Your unsaved changes in this window will be discarded.</source>
            <translation>「%1」を読み込む文字コードを選んでください。このウィンドウの未保存の変更は破棄されます。</translation>
        </message>
        <message>
            <source>Choose the encoding “%1” was written in.</source>
            <translation>「%1」が書かれた文字コードを選んでください。</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>閉じる (Esc)</translation>
        </message>
        <message>
            <source>Code Bloc&amp;k</source>
            <translation>コードブロック(&amp;K)</translation>
        </message>
        <message>
            <source>Compare “%1”</source>
            <translation>「%1」を比較</translation>
        </message>
        <message>
            <source>Compare…</source>
            <translation>比較…</translation>
        </message>
        <message>
            <source>Could not export</source>
            <translation>書き出せませんでした</translation>
        </message>
        <message>
            <source>Could not export to “%1”: %2. Nothing was written there.</source>
            <translation>「%1」に書き出せませんでした：%2。そこには何も書き込んでいません。</translation>
        </message>
        <message>
            <source>Could not export: %1.</source>
            <translation>書き出せませんでした：%1。</translation>
        </message>
        <message>
            <source>Could not keep a recovery copy of your text: %1. Save your work.</source>
            <translation>復元用のコピーを保存できませんでした：%1。作業内容を保存してください。</translation>
        </message>
        <message>
            <source>Could not open file</source>
            <translation>ファイルを開けませんでした</translation>
        </message>
        <message>
            <source>Could not open “%1”: %2.</source>
            <translation>「%1」を開けませんでした：%2。</translation>
        </message>
        <message>
            <source>Could not paste the image</source>
            <translation>画像を貼り付けられませんでした</translation>
        </message>
        <message>
            <source>Could not save file</source>
            <translation>ファイルを保存できませんでした</translation>
        </message>
        <message>
            <source>Could not save “%1”: %2. The file on disk is unchanged and your text is still here; try Save As to save it elsewhere.</source>
            <translation>「%1」を保存できませんでした：%2。ディスク上のファイルは変更されておらず、書いた文章もここに残っています。「名前を付けて保存」で別の場所に保存してください。</translation>
        </message>
        <message>
            <source>Could not use the stylesheet “%1”: %2. The preview uses Kosei's own style.</source>
            <translation>スタイルシート「%1」を使えませんでした：%2。プレビューには Kosei のスタイルを使います。</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>切り取り(&amp;T)</translation>
        </message>
        <message>
            <source>Cut-off text</source>
            <translation>途切れた文章</translation>
        </message>
        <message>
            <source>Cut-off, stitched or restarted text</source>
            <translation>途切れた文章、継ぎはぎや書き直しのある文章</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>ダーク</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <source>Decide Later</source>
            <translation>後で決める</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>説明</translation>
        </message>
        <message>
            <source>Dictionaries for posts that name no language:</source>
            <translation>言語の指定がない記事に使う辞書：</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>破棄</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>文書</translation>
        </message>
        <message>
            <source>Don't Save</source>
            <translation>保存しない</translation>
        </message>
        <message>
            <source>Double negatives</source>
            <translation>二重否定</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>下書き</translation>
        </message>
        <message>
            <source>EUC-JP</source>
            <translation>EUC-JP</translation>
        </message>
        <message>
            <source>EUC-KR (Korean)</source>
            <translation>EUC-KR（韓国語）</translation>
        </message>
        <message>
            <source>Edit this value in the text: it is not a simple value</source>
            <translation>単純な値ではないため、本文側で編集してください</translation>
        </message>
        <message>
            <source>Editor font:</source>
            <translation>エディターのフォント：</translation>
        </message>
        <message>
            <source>Emphasis, shortcodes and Liquid that will not render</source>
            <translation>表示されない強調・ショートコード・Liquid</translation>
        </message>
        <message>
            <source>Excerpt</source>
            <translation>抜粋</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>期限切れ</translation>
        </message>
        <message>
            <source>Export as &amp;HTML…</source>
            <translation>HTML として書き出す(&amp;H)…</translation>
        </message>
        <message>
            <source>Export as &amp;PDF…</source>
            <translation>PDF として書き出す(&amp;P)…</translation>
        </message>
        <message>
            <source>Export as HTML</source>
            <translation>HTML として書き出す</translation>
        </message>
        <message>
            <source>Export as PDF</source>
            <translation>PDF として書き出す</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>%1 に書き出しました</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>書き出す…</translation>
        </message>
        <message>
            <source>F&amp;ormat</source>
            <translation>書式(&amp;O)</translation>
        </message>
        <message>
            <source>F&amp;ormat Table</source>
            <translation>表を整形(&amp;O)</translation>
        </message>
        <message>
            <source>File changed on disk</source>
            <translation>ファイルがディスク上で変更されました</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>ファイル:</translation>
        </message>
        <message>
            <source>Filter by title or file name</source>
            <translation>タイトルまたはファイル名で絞り込む</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>検索</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>次を検索(&amp;N)</translation>
        </message>
        <message>
            <source>Find &amp;Previous</source>
            <translation>前を検索(&amp;P)</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>指摘</translation>
        </message>
        <message>
            <source>Fix</source>
            <translation>修正</translation>
        </message>
        <message>
            <source>Fix All &amp;Safe</source>
            <translation>安全な修正をすべて適用(&amp;S)</translation>
        </message>
        <message>
            <source>Fix all safe</source>
            <translation>安全な修正をすべて適用</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>フォルダー</translation>
        </message>
        <message>
            <source>Front matter</source>
            <translation>フロントマター</translation>
        </message>
        <message>
            <source>Front matter (title, date, tags, reading time)</source>
            <translation>フロントマター（タイトル、日付、タグ、読了時間）</translation>
        </message>
        <message>
            <source>Front matter does not parse: %1</source>
            <translation>フロントマターを読み取れません: %1</translation>
        </message>
        <message>
            <source>Front matter error at line %1, column %2: %3</source>
            <translation>フロントマターのエラー（%1 行目、%2 列目）：%3</translation>
        </message>
        <message>
            <source>Front matter is invalid (line {line}, column {column}): {message}</source>
            <translation>フロントマターが正しくありません（{line} 行目、{column} 列目）：{message}</translation>
        </message>
        <message>
            <source>Full-width 。、 and one choice of 。、 or ．，</source>
            <translation>全角の「。、」と、「。、」か「．，」の統一</translation>
        </message>
        <message>
            <source>GB18030 (Chinese)</source>
            <translation>GB18030（中国語）</translation>
        </message>
        <message>
            <source>Generic</source>
            <translation>汎用</translation>
        </message>
        <message>
            <source>Groups: $1 … $99 or \1, named $&lt;name&gt; or \g&lt;name&gt;; the whole match $&amp; or $0; $$ is a dollar sign; \n a new line, \t a tab</source>
            <translation>グループ: $1 … $99 または \1、名前付きは $&lt;name&gt; または \g&lt;name&gt;。一致した全体は $&amp; または $0。$$ はドル記号、\n は改行、\t はタブ</translation>
        </message>
        <message>
            <source>HTML (*.html *.htm)</source>
            <translation>HTML (*.html *.htm)</translation>
        </message>
        <message>
            <source>Half-width letters and digits</source>
            <translation>英数字は半角</translation>
        </message>
        <message>
            <source>Heading &amp;1</source>
            <translation>見出し 1(&amp;1)</translation>
        </message>
        <message>
            <source>Heading &amp;2</source>
            <translation>見出し 2(&amp;2)</translation>
        </message>
        <message>
            <source>Heading &amp;3</source>
            <translation>見出し 3(&amp;3)</translation>
        </message>
        <message>
            <source>Hide this notice</source>
            <translation>このお知らせを隠す</translation>
        </message>
        <message>
            <source>Horizontal &amp;Rule</source>
            <translation>区切り線(&amp;R)</translation>
        </message>
        <message>
            <source>Hugo</source>
            <translation>Hugo</translation>
        </message>
        <message>
            <source>Hugo leaves out posts with draft: true unless it builds with --buildDrafts (-D).</source>
            <translation>Hugo は --buildDrafts (-D) を付けない限り draft: true の記事をサイトに含めません。</translation>
        </message>
        <message>
            <source>ISO-2022-JP</source>
            <translation>ISO-2022-JP</translation>
        </message>
        <message>
            <source>ISO-8859-1 (Latin-1)</source>
            <translation>ISO-8859-1（Latin-1）</translation>
        </message>
        <message>
            <source>If you don't save, your changes will be lost.</source>
            <translation>保存しないと、変更内容は失われます。</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>無視</translation>
        </message>
        <message>
            <source>Ignore in This Post</source>
            <translation>この記事では無視</translation>
        </message>
        <message>
            <source>Ignore width</source>
            <translation>全角・半角を区別しない</translation>
        </message>
        <message>
            <source>Ignore width (Ａ＝A, ｶ＝カ)</source>
            <translation>全角・半角を区別しない (Ａ＝A, ｶ＝カ)</translation>
        </message>
        <message>
            <source>Ignored</source>
            <translation>無視した指摘</translation>
        </message>
        <message>
            <source>Image saved as %1</source>
            <translation>画像を %1 として保存しました</translation>
        </message>
        <message>
            <source>In selection</source>
            <translation>選択範囲内</translation>
        </message>
        <message>
            <source>In&amp;dent</source>
            <translation>インデントを増やす(&amp;D)</translation>
        </message>
        <message>
            <source>Indexing %1 of %2 posts…</source>
            <translation>索引を作成中（%2 件中 %1 件）…</translation>
        </message>
        <message>
            <source>Inline &amp;Code</source>
            <translation>インラインコード(&amp;C)</translation>
        </message>
        <message>
            <source>Insert &amp;Link</source>
            <translation>リンクを挿入(&amp;L)</translation>
        </message>
        <message>
            <source>Insert &amp;Table</source>
            <translation>表を挿入(&amp;T)</translation>
        </message>
        <message>
            <source>Insert I&amp;mage</source>
            <translation>画像を挿入(&amp;M)</translation>
        </message>
        <message>
            <source>Interface language:</source>
            <translation>表示言語：</translation>
        </message>
        <message>
            <source>Jekyll</source>
            <translation>Jekyll</translation>
        </message>
        <message>
            <source>Jekyll publishes every post unless it says published: false (jekyll build --unpublished builds those too). Jekyll ignores a draft: key.</source>
            <translation>Jekyll は published: false と書かれていない限りすべての記事を公開します（jekyll build --unpublished ならそれも含めます）。draft: は Jekyll では無視されます。</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>残す</translation>
        </message>
        <message>
            <source>Keep My Version</source>
            <translation>自分の版を残す</translation>
        </message>
        <message>
            <source>Kept text compared with “%1” on disk:</source>
            <translation>保存されていた文章とディスク上の「%1」との比較：</translation>
        </message>
        <message>
            <source>Kept your version of “%1”. Saving will replace the version on disk.</source>
            <translation>「%1」は自分の版を残しました。保存するとディスク上の版を置き換えます。</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>キー</translation>
        </message>
        <message>
            <source>Kosei did not close properly last time. Unsaved text of %n document was kept.</source>
            <translation>前回 Kosei は正しく終了しませんでした。%n 件の文書の未保存の文章が残っています。</translation>
        </message>
        <message>
            <source>Kosei did not close properly last time. Unsaved text of %n documents was kept.</source>
            <translation>前回 Kosei は正しく終了しませんでした。%n 件の文書の未保存の文章が残っています。</translation>
        </message>
        <message>
            <source>Large file: live preview and checks paused</source>
            <translation>大きなファイル：ライブプレビューとチェックを停止中</translation>
        </message>
        <message>
            <source>Last kept</source>
            <translation>最終保存</translation>
        </message>
        <message>
            <source>Last modified</source>
            <translation>最終更新日</translation>
        </message>
        <message>
            <source>Layout</source>
            <translation>レイアウト</translation>
        </message>
        <message>
            <source>Leftover generation markers</source>
            <translation>生成時の記号の消し忘れ</translation>
        </message>
        <message>
            <source>Leftover markers</source>
            <translation>消し忘れの記号</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>ライト</translation>
        </message>
        <message>
            <source>Line %1 of this file is %2 characters long: the live preview, checks and syntax colouring are paused. Press F5 to refresh the preview and F7 to run the checks.</source>
            <translation>このファイルの %1 行目は %2 文字あります。ライブプレビュー、チェック、構文の色分けを一時停止しています。F5 でプレビューを更新し、F7 でチェックを実行できます。</translation>
        </message>
        <message>
            <source>Ln %1, Col %2</source>
            <translation>行 %1、列 %2</translation>
        </message>
        <message>
            <source>Load Disk Version</source>
            <translation>ディスク上の版を読み込む</translation>
        </message>
        <message>
            <source>Load Remote &amp;Images</source>
            <translation>Web 上の画像を読み込む(&amp;I)</translation>
        </message>
        <message>
            <source>Load images from the web in the preview</source>
            <translation>プレビューで Web 上の画像を読み込む</translation>
        </message>
        <message>
            <source>Load the version on disk (Undo brings yours back), keep your version (saving will replace the one on disk), or compare them first.</source>
            <translation>ディスク上の版を読み込む（「元に戻す」で自分の版に戻せます）か、自分の版を残す（保存するとディスク上の版を置き換えます）か、先に比較するかを選んでください。</translation>
        </message>
        <message>
            <source>Loaded the disk version of “%1”. Undo brings your version back.</source>
            <translation>「%1」のディスク上の版を読み込みました。「元に戻す」で自分の版に戻せます。</translation>
        </message>
        <message>
            <source>Long runs of kanji</source>
            <translation>漢字の長い連続</translation>
        </message>
        <message>
            <source>Long sentences</source>
            <translation>長すぎる文</translation>
        </message>
        <message>
            <source>Longest sentence (characters):</source>
            <translation>一文の最大文字数：</translation>
        </message>
        <message>
            <source>Margins:</source>
            <translation>余白：</translation>
        </message>
        <message>
            <source>Markdown (*.md *.markdown *.mdown *.mkd);;Text (*.txt);;All files (*)</source>
            <translation>Markdown (*.md *.markdown *.mdown *.mkd);;テキスト (*.txt);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Markup that will not render</source>
            <translation>表示されないマークアップ</translation>
        </message>
        <message>
            <source>Match case</source>
            <translation>大文字と小文字を区別</translation>
        </message>
        <message>
            <source>Maybe the same: %1</source>
            <translation>同じものかもしれません: %1</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>統合</translation>
        </message>
        <message>
            <source>Merge %1 into:</source>
            <translation>%1 を次に統合:</translation>
        </message>
        <message>
            <source>Mixed です/ます and だ/である endings</source>
            <translation>「ですます」調と「である」調の混在</translation>
        </message>
        <message>
            <source>Most kanji in a row:</source>
            <translation>漢字の最大連続数：</translation>
        </message>
        <message>
            <source>Most 、 in one sentence:</source>
            <translation>一文の読点の最大数：</translation>
        </message>
        <message>
            <source>Near copies: how similar (higher finds fewer):</source>
            <translation>ほぼ同じ文章の類似度（高いほど検出が減ります）：</translation>
        </message>
        <message>
            <source>New &amp;Post…</source>
            <translation>新しい記事(&amp;P)…</translation>
        </message>
        <message>
            <source>New Post</source>
            <translation>新しい記事</translation>
        </message>
        <message>
            <source>New key</source>
            <translation>新しいキー</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>次の一致 (Enter)</translation>
        </message>
        <message>
            <source>No (false)</source>
            <translation>いいえ (false)</translation>
        </message>
        <message>
            <source>No half-width katakana</source>
            <translation>半角カタカナを使わない</translation>
        </message>
        <message>
            <source>No problems found</source>
            <translation>問題は見つかりませんでした</translation>
        </message>
        <message>
            <source>No recent sites</source>
            <translation>最近開いたサイトはありません</translation>
        </message>
        <message>
            <source>No results</source>
            <translation>見つかりません</translation>
        </message>
        <message>
            <source>No suggestions</source>
            <translation>候補なし</translation>
        </message>
        <message>
            <source>None: Kosei's own style</source>
            <translation>なし：Kosei のスタイル</translation>
        </message>
        <message>
            <source>Not a date: type it as YYYY-MM-DD or YYYY-MM-DD HH:MM:SS (+09:00)</source>
            <translation>日付として読めません。YYYY-MM-DD か YYYY-MM-DD HH:MM:SS (+09:00) の形で入力してください</translation>
        </message>
        <message>
            <source>Not changed: %1 (%2)</source>
            <translation>変更しませんでした: %1（%2）</translation>
        </message>
        <message>
            <source>Not set: Hugo publishes the post</source>
            <translation>未設定：Hugo は公開します</translation>
        </message>
        <message>
            <source>Not set: Jekyll publishes the post</source>
            <translation>未設定：Jekyll は公開します</translation>
        </message>
        <message>
            <source>Not set: not a draft</source>
            <translation>未設定：下書きではない</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>現在</translation>
        </message>
        <message>
            <source>O&amp;utdent</source>
            <translation>インデントを減らす(&amp;U)</translation>
        </message>
        <message>
            <source>On disk</source>
            <translation>ディスク上</translation>
        </message>
        <message>
            <source>One choice of ！ or !</source>
            <translation>「！」と「!」の統一</translation>
        </message>
        <message>
            <source>Only a saved file can be reopened.</source>
            <translation>開き直せるのは保存済みのファイルだけです。</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>開く</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近使ったファイル(&amp;R)</translation>
        </message>
        <message>
            <source>Open &amp;Site…</source>
            <translation>サイトを開く(&amp;S)…</translation>
        </message>
        <message>
            <source>Open Site</source>
            <translation>サイトを開く</translation>
        </message>
        <message>
            <source>Other keys</source>
            <translation>その他のキー</translation>
        </message>
        <message>
            <source>Otherwise the page links to the image files, relative to where it is saved.</source>
            <translation>オフにすると、保存場所からの相対パスで画像ファイルにリンクします。</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>アウトライン</translation>
        </message>
        <message>
            <source>P&amp;aste</source>
            <translation>貼り付け(&amp;A)</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Page size:</source>
            <translation>用紙サイズ：</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>パス</translation>
        </message>
        <message>
            <source>Permalink</source>
            <translation>パーマリンク</translation>
        </message>
        <message>
            <source>Pick a day</source>
            <translation>日付を選ぶ</translation>
        </message>
        <message>
            <source>Posts</source>
            <translation>記事</translation>
        </message>
        <message>
            <source>Posts — %1</source>
            <translation>記事 — %1</translation>
        </message>
        <message>
            <source>Preferen&amp;ces…</source>
            <translation>設定(&amp;C)…</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>プレビュー</translation>
        </message>
        <message>
            <source>Preview failed: %1</source>
            <translation>プレビューに失敗しました：%1</translation>
        </message>
        <message>
            <source>Preview paused for this large file. Press F5 to refresh it.</source>
            <translation>大きなファイルのためプレビューを停止しています。F5 キーで更新できます。</translation>
        </message>
        <message>
            <source>Preview:</source>
            <translation>プレビュー：</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>前の一致 (Shift+Enter)</translation>
        </message>
        <message>
            <source>Printing to PDF…</source>
            <translation>PDF に出力しています…</translation>
        </message>
        <message>
            <source>Probably the same as: %1</source>
            <translation>おそらく同じもの: %1</translation>
        </message>
        <message>
            <source>Proofread Japanese posts</source>
            <translation>日本語の記事を校正する</translation>
        </message>
        <message>
            <source>Proofreading</source>
            <translation>校正</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>公開</translation>
        </message>
        <message>
            <source>Put images inside the HTML file</source>
            <translation>画像を HTML ファイルに埋め込む</translation>
        </message>
        <message>
            <source>Put the cursor in a table to format it.</source>
            <translation>整形する表の中にカーソルを置いてください。</translation>
        </message>
        <message>
            <source>Quick Open</source>
            <translation>クイックオープン</translation>
        </message>
        <message>
            <source>R&amp;eplace…</source>
            <translation>置換(&amp;E)…</translation>
        </message>
        <message>
            <source>Recent Si&amp;tes</source>
            <translation>最近開いたサイト(&amp;T)</translation>
        </message>
        <message>
            <source>Recover Unsaved Text</source>
            <translation>未保存の文章を復元</translation>
        </message>
        <message>
            <source>Recovered unsaved text. Review it and save to keep it.</source>
            <translation>未保存の文章を復元しました。内容を確認して保存してください。</translation>
        </message>
        <message>
            <source>Regular expression</source>
            <translation>正規表現</translation>
        </message>
        <message>
            <source>Regular expression error at position %1: %2</source>
            <translation>正規表現のエラー（位置 %1）：%2</translation>
        </message>
        <message>
            <source>Regular expression error: %1</source>
            <translation>正規表現のエラー：%1</translation>
        </message>
        <message>
            <source>Reloaded “%1”: it changed on disk.</source>
            <translation>「%1」がディスク上で変更されたので読み込み直しました。</translation>
        </message>
        <message>
            <source>Remove selected key</source>
            <translation>選択したキーを削除</translation>
        </message>
        <message>
            <source>Remove “{tag}”</source>
            <translation>「{tag}」を削除</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>名前を変更</translation>
        </message>
        <message>
            <source>Rename %1 to:</source>
            <translation>%1 の新しい名前:</translation>
        </message>
        <message>
            <source>Rename or Merge…</source>
            <translation>名前の変更・統合…</translation>
        </message>
        <message>
            <source>Rendering the preview of this large file…</source>
            <translation>大きなファイルのプレビューを作成しています…</translation>
        </message>
        <message>
            <source>Reopen with &amp;Encoding…</source>
            <translation>文字コードを指定して開き直す(&amp;E)…</translation>
        </message>
        <message>
            <source>Reopen with Encoding</source>
            <translation>文字コードを指定して開き直す</translation>
        </message>
        <message>
            <source>Repeated passages</source>
            <translation>重複した文章</translation>
        </message>
        <message>
            <source>Repeated passages and near copies</source>
            <translation>重複した文章とほぼ同じ文章</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>置換</translation>
        </message>
        <message>
            <source>Replace All</source>
            <translation>すべて置換</translation>
        </message>
        <message>
            <source>Replace with</source>
            <translation>置換後の文字列</translation>
        </message>
        <message>
            <source>Replace with ($1 or \1 = group 1, $&amp; = the match)</source>
            <translation>置換後 ($1 または \1 = グループ 1、$&amp; = 一致した全体)</translation>
        </message>
        <message>
            <source>Replaced %n match</source>
            <translation>%n 件を置換しました</translation>
        </message>
        <message>
            <source>Replaced %n matches</source>
            <translation>%n 件を置換しました</translation>
        </message>
        <message>
            <source>Replacement error: %1</source>
            <translation>置換のエラー：%1</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>復元</translation>
        </message>
        <message>
            <source>Restore opens it as unsaved changes on top of the file, so you can review and save it. Decide Later keeps everything for the next start.</source>
            <translation>「復元」を選ぶと、ファイルへの未保存の変更として開くので、確認してから保存できます。「後で決める」を選ぶと、次回の起動まですべて残しておきます。</translation>
        </message>
        <message>
            <source>Run &amp;Checks</source>
            <translation>チェックを実行(&amp;C)</translation>
        </message>
        <message>
            <source>Run these checks:</source>
            <translation>実行するチェック：</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>名前を付けて保存(&amp;A)…</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>名前を付けて保存</translation>
        </message>
        <message>
            <source>Save as UTF-8</source>
            <translation>UTF-8 で保存</translation>
        </message>
        <message>
            <source>Save changes to the file automatically</source>
            <translation>変更を自動でファイルに保存する</translation>
        </message>
        <message>
            <source>Save the changes to “%1” before closing?</source>
            <translation>閉じる前に「%1」の変更を保存しますか？</translation>
        </message>
        <message>
            <source>Save the post first: pasted images are stored in an “images” folder next to it.</source>
            <translation>先に記事を保存してください。貼り付けた画像は記事と同じ場所の「images」フォルダーに保存されます。</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>予約済み</translation>
        </message>
        <message>
            <source>Search in Si&amp;te…</source>
            <translation>サイト内を検索(&amp;T)…</translation>
        </message>
        <message>
            <source>Search in Site</source>
            <translation>サイト内を検索</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>検索中…</translation>
        </message>
        <message>
            <source>Section:</source>
            <translation>セクション:</translation>
        </message>
        <message>
            <source>Select A&amp;ll</source>
            <translation>すべて選択(&amp;L)</translation>
        </message>
        <message>
            <source>Select text, then tick “In selection”</source>
            <translation>文字列を選択してから「選択範囲内」をオンにしてください</translation>
        </message>
        <message>
            <source>Set to the current date and time</source>
            <translation>現在の日時を入れる</translation>
        </message>
        <message>
            <source>Shift_JIS</source>
            <translation>Shift_JIS</translation>
        </message>
        <message>
            <source>Shortest repeat in English and other Latin text (characters):</source>
            <translation>英語などラテン文字の文章で検出する最短の重複（文字数）：</translation>
        </message>
        <message>
            <source>Shortest repeat in Japanese text (characters):</source>
            <translation>日本語の文章で検出する最短の重複（文字数）：</translation>
        </message>
        <message>
            <source>Show File</source>
            <translation>ファイルを表示</translation>
        </message>
        <message>
            <source>Site</source>
            <translation>サイト</translation>
        </message>
        <message>
            <source>Slug</source>
            <translation>スラッグ</translation>
        </message>
        <message>
            <source>Slug:</source>
            <translation>スラッグ:</translation>
        </message>
        <message>
            <source>Spacing between Japanese and Latin text</source>
            <translation>日本語と英数字の間のスペース</translation>
        </message>
        <message>
            <source>Spelling</source>
            <translation>スペル</translation>
        </message>
        <message>
            <source>Spelling and proofreading</source>
            <translation>スペルチェックと校正</translation>
        </message>
        <message>
            <source>Start as a draft (_drafts)</source>
            <translation>下書きとして始める（_drafts）</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Stylesheets (*.css);;All files (*)</source>
            <translation>スタイルシート (*.css);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>System</source>
            <translation>システムに合わせる</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>タグ</translation>
        </message>
        <message>
            <source>Tags and Categories</source>
            <translation>タグとカテゴリ</translation>
        </message>
        <message>
            <source>Text or regular expression</source>
            <translation>文字列または正規表現</translation>
        </message>
        <message>
            <source>The front matter was not changed: {reason}</source>
            <translation>フロントマターは変更されませんでした：{reason}</translation>
        </message>
        <message>
            <source>The pasted image could not be converted to PNG.</source>
            <translation>貼り付けた画像を PNG に変換できませんでした。</translation>
        </message>
        <message>
            <source>The pasted image could not be saved as “%1”: %2. Nothing was inserted.</source>
            <translation>貼り付けた画像を「%1」として保存できませんでした：%2。何も挿入していません。</translation>
        </message>
        <message>
            <source>The same conjunction twice in a row</source>
            <translation>同じ接続詞の連続</translation>
        </message>
        <message>
            <source>The same particle twice in a sentence</source>
            <translation>一文中の同じ助詞の重複</translation>
        </message>
        <message>
            <source>The site's prh dictionary (prh.yml)</source>
            <translation>サイトの prh 辞書（prh.yml）</translation>
        </message>
        <message>
            <source>Theme:</source>
            <translation>テーマ：</translation>
        </message>
        <message>
            <source>This file is large (%1 MB): the live preview, checks and syntax colouring are paused. Press F5 to refresh the preview and F7 to run the checks.</source>
            <translation>このファイルは大きいため（%1 MB）、ライブプレビュー、チェック、構文の色分けを停止しています。F5 キーでプレビューを更新、F7 キーでチェックを実行できます。</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>タイトル</translation>
        </message>
        <message>
            <source>Title or file name</source>
            <translation>タイトルまたはファイル名</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>タイトル:</translation>
        </message>
        <message>
            <source>Too many 、 in a sentence</source>
            <translation>一文中の読点が多すぎる</translation>
        </message>
        <message>
            <source>Type a title</source>
            <translation>タイトルを入力してください</translation>
        </message>
        <message>
            <source>UTF-16 BE</source>
            <translation>UTF-16 BE</translation>
        </message>
        <message>
            <source>UTF-16 LE</source>
            <translation>UTF-16 LE</translation>
        </message>
        <message>
            <source>UTF-8</source>
            <translation>UTF-8</translation>
        </message>
        <message>
            <source>Un-ignore</source>
            <translation>無視をやめる</translation>
        </message>
        <message>
            <source>Underline unknown words as you type</source>
            <translation>入力中に辞書にない語に波線を引く</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>未保存の変更</translation>
        </message>
        <message>
            <source>Updating the preview…</source>
            <translation>プレビューを更新しています…</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>値</translation>
        </message>
        <message>
            <source>Weak phrases (かもしれない, と思う)</source>
            <translation>弱い表現（かもしれない、と思う）</translation>
        </message>
        <message>
            <source>Whole word</source>
            <translation>単語単位</translation>
        </message>
        <message>
            <source>Windows-1252 (Western)</source>
            <translation>Windows-1252（西欧）</translation>
        </message>
        <message>
            <source>Wordy expressions (することができる)</source>
            <translation>冗長な表現（することができる）</translation>
        </message>
        <message>
            <source>Writing</source>
            <translation>執筆</translation>
        </message>
        <message>
            <source>Yes (true)</source>
            <translation>はい (true)</translation>
        </message>
        <message>
            <source>Your site's CSS:</source>
            <translation>サイトの CSS：</translation>
        </message>
        <message>
            <source>Your version (unsaved)</source>
            <translation>自分の版（未保存）</translation>
        </message>
        <message>
            <source>bundled</source>
            <translation>同梱</translation>
        </message>
        <message>
            <source>could not be read</source>
            <translation>読み込めませんでした</translation>
        </message>
        <message>
            <source>description</source>
            <translation>画像の説明</translation>
        </message>
        <message>
            <source>draft: true is read by Hugo, Eleventy, Astro and most generators, but Jekyll ignores it: for a Jekyll site choose Jekyll above and use Published.</source>
            <translation>draft: true は Hugo・Eleventy・Astro など多くのジェネレーターが読みますが、Jekyll は無視します。Jekyll のサイトなら上でJekyllを選び、「公開」を使ってください。</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>%1行目：%2</translation>
        </message>
        <message>
            <source>note</source>
            <translation>注の本文</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>アクセス権がありません</translation>
        </message>
        <message>
            <source>system</source>
            <translation>システム</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>ディスクがいっぱいです</translation>
        </message>
        <message>
            <source>the disk quota is exceeded</source>
            <translation>ディスクの割り当て容量を超えています</translation>
        </message>
        <message>
            <source>the file</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <source>the folder does not exist any more</source>
            <translation>フォルダーがもう存在しません</translation>
        </message>
        <message>
            <source>the folder is on a read-only file system</source>
            <translation>フォルダーが読み取り専用のファイルシステム上にあります</translation>
        </message>
        <message>
            <source>untitled</source>
            <translation>無題</translation>
        </message>
        <message>
            <source>your folder</source>
            <translation>あなたのフォルダー</translation>
        </message>
        <message>
            <source>{count} chars</source>
            <translation>{count} 文字</translation>
        </message>
        <message>
            <source>{count} items</source>
            <translation>{count} 項目</translation>
        </message>
        <message>
            <source>{count} keys</source>
            <translation>キー {count} 個</translation>
        </message>
        <message>
            <source>“%1” changed on disk, but the new version cannot be loaded: %2</source>
            <translation>「%1」がディスク上で変更されましたが、新しい版を読み込めません：%2</translation>
        </message>
        <message>
            <source>“%1” changed on disk. Saving will ask before replacing it.</source>
            <translation>「%1」がディスク上で変更されました。保存するときは置き換える前に確認します。</translation>
        </message>
        <message>
            <source>“%1” could not be read: %2</source>
            <translation>「%1」を読み込めませんでした: %2</translation>
        </message>
        <message>
            <source>“%1” is back on disk.</source>
            <translation>「%1」がディスク上に戻りました。</translation>
        </message>
        <message>
            <source>“%1” is no longer on disk: all of the kept text is new.</source>
            <translation>「%1」はもうディスク上にありません。保存されていた文章はすべて新しいものです。</translation>
        </message>
        <message>
            <source>“%1” is not a text file (it contains binary data). Nothing was opened.</source>
            <translation>「%1」はテキストファイルではありません（バイナリデータを含んでいます）。何も開いていません。</translation>
        </message>
        <message>
            <source>“%1” is not valid %2 text (first bad byte at offset %3). If it was written in another encoding, choose it below to open the file; Cancel leaves it unopened.</source>
            <translation>「%1」は正しい %2 のテキストではありません（最初の不正なバイトはオフセット %3）。別の文字コードで書かれている場合は、下で選ぶと開けます。キャンセルすると開きません。</translation>
        </message>
        <message>
            <source>“%1” is not valid %2 text (first bad byte at offset %3). It was not opened, so nothing is garbled.</source>
            <translation>「%1」は正しい %2 のテキストではありません（最初の不正なバイトはオフセット %3）。文字化けを防ぐため、ファイルは開いていません。</translation>
        </message>
        <message>
            <source>“%1” is stored as %2, which cannot hold the character “%3” (line %4, column %5). Nothing was saved. Save the file as UTF-8 instead?</source>
            <translation>「%1」は %2 で保存されていますが、この文字コードでは「%3」（%4 行目、%5 列目）を表せません。何も保存していません。代わりに UTF-8 で保存しますか？</translation>
        </message>
        <message>
            <source>“%1” is too large to open (%2 MB; Kosei opens files up to %3 MB). Nothing was opened.</source>
            <translation>「%1」は大きすぎて開けません（%2 MB。Kosei で開けるのは %3 MB までです）。何も開いていません。</translation>
        </message>
        <message>
            <source>“%1” is too large to open (%2 bytes).</source>
            <translation type="vanished">「%1」は大きすぎて開けません（%2 バイト）。</translation>
        </message>
        <message>
            <source>“%1” looks like %2 text without a byte-order mark. Check the preview below and choose the encoding to open it with; Cancel leaves it unopened.</source>
            <translation>「%1」はバイトオーダーマークのない %2 のテキストのようです。下のプレビューを確認して、開くエンコーディングを選んでください。キャンセルすると開きません。</translation>
        </message>
        <message>
            <source>“%1” no longer exists on disk. If you don't save, the whole text will be lost, not only your changes.</source>
            <translation>「%1」はディスク上にもうありません。保存しないと、変更だけでなく本文すべてが失われます。</translation>
        </message>
        <message>
            <source>“%1” was changed by another program since you opened it. Overwrite it with your version?</source>
            <translation>「%1」は開いた後に別のプログラムによって変更されています。今の内容で上書きしますか？</translation>
        </message>
        <message>
            <source>“%1” was changed by another program, and you have unsaved changes.</source>
            <translation>「%1」が別のプログラムによって変更されました。未保存の変更があります。</translation>
        </message>
        <message>
            <source>“%1” was changed by another program, so it was not saved automatically. Save to choose which version to keep.</source>
            <translation>「%1」は別のプログラムによって変更されたため、自動保存しませんでした。保存するときに、どちらの版を残すか選べます。</translation>
        </message>
        <message>
            <source>“%1” was changed by another program. Your text was not saved over it.</source>
            <translation>「%1」は別のプログラムによって変更されていました。上書き保存はしていません。</translation>
        </message>
        <message>
            <source>“%1” was deleted or moved on disk. Your text is still here; Save writes it back.</source>
            <translation>「%1」はディスク上で削除または移動されました。文章はここに残っています。保存すると書き戻します。</translation>
        </message>
        <message>
            <source>… %n unchanged line …</source>
            <translation>… 変更のない %n 行 …</translation>
        </message>
        <message>
            <source>… %n unchanged lines …</source>
            <translation>… 変更のない %n 行 …</translation>
        </message>
        <message>
            <source>ら抜き言葉</source>
            <translation>ら抜き言葉</translation>
        </message>
    </context>
</TS>
