## Медіа: аудіоверсії текстів (короткий опис заходу, запитання опитування) різними мовами,
## з текстом запису, для людей, які не читають.

media-listen = Слухати ({ $language })
media-transcript = Текст запису
media-heading = Аудіоверсії
media-intro = Запишіть, як текст читають уголос, будь-якою з мов плану, для людей, які не читають. До кожного запису потрібен його текст: усе, що чути, написане словами.
media-none = Аудіоверсії ще немає.
media-file-label = Аудіофайл
media-file-hint = MP3, Ogg, Opus, WAV, M4A, WebM або FLAC, не більше { $size } MB.
media-language-label = Мова запису
media-transcript-label = Текст запису
media-upload = Додати аудіоверсію
media-replace-note = Новий запис тією самою мовою замінить попередній.
media-remove = Видалити аудіоверсію ({ $language })
media-saved = Аудіоверсію збережено.
media-removed = Аудіоверсію видалено.
