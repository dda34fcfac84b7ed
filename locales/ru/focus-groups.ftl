focus-groups-title = Фокус-группы
focus-groups-intro = Беседы в небольших группах, где местные жители и иммигранты обсуждают, что должен сделать план. Запишитесь на встречу или помогите выбрать её дату.
focus-groups-none = Фокус-групп пока нет.
focus-groups-when = { $date }, { $start }–{ $end }
focus-groups-when-poll = Дата ещё не назначена
focus-groups-places = Занято мест: { $taken } из { $capacity }
focus-groups-waitlisted-count = { $count ->
    [one] · { $count } человек в листе ожидания
    [few] · { $count } человека в листе ожидания
    [many] · { $count } человек в листе ожидания
   *[other] · { $count } человека в листе ожидания
}
focus-groups-state-poll = Выбор даты
focus-groups-state-open = Идёт запись
focus-groups-state-waitlist = Мест нет: открыт лист ожидания
focus-groups-state-full = Мест нет
focus-groups-state-past = Состоялась
focus-groups-state-cancelled = Отменена
focus-groups-register = Записаться на эту встречу
focus-groups-join-waitlist = Встать в лист ожидания
focus-groups-full-waitlist = Все места заняты. Вы можете встать в лист ожидания: если кто-то отменит запись, место получит первый человек в очереди, и мы сообщим ему об этом по электронной почте.
focus-groups-closed-poll = Дата этой встречи ещё не назначена, поэтому запись пока не открыта.
focus-groups-closed-full = Все места заняты, а листа ожидания у этой встречи нет.
focus-groups-closed-past = Эта встреча уже состоялась.
focus-groups-closed-cancelled = Эта встреча отменена.
focus-groups-closed-open = Запись открыта.
focus-groups-closed-waitlist = Все места заняты; открыт лист ожидания.
focus-groups-about-heading = О чём пойдёт речь
focus-groups-consent-heading = Как будут использованы ваши слова
focus-groups-new-heading = Создать фокус-группу
focus-groups-field-topic = Тема
focus-groups-field-audience = Для кого
focus-groups-audience-hint = Например: женщины из общин выходцев из Южной Азии; родители детей школьного возраста.
focus-groups-field-areas = Сферы деятельности, которых она касается
focus-groups-field-measures = Предлагаемые меры, которых она касается
focus-groups-field-languages = Языки встречи
focus-groups-field-interpretation = Устный перевод
focus-groups-interpretation-hint = Коды языков через запятую, например: ne, ur, bn.
focus-groups-field-venue = Место проведения
focus-groups-field-online = Ссылка на онлайн-встречу
focus-groups-field-access = Доступность места проведения
focus-groups-access-step-free = Вход без ступенек
focus-groups-access-hearing-loop = Индукционная петля для слуховых аппаратов
focus-groups-access-accessible-toilet = Доступный туалет
focus-groups-access-sign-language = Перевод на жестовый язык
focus-groups-access-quiet-room = Тихая комната
focus-groups-field-support = Какая помощь предоставляется
focus-groups-support-childcare = Детский уголок
focus-groups-support-transport = Помощь с транспортом
focus-groups-support-meal = Еда или перекус
focus-groups-field-capacity = Количество мест
focus-groups-field-waitlist = Вести лист ожидания, когда места закончатся
focus-groups-field-consent = Текст согласия, который зачитывается участникам
focus-groups-field-hosts = Ведущие
focus-groups-start-hint = Оставьте день и время пустыми, если они ещё не назначены. Время указывается в часовом поясе плана.
focus-groups-field-day = День
focus-groups-field-time = Время начала
focus-groups-field-minutes = Продолжительность в минутах
focus-groups-submit = Создать фокус-группу
focus-groups-register-title = Запись
focus-groups-register-privacy = Ваши данные и потребности видят только координаторы плана — чтобы подготовить встречу. Сведения о ваших потребностях и ваши контактные данные удаляются через 30 дней после встречи или сразу после отмены записи.
focus-groups-field-name = Ваше имя
focus-groups-field-email = Электронная почта (необязательно)
focus-groups-email-hint = Чтобы получить подтверждение, напоминания и ссылку для отмены. Если вы не указываете почту, сохраните страницу, которая откроется дальше.
focus-groups-field-phone = Телефон (необязательно)
focus-groups-field-lang = Ваш язык
focus-groups-field-interpret-into = Нужен ли вам переводчик?
focus-groups-interpret-none = Нет, спасибо
focus-groups-field-access-needs = Потребности, связанные с доступностью (необязательно)
focus-groups-field-children = Сколько детей придёт с вами в детский уголок
focus-groups-field-children-ages = Их возраст
focus-groups-field-diet = Продукты, которые вам нельзя есть (необязательно)
focus-groups-field-note = Что ещё нам следует знать (необязательно)
focus-groups-register-submit = Записаться
focus-groups-behalf-heading = Записать другого человека от его имени
focus-groups-behalf-submit = Записать этого человека
focus-groups-registration-title = Ваша запись
focus-groups-registration-confirmed = Ваше место подтверждено.
focus-groups-registration-waitlisted = Вы в листе ожидания, ваш номер в очереди — { $place }. Если место освободится, оно достанется вам, и мы вам сообщим.
focus-groups-registration-cancelled = Эта запись отменена.
focus-groups-registration-keep-link = Сохраните адрес этой страницы: по нему вы сможете отменить запись без учётной записи.
focus-groups-cancel-heading = Не можете прийти?
focus-groups-cancel-hint = Если вы отмените запись, ваше место перейдёт к следующему человеку из листа ожидания.
focus-groups-cancel-submit = Отменить мою запись
focus-groups-roster-heading = Записавшиеся
focus-groups-roster-none = Пока никто не записался.
focus-groups-needs-private = Этот список видят только координаторы плана. Сведения о потребностях и контактные данные удаляются через 30 дней после встречи, а если человек отменяет запись — сразу.
focus-groups-col-name = Имя
focus-groups-col-seat = Место
focus-groups-col-language = Язык
focus-groups-col-contact = Контакты
focus-groups-col-needs = Потребности
focus-groups-seat-confirmed = Подтверждено
focus-groups-seat-waitlisted = Лист ожидания
focus-groups-seat-cancelled = Отменено
focus-groups-entered = (запись внесена координатором)
focus-groups-needs-heading = Что нужно подготовить (подтверждённые места)
focus-groups-needs-interpreters-heading = Переводчики
focus-groups-needs-childcare-heading = Присмотр за детьми
focus-groups-needs-access-heading = Доступность
focus-groups-needs-diet-heading = Питание
focus-groups-needs-interpreter = переводчик: { $language }
focus-groups-needs-interpreters = { $language }: { $count ->
    [one] { $count } человек
    [few] { $count } человека
    [many] { $count } человек
   *[other] { $count } человека
}
focus-groups-needs-children = { $count ->
    [one] { $count } ребёнок
    [few] { $count } ребёнка
    [many] { $count } детей
   *[other] { $count } ребёнка
} ({ $ages })
focus-groups-needs-band = Возраст { $band }: { $count }
focus-groups-needs-unaged = Возраст не указан: { $count }
focus-groups-email-confirmed-subject = Ваше место подтверждено: { $topic }
focus-groups-email-confirmed-intro = Здравствуйте, { $name }! Ваше место в фокус-группе «{ $topic }» подтверждено.
focus-groups-email-confirmed-next = Если вы не сможете прийти, пожалуйста, отмените запись по ссылке ниже, чтобы ваше место мог занять кто-то другой.
focus-groups-email-confirmed-action = Посмотреть или отменить запись
focus-groups-email-waitlisted-subject = Вы в листе ожидания: { $topic }
focus-groups-email-waitlisted-intro = Здравствуйте, { $name }! В фокус-группе «{ $topic }» мест нет, поэтому вы в её листе ожидания.
focus-groups-email-waitlisted-next = Если место освободится, оно достанется первому человеку в очереди, и мы вам напишем. Сохраните это письмо: по ссылке в нём можно отменить запись.
focus-groups-email-waitlisted-action = Посмотреть своё место в очереди
focus-groups-email-promoted-subject = Место ваше: { $topic }
focus-groups-email-promoted-intro = Здравствуйте, { $name }! В фокус-группе «{ $topic }» освободилось место, и теперь оно ваше.
focus-groups-email-promoted-next = Если вы не сможете прийти, отмените запись по ссылке из первого письма, чтобы мог прийти следующий человек.
focus-groups-email-promoted-action = Посмотреть встречу
focus-groups-email-footer = Вы получили это письмо, потому что записались в фокус-группу на Ponte.
focus-groups-poll-link = Помочь выбрать дату
focus-groups-poll-title = Выбор даты
focus-groups-poll-thanks = Спасибо! Ваши ответы учтены.
focus-groups-poll-no-slots = Варианты времени пока не предложены.
focus-groups-poll-col-time = Время
focus-groups-answer-yes = Да
focus-groups-answer-maybe = Если придётся
focus-groups-answer-no = Нет
focus-groups-poll-answered = { $count ->
    [one] Ответил { $count } человек.
    [few] Ответили { $count } человека.
    [many] Ответили { $count } человек.
   *[other] Ответили { $count } человека.
}
focus-groups-poll-closed = Дата назначена, поэтому голосование закрыто.
focus-groups-poll-see-session = Посмотреть встречу и записаться
focus-groups-poll-totals = Ответы на данный момент
focus-groups-poll-answer-heading = Какое время вам подходит?
focus-groups-poll-privacy = Ваше имя рядом с ответами видят только координаторы плана; все остальные видят только итоги.
focus-groups-poll-email-hint = Чтобы узнать, какое время выбрано. Больше ничего на этот адрес не отправляется.
focus-groups-poll-submit = Отправить ответы
focus-groups-poll-voters = Кто как ответил
focus-groups-poll-voters-private = Эту таблицу видят только координаторы плана.
focus-groups-poll-pick-heading = Назначить встречу
focus-groups-poll-pick = Назначить на { $date }
focus-groups-poll-add-heading = Предложить время
focus-groups-start-zone = Время указывается в часовом поясе плана.
focus-groups-poll-add-submit = Добавить это время
focus-groups-email-fixed-subject = Дата назначена: { $topic }
focus-groups-email-fixed-intro = Здравствуйте, { $name }! Спасибо, что приняли участие в голосовании. Фокус-группа «{ $topic }» пройдёт в это время:
focus-groups-email-fixed-next = Количество мест ограничено: если хотите прийти, запишитесь на странице встречи.
focus-groups-email-fixed-action = Записаться на встречу
focus-groups-email-poll-footer = Вы получили это письмо, потому что участвовали в голосовании за дату на Ponte и оставили свой адрес, чтобы узнать результат.
focus-groups-email-reminder-48h-subject = Через два дня: { $topic }
focus-groups-email-reminder-48h-intro = Здравствуйте, { $name }! Напоминаем, что фокус-группа «{ $topic }» пройдёт через два дня.
focus-groups-email-reminder-48h-next = Если вы всё-таки не сможете прийти, пожалуйста, отмените запись по ссылке из письма с подтверждением, чтобы ваше место мог занять кто-то из листа ожидания.
focus-groups-email-reminder-48h-action = Посмотреть встречу
focus-groups-email-reminder-2h-subject = Через два часа: { $topic }
focus-groups-email-reminder-2h-intro = Здравствуйте, { $name }! Фокус-группа «{ $topic }» начнётся через два часа. Будем рады вас видеть.
focus-groups-email-reminder-2h-next = Если вам нужна помощь, чтобы найти место проведения, свяжитесь с ведущими, указанными на странице встречи.
focus-groups-email-reminder-2h-action = Посмотреть встречу
focus-groups-email-cancelled-subject = Запись отменена: { $topic }
focus-groups-email-cancelled-intro = Здравствуйте, { $name }! Ваша запись в фокус-группу «{ $topic }» отменена, как вы и просили.
focus-groups-email-cancelled-next = Ваше место переходит к следующему человеку из листа ожидания, а ваши контактные данные и сведения о ваших потребностях удалены. Вы можете записаться снова, пока остаются свободные места.
focus-groups-email-cancelled-action = Посмотреть встречу
focus-groups-came = { $count ->
    [one] Участвовал { $count } человек.
    [few] Участвовали { $count } человека.
    [many] Участвовали { $count } человек.
   *[other] Участвовали { $count } человека.
}
focus-groups-attendance-title = Лист присутствия
focus-groups-attendance-count = Пришли: { $taken } из { $capacity }
focus-groups-attendance-caption = Подтверждённые участники
focus-groups-attendance-col-here = Присутствие
focus-groups-attendance-legend = Потребности: I:xx переводчик на язык xx; C2 двое детей в детском уголке; A потребности, связанные с доступностью; D продукты, которых нужно избегать.
focus-groups-attendance-here = На месте
focus-groups-attendance-arrived-short = Отметить
focus-groups-attendance-undo-short = Отменить
focus-groups-change-heading = Изменить встречу
focus-groups-change-hint = Все записавшиеся получат письмо, а те, у кого есть место, — обновлённое приглашение в календарь.
focus-groups-change-submit = Сохранить и сообщить всем
focus-groups-call-off-heading = Отменить встречу
focus-groups-call-off-hint = Все записавшиеся получат письмо, а приглашение будет удалено из их календарей. Это действие нельзя отменить.
focus-groups-call-off-submit = Отменить встречу
focus-groups-email-changed-subject = Встреча изменилась: { $topic }
focus-groups-email-changed-intro = Здравствуйте, { $name }! В фокус-группе «{ $topic }» произошли изменения. Теперь она пройдёт в это время и в этом месте:
focus-groups-email-changed-next = Если вы больше не можете прийти, пожалуйста, отмените запись по ссылке из первого письма, чтобы ваше место мог занять кто-то другой.
focus-groups-email-changed-action = Посмотреть встречу
focus-groups-email-called-off-subject = Отменено: { $topic }
focus-groups-email-called-off-intro = Здравствуйте, { $name }! К сожалению, фокус-группа «{ $topic }» отменена.
focus-groups-email-called-off-next = Ваши контактные данные и сведения о ваших потребностях будут удалены в течение 30 дней. Если будет организована новая встреча, мы сообщим об этом всем.
focus-groups-email-called-off-action = Посмотреть фокус-группу
## Протокол и выводы после встречи.
focus-groups-findings-title = Протокол и выводы
focus-groups-findings-draft = Ещё не опубликовано: эту страницу видят только координаторы плана.
focus-groups-minutes-heading = Протокол
focus-groups-minutes-none = Протокол ещё не написан.
focus-groups-findings-heading = Выводы
focus-groups-findings-none = Выводы ещё не записаны.
focus-groups-findings-print-heading = Прочитать или распечатать это резюме на другом языке
focus-groups-findings-print-hint = Распечатайте его из браузера, чтобы раздать участникам: формы на печатную страницу не попадают.
focus-groups-finding-tags = Сферы и меры
focus-groups-findings-manage-heading = Написать и опубликовать
focus-groups-findings-anonymised = Записи остаются анонимными: никаких имён, номеров телефонов или подробностей, по которым можно понять, кто что сказал. Ponte предупредит вас, если в тексте есть имя или номер телефона человека, записавшегося на встречу.
focus-groups-findings-publication-heading = Публикация
focus-groups-findings-state-published = Опубликовано: это резюме может прочитать любой, а выводы показаны на странице плана и на страницах соответствующих мер.
focus-groups-findings-state-draft = Ещё не опубликовано.
focus-groups-findings-state-not-held = Не опубликовано: протокол и выводы можно опубликовать, когда встреча состоится.
focus-groups-findings-publish = Опубликовать протокол и выводы
focus-groups-findings-withdraw = Убрать их из открытого доступа
focus-groups-minutes-form-heading = Написать протокол
focus-groups-minutes-hint = Пустая строка начинает новый абзац; работают **жирный шрифт**, *курсив* и списки, строки которых начинаются с "- ". Чтобы перевести, выберите другой язык и напишите протокол на нём; если сохранить пустой текст, этот язык будет удалён.
focus-groups-written-in = Языки текста: { $languages }
focus-groups-field-written-in = Язык текста
focus-groups-names-nobody = Не называет никого из участников (речь о другом)
focus-groups-minutes-submit = Сохранить протокол
focus-groups-finding-add-heading = Добавить вывод
focus-groups-finding-statement = Вывод
focus-groups-finding-statement-hint = Одно короткое утверждение о том, что сказала группа, не более 600 символов.
focus-groups-finding-areas = Сферы деятельности
focus-groups-finding-measures = Предлагаемые меры
focus-groups-finding-add-submit = Добавить вывод
focus-groups-finding-translate = Перевести или исправить
focus-groups-finding-translate-submit = Сохранить
focus-groups-finding-remove = Удалить этот вывод
focus-groups-finding-remove-warning = Вывод и его связи с мерами в качестве обоснования будут удалены.
focus-groups-finding-remove-submit = Удалить
focus-groups-findings-on-plan = К каким выводам пришли фокус-группы
focus-groups-findings-about-measure = К каким выводам пришли фокус-группы по этой мере
focus-groups-findings-all = Все фокус-группы
focus-groups-finding-from = Из фокус-группы
