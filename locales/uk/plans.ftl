## Розділ планів: плани, сфери, організації та запропоновані заходи.

plans-home-title = Плани інтеграції мігрантів
plans-home-intro = Муніципалітети готують свої плани інтеграції мігрантів разом із людьми, які там живуть. Прочитайте запропоновані заходи і подивіться, хто бере участь.
plans-home-empty = Тут ще не опубліковано жодного плану.

plans-kind-municipal = Муніципальний план
plans-kind-intermunicipal = Міжмуніципальний план

plans-status-drafting = Готується
plans-status-drafting-explained = Муніципалітет пише проєкт плану. Запропоновані заходи ще можуть сильно змінитися.
plans-status-consultation = Громадське обговорення
plans-status-consultation-explained = Проєкт плану відкритий для всіх. Думки жителів, іммігрантів і асоціацій допомагають покращити заходи.
plans-status-approved = Затверджено
plans-status-approved-explained = Муніципальні органи затвердили план. Тепер його будуть виконувати.
plans-status-monitoring = Виконується
plans-status-monitoring-explained = Заходи плану виконуються, і за ними стежать.

plans-field-status = Етап
plans-field-kind = Тип плану
plans-field-promoter = Ініціатор
plans-field-period = Період
plans-municipalities-heading = Муніципалітети
plans-municipality = Муніципалітет
plans-residents = Жителі
plans-foreign-residents = Жителі-іноземці

plans-next-heading = Що ви можете зробити зараз
plans-next-measures = Прочитати запропоновані заходи за сферами
plans-overview-measures = { $measures ->
    [one] { $measures } захід
    [few] { $measures } заходи
    [many] { $measures } заходів
   *[other] { $measures } заходу
} у { $areas ->
    [one] { $areas } сфері
    [few] { $areas } сферах
    [many] { $areas } сферах
   *[other] { $areas } сфери
}, { $core ->
    [one] з них { $core } основний (рівень 1)
    [few] з них { $core } основні (рівень 1)
    [many] з них { $core } основних (рівень 1)
   *[other] з них { $core } основного (рівень 1)
}
plans-next-entities = Переглянути місцеві служби та організації
plans-next-surveys = Відповісти на опитування і переглянути результати
plans-entity-count = { $count ->
    [one] { $count } організація
    [few] { $count } організації
    [many] { $count } організацій
   *[other] { $count } організації
}

plans-levels-heading = Що означають рівень 1 і рівень 2?
plans-level-1-badge = Рівень 1 · основний
plans-level-2-badge = Рівень 2
plans-level-1-explained = Заходи рівня 1 — це основа плану. Муніципалітети гарантують, що їх виконають.
plans-level-2-explained = Заходи рівня 2 теж заплановані, але вони залежать від того, чи будуть гроші та партнери.

plans-areas-title = Сфери та заходи
plans-areas-intro = План поділено на сфери діяльності. Виберіть сферу, щоб побачити її запропоновані заходи.
plans-area-no-measures = У цій сфері ще немає запропонованих заходів.
plans-area-counts = { $measures ->
    [one] { $measures } запропонований захід
    [few] { $measures } запропоновані заходи
    [many] { $measures } запропонованих заходів
   *[other] { $measures } запропонованого заходу
}, { $core ->
    [one] з них { $core } основний
    [few] з них { $core } основні
    [many] з них { $core } основних
   *[other] з них { $core } основного
}
plans-area-measures-heading = Запропоновані заходи

plans-measure-status-draft = Проєкт
plans-measure-status-revised = Оновлений проєкт
plans-measure-status-final = Остаточна версія
plans-measure-summary = Коротко
plans-measure-description = Що буде зроблено
plans-measure-objectives = Цілі
plans-measure-indicators = Як вимірюватимуть прогрес
plans-measure-indicator = Показник
plans-measure-target = Цільове значення
plans-measure-timeline = Коли
plans-measure-responsible = Хто відповідає
plans-measure-partners = Партнери
plans-measure-no-partners = Партнерів ще не вказано.
plans-measure-area = Сфера

