<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
    <context>
        <name>Kosei</name>
        <message>
            <source>%1 characters</source>
            <translation>%1 文字</translation>
        </message>
        <message>
            <source>%1 min read</source>
            <translation>約 %1 分で読了</translation>
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
            <source>&amp;Checks</source>
            <translation>チェック(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Close Window</source>
            <translation>ウィンドウを閉じる(&amp;C)</translation>
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
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>やり直し(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
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
            <source>1 key</source>
            <translation>キー 1 個</translation>
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
            <source>Aliases</source>
            <translation>エイリアス</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>著者</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
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
            <source>Could not open file</source>
            <translation>ファイルを開けませんでした</translation>
        </message>
        <message>
            <source>Could not open “%1”: %2.</source>
            <translation>「%1」を開けませんでした：%2。</translation>
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
            <source>Cut-off text</source>
            <translation>途切れた文章</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>説明</translation>
        </message>
        <message>
            <source>Don't Save</source>
            <translation>保存しない</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>下書き</translation>
        </message>
        <message>
            <source>Edit this value in the text: it is not a simple value</source>
            <translation>単純な値ではないため、本文側で編集してください</translation>
        </message>
        <message>
            <source>Excerpt</source>
            <translation>抜粋</translation>
        </message>
        <message>
            <source>File changed on disk</source>
            <translation>ファイルがディスク上で変更されました</translation>
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
            <source>Front matter</source>
            <translation>フロントマター</translation>
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
            <source>Generic</source>
            <translation>汎用</translation>
        </message>
        <message>
            <source>Hugo</source>
            <translation>Hugo</translation>
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
            <source>Jekyll</source>
            <translation>Jekyll</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>キー</translation>
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
            <source>Leftover markers</source>
            <translation>消し忘れの記号</translation>
        </message>
        <message>
            <source>Ln %1, Col %2</source>
            <translation>行 %1、列 %2</translation>
        </message>
        <message>
            <source>Markdown (*.md *.markdown *.mdown *.mkd);;Text (*.txt);;All files (*)</source>
            <translation>Markdown (*.md *.markdown *.mdown *.mkd);;テキスト (*.txt);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>New key</source>
            <translation>新しいキー</translation>
        </message>
        <message>
            <source>No problems found</source>
            <translation>問題は見つかりませんでした</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>現在</translation>
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
            <source>Other keys</source>
            <translation>その他のキー</translation>
        </message>
        <message>
            <source>Outline</source>
            <translation>アウトライン</translation>
        </message>
        <message>
            <source>Permalink</source>
            <translation>パーマリンク</translation>
        </message>
        <message>
            <source>Preview failed: %1</source>
            <translation>プレビューに失敗しました：%1</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>公開</translation>
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
            <source>Repeated passages</source>
            <translation>重複した文章</translation>
        </message>
        <message>
            <source>Run &amp;Checks</source>
            <translation>チェックを実行(&amp;C)</translation>
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
            <source>Save the changes to “%1” before closing?</source>
            <translation>閉じる前に「%1」の変更を保存しますか？</translation>
        </message>
        <message>
            <source>Set to the current date and time</source>
            <translation>現在の日時を入れる</translation>
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
            <source>Tags</source>
            <translation>タグ</translation>
        </message>
        <message>
            <source>The front matter was not changed: {reason}</source>
            <translation>フロントマターは変更されませんでした：{reason}</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>タイトル</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>未保存の変更</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>値</translation>
        </message>
        <message>
            <source>line %1: %2</source>
            <translation>%1行目：%2</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>アクセス権がありません</translation>
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
            <source>“%1” is not a text file (it contains binary data). Nothing was opened.</source>
            <translation>「%1」はテキストファイルではありません（バイナリデータを含んでいます）。何も開いていません。</translation>
        </message>
        <message>
            <source>“%1” is not valid %2 text (first bad byte at offset %3). It was not opened, so nothing is garbled.</source>
            <translation>「%1」は正しい %2 のテキストではありません（最初の不正なバイトはオフセット %3）。文字化けを防ぐため、ファイルは開いていません。</translation>
        </message>
        <message>
            <source>“%1” is too large to open (%2 bytes).</source>
            <translation>「%1」は大きすぎて開けません（%2 バイト）。</translation>
        </message>
        <message>
            <source>“%1” was changed by another program since you opened it. Overwrite it with your version?</source>
            <translation>「%1」は開いた後に別のプログラムによって変更されています。今の内容で上書きしますか？</translation>
        </message>
        <message>
            <source>“%1” was changed by another program. Your text was not saved over it.</source>
            <translation>「%1」は別のプログラムによって変更されていました。上書き保存はしていません。</translation>
        </message>
    </context>
</TS>
