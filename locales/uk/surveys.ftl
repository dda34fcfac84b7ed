## Surveys feature: answering a survey, results, single-use codes and tools for facilitators.

surveys-list-title = Опитування
surveys-list-intro = Відповідайте своєю мовою. Ваші відповіді допомагають вирішити, якими будуть заходи плану.
surveys-list-empty = Для цього плану ще немає опитувань.

surveys-phase-draft = Ще не опубліковано
surveys-phase-not-yet-open = Ще не відкрито
surveys-phase-open = Відкрито
surveys-phase-closed = Закрито
surveys-open-until = Відкрито до { $date }
surveys-opens-on = Відкриється { $date }

surveys-facts = { $questions ->
    [one] { $questions } запитання
    [few] { $questions } запитання
    [many] { $questions } запитань
   *[other] { $questions } запитання
} у { $sections ->
    [one] { $sections } частині
    [few] { $sections } частинах
    [many] { $sections } частинах
   *[other] { $sections } частини
}. Можна пропустити будь-яке запитання, яке не позначено як обов’язкове.
surveys-languages-heading = Ви можете відповідати цими мовами
surveys-privacy-heading = Що ми зберігаємо
surveys-privacy-open = Вам не потрібно входити чи називати своє ім’я. Цей браузер запам’ятовує, що ви вже відповіли, щоб кожна людина відповідала лише один раз.
surveys-privacy-codes = Вам потрібен код з папірця, який вам дали. Код можна використати лише один раз. Ваші відповіді не пов’язані з кодом: ми лише позначаємо, що його використали.
surveys-privacy-account = Вам потрібно увійти, щоб кожна людина відповідала лише один раз. Ваші відповіді не пов’язані з вашим обліковим записом: ми лише позначаємо, що з цього облікового запису вже відповіли.
surveys-privacy-held = Щоб ніхто не зміг пов'язати ваші відповіді з вами — навіть той, хто може читати нашу базу даних, — вони чекають окремо, доки не надійдуть відповіді ще щонайменше 4 людей, а тоді зберігаються всі разом, у випадковому порядку, з датою збереження. До того вони не враховуються в результатах.
surveys-privacy-address = Щоб ніхто не надсилав багато відповідей, ми рахуємо відповіді з кожної інтернет-адреси протягом години за кодом, з якого адресу не відновити і який видаляється через добу.
surveys-privacy-stored = Ми зберігаємо ваші відповіді, мову, якою ви відповідали, і день (але не час). Ми не зберігаємо ваше ім’я, електронну пошту, інтернет-адресу чи будь-що інше, що показує, хто ви.

surveys-take-part-heading = Взяти участь
surveys-start = Почати опитування
surveys-continue = Продовжити з того місця, де ви зупинилися
surveys-sign-in-to-answer = Увійти, щоб відповісти
surveys-already-answered = Ви вже відповіли на це опитування з цього пристрою або облікового запису. Дякуємо!
surveys-cannot-answer-draft = Це опитування ще не опубліковано. Ви бачите його, бо готуєте його.
surveys-cannot-answer-not-yet-open = Це опитування ще не приймає відповідей.
surveys-cannot-answer-closed = Це опитування закрито. Дякуємо всім, хто відповів.
surveys-see-results = Переглянути результати
surveys-rate-limited = За останню годину з вашого інтернет-з’єднання надійшло багато відповідей. Спробуйте пізніше або попросіть у координатора паперову анкету.

surveys-code-label = Ваш код
surveys-code-hint = Код написано на папірці, який вам дали, наприклад ABCD-2345. Можна писати великими або малими літерами.
surveys-resume-heading = Продовжити збережені відповіді
surveys-resume-label = Ваш код для продовження
surveys-resume-hint = Код, який ви побачили, коли зберегли відповіді, наприклад ABCD-EFGH-2345.
surveys-resume-submit = Продовжити

