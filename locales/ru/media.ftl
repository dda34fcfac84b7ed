## Медиа: аудиоверсии текстов (краткое описание меры, вопрос опроса) на разных языках,
## с текстом записи, для тех, кто не читает.

media-listen = Слушать ({ $language })
media-transcript = Текст записи
media-heading = Аудиоверсии
media-intro = Запишите текст, прочитанный вслух, на любом из языков плана, для тех, кто не читает. К каждой записи нужен её текст: то, что в ней слышно, написанное словами.
media-none = Аудиоверсии пока нет.
media-file-label = Аудиофайл
media-file-hint = MP3, Ogg, Opus, WAV, M4A, WebM или FLAC, не больше { $size } MB.
media-language-label = Язык записи
media-transcript-label = Текст записи
media-upload = Добавить аудиоверсию
media-replace-note = Новая запись на том же языке заменит предыдущую.
media-remove = Удалить аудиоверсию ({ $language })
media-saved = Аудиоверсия сохранена.
media-removed = Аудиоверсия удалена.
