focus-groups-title = Фокус-групи
focus-groups-intro = Розмови в невеликих групах, де місцеві жителі та іммігранти обговорюють, що має зробити план. Запишіться на зустріч або допоможіть вибрати її дату.
focus-groups-none = Фокус-груп поки немає.
focus-groups-when = { $date }, { $start }–{ $end }
focus-groups-when-poll = Дату ще не призначено
focus-groups-places = Зайнято місць: { $taken } з { $capacity }
focus-groups-waitlisted-count = { $count ->
    [one] · { $count } людина в списку очікування
    [few] · { $count } людини в списку очікування
    [many] · { $count } людей у списку очікування
   *[other] · { $count } людини в списку очікування
}
focus-groups-state-poll = Вибір дати
focus-groups-state-open = Триває запис
focus-groups-state-waitlist = Місць немає: відкрито список очікування
focus-groups-state-full = Місць немає
focus-groups-state-past = Відбулася
focus-groups-state-cancelled = Скасована
focus-groups-register = Записатися на цю зустріч
focus-groups-join-waitlist = Записатися до списку очікування
focus-groups-full-waitlist = Усі місця зайнято. Ви можете записатися до списку очікування: якщо хтось скасує запис, місце отримає перша людина в черзі, і ми повідомимо її про це електронною поштою.
focus-groups-closed-poll = Дату цієї зустрічі ще не призначено, тому запис ще не відкрито.
focus-groups-closed-full = Усі місця зайнято, а списку очікування ця зустріч не має.
focus-groups-closed-past = Ця зустріч уже відбулася.
focus-groups-closed-cancelled = Цю зустріч скасовано.
focus-groups-closed-open = Запис відкрито.
focus-groups-closed-waitlist = Усі місця зайнято; список очікування відкрито.
focus-groups-about-heading = Про що йтиметься
focus-groups-consent-heading = Як буде використано те, що ви скажете
focus-groups-new-heading = Створити фокус-групу
focus-groups-field-topic = Тема
focus-groups-field-audience = Для кого
focus-groups-audience-hint = Наприклад: жінки з громад вихідців із Південної Азії; батьки дітей шкільного віку.
focus-groups-field-areas = Сфери діяльності, яких вона стосується
focus-groups-field-measures = Запропоновані заходи, яких вона стосується
focus-groups-field-languages = Мови зустрічі
focus-groups-field-interpretation = Усний переклад
focus-groups-interpretation-hint = Коди мов через кому, наприклад: ne, ur, bn.
focus-groups-field-venue = Місце проведення
focus-groups-field-online = Посилання на онлайн-зустріч
focus-groups-field-access = Доступність місця проведення
focus-groups-access-step-free = Вхід без сходинок
focus-groups-access-hearing-loop = Індукційна петля для слухових апаратів
focus-groups-access-accessible-toilet = Доступний туалет
focus-groups-access-sign-language = Переклад жестовою мовою
focus-groups-access-quiet-room = Тиха кімната
focus-groups-field-support = Яка допомога надається
focus-groups-support-childcare = Дитячий куточок
focus-groups-support-transport = Допомога з транспортом
focus-groups-support-meal = Їжа або перекус
focus-groups-field-capacity = Кількість місць
focus-groups-field-waitlist = Вести список очікування, коли місця закінчаться
focus-groups-field-consent = Текст згоди, який зачитують учасникам
focus-groups-field-hosts = Ведучі
focus-groups-start-hint = Залиште день і час порожніми, якщо їх ще не призначено. Час указано в часовому поясі плану.
focus-groups-field-day = День
focus-groups-field-time = Час початку
focus-groups-field-minutes = Тривалість у хвилинах
focus-groups-submit = Створити фокус-групу
focus-groups-register-title = Запис
focus-groups-register-privacy = Ваші дані та потреби бачать лише координатори плану, щоб підготувати зустріч. Відомості про ваші потреби та ваші контактні дані видаляються через 30 днів після зустрічі або одразу після скасування запису.
focus-groups-field-name = Ваше ім’я
focus-groups-field-email = Електронна пошта (необов’язково)
focus-groups-email-hint = Щоб отримати підтвердження, нагадування та посилання для скасування. Якщо ви не вказуєте пошту, збережіть сторінку, яку побачите далі.
focus-groups-field-phone = Телефон (необов’язково)
focus-groups-field-lang = Ваша мова
focus-groups-field-interpret-into = Чи потрібен вам перекладач?
focus-groups-interpret-none = Ні, дякую
focus-groups-field-access-needs = Потреби щодо доступності (необов’язково)
focus-groups-field-children = Скільки дітей прийде з вами до дитячого куточка
focus-groups-field-children-ages = Їхній вік
focus-groups-field-diet = Продукти, які вам не можна їсти (необов’язково)
focus-groups-field-note = Що ще нам варто знати (необов’язково)
focus-groups-register-submit = Записатися
focus-groups-behalf-heading = Записати іншу людину від її імені
focus-groups-behalf-submit = Записати цю людину
focus-groups-registration-title = Ваш запис
focus-groups-registration-confirmed = Ваше місце підтверджено.
focus-groups-registration-waitlisted = Ви в списку очікування, ваш номер у черзі — { $place }. Якщо місце звільниться, воно буде вашим, і ми вам повідомимо.
focus-groups-registration-cancelled = Цей запис скасовано.
focus-groups-registration-keep-link = Збережіть адресу цієї сторінки: за нею ви зможете скасувати запис без облікового запису.
focus-groups-cancel-heading = Не можете прийти?
focus-groups-cancel-hint = Якщо ви скасуєте запис, ваше місце перейде до наступної людини зі списку очікування.
focus-groups-cancel-submit = Скасувати мій запис
focus-groups-roster-heading = Записані
focus-groups-roster-none = Поки ніхто не записався.
focus-groups-needs-private = Цей список бачать лише координатори плану. Відомості про потреби та контактні дані видаляються через 30 днів після зустрічі, а якщо людина скасовує запис — одразу.
focus-groups-col-name = Ім’я
focus-groups-col-seat = Місце
focus-groups-col-language = Мова
focus-groups-col-contact = Контакти
focus-groups-col-needs = Потреби
focus-groups-seat-confirmed = Підтверджено
focus-groups-seat-waitlisted = Список очікування
focus-groups-seat-cancelled = Скасовано
focus-groups-entered = (запис зробив координатор)
focus-groups-needs-heading = Що треба підготувати (підтверджені місця)
focus-groups-needs-interpreters-heading = Перекладачі
focus-groups-needs-childcare-heading = Догляд за дітьми
focus-groups-needs-access-heading = Доступність
focus-groups-needs-diet-heading = Харчування
focus-groups-needs-interpreter = перекладач: { $language }
focus-groups-needs-interpreters = { $language }: { $count ->
    [one] { $count } людина
    [few] { $count } людини
    [many] { $count } людей
   *[other] { $count } людини
}
focus-groups-needs-children = { $count ->
    [one] { $count } дитина
    [few] { $count } дитини
    [many] { $count } дітей
   *[other] { $count } дитини
} ({ $ages })
focus-groups-needs-band = Вік { $band }: { $count }
focus-groups-needs-unaged = Вік не вказано: { $count }
focus-groups-email-confirmed-subject = Ваше місце підтверджено: { $topic }
focus-groups-email-confirmed-intro = Вітаємо, { $name }! Ваше місце у фокус-групі «{ $topic }» підтверджено.
focus-groups-email-confirmed-next = Якщо не зможете прийти, будь ласка, скасуйте запис за посиланням нижче, щоб ваше місце могла зайняти інша людина.
focus-groups-email-confirmed-action = Переглянути або скасувати запис
focus-groups-email-waitlisted-subject = Ви в списку очікування: { $topic }
focus-groups-email-waitlisted-intro = Вітаємо, { $name }! У фокус-групі «{ $topic }» немає вільних місць, тому ви в її списку очікування.
focus-groups-email-waitlisted-next = Якщо місце звільниться, воно дістанеться першій людині в черзі, і ми вам напишемо. Збережіть цей лист: за посиланням у ньому можна скасувати запис.
focus-groups-email-waitlisted-action = Переглянути своє місце в черзі
focus-groups-email-promoted-subject = Місце ваше: { $topic }
focus-groups-email-promoted-intro = Вітаємо, { $name }! У фокус-групі «{ $topic }» звільнилося місце, і тепер воно ваше.
focus-groups-email-promoted-next = Якщо не зможете прийти, скасуйте запис за посиланням із першого листа, щоб могла прийти наступна людина.
focus-groups-email-promoted-action = Переглянути зустріч
focus-groups-email-footer = Ви отримали цей лист, бо записалися до фокус-групи на Ponte.
focus-groups-poll-link = Допомогти вибрати дату
focus-groups-poll-title = Вибір дати
focus-groups-poll-thanks = Дякуємо! Ваші відповіді враховано.
focus-groups-poll-no-slots = Варіантів часу ще не запропоновано.
focus-groups-poll-col-time = Час
focus-groups-answer-yes = Так
focus-groups-answer-maybe = Якщо доведеться
focus-groups-answer-no = Ні
focus-groups-poll-answered = { $count ->
    [one] Відповіла { $count } людина.
    [few] Відповіли { $count } людини.
    [many] Відповіли { $count } людей.
   *[other] Відповіли { $count } людини.
}
focus-groups-poll-closed = Дату призначено, тому голосування закрито.
focus-groups-poll-see-session = Переглянути зустріч і записатися
focus-groups-poll-totals = Відповіді на цей момент
focus-groups-poll-answer-heading = Який час вам підходить?
focus-groups-poll-privacy = Ваше ім’я поруч із відповідями бачать лише координатори плану; усі інші бачать лише підсумки.
focus-groups-poll-email-hint = Щоб дізнатися, який час вибрано. Більше нічого на цю адресу не надсилається.
focus-groups-poll-submit = Надіслати відповіді
focus-groups-poll-voters = Хто як відповів
focus-groups-poll-voters-private = Цю таблицю бачать лише координатори плану.
focus-groups-poll-pick-heading = Призначити зустріч
focus-groups-poll-pick = Призначити на { $date }
focus-groups-poll-add-heading = Запропонувати час
focus-groups-start-zone = Час указано в часовому поясі плану.
focus-groups-poll-add-submit = Додати цей час
focus-groups-email-fixed-subject = Дату призначено: { $topic }
focus-groups-email-fixed-intro = Вітаємо, { $name }! Дякуємо, що взяли участь у голосуванні. Фокус-група «{ $topic }» відбудеться в такий час:
focus-groups-email-fixed-next = Кількість місць обмежена: якщо хочете прийти, запишіться на сторінці зустрічі.
focus-groups-email-fixed-action = Записатися на зустріч
focus-groups-email-poll-footer = Ви отримали цей лист, бо взяли участь у голосуванні за дату на Ponte й залишили свою адресу, щоб дізнатися результат.
focus-groups-email-reminder-48h-subject = Через два дні: { $topic }
focus-groups-email-reminder-48h-intro = Вітаємо, { $name }! Нагадуємо, що фокус-група «{ $topic }» відбудеться через два дні.
focus-groups-email-reminder-48h-next = Якщо ви все ж не зможете прийти, будь ласка, скасуйте запис за посиланням із листа-підтвердження, щоб ваше місце могла зайняти людина зі списку очікування.
focus-groups-email-reminder-48h-action = Переглянути зустріч
focus-groups-email-reminder-2h-subject = Через дві години: { $topic }
focus-groups-email-reminder-2h-intro = Вітаємо, { $name }! Фокус-група «{ $topic }» почнеться через дві години. Будемо раді вас бачити.
focus-groups-email-reminder-2h-next = Якщо вам потрібна допомога, щоб знайти місце проведення, зверніться до ведучих, зазначених на сторінці зустрічі.
focus-groups-email-reminder-2h-action = Переглянути зустріч
focus-groups-email-cancelled-subject = Запис скасовано: { $topic }
focus-groups-email-cancelled-intro = Вітаємо, { $name }! Ваш запис до фокус-групи «{ $topic }» скасовано, як ви й просили.
focus-groups-email-cancelled-next = Ваше місце переходить до наступної людини зі списку очікування, а ваші контактні дані та відомості про ваші потреби видалено. Ви можете записатися знову, поки є вільні місця.
focus-groups-email-cancelled-action = Переглянути зустріч
focus-groups-came = { $count ->
    [one] Взяла участь { $count } людина.
    [few] Взяли участь { $count } людини.
    [many] Взяли участь { $count } людей.
   *[other] Взяли участь { $count } людини.
}
focus-groups-attendance-title = Лист присутності
focus-groups-attendance-count = Прийшли: { $taken } з { $capacity }
focus-groups-attendance-caption = Підтверджені учасники
focus-groups-attendance-col-here = Присутність
focus-groups-attendance-legend = Потреби: I:xx перекладач на мову xx; C2 двоє дітей у дитячому куточку; A потреби щодо доступності; D продукти, яких треба уникати.
focus-groups-attendance-here = На місці
focus-groups-attendance-arrived-short = Відмітити
focus-groups-attendance-undo-short = Скасувати
focus-groups-change-heading = Змінити зустріч
focus-groups-change-hint = Усі записані отримають лист, а ті, хто має місце, — оновлене запрошення в календар.
focus-groups-change-submit = Зберегти й повідомити всіх
focus-groups-call-off-heading = Скасувати зустріч
focus-groups-call-off-hint = Усі записані отримають лист, а запрошення буде видалено з їхніх календарів. Цю дію не можна скасувати.
focus-groups-call-off-submit = Скасувати зустріч
focus-groups-email-changed-subject = Зустріч змінилася: { $topic }
focus-groups-email-changed-intro = Вітаємо, { $name }! У фокус-групі «{ $topic }» відбулися зміни. Тепер вона відбудеться в такий час і в такому місці:
focus-groups-email-changed-next = Якщо ви більше не можете прийти, будь ласка, скасуйте запис за посиланням із першого листа, щоб ваше місце могла зайняти інша людина.
focus-groups-email-changed-action = Переглянути зустріч
focus-groups-email-called-off-subject = Скасовано: { $topic }
focus-groups-email-called-off-intro = Вітаємо, { $name }! На жаль, фокус-групу «{ $topic }» скасовано.
focus-groups-email-called-off-next = Ваші контактні дані та відомості про ваші потреби буде видалено протягом 30 днів. Якщо буде організовано нову зустріч, ми повідомимо всіх.
focus-groups-email-called-off-action = Переглянути фокус-групу
## Протокол і висновки після зустрічі.
focus-groups-findings-title = Протокол і висновки
focus-groups-findings-draft = Ще не опубліковано: цю сторінку бачать лише координатори плану.
focus-groups-minutes-heading = Протокол
focus-groups-minutes-none = Протокол ще не написано.
focus-groups-findings-heading = Висновки
focus-groups-findings-none = Висновки ще не записано.
focus-groups-findings-print-heading = Прочитати або роздрукувати це резюме іншою мовою
focus-groups-findings-print-hint = Роздрукуйте його з браузера, щоб роздати учасникам: форми на друковану сторінку не потрапляють.
focus-groups-finding-tags = Сфери й заходи
focus-groups-findings-manage-heading = Написати й опублікувати
focus-groups-findings-anonymised = Нотатки залишаються анонімними: жодних імен, номерів телефонів чи подробиць, з яких видно, хто що сказав. Ponte попередить вас, якщо в тексті є ім’я або номер телефону людини, яка записалася на зустріч.
focus-groups-findings-publication-heading = Публікація
focus-groups-findings-state-published = Опубліковано: це резюме може прочитати кожен, а висновки показано на сторінці плану та на сторінках відповідних заходів.
focus-groups-findings-state-draft = Ще не опубліковано.
focus-groups-findings-state-not-held = Не опубліковано: протокол і висновки можна опублікувати, коли зустріч відбудеться.
focus-groups-findings-publish = Опублікувати протокол і висновки
focus-groups-findings-withdraw = Прибрати їх із відкритого доступу
focus-groups-minutes-form-heading = Написати протокол
focus-groups-minutes-hint = Порожній рядок починає новий абзац; працюють **жирний шрифт**, *курсив* і списки, рядки яких починаються з "- ". Щоб перекласти, виберіть іншу мову й напишіть протокол нею; якщо зберегти порожній текст, цю мову буде видалено.
focus-groups-written-in = Мови тексту: { $languages }
focus-groups-field-written-in = Мова тексту
focus-groups-names-nobody = Не називає нікого з учасників (йдеться про інше)
focus-groups-minutes-submit = Зберегти протокол
focus-groups-finding-add-heading = Додати висновок
focus-groups-finding-statement = Висновок
focus-groups-finding-statement-hint = Одне коротке твердження про те, що сказала група, не більше 600 символів.
focus-groups-finding-areas = Сфери діяльності
focus-groups-finding-measures = Запропоновані заходи
focus-groups-finding-add-submit = Додати висновок
focus-groups-finding-translate = Перекласти або виправити
focus-groups-finding-translate-submit = Зберегти
focus-groups-finding-remove = Видалити цей висновок
focus-groups-finding-remove-warning = Висновок і його зв’язки із заходами як обґрунтування буде видалено.
focus-groups-finding-remove-submit = Видалити
focus-groups-findings-on-plan = До яких висновків дійшли фокус-групи
focus-groups-findings-about-measure = До яких висновків дійшли фокус-групи щодо цього заходу
focus-groups-findings-all = Усі фокус-групи
focus-groups-finding-from = З фокус-групи