surveys-answer-title = Відповіді
surveys-progress = Частина { $current } з { $total }
surveys-required = (обов’язково)
surveys-yes = Так
surveys-no = Ні
surveys-prefer-not-to-say = Не хочу відповідати
surveys-other = Інше
surveys-other-write = Інше: напишіть, будь ласка
surveys-choose = Виберіть відповідь
surveys-choose-any = Виберіть усі, що підходять.
surveys-choose-up-to = { $count ->
    [one] Виберіть не більше ніж { $count } відповідь.
    [few] Виберіть не більше ніж { $count } відповіді.
    [many] Виберіть не більше ніж { $count } відповідей.
   *[other] Виберіть не більше ніж { $count } відповіді.
}
surveys-ranking-hint = Дайте кожній відповіді інший номер: 1 — найважливіше.
surveys-number-between = Число від { $min } до { $max }.
surveys-text-limit = Найбільше символів: { $count }.
surveys-date-hint = День, місяць і рік.
surveys-only-if = Відповідайте, лише якщо вище ви відповіли «{ $answer }».
surveys-only-if-not = Відповідайте, лише якщо вище ви не відповіли «{ $answer }».
surveys-only-if-answered = Відповідайте, лише якщо ви відповіли на запитання вище.
surveys-more-questions = Після ваших відповідей на цій сторінці з’явилися нові запитання. Перегляньте їх, перш ніж іти далі.
surveys-problems-title = Будь ласка, перевірте ці відповіді
surveys-problem-required = Будь ласка, дайте відповідь на це запитання.
surveys-problem-unknown-option = Цієї відповіді немає серед варіантів. Будь ласка, виберіть ще раз.
surveys-problem-too-many-values = Будь ласка, дайте тут лише одну відповідь.
surveys-problem-too-many-choices = Ви вибрали забагато відповідей. Будь ласка, виберіть менше.
surveys-problem-out-of-range = Це значення поза дозволеними межами.
surveys-problem-too-long = Цей текст задовгий. Будь ласка, скоротіть його.
surveys-problem-not-a-number = Будь ласка, напишіть число, наприклад 12.
surveys-problem-not-a-date = Будь ласка, вкажіть повну дату: день, місяць і рік.
surveys-problem-incomplete = Ця відповідь неповна. Будь ласка, завершіть її.
surveys-next = Далі
surveys-send = Надіслати мої відповіді
surveys-back = Назад
surveys-save = Зберегти й продовжити пізніше
surveys-answer-in = Змінити мову. Ваші відповіді збережуться:

surveys-saved-title = Ваші відповіді збережено
surveys-saved-intro = Щоб продовжити пізніше на цьому чи іншому пристрої, відкрийте опитування і введіть цей код:
surveys-saved-keep = Запишіть його або сфотографуйте. Ваші відповіді зберігатимуться 30 днів.
surveys-saved-no-code = Ваші відповіді збережено на цьому пристрої. Щоб продовжити, знову відкрийте опитування.
surveys-back-to-survey = Повернутися до опитування
surveys-back-to-plan = Повернутися до плану

surveys-thanks-title = Дякуємо за ваші відповіді
surveys-thanks-intro = Ми отримали ваші відповіді. Муніципалітет опублікує, що він дізнався і як використає це в плані.

surveys-results-title = Результати
surveys-results-total = { $count ->
    [one] { $count } відповідь
    [few] { $count } відповіді
    [many] { $count } відповідей
   *[other] { $count } відповіді
}
surveys-results-too-few = Менше ніж 5 відповідей: їх не показано, щоб захистити людей, які відповіли.
surveys-results-suppressed-note = Щоб захистити людей, які відповіли, групи з менш ніж 5 осіб не показано.
surveys-results-no-breakdown = Розподіл за мовою чи способом відповіді бачать лише фасилітатори плану: у порівнянні з підсумками він міг би розкрити малі групи.
surveys-results-held = { $count ->
    [one] { $count } відповідь відкладено, доки не надійде щонайменше 5 (або опитування не закриється), щоб ніхто не міг пов'язати її з людиною, яка її дала. Її ще не враховано.
    [few] { $count } відповіді відкладено, доки не надійде щонайменше 5 (або опитування не закриється), щоб ніхто не міг пов'язати їх з людьми, які їх дали. Їх ще не враховано.
   *[other] { $count } відповідей відкладено, доки не надійде щонайменше 5 (або опитування не закриється), щоб ніхто не міг пов'язати їх з людьми, які їх дали. Їх ще не враховано.
}
surveys-results-exact-note = Ви бачите точні числа, бо працюєте над цим планом. В опублікованих результатах групи з менш ніж 5 осіб приховано.
surveys-results-answered = { $count ->
    [one] Відповіла { $count } людина
    [few] Відповіли { $count } людини
    [many] Відповіли { $count } людей
   *[other] Відповіли { $count } людини
}
surveys-results-mean-median = Середнє: { $mean } · медіана: { $median }
surveys-results-several = Можна було вибрати кілька відповідей, тому разом відсотки дають більше ніж 100%.
surveys-results-answer = Відповідь
surveys-results-count = Людей
surveys-results-percent = Частка
surveys-results-chart = Діаграма
surveys-fewer-than-5 = менше ніж 5
surveys-results-more-texts = Тут показано лише найновіші відповіді. Завантажте дані, щоб прочитати всі.
surveys-text-hidden = Приховано модератором: не показується в опублікованих результатах.
surveys-text-hide = Приховати цю відповідь
surveys-text-show = Знову показати цю відповідь
surveys-filter-label = Фільтрувати результати
surveys-filter-language = Мова відповідей
surveys-filter-channel = Як надійшли відповіді
surveys-filter-all = Усі
surveys-filter-apply = Показати

