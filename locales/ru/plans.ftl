## Планы: планы, сферы, организации и предлагаемые меры.

plans-home-title = Планы интеграции мигрантов
plans-home-intro = Муниципалитеты готовят свои планы интеграции мигрантов вместе с теми, кто в них живёт. Прочитайте предлагаемые меры и узнайте, кто в этом участвует.
plans-home-empty = Здесь пока не опубликовано ни одного плана.

plans-kind-municipal = Муниципальный план
plans-kind-intermunicipal = Межмуниципальный план

plans-status-draft = В подготовке
plans-status-draft-explained = Муниципалитет пишет проект плана. Предлагаемые меры ещё могут сильно измениться.
plans-status-in_consultation = Общественное обсуждение
plans-status-in_consultation-explained = Проект плана открыт для всех. Мнения жителей, иммигрантов и ассоциаций помогают улучшить меры.
plans-status-approved = Утверждён
plans-status-approved-explained = План утверждён органами муниципалитета и теперь будет выполняться.
plans-status-in_execution = Выполняется
plans-status-in_execution-explained = Меры плана выполняются, и за их выполнением следят.
plans-status-evaluated = Оценён
plans-status-evaluated-explained = Срок действия плана завершился, и его результаты оценены.

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