plans-entities-title = Місцеві служби та організації
plans-entities-intro = Організації, які знайшли під час місцевого дослідження: державні служби, школи, медичні заклади, асоціації та інші. Тут також сказано, яку допомогу вони дають.
plans-entities-all = Усі організації
plans-entities-in-area = Працюють у сфері: { $area }
plans-entities-filter-label = Сфера роботи
plans-entities-filter-all = Усі сфери
plans-entities-filter-apply = Показати
plans-entity-services = Послуги
plans-entity-areas = Сфери роботи

plans-entity-kind-municipality = Муніципалітет
plans-entity-kind-intermunicipal = Міжмуніципальний орган
plans-entity-kind-claim = Місцевий центр підтримки мігрантів (CLAIM)
plans-entity-kind-association = Асоціація
plans-entity-kind-school = Школа
plans-entity-kind-health_unit = Медичний заклад
plans-entity-kind-employer = Роботодавець
plans-entity-kind-employment_service = Служба зайнятості
plans-entity-kind-ngo = Неурядова організація
plans-entity-kind-parish = Місцева рада (Junta de freguesia)
plans-entity-kind-media = Засоби масової інформації
plans-entity-kind-other = Інше
plans-timeline-heading = Як готують план
plans-timeline-empty = Дати етапів ще не визначено.
plans-timeline-working-days = { $count ->
    [one] { $count } робочий день
    [few] { $count } робочі дні
    [many] { $count } робочих днів
   *[other] { $count } робочого дня
}
plans-timeline-done = Завершено
plans-timeline-now = Триває зараз
plans-timeline-later = Попереду
plans-timeline-saved = Графік збережено.
plans-timeline-add = Додати етап
plans-timeline-kind = Етап
plans-timeline-starts = Перший день
plans-timeline-ends = Останній день
plans-timeline-or-days = Або його тривалість у робочих днях
plans-timeline-days-hint = Дні рахують так само, як адміністративні строки: вихідні та державні свята не враховуються. Залиште останній день порожнім, щоб використати цю тривалість.
plans-timeline-add-submit = Додати етап
plans-timeline-remove = Видалити цей етап
plans-phase-diagnosis = Місцеве дослідження
plans-phase-surveys = Опитування
plans-phase-focus-groups = Фокус-групи
plans-phase-information-sessions = Інформаційні зустрічі
plans-phase-consultation = Громадське обговорення проєкту плану
plans-phase-forum = Форум
plans-phase-approval = Затвердження
plans-phase-monitoring = Моніторинг
plans-activity-title = Журнал дій
plans-activity-link = Що і ким було змінено в цьому плані (журнал дій)
plans-activity-intro = Усі зміни в цьому плані, його опитуваннях, відповідях на них і обґрунтуваннях його заходів, спочатку найновіші. Цю сторінку бачать лише координатори плану та адміністратори.
plans-activity-times = Час указано за місцевим часом плану: { $zone }.
plans-activity-none = Поки що нічого не змінено.
plans-activity-someone = Видалений обліковий запис або командний рядок сервера
plans-activity-col-when = Коли
plans-activity-col-who = Хто
plans-activity-col-what = Що
plans-activity-col-about = Чого стосується
plans-activity-pages-label = Сторінки журналу дій
plans-activity-account-deleted = Видалення облікового запису
plans-activity-evidence-linked = Прив’язка результату до заходу як обґрунтування
plans-activity-evidence-rationale-changed = Зміна пояснення, чому результат обґрунтовує захід
plans-activity-evidence-unlinked = Видалення зв’язку результату із заходом
plans-activity-plan-phase-added = Додавання етапу до графіка
plans-activity-plan-phase-removed = Видалення етапу з графіка
plans-activity-role-granted = Надання ролі
plans-activity-role-revoked = Відкликання ролі
plans-activity-survey-codes-created = Створення одноразових кодів
plans-activity-survey-created = Створення опитування
plans-activity-survey-published = Публікація опитування
plans-activity-survey-unpublished = Повернення опитування в чернетку
plans-activity-survey-question-added = Додавання запитання
plans-activity-survey-question-changed = Зміна запитання
plans-activity-survey-question-deleted = Видалення запитання
plans-activity-survey-question-moved = Переміщення запитання
plans-activity-survey-section-added = Додавання частини
plans-activity-survey-section-renamed = Зміна назви частини
plans-activity-survey-settings-changed = Зміна налаштувань опитування
plans-activity-survey-text-hidden = Приховування письмової відповіді в результатах
plans-activity-survey-text-shown = Повторний показ письмової відповіді в результатах
plans-activity-survey-response-corrected = Виправлення відповіді
plans-activity-survey-response-withdrawn = Вилучення відповіді
plans-new-title = Створити план
plans-new-intro = Новий план спершу готується, пишеться однією мовою і містить 16 сфер діяльності муніципального плану інтеграції мігрантів. Призначте його координаторів на сторінці «Люди та ролі» — решту пишуть вони.
plans-new-title-label = Назва плану
plans-new-slug-hint = Остання частина адреси плану: від 3 до 60 символів — малі латинські літери a–z, цифри та дефіси, наприклад lisboa-2026.
plans-new-municipalities-hint = Один для муніципального плану, два або більше для міжмуніципального. Щоб вибрати кілька, утримуйте Ctrl (або Cmd).
plans-new-lang-label = Основна мова плану
plans-new-start = Перший день періоду плану
plans-new-end = Останній день періоду плану
plans-new-submit = Створити план
plans-created = План створено. Призначте його координаторів на сторінці «Люди та ролі».
plans-activity-plan-created = Створення плану
plans-home-search-label = Знайти план
plans-home-query = Муніципалітет
plans-home-district = Округ або автономний регіон
plans-home-all-districts = Усі
plans-home-none-match = За цим запитом планів не знайдено.
plans-home-open-surveys = { $count ->
    [one] Зараз відкрито { $count } опитування
    [few] Зараз відкрито { $count } опитування
    [many] Зараз відкрито { $count } опитувань
   *[other] Зараз відкрито { $count } опитування
}
plans-edit-title = Редагувати план
plans-edit-saved = Збережено.
plans-edit-languages = Мова текстів
plans-edit-not-offered = (поки не пропонується: назва цією мовою зробить її однією з мов плану)
plans-edit-summary = Короткий опис
plans-edit-submit = Зберегти
plans-activity-plan-changed = Зміна текстів, етапу або періоду плану
plans-activity-plan-measure-drafted = Додавання заходу до проєкту
plans-activity-plan-measure-changed = Зміна заходу проєкту
plans-activity-plan-measure-draft-deleted = Видалення заходу з проєкту
plans-activity-plan-version-published = Публікація версії проєкту
plans-measure-version = Версія { $number } проєкту, опублікована { $date }.
plans-measure-changes-link = Що змінилося
plans-versions-link = Усі версії проєкту
plans-version-published = Версія { $number } від { $date }
plans-draft-title = Заходи проєкту
plans-draft-intro = Тут ви пишете й доопрацьовуєте заходи плану. Ніхто інший не бачить ваших змін, доки ви не опублікуєте нову версію проєкту; попередні версії й далі можна прочитати разом із тим, що змінилося.
plans-draft-published = Версію { $number } опубліковано: публічні сторінки вже показують її.
plans-draft-deleted = Захід проєкту видалено.
plans-draft-none-published = Жодної версії проєкту ще не опубліковано.
plans-draft-missing = { $count ->
    [one] Ще { $count } текст потрібно перекласти
    [few] Ще { $count } тексти потрібно перекласти
    [many] Ще { $count } текстів потрібно перекласти
   *[other] Ще { $count } тексту потрібно перекласти
}
plans-draft-list = Заходи проєкту плану
plans-draft-empty = Заходів ще немає: додайте перший нижче.
plans-draft-col-code = Код
plans-draft-col-measure = Захід
plans-draft-col-area = Сфера
plans-draft-col-level = Рівень
plans-draft-col-state = Стан
plans-draft-state-new = Ще не опубліковано
plans-draft-state-changed = Змінено після останньої версії
plans-draft-state-published = Як опубліковано
plans-draft-new = Новий захід
plans-draft-new-title = Назва основною мовою плану
plans-draft-code = Код
plans-draft-code-hint = Залиште поле порожнім, щоб отримати наступний код, наприклад { $example }.
plans-draft-new-submit = Додати захід
plans-draft-publish = Опублікувати версію { $number }
plans-draft-unpublished = { $count ->
    [one] Після останньої версії додано або змінено { $count } захід.
    [few] Після останньої версії додано або змінено { $count } заходи.
    [many] Після останньої версії додано або змінено { $count } заходів.
   *[other] Після останньої версії додано або змінено { $count } заходу.
}
plans-draft-note = Що змінилося (примітка до змін)
plans-draft-note-hint = Її читають усі у списку версій.
plans-draft-publish-submit = Опублікувати цю версію
plans-draft-edit-title = Редагувати захід { $code }
plans-draft-see-public = Прочитати опублікований захід
plans-draft-source = Текст ({ $language }):
plans-draft-shared = Для всіх мов
plans-draft-texts-in = Тексти ({ $language })
plans-draft-starts = Початок
plans-draft-ends = Завершення
plans-draft-no-entity = Поки що немає
plans-draft-objective = Ціль { $number }
plans-draft-objective-new = Нова ціль
plans-draft-indicator = Показник { $number }
plans-draft-indicator-new = Новий показник
plans-draft-indicator-new-target = Цільове значення нового показника
plans-draft-remove-item = Вилучити
plans-draft-delete = Видалити цей захід проєкту
plans-draft-delete-explained = Його ніколи не публікували, тож ніхто інший його не читав. Цю дію не можна скасувати.
plans-draft-delete-confirm = Так, видалити
plans-versions-title = Версії проєкту
plans-versions-intro = Кожна версія зафіксувала всі заходи в тому вигляді, який вони мали на той момент. Відкрийте версію, щоб її прочитати, або зміни заходу, щоб побачити, що було переформульовано, додано й вилучено.
plans-version-measures = { $count ->
    [one] Прочитати { $count } захід цієї версії
    [few] Прочитати { $count } заходи цієї версії
    [many] Прочитати { $count } заходів цієї версії
   *[other] Прочитати { $count } заходу цієї версії
}
plans-version-added = Нове в цій версії
plans-version-changed = Змінено в цій версії
plans-version-older = Це одна з попередніх версій: відтоді план змінився.
plans-version-read-current = Прочитати поточну версію
plans-version-changes-from = Що змінилося після версії { $number }
plans-version-number = Версія { $number }
plans-diff-title = Зміни в заході { $code }
plans-diff-only-one = Поки що цей захід має лише одну версію.
plans-diff-between = Від версії { $from } до версії { $to }. Вилучені слова закреслено; додані слова підкреслено.
plans-diff-none = Між цими версіями нічого не змінилося.
plans-diff-unchanged = Без змін:
plans-diff-removed = вилучено:
plans-diff-added = додано:
plans-diff-choose = Виберіть версії для порівняння
plans-diff-from = Від
plans-diff-to = До
plans-diff-compare = Порівняти
plans-diff-field-code = Код
plans-diff-field-area = Сфера
plans-diff-field-level = Рівень
plans-diff-field-title = Назва
plans-diff-field-summary = Короткий опис
plans-diff-field-description = Опис
plans-diff-field-objectives = Цілі
plans-diff-field-indicators = Показники та цільові значення
plans-diff-field-timeline = Графік
plans-diff-field-dates = Дати
plans-diff-field-responsible = Відповідальна організація
plans-diff-field-partners = Організації-партнери
plans-activity-plan-entity-added = Додавання організації до місцевого дослідження
plans-activity-plan-entity-changed = Зміна організації в місцевому дослідженні
plans-activity-plan-entity-removed = Видалення організації з місцевого дослідження
plans-activity-plan-entities-imported = Імпорт організацій з електронної таблиці
plans-diagnosis-title = Місцеве дослідження: організації
plans-diagnosis-intro = Служби, об’єднання та інші організації, які працюють тут із мігрантами. Заходи проєкту називають їх відповідальними організаціями або партнерами.
plans-diagnosis-public-link = Переглянути публічний довідник
plans-diagnosis-list = Організації плану
plans-diagnosis-empty = Організацій ще немає: додайте їх по одній або імпортуйте електронну таблицю.
plans-diagnosis-col-name = Назва
plans-diagnosis-col-kind = Тип
plans-diagnosis-col-municipality = Муніципалітет
plans-diagnosis-col-used = Згадано в
plans-diagnosis-col-line = Рядок
plans-diagnosis-col-areas = Сфери
plans-diagnosis-col-state = Проблеми
plans-diagnosis-used = { $count ->
    [one] { $count } захід проєкту
    [few] { $count } заходи проєкту
    [many] { $count } заходів проєкту
   *[other] { $count } заходу проєкту
}
plans-diagnosis-imported = { $count ->
    [one] Імпортовано { $count } організацію
    [few] Імпортовано { $count } організації
    [many] Імпортовано { $count } організацій
   *[other] Імпортовано { $count } організації
} (пропущено рядків із проблемами: { $skipped }).
plans-diagnosis-removed = Організацію видалено.
plans-diagnosis-add = Додати організацію
plans-diagnosis-name = Назва
plans-diagnosis-add-submit = Додати цю організацію
plans-diagnosis-import = Імпорт з електронної таблиці
plans-diagnosis-import-intro = Завантажте файл CSV (в Excel: «Зберегти як», потім «CSV UTF-8» або «CSV (розділювачі – коми)»). Ви побачите кожен рядок, перш ніж щось буде збережено.
plans-diagnosis-import-columns = Перший рядок містить назви стовпців: Nome (обов’язково), Tipo, Concelho, Áreas, Serviços, Descrição, Site, Email, Telefone, Morada. Кілька сфер або послуг розділяйте знаком |.
plans-diagnosis-import-file = Файл CSV (не більше 1 MB)
plans-diagnosis-import-submit = Завантажити й переглянути
plans-diagnosis-areas = Сфери діяльності
plans-diagnosis-website = Вебсайт
plans-diagnosis-email = Публічна адреса електронної пошти
plans-diagnosis-phone = Публічний номер телефону
plans-diagnosis-address = Адреса
plans-diagnosis-description = Опис
plans-diagnosis-services-hint = Одна послуга в кожному рядку.
plans-diagnosis-in-use = Цю організацію не можна видалити: її згадують заходи проєкту ({ $measures }).
plans-diagnosis-remove = Видалити цю організацію
plans-diagnosis-remove-explained = Її буде прибрано з місцевого дослідження та з публічного довідника. Цю дію не можна скасувати.
plans-diagnosis-preview-title = Перевірте імпорт
plans-diagnosis-preview-read = Файл { $file }, прочитано як { $encoding }, стовпці розділено знаком «{ $separator }».
plans-diagnosis-preview-summary = { $count ->
    [one] До імпорту готовий { $count } рядок
    [few] До імпорту готові { $count } рядки
    [many] До імпорту готово { $count } рядків
   *[other] До імпорту готово { $count } рядка
}; рядки з проблемами ({ $skipped }) буде пропущено. Нічого не зберігається, доки ви не підтвердите.
plans-diagnosis-preview-ignored = Стовпці, які не прочитано:
plans-diagnosis-preview-rows = Рядки файлу
plans-diagnosis-preview-ok = Готово
plans-diagnosis-preview-confirm = { $count ->
    [one] Імпортувати { $count } організацію
    [few] Імпортувати { $count } організації
    [many] Імпортувати { $count } організацій
   *[other] Імпортувати { $count } організації
}
plans-diagnosis-preview-discard = Відхилити цей файл
plans-entity-website = Вебсайт
plans-entity-email = Електронна пошта
plans-entity-phone = Телефон
plans-entity-address = Адреса
plans-status-diagnosis = Місцеве дослідження
plans-status-diagnosis-explained = Перш ніж писати заходи, муніципалітет з’ясовує за допомогою опитувань і зустрічей, хто тут живе і які служби існують.
plans-field-time-zone = Часовий пояс
plans-time-zone-mainland = Континентальна Португалія (лісабонський час)
plans-time-zone-madeira = Мадейра
plans-time-zone-azores = Азорські острови
plans-field-contact = Контакти
plans-edit-contact-email = Публічна адреса електронної пошти для зв’язку
plans-edit-contact-phone = Публічний номер телефону для зв’язку
plans-activity-plan-area-changed = Перейменування, приховування або повторний показ сфери
plans-activity-plan-area-added = Додавання сфери
plans-activity-plan-area-moved = Переміщення сфери
plans-areas-edit-title = Сфери плану
plans-areas-edit-intro = Новий план починається з 16 сфер моделі PMIM. Перейменуйте їх, додайте власні, розташуйте в потрібному порядку й приховайте ті, яких план не використовує.
plans-areas-edit-public = Переглянути сфери так, як їх бачать відвідувачі
plans-areas-edit-in-use = { $count ->
    [one] У цій сфері { $count } захід проєкту.
    [few] У цій сфері { $count } заходи проєкту.
    [many] У цій сфері { $count } заходів проєкту.
   *[other] У цій сфері { $count } заходу проєкту.
}
plans-areas-edit-hidden = Приховати цю сферу на публічних сторінках
plans-areas-edit-up = Перемістити вгору
plans-areas-edit-down = Перемістити вниз
plans-areas-edit-add = Додати сферу
plans-areas-edit-add-submit = Додати цю сферу
plans-home-pages-label = Сторінки списку планів
plans-holidays-heading = Муніципальні свята
plans-holidays-intro = Кожен муніципалітет може мати власне свято. Свято першого муніципалітету вважається неробочим днем, коли строки плану рахують у робочих днях.
plans-holidays-submit = Зберегти свята
plans-holiday-label = Муніципальне свято
plans-holiday-none = Немає
plans-holiday-ascension = Четвер Вознесіння (через 39 днів після Великодня)
plans-holiday-date = У певну дату
plans-holiday-date-label = День і місяць свята
plans-holiday-date-hint = Лише для свята в певну дату: день і місяць, наприклад 13-06 для 13 червня.
plans-next-consultations = Громадські обговорення: прокоментувати проєкт
plans-activity-plan-holidays-changed = Зміна муніципальних свят
plans-activity-consultation-opened = Відкриття громадського обговорення
plans-activity-moderation-hidden = Приховування матеріалу модератором
plans-activity-moderation-removed = Зняття матеріалу з публікації модератором
plans-activity-moderation-restored = Відновлення матеріалу модератором
plans-activity-consultation-comment-entered = Внесення коментаря, отриманого не через сайт
plans-activity-consultation-input-answered = Відповідь на відгук у громадському обговоренні
plans-activity-consultation-report-published = Публікація звіту про громадське обговорення
plans-next-focus-groups = Фокус-групи: записатися на зустріч
plans-next-forum = Форум: обговорити план
plans-activity-focus-group-created = Створення фокус-групи
plans-activity-focus-group-registration-entered = Запис людини до фокус-групи від її імені
plans-activity-focus-group-slot-proposed = Пропозиція часу в голосуванні за дату фокус-групи
plans-activity-focus-group-time-fixed = Призначення дати фокус-групи
plans-activity-focus-group-checked-in = Відмітка про прихід учасника на фокус-групу
plans-activity-focus-group-check-in-undone = Скасування відмітки про прихід на фокус-групу
plans-activity-focus-group-changed = Перенесення зустрічі фокус-групи на інший час або в інше місце
plans-activity-focus-group-called-off = Скасування зустрічі фокус-групи
plans-activity-focus-group-minutes-saved = Написання або зміна протоколу фокус-групи
plans-activity-focus-group-finding-added = Додавання висновку фокус-групи
plans-activity-focus-group-finding-changed = Переклад або виправлення висновку фокус-групи
plans-activity-focus-group-finding-removed = Видалення висновку фокус-групи
plans-activity-focus-group-findings-published = Публікація протоколу й висновків фокус-групи
plans-activity-focus-group-findings-withdrawn = Прибирання протоколу й висновків фокус-групи з відкритого доступу
plans-activity-moderation-locked = Блокування теми на форумі модератором
plans-activity-moderation-unlocked = Розблокування теми на форумі модератором
plans-activity-moderation-pinned = Закріплення теми на форумі модератором
plans-activity-moderation-unpinned = Відкріплення теми на форумі модератором
plans-activity-moderation-closed = Завершення теми на форумі з підсумком
plans-activity-forum-outcome-written = Запис або переклад підсумку теми на форумі
plans-activity-plan-population-added = Додавання групи до базових даних про населення
plans-activity-plan-population-changed = Зміна групи в базових даних про населення
plans-activity-plan-population-removed = Видалення групи з базових даних про населення
plans-activity-plan-indicator-figures-set = Встановлення початкового та цільового значення показника
plans-activity-plan-progress-reported = Звіт про хід виконання заходу
plans-activity-plan-progress-removed = Видалення звіту про хід виконання
plans-draft-state-withdrawing = Вилучено з наступної версії
plans-draft-state-withdrawn = Вилучено
plans-draft-withdraw = Вилучити цей захід
plans-draft-withdraw-explained = Наступна версія, яку ви опублікуєте, не міститиме цього заходу. Його сторінка залишиться відкритою — з останнім текстом, коментарями й обґрунтуваннями, щоб усі бачили, що з ним сталося. Доки ви не опублікували версію, захід можна повернути.
plans-draft-withdraw-reason = Чому захід вилучено (необов’язково; показується на сторінці заходу)
plans-draft-withdraw-confirm = Вилучити з наступної версії
plans-draft-withdrawn-notice = Захід не ввійде до наступної версії.
plans-draft-restored-notice = Захід знову входить до наступної версії.
plans-draft-restore-heading = Вилучений захід
plans-draft-restore-explained = Цей захід не ввійде до наступної версії або його вже вилучила одна з опублікованих версій. Поверніть його, і наступна версія, яку ви опублікуєте, знову його міститиме.
plans-draft-restore = Повернути до плану
plans-version-withdrawn = Вилучено в цій версії
plans-measure-status-withdrawn = Вилучено
plans-measure-withdrawn = Версія { $number } проєкту вилучила цей захід із плану. Його останній текст залишається тут разом із тим, що про нього сказали люди.
plans-measure-withdrawn-reason = Причина:
plans-measure-withdrawn-last = Прочитати в останній версії, де він був
plans-activity-plan-measure-withdrawn = Вилучення заходу з наступної версії
plans-activity-plan-measure-restored = Повернення вилученого заходу до плану