surveys-channel-online = Онлайн, людина сама
surveys-channel-paper = Паперова анкета
surveys-channel-interview = Інтерв’ю з координатором
surveys-channel-interpreter = Інтерв’ю з перекладачем

surveys-manage-heading = Для координаторів
surveys-response-count = { $count ->
    [one] Поки що { $count } відповідь.
    [few] Поки що { $count } відповіді.
    [many] Поки що { $count } відповідей.
   *[other] Поки що { $count } відповіді.
}
surveys-preview = Попередній перегляд опитування
surveys-preview-note = Попередній перегляд: нічого з того, що ви тут виберете, не надсилається і не зберігається.
surveys-preview-nav = Сторінки попереднього перегляду
surveys-preview-end = Вийти з попереднього перегляду
surveys-export-csv = Завантажити відповіді (CSV, для таблиць)
surveys-export-json = Завантажити відповіді (JSON)
surveys-assisted-heading = Внести відповідь за іншу людину
surveys-assisted-intro = Для паперових анкет та інтерв’ю. Виберіть, як зібрали відповіді; потім заповніть опитування відповідями цієї людини.
surveys-assisted-note = Ви вносите відповідь від імені іншої людини:
surveys-assisted-start = Почати внесення
surveys-channel-label = Як зібрали відповіді
surveys-interview-lang-label = Мова інтерв’ю
surveys-interview-lang-same = Мова опитування
surveys-entered = Відповідь збережено. Можете внести ще одну.

surveys-codes-title = Одноразові коди
surveys-codes-intro = Кожен код дає одній людині змогу відповісти один раз. Роздрукуйте коди та роздайте їх на зустрічах.
surveys-codes-counts = { $unused ->
    [one] { $unused } невикористаний код
    [few] { $unused } невикористані коди
    [many] { $unused } невикористаних кодів
   *[other] { $unused } невикористаного коду
}, { $used ->
    [one] використано: { $used }.
   *[other] використано: { $used }.
}
surveys-codes-count-label = Скільки нових кодів
surveys-codes-count-hint = Від 1 до 500.
surveys-codes-create = Створити коди
surveys-codes-print = Роздрукуйте цю сторінку, щоб отримати окремий папірець для кожного невикористаного коду.
surveys-slip-go-to = Перейдіть на
surveys-slip-code = і введіть код
surveys-slip-qr = QR-код: відскануйте його камерою телефона, щоб відкрити опитування з уже введеним кодом

