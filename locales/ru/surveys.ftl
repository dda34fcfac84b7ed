## Опросы: ответы на опрос, результаты, одноразовые коды и инструменты для координаторов.

surveys-list-title = Опросы
surveys-list-intro = Отвечайте на своём языке. Ваши ответы помогают определить меры плана.
surveys-list-empty = Для этого плана пока нет опросов.

surveys-phase-draft = Ещё не опубликован
surveys-phase-not-yet-open = Ещё не открыт
surveys-phase-open = Открыт
surveys-phase-closed = Закрыт
surveys-open-until = Открыт до { $date }
surveys-opens-on = Откроется { $date }

surveys-facts = { $questions ->
    [one] { $questions } вопрос
    [few] { $questions } вопроса
    [many] { $questions } вопросов
   *[other] { $questions } вопроса
} в { $sections ->
    [one] { $sections } части
    [few] { $sections } частях
    [many] { $sections } частях
   *[other] { $sections } частях
}. Любой вопрос, не отмеченный как обязательный, можно пропустить.
surveys-languages-heading = На этих языках можно отвечать
surveys-privacy-heading = Что мы храним
surveys-privacy-open = Входить на сайт или называть своё имя не нужно. Этот браузер запоминает, что вы уже ответили, чтобы каждый человек отвечал только один раз.
surveys-privacy-codes = Вам нужен код с листка, который вам выдали. Код можно использовать только один раз. Ваши ответы не связаны с кодом: мы лишь отмечаем, что он использован.
surveys-privacy-account = Нужно войти на сайт, чтобы каждый человек отвечал только один раз. Ваши ответы не связаны с вашей учётной записью: мы лишь отмечаем, что с этой учётной записи уже ответили.
surveys-privacy-held = Чтобы никто не мог связать ваши ответы с вами — даже тот, кто может читать нашу базу данных, — они хранятся отдельно, пока не поступят ответы ещё хотя бы 4 человек, а затем сохраняются все вместе, в случайном порядке, с датой сохранения. До этого они не учитываются в результатах.
surveys-privacy-address = Чтобы никто не мог отправить много ответов, мы в течение часа считаем ответы с каждого интернет-адреса по коду, из которого нельзя восстановить адрес; этот код удаляется через сутки.
surveys-privacy-stored = Мы храним ваши ответы, язык, на котором вы отвечали, и день (но не время). Мы не храним ваше имя, адрес электронной почты, интернет-адрес и ничего другого, что позволило бы узнать, кто вы.

surveys-take-part-heading = Примите участие
surveys-start = Начать опрос
surveys-continue = Продолжить с того же места
surveys-sign-in-to-answer = Войти, чтобы ответить
surveys-already-answered = Вы уже ответили на этот опрос с этого устройства или из этой учётной записи. Спасибо!
surveys-cannot-answer-draft = Этот опрос ещё не опубликован. Вы видите его, потому что готовите его.
surveys-cannot-answer-not-yet-open = Этот опрос пока не принимает ответы.
surveys-cannot-answer-closed = Этот опрос закрыт. Спасибо всем, кто ответил.
surveys-see-results = Посмотреть результаты
surveys-rate-limited = За последний час с вашего интернет-подключения пришло много ответов. Пожалуйста, попробуйте позже или попросите у координатора бумажную анкету.

surveys-code-label = Ваш код
surveys-code-hint = Код напечатан на листке, который вам выдали, например ABCD-2345. Можно вводить заглавными или строчными буквами.
surveys-resume-heading = Продолжить сохранённые ответы
surveys-resume-label = Ваш код для продолжения
surveys-resume-hint = Код, который вам показали при сохранении ответов, например ABCD-EFGH-2345.
surveys-resume-submit = Продолжить

