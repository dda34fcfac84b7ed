## Макет страницы, навигация и общие слова.

core-skip-to-content = Перейти к основному содержанию
core-tagline = Вместе создаём план интеграции вашего муниципалитета
core-footer-nav = Ссылки сайта
core-nav-plans = Планы
core-nav-accessibility = Заявление о доступности
core-footer-about = Ponte — платформа с открытым исходным кодом, на которой муниципальные планы интеграции мигрантов создаются вместе с жителями, иммигрантами и их ассоциациями.
core-language-picker = Язык
core-fallback-note = (Перевода пока нет, текст показан на языке: { $language }.)
core-back-home = Вернуться на главную страницу
core-loading = Загрузка…
core-breadcrumbs = Вы здесь
core-unknown = Не указано
core-period = С { $start } по { $end }
core-date = { $day } { $month } { $year } г.
core-month-1 = января
core-month-2 = февраля
core-month-3 = марта
core-month-4 = апреля
core-month-5 = мая
core-month-6 = июня
core-month-7 = июля
core-month-8 = августа
core-month-9 = сентября
core-month-10 = октября
core-month-11 = ноября
core-month-12 = декабря
