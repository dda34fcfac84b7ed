## Макет сторінки, навігація та спільні слова.

core-skip-to-content = Перейти до основного вмісту
core-tagline = Створюймо разом план інтеграції вашого муніципалітету
core-footer-nav = Посилання сайту
core-nav-plans = Плани
core-nav-accessibility = Заява про доступність
core-footer-about = Ponte — це платформа з відкритим кодом. На ній муніципалітети разом із жителями, іммігрантами та їхніми асоціаціями створюють плани інтеграції мігрантів.
core-language-picker = Мова
core-fallback-note = (Ще не перекладено. Показано мовою: { $language }.)
core-back-home = Повернутися на головну сторінку
core-loading = Завантаження…
core-breadcrumbs = Ви тут
core-unknown = Не вказано
core-period = З { $start } до { $end }
core-date = { $day } { $month } { $year }
core-month-1 = січня
core-month-2 = лютого
core-month-3 = березня
core-month-4 = квітня
core-month-5 = травня
core-month-6 = червня
core-month-7 = липня
core-month-8 = серпня
core-month-9 = вересня
core-month-10 = жовтня
core-month-11 = листопада
core-month-12 = грудня
