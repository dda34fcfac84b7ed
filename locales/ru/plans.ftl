## Планы: планы, сферы, организации и предлагаемые меры.

plans-home-title = Планы интеграции мигрантов
plans-home-intro = Муниципалитеты готовят свои планы интеграции мигрантов вместе с теми, кто в них живёт. Прочитайте предлагаемые меры и узнайте, кто в этом участвует.
plans-home-empty = Здесь пока не опубликовано ни одного плана.

plans-kind-municipal = Муниципальный план
plans-kind-intermunicipal = Межмуниципальный план

plans-status-drafting = В подготовке
plans-status-drafting-explained = Муниципалитет пишет проект плана. Предлагаемые меры ещё могут сильно измениться.
plans-status-consultation = Общественное обсуждение
plans-status-consultation-explained = Проект плана открыт для всех. Мнения жителей, иммигрантов и ассоциаций помогают улучшить меры.
plans-status-approved = Утверждён
plans-status-approved-explained = План утверждён органами муниципалитета и теперь будет выполняться.
plans-status-monitoring = Выполняется
plans-status-monitoring-explained = Меры плана выполняются, и за их выполнением следят.

plans-field-status = Этап
plans-field-kind = Тип плана
plans-field-promoter = Инициатор
plans-field-period = Период
plans-municipalities-heading = Муниципалитеты
plans-municipality = Муниципалитет
plans-residents = Жители
plans-foreign-residents = Жители-иностранцы

plans-next-heading = Что можно сделать сейчас
plans-next-measures = Прочитать предлагаемые меры по сферам
plans-overview-measures = { $measures ->
    [one] { $measures } мера
    [few] { $measures } меры
    [many] { $measures } мер
   *[other] { $measures } меры
} в { $areas ->
    [one] { $areas } сфере
    [few] { $areas } сферах
    [many] { $areas } сферах
   *[other] { $areas } сферах
}, { $core ->
    [one] из них { $core } основная (уровень 1)
    [few] из них { $core } основные (уровень 1)
    [many] из них { $core } основных (уровень 1)
   *[other] из них { $core } основных (уровень 1)
}
plans-next-entities = Посмотреть местные службы и организации
plans-next-surveys = Пройти опросы и посмотреть их результаты
plans-entity-count = { $count ->
    [one] { $count } организация
    [few] { $count } организации
    [many] { $count } организаций
   *[other] { $count } организации
}

plans-levels-heading = Что означают уровень 1 и уровень 2?
plans-level-1-badge = Уровень 1 · основная
plans-level-2-badge = Уровень 2
plans-level-1-explained = Меры уровня 1 — основа плана. Муниципалитеты гарантируют, что они будут выполнены.
plans-level-2-explained = Меры уровня 2 тоже запланированы, но их выполнение зависит от того, найдутся ли деньги и партнёры.

plans-areas-title = Сферы и меры
plans-areas-intro = План разделён на сферы деятельности. Выберите сферу, чтобы увидеть предлагаемые в ней меры.
plans-area-no-measures = В этой сфере пока нет предлагаемых мер.
plans-area-counts = { $measures ->
    [one] { $measures } предлагаемая мера
    [few] { $measures } предлагаемые меры
    [many] { $measures } предлагаемых мер
   *[other] { $measures } предлагаемой меры
}, { $core ->
    [one] { $core } основная
    [few] { $core } основные
    [many] { $core } основных
   *[other] { $core } основных
}
plans-area-measures-heading = Предлагаемые меры

plans-measure-status-draft = Проект
plans-measure-status-revised = Доработанный проект
plans-measure-status-final = Окончательная редакция
plans-measure-summary = Кратко
plans-measure-description = Что будет сделано
plans-measure-objectives = Цели
plans-measure-indicators = Как будет измеряться прогресс
plans-measure-indicator = Показатель
plans-measure-target = Целевое значение
plans-measure-timeline = Сроки
plans-measure-responsible = Ответственный
plans-measure-partners = Партнёры
plans-measure-no-partners = Партнёры пока не указаны.
plans-measure-area = Сфера

plans-entities-title = Местные службы и организации
plans-entities-intro = Организации, выявленные при изучении местной ситуации: государственные службы, школы, медицинские учреждения, ассоциации и другие, а также помощь, которую они оказывают.
plans-entities-all = Все организации
plans-entities-in-area = Работают в сфере: { $area }
plans-entities-filter-label = Сфера работы
plans-entities-filter-all = Все сферы
plans-entities-filter-apply = Показать
plans-entity-services = Услуги
plans-entity-areas = Сферы работы