surveys-answer-title = Ответы
surveys-progress = Часть { $current } из { $total }
surveys-required = (обязательно)
surveys-yes = Да
surveys-no = Нет
surveys-prefer-not-to-say = Предпочитаю не отвечать
surveys-other = Другое
surveys-other-write = Другое: напишите, пожалуйста
surveys-choose = Выберите ответ
surveys-choose-any = Выберите все подходящие варианты.
surveys-choose-up-to = { $count ->
    [one] Выберите не более { $count } ответа.
   *[other] Выберите не более { $count } ответов.
}
surveys-ranking-hint = Дайте каждому варианту свой номер: 1 — самое важное.
surveys-number-between = Число от { $min } до { $max }.
surveys-text-limit = { $count ->
    [one] Не более { $count } символа.
   *[other] Не более { $count } символов.
}
surveys-date-hint = День, месяц и год.
surveys-only-if = Отвечайте, только если выше вы ответили «{ $answer }».
surveys-only-if-not = Отвечайте, только если выше вы не ответили «{ $answer }».
surveys-only-if-answered = Отвечайте, только если вы ответили на вопрос выше.
surveys-more-questions = Из-за ваших ответов на этой странице появились новые вопросы. Пожалуйста, посмотрите их, прежде чем идти дальше.
surveys-problems-title = Пожалуйста, проверьте эти ответы
surveys-problem-required = Пожалуйста, ответьте на этот вопрос.
surveys-problem-unknown-option = Такого ответа нет среди вариантов. Пожалуйста, выберите ещё раз.
surveys-problem-too-many-values = Пожалуйста, дайте здесь только один ответ.
surveys-problem-too-many-choices = Вы выбрали слишком много ответов. Пожалуйста, выберите меньше.
surveys-problem-out-of-range = Значение выходит за допустимые пределы.
surveys-problem-too-long = Этот текст слишком длинный. Пожалуйста, сократите его.
surveys-problem-not-a-number = Пожалуйста, напишите число, например 12.
surveys-problem-not-a-date = Пожалуйста, укажите полную дату: день, месяц и год.
surveys-problem-incomplete = Этот ответ не закончен. Пожалуйста, допишите его.
surveys-next = Далее
surveys-send = Отправить ответы
surveys-back = Назад
surveys-save = Сохранить и продолжить позже
surveys-answer-in = Сменить язык. Ваши ответы сохранятся:

surveys-saved-title = Ваши ответы сохранены
surveys-saved-intro = Чтобы продолжить позже, на этом или другом устройстве, откройте опрос и введите этот код:
surveys-saved-keep = Запишите его или сфотографируйте. Ваши ответы хранятся 30 дней.
surveys-saved-no-code = Ваши ответы сохранены на этом устройстве. Чтобы продолжить, снова откройте опрос.
surveys-back-to-survey = Вернуться к опросу
surveys-back-to-plan = Вернуться к плану

surveys-thanks-title = Спасибо за ваши ответы
surveys-thanks-intro = Ваши ответы получены. Муниципалитет опубликует, что он узнал и как использует это в плане.

surveys-results-title = Результаты
surveys-results-total = { $count ->
    [one] { $count } ответ
    [few] { $count } ответа
    [many] { $count } ответов
   *[other] { $count } ответа
}
surveys-results-too-few = Меньше 5 ответов: результаты не показаны, чтобы защитить тех, кто ответил.
surveys-results-suppressed-note = Чтобы защитить тех, кто ответил, группы меньше 5 человек не показаны.
surveys-results-no-breakdown = Разбивку по языку или по способу получения ответов видят только координаторы плана: в сравнении с итогами она могла бы выдать небольшие группы людей.
surveys-results-held = { $count ->
    [one] { $count } ответ отложен, пока их не наберётся хотя бы 5 (или опрос не закроется), чтобы никто не смог связать его с человеком, который его дал. Он пока не учтён.
    [few] { $count } ответа отложены, пока их не наберётся хотя бы 5 (или опрос не закроется), чтобы никто не смог связать их с людьми, которые их дали. Они пока не учтены.
    [many] { $count } ответов отложено, пока их не наберётся хотя бы 5 (или опрос не закроется), чтобы никто не смог связать их с людьми, которые их дали. Они пока не учтены.
   *[other] { $count } ответа отложено, пока их не наберётся хотя бы 5 (или опрос не закроется), чтобы никто не смог связать их с людьми, которые их дали. Они пока не учтены.
}
surveys-results-exact-note = Вы видите точные числа, потому что работаете над этим планом. В опубликованных результатах группы меньше 5 человек скрыты.
surveys-results-answered = { $count ->
    [one] Ответил { $count } человек
    [few] Ответили { $count } человека
    [many] Ответили { $count } человек
   *[other] Ответили { $count } человека
}
surveys-results-mean-median = Среднее: { $mean } · медиана: { $median }
surveys-results-several = Можно было выбрать несколько ответов, поэтому в сумме проценты дают больше 100%.
surveys-results-answer = Ответ
surveys-results-count = Число людей
surveys-results-percent = Доля
surveys-results-chart = Диаграмма
surveys-fewer-than-5 = меньше 5
surveys-results-more-texts = Здесь показаны только последние ответы. Скачайте данные, чтобы прочитать все.
surveys-text-hidden = Скрыто модератором: не показывается в опубликованных результатах.
surveys-text-hide = Скрыть этот ответ
surveys-text-show = Снова показать ответ
surveys-filter-label = Отбор результатов
surveys-filter-language = Язык ответов
surveys-filter-channel = Как получены ответы
surveys-filter-all = Все
surveys-filter-apply = Показать

