# Форум: темы и сообщения плана, его разделы, итоги.
forum-title = Форум
forum-intro = Обсуждайте план с другими жителями, объединениями и муниципалитетом. Координаторы читают каждую тему; когда обсуждение приходит к решению, они записывают его итог, и он может стать обоснованием для меры.
forum-categories-label = Разделы форума
forum-category-all = Все темы
forum-category-general = Общие вопросы
forum-threads-none = Здесь пока нет тем.
forum-pages-label = Страницы форума
forum-posts-count = { $count ->
    [one] { $count } сообщение
    [few] { $count } сообщения
    [many] { $count } сообщений
   *[other] { $count } сообщения
}
forum-last-post = последнее сообщение { $date }
forum-badge-pinned = Закреплена
forum-badge-locked = Заблокирована
forum-badge-closed = Завершена с итогом
forum-thread-placeholder-hidden = Тема скрыта, пока её не проверит модератор
forum-thread-placeholder-removed = Тема снята с публикации модератором
forum-thread-placeholder-deleted = Тема удалена автором
forum-sign-in = Войдите, чтобы открыть тему или ответить.
forum-sign-in-reply = Войдите, чтобы ответить.
forum-new-thread = Открыть тему
forum-form-category = Раздел
forum-form-measures = Предлагаемые меры, которых касается тема (необязательно)
forum-form-measures-hint = Отметьте не более { $max } мер.
forum-form-title = Название
forum-form-body = Ваше сообщение
forum-form-body-hint = Можно использовать Markdown: **жирный шрифт**, *курсив*, списки, ссылки и > цитаты.
forum-form-lang = Язык, на котором вы пишете
forum-form-open = Открыть тему
forum-thread-measures = Об этих мерах:
forum-kept = Готово: состояние темы обновлено.
forum-post-number = № { $number }
forum-edited = изменено
forum-in-reply-to = В ответ на № { $number }
forum-post-placeholder-hidden = Это сообщение скрыто, пока его не проверит модератор.
forum-post-placeholder-removed = Модератор снял это сообщение с публикации.
forum-post-placeholder-deleted = Автор удалил это сообщение.
forum-moderation-log = Журнал модерации
forum-quote = Цитировать
forum-edit = Изменить
forum-edit-label = Ваше сообщение
forum-edit-hint = Все увидят, что сообщение было изменено; модераторы могут прочитать прежний текст.
forum-edit-submit = Сохранить сообщение
forum-delete = Удалить моё сообщение
forum-delete-confirm = Его текст будет удалён безвозвратно; номер останется, чтобы ответы не потеряли смысл.
forum-delete-submit = Удалить
forum-reply = Ответить
forum-quoting = Ваш ответ цитирует сообщение № { $number }.
forum-reply-submit = Отправить ответ
forum-locked-notice = Эта тема заблокирована: отвечать в ней больше нельзя.
forum-closed-notice = Эта тема завершена: её итог приведён выше.
forum-keep = Закрепить или заблокировать
forum-keep-pin = Закрепить наверху
forum-keep-unpin = Открепить
forum-keep-lock = Заблокировать (без новых ответов)
forum-keep-unlock = Разблокировать
forum-outcome-heading = Итог
forum-outcome-on = Записан { $date }
forum-close = Завершить с итогом
forum-close-hint = Кратко изложите, к чему пришло обсуждение и что муниципалитет с этим сделает. Завершение блокирует тему; затем итог можно привязать к мерам как обоснование.
forum-outcome-lang = Язык итога
forum-outcome-label = Итог
forum-close-submit = Завершить тему
forum-outcome-translate = Написать итог на другом языке или исправить его
forum-outcome-save = Сохранить итог
forum-outcome-written-in = Языки итога: { $languages }
forum-history-link = Прежние версии текста
forum-history-title = Прежние версии текста сообщения № { $number }
forum-history-back = Вернуться к сообщению
forum-history-current = Текущий текст
forum-history-earlier = Прежние версии, сначала новые
forum-history-none = Это сообщение никогда не изменялось.
forum-history-replaced = Заменён { $when }
forum-search-label = Поиск по форуму
forum-search-submit = Найти
forum-search-title = Поиск по форуму
forum-search-title-hit = В названии темы
forum-search-found = { $count ->
    [0] Ничего не найдено.
    [one] Найдено { $count } сообщение.
    [few] Найдено { $count } сообщения.
    [many] Найдено { $count } сообщений.
   *[other] Найдено { $count } сообщения.
}
forum-search-found-more = Найдено более { $count }: показаны самые новые. Добавьте ещё одно слово, чтобы сузить поиск.
forum-follow-heading = Следить за этой темой
forum-following-none = Вы не следите за этой темой.
forum-following-instant = Вы получаете письмо о каждом новом сообщении.
forum-following-daily = Вы получаете одно письмо в день, когда появляются новые сообщения.
forum-follow-instant = Присылать мне каждое новое сообщение по почте
forum-follow-daily = Присылать мне ежедневную сводку
forum-follow-stop = Перестать следить
forum-followed = Готово: настройки отслеживания этой темы сохранены.
forum-email-reply-subject = Новый ответ в теме «{ $title }»
forum-email-reply-intro = Кто-то ответил в теме форума «{ $title }» (сообщение № { $number }).
forum-email-reply-action = Прочитать ответ
forum-email-digest-subject = { $count ->
    [one] Новые сообщения в { $count } теме форума, за которой вы следите
    [few] Новые сообщения в { $count } темах форума, за которыми вы следите
    [many] Новые сообщения в { $count } темах форума, за которыми вы следите
   *[other] Новые сообщения в { $count } темах форума, за которыми вы следите
}
forum-email-digest-intro = С момента последней сводки появились новые сообщения в темах, за которыми вы следите:
forum-email-digest-thread = «{ $title }» — новых сообщений: { $count }; читайте, начиная с { $url }
forum-email-footer = Вы получили это письмо, потому что следите за темой форума на Ponte. Чтобы больше не получать такие письма, откройте { $url }
