# Форум: теми й дописи плану, його розділи, підсумки.
forum-title = Форум
forum-intro = Обговорюйте план з іншими мешканцями, об’єднаннями та муніципалітетом. Координатори читають кожну тему; коли обговорення доходить згоди, вони записують його підсумок, і він може стати обґрунтуванням для заходу.
forum-categories-label = Розділи форуму
forum-category-all = Усі теми
forum-category-general = Загальні питання
forum-threads-none = Тут ще немає тем.
forum-pages-label = Сторінки форуму
forum-posts-count = { $count ->
    [one] { $count } допис
    [few] { $count } дописи
    [many] { $count } дописів
   *[other] { $count } допису
}
forum-last-post = останній допис { $date }
forum-badge-pinned = Закріплено
forum-badge-locked = Заблоковано
forum-badge-closed = Завершено з підсумком
forum-thread-placeholder-hidden = Тему приховано, доки її не перевірить модератор
forum-thread-placeholder-removed = Тему знято з публікації модератором
forum-thread-placeholder-deleted = Тему видалено автором
forum-sign-in = Увійдіть, щоб відкрити тему або відповісти.
forum-sign-in-reply = Увійдіть, щоб відповісти.
forum-new-thread = Відкрити тему
forum-form-category = Розділ
forum-form-measures = Запропоновані заходи, яких стосується тема (необов’язково)
forum-form-measures-hint = Позначте не більше ніж { $max } заходів.
forum-form-title = Назва
forum-form-body = Ваш допис
forum-form-body-hint = Можна використовувати Markdown: **жирний шрифт**, *курсив*, списки, посилання та > цитати.
forum-form-lang = Мова, якою ви пишете
forum-form-open = Відкрити тему
forum-thread-measures = Про ці заходи:
forum-kept = Готово: стан теми оновлено.
forum-post-number = № { $number }
forum-edited = змінено
forum-in-reply-to = У відповідь на № { $number }
forum-post-placeholder-hidden = Цей допис приховано, доки його не перевірить модератор.
forum-post-placeholder-removed = Модератор зняв цей допис з публікації.
forum-post-placeholder-deleted = Автор видалив цей допис.
forum-moderation-log = Журнал модерації
forum-quote = Цитувати
forum-edit = Змінити
forum-edit-label = Ваш допис
forum-edit-hint = Усі побачать, що допис було змінено; модератори можуть прочитати попередній текст.
forum-edit-submit = Зберегти допис
forum-delete = Видалити мій допис
forum-delete-confirm = Його текст буде видалено назавжди; номер залишиться, щоб відповіді не втратили сенсу.
forum-delete-submit = Видалити
forum-reply = Відповісти
forum-quoting = Ваша відповідь цитує допис № { $number }.
forum-reply-submit = Надіслати відповідь
forum-locked-notice = Цю тему заблоковано: відповідати в ній більше не можна.
forum-closed-notice = Цю тему завершено: її підсумок наведено вище.
forum-keep = Закріпити або заблокувати
forum-keep-pin = Закріпити вгорі
forum-keep-unpin = Відкріпити
forum-keep-lock = Заблокувати (без нових відповідей)
forum-keep-unlock = Розблокувати
forum-outcome-heading = Підсумок
forum-outcome-on = Записано { $date }
forum-close = Завершити з підсумком
forum-close-hint = Стисло викладіть, до чого дійшло обговорення і що муніципалітет з цим зробить. Завершення блокує тему; потім підсумок можна прив’язати до заходів як обґрунтування.
forum-outcome-lang = Мова підсумку
forum-outcome-label = Підсумок
forum-close-submit = Завершити тему
forum-outcome-translate = Написати підсумок іншою мовою або виправити його
forum-outcome-save = Зберегти підсумок
forum-outcome-written-in = Мови підсумку: { $languages }
forum-history-link = Попередні версії тексту
forum-history-title = Попередні версії тексту допису № { $number }
forum-history-back = Повернутися до допису
forum-history-current = Поточний текст
forum-history-earlier = Попередні версії, спочатку новіші
forum-history-none = Цей допис ніколи не змінювали.
forum-history-replaced = Замінено { $when }
forum-search-label = Пошук на форумі
forum-search-submit = Знайти
forum-search-title = Пошук на форумі
forum-search-title-hit = У назві теми
forum-search-found = { $count ->
    [0] Нічого не знайдено.
    [one] Знайдено { $count } допис.
    [few] Знайдено { $count } дописи.
    [many] Знайдено { $count } дописів.
   *[other] Знайдено { $count } допису.
}
forum-search-found-more = Знайдено понад { $count }: показано найновіші. Додайте ще одне слово, щоб звузити пошук.
forum-follow-heading = Стежити за цією темою
forum-following-none = Ви не стежите за цією темою.
forum-following-instant = Ви отримуєте лист про кожен новий допис.
forum-following-daily = Ви отримуєте один лист на день, коли з’являються нові дописи.
forum-follow-instant = Надсилати мені кожен новий допис поштою
forum-follow-daily = Надсилати мені щоденне зведення
forum-follow-stop = Більше не стежити
forum-followed = Готово: налаштування стеження за цією темою збережено.
forum-email-reply-subject = Нова відповідь у темі «{ $title }»
forum-email-reply-intro = Хтось відповів у темі форуму «{ $title }» (допис № { $number }).
forum-email-reply-action = Прочитати відповідь
forum-email-digest-subject = { $count ->
    [one] Нові дописи в { $count } темі форуму, за якою ви стежите
    [few] Нові дописи в { $count } темах форуму, за якими ви стежите
    [many] Нові дописи в { $count } темах форуму, за якими ви стежите
   *[other] Нові дописи в { $count } темах форуму, за якими ви стежите
}
forum-email-digest-intro = Після вашого останнього зведення з’явилися нові дописи в темах, за якими ви стежите:
forum-email-digest-thread = «{ $title }» — нових дописів: { $count }; читайте, починаючи з { $url }
forum-email-footer = Ви отримали цей лист, бо стежите за темою форуму на Ponte. Щоб більше не отримувати такі листи, відкрийте { $url }