## Конструктор опитувань (для координаторів).
surveys-builder-title = Редагувати опитування
surveys-builder-new-title = Нове опитування
surveys-builder-new-intro = Дайте опитуванню назву і коротку вебадресу. Запитання ви додасте далі; ніхто не побачить опитування, доки ви його не опублікуєте.
surveys-builder-title-label = Назва
surveys-builder-slug-label = Коротка назва для вебадреси
surveys-builder-slug-hint = Малі латинські літери, цифри та дефіси, наприклад survey-2027.
surveys-builder-own-language = Основна мова опитування
surveys-builder-access-label = Хто може відповідати
surveys-access-open = Будь-хто, без входу (одна відповідь з одного пристрою)
surveys-access-codes = Люди, яким видали одноразовий код на папірці
surveys-access-account = Люди, які входять у свій обліковий запис (одна відповідь з одного облікового запису)
surveys-builder-create = Створити опитування
surveys-builder-saved = Збережено.
surveys-builder-languages-heading = Мови
surveys-builder-languages-hint = Виберіть мову, щоб написати або перевірити тексти цією мовою. Основна мова опитування стоїть першою.
surveys-builder-language = Мова
surveys-builder-translations = Тексти
surveys-builder-complete = Усі тексти написано
surveys-builder-missing = { $count ->
    [one] Бракує { $count } тексту
    [few] Бракує { $count } текстів
    [many] Бракує { $count } текстів
   *[other] Бракує { $count } тексту
}
surveys-builder-not-a-survey-language = Опитування не пропонується цією мовою. Виберіть одну з його мов вище.
surveys-builder-offered-languages = Мови, якими пропонується опитування
surveys-builder-offered-languages-hint = Люди можуть відповідати мовами, позначеними тут. Додайте мову, коли її тексти буде написано; основна мова опитування пропонується завжди.
surveys-builder-publish-missing = Деякі тексти ще не перекладено: { $languages }. Ті, хто відповідає цими мовами, бачать ці тексти основною мовою опитування ({ $language }).
surveys-builder-status-heading = Стан
surveys-builder-published = Опубліковано.
surveys-builder-draft = Чернетка: її бачать лише координатори.
surveys-builder-publish = Опублікувати
surveys-builder-unpublish = Повернути в чернетку
surveys-builder-locked = На опитування вже є відповіді: ви можете змінювати його тексти, але не запитання, варіанти відповідей чи те, хто може відповідати.
surveys-builder-settings-heading = Налаштування
surveys-builder-intro-label = Вступ
surveys-builder-opens-label = Дата відкриття (необов’язково)
surveys-builder-closes-label = Дата закриття (необов’язково)
surveys-builder-results-public = Опублікувати результати (групи з менш ніж 5 осіб залишаються прихованими)
surveys-builder-save = Зберегти
surveys-builder-questions-heading = Запитання
surveys-builder-translating-hint = Ви пишете тексти іншою мовою. Запитання й варіанти відповідей додають і видаляють основною мовою опитування.
surveys-builder-section-title = Назва цієї частини
surveys-builder-kind-label = Тип запитання
surveys-builder-question-text = Запитання
surveys-builder-add-question = Додати запитання
surveys-builder-add-section = Додати частину
surveys-builder-plain = Те саме запитання простими словами (необов’язково)
surveys-builder-help = Текст підказки (необов’язково)
surveys-builder-options = Варіанти відповідей
surveys-builder-rows = Рядки (по одному пункту для оцінювання в кожному рядку)
surveys-builder-scale-points = Відповіді для кожного рядка
surveys-builder-lines-hint = По одному в рядку. Якщо видалити рядок, цей варіант буде видалено.
surveys-builder-lines-translate-hint = По одному в рядку, у тому самому порядку, що й основною мовою опитування.
surveys-builder-max-choices = Скільки варіантів можна вибрати найбільше (порожньо: без обмежень)
surveys-builder-other = Запропонувати «Інше» з полем для власної відповіді
surveys-builder-min = Найменше число
surveys-builder-max = Найбільше число
surveys-builder-min-label = Слова для найменшого числа
surveys-builder-max-label = Слова для найбільшого числа
surveys-builder-min-date = Найраніша дата (рік-місяць-день)
surveys-builder-max-date = Найпізніша дата (рік-місяць-день)
surveys-builder-max-len = Найбільша кількість символів
surveys-builder-required = Відповідь обов’язкова
surveys-builder-pnts = Запропонувати «Не хочу відповідати»
surveys-builder-condition = Коли показувати це запитання
surveys-builder-condition-question = Залежить від відповіді на
surveys-builder-always = Показувати завжди
surveys-builder-condition-op = Показувати, коли відповідь
surveys-builder-op-equals = дорівнює
surveys-builder-op-not_equals = не дорівнює
surveys-builder-op-any_of = є однією з
surveys-builder-op-answered = є (будь-яка)
surveys-builder-condition-answers = Відповіді, після яких її показувати
surveys-builder-condition-pick-question = Щоб показувати це питання лише після певних відповідей, виберіть попереднє питання і збережіть: тоді його відповіді з’являться тут.
surveys-builder-condition-no-answers = У цього питання немає відповідей для вибору. Виберіть інше питання і збережіть або показуйте його щоразу, коли відповідь надано.
surveys-builder-move-up = Перемістити вгору
surveys-builder-move-down = Перемістити вниз
surveys-builder-delete = Видалити запитання
surveys-builder-delete-warning = Питання та його тексти всіма мовами буде видалено назавжди.
surveys-builder-delete-confirm = Так, видалити це питання
surveys-kind-single_choice = Один варіант
surveys-kind-multiple_choice = Кілька варіантів
surveys-kind-dropdown = Один варіант зі списку
surveys-kind-scale = Шкала
surveys-kind-yes_no = Так чи ні
surveys-kind-short_text = Короткий текст
surveys-kind-long_text = Довгий текст
surveys-kind-number = Число
surveys-kind-date = Дата
surveys-kind-ranking = Упорядкування
surveys-kind-matrix = Таблиця (рядки й відповіді)
surveys-correcting-note = Ви виправляєте відповідь { $response }. Коли ви надішлете останню частину, її попередні відповіді буде замінено.
surveys-responses-title = Відповіді
surveys-responses-count = { $count ->
    [one] Збережено { $count } відповідь.
    [few] Збережено { $count } відповіді.
    [many] Збережено { $count } відповідей.
   *[other] Збережено { $count } відповіді.
}
surveys-responses-held = { $count ->
    [one] Ще { $count } відповідь чекає, доки не надійде достатньо відповідей, щоб зберегти її разом з іншими; вона з’явиться в списку після збереження.
    [few] Ще { $count } відповіді чекають, доки не надійде достатньо відповідей, щоб зберегти їх разом з іншими; вони з’являться в списку після збереження.
    [many] Ще { $count } відповідей чекають, доки не надійде достатньо відповідей, щоб зберегти їх разом з іншими; вони з’являться в списку після збереження.
   *[other] Ще { $count } відповіді чекають, доки не надійде достатньо відповідей, щоб зберегти їх разом з іншими; вони з’являться в списку після збереження.
}
surveys-responses-none = Немає відповідей для показу.
surveys-responses-filter-label = Фільтрувати відповіді
surveys-responses-col-response = Відповідь
surveys-responses-col-day = День
surveys-responses-col-language = Мова анкети
surveys-responses-col-answered = Запитань з відповіддю
surveys-responses-pages-label = Сторінки відповідей
surveys-responses-withdrawn = Відповідь вилучено. Вона більше не враховується ні в результатах, ні у вивантаженнях.
surveys-responses-history = Виправлення та вилучення
surveys-responses-history-none = Жодну відповідь не було виправлено чи вилучено.
surveys-responses-history-corrected = Виправлено { $date }. Хто виправив: { $who }
surveys-responses-history-withdrawn = Вилучено { $date }. Хто вилучив: { $who }
surveys-responses-someone = Видалений обліковий запис
surveys-response-title = Відповідь { $response }
surveys-response-answers = Відповіді на запитання
surveys-response-no-answer = Без відповіді
surveys-response-corrected = Відповідь виправлено. У результатах тепер враховано нові відповіді.
surveys-response-unchanged = Жодну відповідь не змінено, тому нічого не записано.
surveys-response-review = Виправити або вилучити
surveys-response-correct = Виправити відповіді
surveys-response-correct-intro = Форма відкриється з уже внесеними відповідями. Змініть те, що внесли з помилкою, і надішліть останню частину: нові відповіді замінять попередні. Зміну буде записано з вашим іменем і причиною.
surveys-response-correct-start = Відкрити відповіді для виправлення
surveys-response-not-correctable = Цю відповідь людина дала онлайн сама: її не можна виправити, лише вилучити.
surveys-response-reason-label = Причина
surveys-response-reason-hint = Наприклад: «внесено 7 замість 1 з паперової анкети». Не більше 500 символів.
surveys-response-withdraw = Вилучити цю відповідь
surveys-response-withdraw-warning = Її відповіді назавжди зникнуть з результатів і вивантажень. Вилучення буде записано з вашим іменем і причиною.
surveys-response-withdraw-confirm = Так, вилучити
surveys-response-history = Зміни цієї відповіді
surveys-response-back = Усі відповіді
surveys-builder-codes = Коди відповідей
surveys-builder-codes-label = Коди, по одному в рядку
surveys-builder-codes-hint = У тому самому порядку, що й відповіді вище. Їх використовують вивантаження та умови: малі латинські літери a–z, цифри, дефіси та підкреслення. Після того як хтось відповів, їх не можна змінити.
surveys-slips-languages = Мови папірців
surveys-slips-languages-apply = Показати папірці цими мовами
surveys-builder-transfer-heading = Копіювання та вивантаження
surveys-builder-download-file = Завантажити файл опитування (JSON)
surveys-builder-download-hint = У файлі — запитання й тексти опитування всіма мовами: на його основі можна створити опитування в іншому плані або на іншому сайті Ponte. Відповідей у файлі немає.
surveys-builder-copy = Скопіювати це опитування
surveys-builder-copy-intro = Копія — це нова чернетка з тими самими запитаннями, текстами й мовами, але без відповідей, кодів і дат.
surveys-builder-copy-submit = Створити копію
surveys-builder-import-heading = Створити опитування з файлу
surveys-builder-import-intro = Файл опитування (JSON), завантажений зі сторінки редагування опитування тут або на іншому сайті Ponte: його запитання й тексти стануть новим опитуванням-чернеткою.
surveys-builder-import-file = Файл опитування
surveys-builder-import-title-hint = Залиште поле порожнім, щоб зберегти назву з файлу.
surveys-builder-import-submit = Імпортувати опитування