surveys-channel-online = Онлайн, самостоятельно
surveys-channel-paper = Бумажная анкета
surveys-channel-interview = Интервью с координатором
surveys-channel-interpreter = Интервью с переводчиком

surveys-manage-heading = Для координаторов
surveys-response-count = { $count ->
    [one] Пока получен { $count } ответ.
    [few] Пока получено { $count } ответа.
    [many] Пока получено { $count } ответов.
   *[other] Пока получено { $count } ответа.
}
surveys-preview = Предварительный просмотр опроса
surveys-preview-note = Предварительный просмотр: ничего из того, что вы здесь выберете, не отправляется и не сохраняется.
surveys-preview-nav = Страницы предварительного просмотра
surveys-preview-end = Выйти из просмотра
surveys-export-csv = Скачать ответы (CSV, для таблиц)
surveys-export-json = Скачать ответы (JSON)
surveys-assisted-heading = Ввести ответы за другого человека
surveys-assisted-intro = Для бумажных анкет и интервью. Выберите, как были собраны ответы; затем заполните опрос ответами этого человека.
surveys-assisted-note = Вы вводите ответы от имени другого человека:
surveys-assisted-start = Начать ввод
surveys-channel-label = Как были собраны ответы
surveys-interview-lang-label = Язык интервью
surveys-interview-lang-same = Язык опроса
surveys-entered = Ответы сохранены. Можно ввести ответы следующего человека.

surveys-codes-title = Одноразовые коды
surveys-codes-intro = Каждый код позволяет одному человеку ответить один раз. Распечатайте коды и раздайте их на встречах.
surveys-codes-counts = { $unused ->
    [one] { $unused } код ещё не использован
    [few] { $unused } кода ещё не использованы
    [many] { $unused } кодов ещё не использовано
   *[other] { $unused } кода ещё не использовано
}, { $used ->
    [one] { $used } использован.
    [few] { $used } использованы.
   *[other] { $used } использовано.
}
surveys-codes-count-label = Сколько новых кодов
surveys-codes-count-hint = От 1 до 500.
surveys-codes-create = Создать коды
surveys-codes-print = Распечатайте эту страницу, чтобы получить по листку на каждый неиспользованный код.
surveys-slip-go-to = Зайдите на
surveys-slip-code = и введите код
surveys-slip-qr = QR-код: отсканируйте его камерой телефона, чтобы открыть опрос с уже введённым кодом