plans-entity-kind-municipality = Муниципалитет
plans-entity-kind-intermunicipal = Межмуниципальный орган
plans-entity-kind-claim = Местный центр поддержки мигрантов (CLAIM)
plans-entity-kind-association = Ассоциация
plans-entity-kind-school = Школа
plans-entity-kind-health_unit = Медицинское учреждение
plans-entity-kind-employer = Работодатель
plans-entity-kind-employment_service = Служба занятости
plans-entity-kind-ngo = Неправительственная организация
plans-entity-kind-parish = Совет района (Junta de freguesia)
plans-entity-kind-media = Средства массовой информации
plans-entity-kind-other = Другое
plans-timeline-heading = Как готовится план
plans-timeline-empty = Даты этапов пока не назначены.
plans-timeline-working-days = { $count ->
    [one] { $count } рабочий день
    [few] { $count } рабочих дня
    [many] { $count } рабочих дней
   *[other] { $count } рабочего дня
}
plans-timeline-done = Завершён
plans-timeline-now = Идёт сейчас
plans-timeline-later = Предстоит
plans-timeline-saved = График сохранён.
plans-timeline-add = Добавить этап
plans-timeline-kind = Этап
plans-timeline-starts = Первый день
plans-timeline-ends = Последний день
plans-timeline-or-days = Или его продолжительность в рабочих днях
plans-timeline-days-hint = Дни считаются так же, как административные сроки: выходные и государственные праздники не учитываются. Чтобы использовать эту продолжительность, оставьте последний день пустым.
plans-timeline-add-submit = Добавить этап
plans-timeline-remove = Удалить этот этап
plans-phase-diagnosis = Изучение местной ситуации
plans-phase-surveys = Опросы
plans-phase-focus-groups = Фокус-группы
plans-phase-information-sessions = Информационные встречи
plans-phase-consultation = Общественное обсуждение проекта плана
plans-phase-forum = Форум
plans-phase-approval = Утверждение
plans-phase-monitoring = Мониторинг
plans-activity-title = Журнал действий
plans-activity-link = Что и кем было изменено в этом плане (журнал действий)
plans-activity-intro = Все изменения этого плана, его опросов, ответов на них и обоснований его мер, сначала самые новые. Эту страницу видят только координаторы плана и администраторы.
plans-activity-times = Время указано по местному времени плана: { $zone }.
plans-activity-none = Пока ничего не изменялось.
plans-activity-someone = Удалённая учётная запись или командная строка сервера
plans-activity-col-when = Когда
plans-activity-col-who = Кто
plans-activity-col-what = Что
plans-activity-col-about = К чему относится
plans-activity-pages-label = Страницы журнала действий
plans-activity-account-deleted = Удаление учётной записи
plans-activity-evidence-linked = Привязка результата к мере в качестве обоснования
plans-activity-evidence-rationale-changed = Изменение объяснения, почему результат обосновывает меру
plans-activity-evidence-unlinked = Удаление связи результата с мерой
plans-activity-plan-phase-added = Добавление этапа в график
plans-activity-plan-phase-removed = Удаление этапа из графика
plans-activity-role-granted = Назначение роли
plans-activity-role-revoked = Снятие роли
plans-activity-survey-codes-created = Создание одноразовых кодов
plans-activity-survey-created = Создание опроса
plans-activity-survey-published = Публикация опроса
plans-activity-survey-unpublished = Возврат опроса в черновик
plans-activity-survey-question-added = Добавление вопроса
plans-activity-survey-question-changed = Изменение вопроса
plans-activity-survey-question-deleted = Удаление вопроса
plans-activity-survey-question-moved = Перемещение вопроса
plans-activity-survey-section-added = Добавление части
plans-activity-survey-section-renamed = Изменение названия части
plans-activity-survey-settings-changed = Изменение настроек опроса
plans-activity-survey-text-hidden = Скрытие письменного ответа в результатах
plans-activity-survey-text-shown = Повторный показ письменного ответа в результатах
plans-activity-survey-response-corrected = Исправление ответа
plans-activity-survey-response-withdrawn = Исключение ответа
plans-new-title = Создать план
plans-new-intro = Новый план сначала находится в подготовке, пишется на одном языке и содержит 16 сфер деятельности муниципального плана интеграции мигрантов. Назначьте его координаторов на странице «Люди и роли» — остальное пишут они.
plans-new-title-label = Название плана
plans-new-slug-hint = Последняя часть адреса плана: от 3 до 60 символов — строчные латинские буквы a–z, цифры и дефисы, например lisboa-2026.
plans-new-municipalities-hint = Один для муниципального плана, два или больше для межмуниципального. Чтобы выбрать несколько, удерживайте Ctrl (или Cmd).
plans-new-lang-label = Основной язык плана
plans-new-start = Первый день периода плана
plans-new-end = Последний день периода плана
plans-new-submit = Создать план
plans-created = План создан. Назначьте его координаторов на странице «Люди и роли».
plans-activity-plan-created = Создание плана
plans-home-search-label = Найти план
plans-home-query = Муниципалитет
plans-home-district = Округ или автономный регион
plans-home-all-districts = Все
plans-home-none-match = По этому запросу планов не найдено.
plans-home-open-surveys = { $count ->
    [one] Сейчас открыт { $count } опрос
    [few] Сейчас открыто { $count } опроса
    [many] Сейчас открыто { $count } опросов
   *[other] Сейчас открыто { $count } опроса
}
plans-edit-title = Редактировать план
plans-edit-saved = Сохранено.
plans-edit-languages = Язык текстов
plans-edit-not-offered = (пока не предлагается: название на этом языке сделает его одним из языков плана)
plans-edit-summary = Краткое описание
plans-edit-submit = Сохранить
plans-activity-plan-changed = Изменение текстов, этапа или периода плана
plans-activity-plan-measure-drafted = Добавление меры в проект
plans-activity-plan-measure-changed = Изменение меры проекта
plans-activity-plan-measure-draft-deleted = Удаление меры из проекта
plans-activity-plan-version-published = Публикация версии проекта
plans-measure-version = Версия { $number } проекта, опубликована { $date }.
plans-measure-changes-link = Что изменилось
plans-versions-link = Все версии проекта
plans-version-published = Версия { $number } от { $date }
plans-draft-title = Меры проекта
plans-draft-intro = Здесь вы пишете и дорабатываете меры плана. Никто другой не видит ваших изменений, пока вы не опубликуете новую версию проекта; прежние версии по-прежнему можно прочитать вместе с тем, что изменилось.
plans-draft-published = Версия { $number } опубликована: публичные страницы уже показывают её.
plans-draft-deleted = Мера проекта удалена.
plans-draft-none-published = Ни одна версия проекта ещё не опубликована.
plans-draft-missing = { $count ->
    [one] Осталось перевести { $count } текст
    [few] Осталось перевести { $count } текста
    [many] Осталось перевести { $count } текстов
   *[other] Осталось перевести { $count } текста
}
plans-draft-list = Меры проекта плана
plans-draft-empty = Мер пока нет: добавьте первую ниже.
plans-draft-col-code = Код
plans-draft-col-measure = Мера
plans-draft-col-area = Сфера
plans-draft-col-level = Уровень
plans-draft-col-state = Состояние
plans-draft-state-new = Ещё не опубликована
plans-draft-state-changed = Изменена после последней версии
plans-draft-state-published = Как опубликовано
plans-draft-new = Новая мера
plans-draft-new-title = Название на основном языке плана
plans-draft-code = Код
plans-draft-code-hint = Оставьте поле пустым, чтобы получить следующий код, например { $example }.
plans-draft-new-submit = Добавить меру
plans-draft-publish = Опубликовать версию { $number }
plans-draft-unpublished = { $count ->
    [one] После последней версии добавлена или изменена { $count } мера.
    [few] После последней версии добавлены или изменены { $count } меры.
    [many] После последней версии добавлено или изменено { $count } мер.
   *[other] После последней версии добавлено или изменено { $count } меры.
}
plans-draft-note = Что изменилось (примечание к изменениям)
plans-draft-note-hint = Его читают все в списке версий.
plans-draft-publish-submit = Опубликовать эту версию
plans-draft-edit-title = Редактировать меру { $code }
plans-draft-see-public = Прочитать опубликованную меру
plans-draft-source = Текст ({ $language }):
plans-draft-shared = Для всех языков
plans-draft-texts-in = Тексты ({ $language })
plans-draft-starts = Начало
plans-draft-ends = Окончание
plans-draft-no-entity = Пока не указана
plans-draft-objective = Цель { $number }
plans-draft-objective-new = Новая цель
plans-draft-indicator = Показатель { $number }
plans-draft-indicator-new = Новый показатель
plans-draft-indicator-new-target = Целевое значение нового показателя
plans-draft-remove-item = Убрать
plans-draft-delete = Удалить эту меру проекта
plans-draft-delete-explained = Она никогда не публиковалась, поэтому никто другой её не читал. Это действие нельзя отменить.
plans-draft-delete-confirm = Да, удалить
plans-versions-title = Версии проекта
plans-versions-intro = Каждая версия зафиксировала все меры в том виде, в каком они были на тот момент. Откройте версию, чтобы прочитать её, или изменения меры, чтобы увидеть, что было переформулировано, добавлено и удалено.
plans-version-measures = { $count ->
    [one] Прочитать { $count } меру этой версии
    [few] Прочитать { $count } меры этой версии
    [many] Прочитать { $count } мер этой версии
   *[other] Прочитать { $count } меры этой версии
}
plans-version-added = Новое в этой версии
plans-version-changed = Изменено в этой версии
plans-version-older = Это одна из прежних версий: с тех пор план изменился.
plans-version-read-current = Прочитать текущую версию
plans-version-changes-from = Что изменилось после версии { $number }
plans-version-number = Версия { $number }
plans-diff-title = Изменения меры { $code }
plans-diff-only-one = Пока у этой меры только одна версия.
plans-diff-between = От версии { $from } до версии { $to }. Удалённые слова зачёркнуты; добавленные слова подчёркнуты.
plans-diff-none = Между этими версиями ничего не изменилось.
plans-diff-unchanged = Без изменений:
plans-diff-removed = удалено:
plans-diff-added = добавлено:
plans-diff-choose = Выберите версии для сравнения
plans-diff-from = От
plans-diff-to = До
plans-diff-compare = Сравнить
plans-diff-field-code = Код
plans-diff-field-area = Сфера
plans-diff-field-level = Уровень
plans-diff-field-title = Название
plans-diff-field-summary = Краткое описание
plans-diff-field-description = Описание
plans-diff-field-objectives = Цели
plans-diff-field-indicators = Показатели и целевые значения
plans-diff-field-timeline = График
plans-diff-field-dates = Даты
plans-diff-field-responsible = Ответственная организация
plans-diff-field-partners = Организации-партнёры
plans-activity-plan-entity-added = Добавление организации в результаты изучения местной ситуации
plans-activity-plan-entity-changed = Изменение организации в результатах изучения местной ситуации
plans-activity-plan-entity-removed = Удаление организации из результатов изучения местной ситуации
plans-activity-plan-entities-imported = Импорт организаций из электронной таблицы
plans-diagnosis-title = Изучение местной ситуации: организации
plans-diagnosis-intro = Службы, объединения и другие организации, которые работают здесь с мигрантами. Меры проекта называют их ответственными организациями или партнёрами.
plans-diagnosis-public-link = Открыть общедоступный справочник
plans-diagnosis-list = Организации плана
plans-diagnosis-empty = Организаций пока нет: добавьте их по одной или импортируйте электронную таблицу.
plans-diagnosis-col-name = Название
plans-diagnosis-col-kind = Тип
plans-diagnosis-col-municipality = Муниципалитет
plans-diagnosis-col-used = Упоминается в
plans-diagnosis-col-line = Строка
plans-diagnosis-col-areas = Сферы
plans-diagnosis-col-state = Проблемы
plans-diagnosis-used = { $count ->
    [one] { $count } мера проекта
    [few] { $count } меры проекта
    [many] { $count } мер проекта
   *[other] { $count } меры проекта
}
plans-diagnosis-imported = { $count ->
    [one] Импортирована { $count } организация
    [few] Импортированы { $count } организации
    [many] Импортировано { $count } организаций
   *[other] Импортировано { $count } организации
} (пропущено строк с проблемами: { $skipped }).
plans-diagnosis-removed = Организация удалена.
plans-diagnosis-add = Добавить организацию
plans-diagnosis-name = Название
plans-diagnosis-add-submit = Добавить эту организацию
plans-diagnosis-import = Импорт из электронной таблицы
plans-diagnosis-import-intro = Загрузите файл CSV (в Excel: «Сохранить как», затем «CSV UTF-8 (разделитель - запятая)» или «CSV (разделители - запятые)»). Вы увидите каждую строку, прежде чем что-либо будет сохранено.
plans-diagnosis-import-columns = Первая строка содержит названия столбцов: Nome (обязательно), Tipo, Concelho, Áreas, Serviços, Descrição, Site, Email, Telefone, Morada. Несколько сфер или услуг разделяйте знаком |.
plans-diagnosis-import-file = Файл CSV (не больше 1 MB)
plans-diagnosis-import-submit = Загрузить и просмотреть
plans-diagnosis-areas = Сферы деятельности
plans-diagnosis-website = Веб-сайт
plans-diagnosis-email = Общедоступный адрес электронной почты
plans-diagnosis-phone = Общедоступный номер телефона
plans-diagnosis-address = Адрес
plans-diagnosis-description = Описание
plans-diagnosis-services-hint = Одна услуга на строку.
plans-diagnosis-in-use = Эту организацию нельзя удалить: её упоминают меры проекта ({ $measures }).
plans-diagnosis-remove = Удалить эту организацию
plans-diagnosis-remove-explained = Она будет убрана из результатов изучения местной ситуации и из общедоступного справочника. Это действие нельзя отменить.
plans-diagnosis-preview-title = Проверьте импорт
plans-diagnosis-preview-read = Файл { $file }, прочитан как { $encoding }, столбцы разделены знаком «{ $separator }».
plans-diagnosis-preview-summary = { $count ->
    [one] К импорту готова { $count } строка
    [few] К импорту готовы { $count } строки
    [many] К импорту готово { $count } строк
   *[other] К импорту готово { $count } строки
}; строки с проблемами ({ $skipped }) будут пропущены. Ничего не сохраняется, пока вы не подтвердите.
plans-diagnosis-preview-ignored = Непрочитанные столбцы:
plans-diagnosis-preview-rows = Строки файла
plans-diagnosis-preview-ok = Готово
plans-diagnosis-preview-confirm = { $count ->
    [one] Импортировать { $count } организацию
    [few] Импортировать { $count } организации
    [many] Импортировать { $count } организаций
   *[other] Импортировать { $count } организации
}
plans-diagnosis-preview-discard = Отказаться от этого файла
plans-entity-website = Веб-сайт
plans-entity-email = Электронная почта
plans-entity-phone = Телефон
plans-entity-address = Адрес
plans-status-diagnosis = Изучение местной ситуации
plans-status-diagnosis-explained = Прежде чем писать меры, муниципалитет выясняет с помощью опросов и встреч, кто здесь живёт и какие службы существуют.
plans-field-time-zone = Часовой пояс
plans-time-zone-mainland = Континентальная Португалия (лиссабонское время)
plans-time-zone-madeira = Мадейра
plans-time-zone-azores = Азорские острова
plans-field-contact = Контакты
plans-edit-contact-email = Общедоступный адрес электронной почты для связи
plans-edit-contact-phone = Общедоступный номер телефона для связи
plans-activity-plan-area-changed = Переименование, скрытие или повторный показ сферы
plans-activity-plan-area-added = Добавление сферы
plans-activity-plan-area-moved = Перемещение сферы
plans-areas-edit-title = Сферы плана
plans-areas-edit-intro = Новый план начинается с 16 сфер модели PMIM. Переименуйте их, добавьте свои, расставьте в нужном порядке и скройте те, которые в плане не используются.
plans-areas-edit-public = Посмотреть сферы так, как их видят посетители
plans-areas-edit-in-use = { $count ->
    [one] В этой сфере { $count } мера проекта.
    [few] В этой сфере { $count } меры проекта.
    [many] В этой сфере { $count } мер проекта.
   *[other] В этой сфере { $count } меры проекта.
}
plans-areas-edit-hidden = Скрыть эту сферу на публичных страницах
plans-areas-edit-up = Переместить вверх
plans-areas-edit-down = Переместить вниз
plans-areas-edit-add = Добавить сферу
plans-areas-edit-add-submit = Добавить эту сферу
plans-home-pages-label = Страницы списка планов
plans-holidays-heading = Муниципальные праздники
plans-holidays-intro = У каждого муниципалитета может быть свой праздник. Праздник первого муниципалитета считается нерабочим днём, когда сроки плана считаются в рабочих днях.
plans-holidays-submit = Сохранить праздники
plans-holiday-label = Муниципальный праздник
plans-holiday-none = Нет
plans-holiday-ascension = Четверг Вознесения (через 39 дней после Пасхи)
plans-holiday-date = В определённую дату
plans-holiday-date-label = День и месяц праздника
plans-holiday-date-hint = Только для праздника в определённую дату: день и месяц, например 13-06 для 13 июня.
plans-next-consultations = Общественные обсуждения: прокомментировать проект
plans-activity-plan-holidays-changed = Изменение муниципальных праздников
plans-activity-consultation-opened = Открытие общественного обсуждения
plans-activity-moderation-hidden = Скрытие материала модератором
plans-activity-moderation-removed = Снятие материала с публикации модератором
plans-activity-moderation-restored = Восстановление материала модератором
plans-activity-consultation-comment-entered = Внесение комментария, полученного не через сайт
plans-activity-consultation-input-answered = Ответ на отзыв в общественном обсуждении
plans-activity-consultation-report-published = Публикация отчёта об общественном обсуждении
plans-next-focus-groups = Фокус-группы: записаться на встречу
plans-next-forum = Форум: обсудить план
plans-activity-focus-group-created = Создание фокус-группы
plans-activity-focus-group-registration-entered = Запись человека в фокус-группу от его имени
plans-activity-focus-group-slot-proposed = Предложение времени в голосовании за дату фокус-группы
plans-activity-focus-group-time-fixed = Назначение даты фокус-группы
plans-activity-focus-group-checked-in = Отметка о приходе участника на фокус-группу
plans-activity-focus-group-check-in-undone = Отмена отметки о приходе на фокус-группу
plans-activity-focus-group-changed = Перенос встречи фокус-группы на другое время или в другое место
plans-activity-focus-group-called-off = Отмена встречи фокус-группы
plans-activity-focus-group-minutes-saved = Написание или изменение протокола фокус-группы
plans-activity-focus-group-finding-added = Добавление вывода фокус-группы
plans-activity-focus-group-finding-changed = Перевод или исправление вывода фокус-группы
plans-activity-focus-group-finding-removed = Удаление вывода фокус-группы
plans-activity-focus-group-findings-published = Публикация протокола и выводов фокус-группы
plans-activity-focus-group-findings-withdrawn = Снятие протокола и выводов фокус-группы из открытого доступа
plans-activity-moderation-locked = Блокировка темы на форуме модератором
plans-activity-moderation-unlocked = Разблокировка темы на форуме модератором
plans-activity-moderation-pinned = Закрепление темы на форуме модератором
plans-activity-moderation-unpinned = Открепление темы на форуме модератором
plans-activity-moderation-closed = Завершение темы на форуме с итогом
plans-activity-forum-outcome-written = Запись или перевод итога темы на форуме
plans-activity-plan-population-added = Добавление группы в базовые данные о населении
plans-activity-plan-population-changed = Изменение группы в базовых данных о населении
plans-activity-plan-population-removed = Удаление группы из базовых данных о населении
plans-activity-plan-indicator-figures-set = Установка исходного и целевого значения показателя
plans-activity-plan-progress-reported = Отчёт о ходе выполнения меры
plans-activity-plan-progress-removed = Удаление отчёта о ходе выполнения
plans-draft-state-withdrawing = Исключена из следующей версии
plans-draft-state-withdrawn = Исключена
plans-draft-withdraw = Исключить эту меру
plans-draft-withdraw-explained = Следующая версия, которую вы опубликуете, не будет включать эту меру. Её страница останется открытой — с последним текстом, комментариями и обоснованиями, чтобы все видели, что с ней стало. Пока вы не опубликовали версию, меру можно вернуть.
plans-draft-withdraw-reason = Почему мера исключена (необязательно; показывается на странице меры)
plans-draft-withdraw-confirm = Исключить из следующей версии
plans-draft-withdrawn-notice = Мера не войдёт в следующую версию.
plans-draft-restored-notice = Мера снова включена в следующую версию.
plans-draft-restore-heading = Исключённая мера
plans-draft-restore-explained = Эта мера не войдёт в следующую версию или уже исключена одной из опубликованных версий. Верните её, и следующая версия, которую вы опубликуете, снова её включит.
plans-draft-restore = Вернуть в план
plans-version-withdrawn = Исключено в этой версии
plans-measure-status-withdrawn = Исключена
plans-measure-withdrawn = Версия { $number } проекта исключила эту меру из плана. Её последний текст остаётся здесь вместе с тем, что о ней сказали люди.
plans-measure-withdrawn-reason = Причина:
plans-measure-withdrawn-last = Прочитать в последней версии, где она была
plans-activity-plan-measure-withdrawn = Исключение меры из следующей версии
plans-activity-plan-measure-restored = Возвращение исключённой меры в план