## Конструктор опросов (для координаторов).
surveys-builder-title = Редактирование опроса
surveys-builder-new-title = Новый опрос
surveys-builder-new-intro = Дайте опросу название и короткий веб-адрес. Вопросы вы добавите на следующем шаге; никто не увидит опрос, пока вы его не опубликуете.
surveys-builder-title-label = Название
surveys-builder-slug-label = Короткое имя для веб-адреса
surveys-builder-slug-hint = Строчные латинские буквы, цифры и дефисы, например survey-2027.
surveys-builder-own-language = Основной язык опроса
surveys-builder-access-label = Кто может отвечать
surveys-access-open = Все, без входа (один ответ с одного устройства)
surveys-access-codes = Люди с одноразовым кодом, выданным на бумаге
surveys-access-account = Люди, вошедшие на сайт (один ответ с одной учётной записи)
surveys-builder-create = Создать опрос
surveys-builder-saved = Сохранено.
surveys-builder-languages-heading = Языки
surveys-builder-languages-hint = Выберите язык, чтобы написать или проверить тексты на нём. Основной язык опроса стоит первым.
surveys-builder-language = Язык
surveys-builder-translations = Тексты
surveys-builder-complete = Все тексты написаны
surveys-builder-missing = { $count ->
    [one] Не хватает { $count } текста
    [few] Не хватает { $count } текстов
    [many] Не хватает { $count } текстов
   *[other] Не хватает { $count } текста
}
surveys-builder-not-a-survey-language = Этот опрос не предлагается на этом языке. Выберите один из его языков выше.
surveys-builder-offered-languages = Языки, на которых предлагается опрос
surveys-builder-offered-languages-hint = Люди могут отвечать на языках, отмеченных здесь. Добавьте язык, когда его тексты будут написаны; основной язык опроса предлагается всегда.
surveys-builder-publish-missing = Некоторые тексты ещё не переведены: { $languages }. Те, кто отвечает на этих языках, видят эти тексты на основном языке опроса ({ $language }).
surveys-builder-status-heading = Статус
surveys-builder-published = Опубликован.
surveys-builder-draft = Черновик: его видят только координаторы.
surveys-builder-publish = Опубликовать
surveys-builder-unpublish = Вернуть в черновик
surveys-builder-locked = На опрос уже есть ответы: можно менять его тексты, но не вопросы, варианты ответов или круг тех, кто может отвечать.
surveys-builder-settings-heading = Настройки
surveys-builder-intro-label = Вступление
surveys-builder-opens-label = Дата открытия (необязательно)
surveys-builder-closes-label = Дата закрытия (необязательно)
surveys-builder-results-public = Опубликовать результаты (группы меньше 5 человек останутся скрытыми)
surveys-builder-save = Сохранить
surveys-builder-questions-heading = Вопросы
surveys-builder-translating-hint = Вы пишете тексты на другом языке. Вопросы и варианты ответов добавляются и удаляются на основном языке опроса.
surveys-builder-section-title = Название этой части
surveys-builder-kind-label = Тип вопроса
surveys-builder-question-text = Вопрос
surveys-builder-add-question = Добавить вопрос
surveys-builder-add-section = Добавить часть
surveys-builder-plain = Тот же вопрос простыми словами (необязательно)
surveys-builder-help = Текст подсказки (необязательно)
surveys-builder-options = Варианты ответов
surveys-builder-rows = Строки (по одному пункту для оценки в строке)
surveys-builder-scale-points = Ответы для каждой строки
surveys-builder-lines-hint = По одному в строке. Если удалить строку, этот вариант будет удалён.
surveys-builder-lines-translate-hint = По одному в строке, в том же порядке, что и на основном языке опроса.
surveys-builder-max-choices = Сколько вариантов можно выбрать (пусто: без ограничений)
surveys-builder-other = Предложить вариант «Другое» с полем для своего ответа
surveys-builder-min = Наименьшее число
surveys-builder-max = Наибольшее число
surveys-builder-min-label = Подпись к наименьшему числу
surveys-builder-max-label = Подпись к наибольшему числу
surveys-builder-min-date = Самая ранняя дата (год-месяц-день)
surveys-builder-max-date = Самая поздняя дата (год-месяц-день)
surveys-builder-max-len = Наибольшее число символов
surveys-builder-required = Ответ обязателен
surveys-builder-pnts = Предложить вариант «Предпочитаю не отвечать»
surveys-builder-condition = Когда показывать этот вопрос
surveys-builder-condition-question = Зависит от ответа на вопрос
surveys-builder-always = Показывать всегда
surveys-builder-condition-op = Показывать, если ответ
surveys-builder-op-equals = равен
surveys-builder-op-not_equals = не равен
surveys-builder-op-any_of = один из
surveys-builder-op-answered = дан (любой)
surveys-builder-condition-answers = Ответы, после которых его показывать
surveys-builder-condition-pick-question = Чтобы показывать этот вопрос только после определённых ответов, выберите предыдущий вопрос и сохраните: тогда его ответы появятся здесь.
surveys-builder-condition-no-answers = У этого вопроса нет ответов для выбора. Выберите другой вопрос и сохраните или показывайте его всякий раз, когда ответ дан.
surveys-builder-move-up = Переместить вверх
surveys-builder-move-down = Переместить вниз
surveys-builder-delete = Удалить вопрос
surveys-builder-delete-warning = Вопрос и его тексты на всех языках будут удалены навсегда.
surveys-builder-delete-confirm = Да, удалить этот вопрос
surveys-kind-single_choice = Один вариант
surveys-kind-multiple_choice = Несколько вариантов
surveys-kind-dropdown = Один вариант из списка
surveys-kind-scale = Шкала
surveys-kind-yes_no = Да или нет
surveys-kind-short_text = Короткий текст
surveys-kind-long_text = Длинный текст
surveys-kind-number = Число
surveys-kind-date = Дата
surveys-kind-ranking = Расстановка по порядку
surveys-kind-matrix = Таблица (строки и ответы)
surveys-correcting-note = Вы исправляете ответ { $response }. После отправки последней части прежние ответы в нём будут заменены.
surveys-responses-title = Ответы
surveys-responses-count = { $count ->
    [one] Сохранён { $count } ответ.
    [few] Сохранено { $count } ответа.
    [many] Сохранено { $count } ответов.
   *[other] Сохранено { $count } ответа.
}
surveys-responses-held = { $count ->
    [one] Ещё { $count } ответ отложен, пока не наберётся достаточно ответов, чтобы сохранить его вместе с другими; он появится в списке после сохранения.
    [few] Ещё { $count } ответа отложены, пока не наберётся достаточно ответов, чтобы сохранить их вместе с другими; они появятся в списке после сохранения.
    [many] Ещё { $count } ответов отложено, пока не наберётся достаточно ответов, чтобы сохранить их вместе с другими; они появятся в списке после сохранения.
   *[other] Ещё { $count } ответа отложено, пока не наберётся достаточно ответов, чтобы сохранить их вместе с другими; они появятся в списке после сохранения.
}
surveys-responses-none = Нет ответов для показа.
surveys-responses-filter-label = Отбор ответов
surveys-responses-col-response = Ответ
surveys-responses-col-day = День
surveys-responses-col-language = Язык анкеты
surveys-responses-col-answered = Отвечено вопросов
surveys-responses-pages-label = Страницы ответов
surveys-responses-withdrawn = Ответ исключён. Он больше не учитывается ни в результатах, ни в выгрузках.
surveys-responses-history = Исправления и исключения
surveys-responses-history-none = Ни один ответ не исправлялся и не исключался.
surveys-responses-history-corrected = Исправлен { $date }. Кто исправил: { $who }
surveys-responses-history-withdrawn = Исключён { $date }. Кто исключил: { $who }
surveys-responses-someone = Удалённая учётная запись
surveys-response-title = Ответ { $response }
surveys-response-answers = Ответы на вопросы
surveys-response-no-answer = Нет ответа
surveys-response-corrected = Ответ исправлен. В результатах теперь учитываются новые ответы.
surveys-response-unchanged = Ни один ответ не изменён, поэтому ничего не записано.
surveys-response-review = Исправить или исключить
surveys-response-correct = Исправить ответы
surveys-response-correct-intro = Форма откроется с уже введёнными ответами. Исправьте то, что было введено с ошибкой, и отправьте последнюю часть: новые ответы заменят прежние. Изменение записывается с вашим именем и причиной.
surveys-response-correct-start = Открыть ответы для исправления
surveys-response-not-correctable = Этот ответ человек дал онлайн сам: его нельзя исправить, только исключить.
surveys-response-reason-label = Причина
surveys-response-reason-hint = Например: «введено 7 вместо 1 из бумажной анкеты». Не больше 500 символов.
surveys-response-withdraw = Исключить этот ответ
surveys-response-withdraw-warning = Его ответы навсегда перестанут учитываться в результатах и выгрузках. Исключение записывается с вашим именем и причиной.
surveys-response-withdraw-confirm = Да, исключить
surveys-response-history = Изменения этого ответа
surveys-response-back = Все ответы
surveys-builder-codes = Коды ответов
surveys-builder-codes-label = Коды, по одному в строке
surveys-builder-codes-hint = В том же порядке, что и ответы выше. Они используются в выгрузках и условиях: строчные латинские буквы a–z, цифры, дефисы и знаки подчёркивания. После того как кто-нибудь ответил, их нельзя изменить.
surveys-slips-languages = Языки листков
surveys-slips-languages-apply = Показать листки на этих языках
surveys-builder-transfer-heading = Копирование и выгрузка
surveys-builder-download-file = Скачать файл опроса (JSON)
surveys-builder-download-hint = В файле — вопросы и тексты опроса на всех языках: по нему можно создать опрос в другом плане или на другом сайте Ponte. Ответов в файле нет.
surveys-builder-copy = Скопировать этот опрос
surveys-builder-copy-intro = Копия — это новый черновик с теми же вопросами, текстами и языками, но без ответов, кодов и дат.
surveys-builder-copy-submit = Сделать копию
surveys-builder-import-heading = Создать опрос из файла
surveys-builder-import-intro = Файл опроса (JSON), скачанный со страницы редактирования опроса здесь или на другом сайте Ponte: его вопросы и тексты станут новым опросом-черновиком.
surveys-builder-import-file = Файл опроса
surveys-builder-import-title-hint = Оставьте поле пустым, чтобы сохранить название из файла.
surveys-builder-import-submit = Импортировать опрос
